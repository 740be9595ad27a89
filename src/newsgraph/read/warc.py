"""WARC / WARC.gz, streamed record by record with warcio.

Response (and resource) records with an HTML payload become ``html``
documents; WET ``conversion`` records become ``text`` dumps. Other records
(requests, metadata, images) are not documents and are skipped. A file that
stops parsing yields a ``corrupt-warc`` document; records before it are kept.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsgraph import problems
from newsgraph.article import Source
from newsgraph.read.base import RawDocument
from newsgraph.read.decode import decode, looks_binary

_HTML_TYPES = ("text/html", "application/xhtml")
_RECORD_TYPES = {
    "warcinfo",
    "response",
    "resource",
    "request",
    "metadata",
    "revisit",
    "conversion",
    "continuation",
    "arc_header",
}


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'")
    return None


def read_warc(stream: BinaryIO, location: str, max_bytes: int) -> Iterator[RawDocument]:
    iterator = ArchiveIterator(stream, arc2warc=True)
    offset = 0
    try:
        for record in iterator:
            doc = _document(record, location, max_bytes)
            # warcio knows the offset only once the record has been read.
            offset = iterator.get_record_offset()
            if doc is not None:
                doc.source.offset = offset
                yield doc
    except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as exc:
        source = Source(location, offset=offset, record="after last good record")
        code = (
            problems.TRUNCATED_GZIP
            if isinstance(exc, (EOFError, zlib.error))
            else problems.CORRUPT_WARC
        )
        yield RawDocument(source, "none").problem(code, f"WARC stops parsing: {exc}")


def _document(record: object, location: str, max_bytes: int) -> RawDocument | None:
    rec_type = record.rec_type  # type: ignore[attr-defined]
    headers = record.rec_headers  # type: ignore[attr-defined]
    url = headers.get_header("WARC-Target-URI")
    source = Source(location, record=headers.get_header("WARC-Record-ID"))
    if rec_type == "conversion":
        content_type = headers.get_header("Content-Type") or "text/plain"
        fmt = "text"
    elif rec_type in ("response", "resource"):
        http = record.http_headers  # type: ignore[attr-defined]
        content_type = (
            (http.get_header("Content-Type") if http else None)
            or headers.get_header("Content-Type")
            or ""
        )
        if not content_type.lower().startswith(_HTML_TYPES):
            return None
        fmt = "html"
    elif rec_type not in _RECORD_TYPES:
        return RawDocument(source, "none").problem(
            problems.CORRUPT_WARC, f"record of unknown type {rec_type!r}"
        )
    else:
        return None
    data = record.content_stream().read(max_bytes + 1)  # type: ignore[attr-defined]
    doc = RawDocument(source, fmt, url=url)
    if len(data) > max_bytes:
        data = data[:max_bytes]
        doc.problem(problems.TOO_LARGE, f"record payload cut at {max_bytes} bytes")
    elif record.raw_stream.limit > 0:  # type: ignore[attr-defined]
        # The file ended inside this record; what was read is kept.
        doc.problem(problems.TRUNCATED_GZIP, "WARC record ends early (file truncated)")
    if not data.strip():
        return doc.problem(problems.EMPTY_INPUT, "record has an empty payload")
    if looks_binary(data):
        doc.format = "none"
        return doc.problem(problems.BINARY_INPUT, "record payload is not text")
    doc.content = decode(data, _charset(content_type), html=fmt == "html")
    return doc
