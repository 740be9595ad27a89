"""Build examples/sample.warc.gz from the example pages in this folder.

    pip install warcio
    python examples/build_warc.py            # (re)write sample.warc.gz
    python examples/build_warc.py --check    # fail if sample.warc.gz is out of date

The output is deterministic: every record has a fixed WARC-Date and a
WARC-Record-ID derived from its target URI and type, and the per-record gzip
members carry no timestamp, so rebuilding gives a byte-identical file.

Records, in order:
  1. warcinfo
  2. request    for the Meridian page (GET, with browser-like headers)
  3. response   the Meridian page          (Content-Type: text/html; charset=utf-8)
  4. response   the Tagesblick page        (text/html; charset=utf-8)
  5. response   the Hohenbrücker page      (text/html; charset=iso-8859-1; the page
                                            also says so in <meta charset>)
  6. response   the Küstenbote page        (text/html; charset=windows-1252; the page
                                            itself declares no charset)
  7. conversion a WET-style plain-text extract of the Northern Sentinel page
                (en_wet_sentinel_heatwave.txt), as in Common Crawl WET files

The pages are stored byte for byte as they are in this folder (identity
transfer encoding), so a record's payload equals the file next to it.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
OUT = HERE / "sample.warc.gz"
NAMESPACE = uuid.UUID("6f1c1f6e-8a43-4a8e-9a51-2f0c5a3d7b10")  # fixed: ids stay stable

# (file, target URI, charset in the HTTP header, WARC-Date, HTTP Date, Last-Modified)
PAGES = [
    (
        "en_meridian_geneva_energy.html",
        "https://www.meridian-news.com/world/europe/2025/04/09/ukraine-us-geneva-energy-infrastructure-deal",
        "utf-8",
        "2025-04-10T09:12:31Z",
        "Thu, 10 Apr 2025 09:12:31 GMT",
        "Thu, 10 Apr 2025 08:05:00 GMT",
    ),
    (
        "de_tagesblick_haushalt.html",
        "https://www.tagesblick.de/inland/haushalt-2026-albers-sparkurs-laender-100.html",
        "utf-8",
        "2025-03-13T10:02:17Z",
        "Thu, 13 Mar 2025 10:02:17 GMT",
        "Thu, 13 Mar 2025 08:15:00 GMT",
    ),
    (
        "de_hohenbruecker_strassenbahn_latin1.html",
        "https://www.hohenbruecker-anzeiger.de/lokales/hohenbrueck/stadtrat-gibt-gruenes-licht-fuer-strassenbahn-nach-kalkwiesen-art-482913",
        "iso-8859-1",
        "2025-02-05T06:40:02Z",
        "Wed, 05 Feb 2025 06:40:02 GMT",
        "Tue, 04 Feb 2025 17:42:00 GMT",
    ),
    (
        "de_kuestenbote_trockenheit_cp1252.html",
        "https://www.kuestenbote.de/region/umwelt/trockenes-fruehjahr-inseln-muessen-trinkwasser-rationieren-id20250618-4471.html",
        "windows-1252",
        "2025-06-19T11:27:45Z",
        "Thu, 19 Jun 2025 11:27:45 GMT",
        "Thu, 19 Jun 2025 05:10:00 GMT",
    ),
]

WET_FILE = "en_wet_sentinel_heatwave.txt"
WET_URI = "https://www.northernsentinel.co.uk/environment/2025/jun/25/wildfires-highland-moors-scotland-hottest-june-day"
WET_DATE = "2025-06-26T04:18:09Z"

USER_AGENT = "Mozilla/5.0 (compatible; newsgraph-examples/1.0)"


def record_id(uri: str, kind: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(NAMESPACE, kind + ' ' + uri)}>"


def http_response(body: bytes, charset: str, date: str, last_modified: str) -> StatusAndHeaders:
    return StatusAndHeaders(
        "200 OK",
        [
            ("Date", date),
            ("Server", "nginx"),
            ("Content-Type", f"text/html; charset={charset}"),
            ("Content-Length", str(len(body))),
            ("Last-Modified", last_modified),
            ("Cache-Control", "public, max-age=60"),
            ("Vary", "Accept-Encoding"),
            ("X-Frame-Options", "SAMEORIGIN"),
        ],
        protocol="HTTP/1.1",
    )


def http_request(uri: str) -> StatusAndHeaders:
    rest = uri.split("://", 1)[1]
    host, _, path = rest.partition("/")
    return StatusAndHeaders(
        f"GET /{path} HTTP/1.1",
        [
            ("Host", host),
            ("User-Agent", USER_AGENT),
            ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
            ("Accept-Language", "en-GB,en;q=0.9,de;q=0.8"),
            ("Accept-Encoding", "identity"),
            ("Connection", "close"),
        ],
        is_http_request=True,
    )


def build() -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="1.0")

    info = (
        "software: warcio (examples/build_warc.py)\r\n"
        "format: WARC File Format 1.0\r\n"
        "description: newsgraph sample corpus - fictional articles written by the newsgraph team\r\n"
        "isPartOf: newsgraph-examples\r\n"
        "license: MIT\r\n"
    ).encode("utf-8")
    writer.write_record(
        writer.create_warc_record(
            "",
            "warcinfo",
            payload=io.BytesIO(info),
            length=len(info),
            warc_content_type="application/warc-fields",
            warc_headers_dict={
                "WARC-Record-ID": record_id("sample.warc.gz", "warcinfo"),
                "WARC-Date": "2025-06-26T04:00:00Z",
                "WARC-Filename": "sample.warc.gz",
            },
        )
    )

    for index, (name, uri, charset, warc_date, http_date, last_modified) in enumerate(PAGES):
        body = (HERE / name).read_bytes()
        response_id = record_id(uri, "response")
        if index == 0:  # one request record, as a crawler writes it before its response
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "request",
                    http_headers=http_request(uri),
                    warc_headers_dict={
                        "WARC-Record-ID": record_id(uri, "request"),
                        "WARC-Date": warc_date,
                        "WARC-Concurrent-To": response_id,
                    },
                )
            )
        writer.write_record(
            writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=http_response(body, charset, http_date, last_modified),
                warc_headers_dict={
                    "WARC-Record-ID": response_id,
                    "WARC-Date": warc_date,
                    "WARC-IP-Address": "192.0.2.%d" % (10 + index),  # TEST-NET-1, not a real host
                },
            )
        )

    text = (HERE / WET_FILE).read_bytes()
    writer.write_record(
        writer.create_warc_record(
            WET_URI,
            "conversion",
            payload=io.BytesIO(text),
            length=len(text),
            warc_content_type="text/plain",
            warc_headers_dict={
                "WARC-Record-ID": record_id(WET_URI, "conversion"),
                "WARC-Date": WET_DATE,
                "WARC-Refers-To": record_id(WET_URI, "response"),
                "WARC-Identified-Content-Language": "eng",
            },
        )
    )
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if sample.warc.gz is out of date")
    args = parser.parse_args()
    data = build()
    digest = hashlib.sha256(data).hexdigest()
    if args.check:
        current = OUT.read_bytes() if OUT.exists() else b""
        if current != data:
            print(f"{OUT.name} is out of date; run: python examples/build_warc.py", file=sys.stderr)
            return 1
        print(f"{OUT.name} is up to date (sha256 {digest})")
        return 0
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes, sha256 {digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
