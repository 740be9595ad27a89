from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph import problems
from newsgraph.read import RawDocument, read, read_bytes
from tests.conftest import FIXTURES

HTML = (FIXTURES / "kurzmeldung.html").read_bytes()
TEXT = (FIXTURES / "kurzmeldung.txt").read_bytes()


def refuse_listing(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Listing the directory ``name`` fails as an unreadable one would: tests run as root,
    who may list anything, so chmod cannot make one."""
    scandir = os.scandir

    def refuse(path: Any = ".") -> Any:
        if Path(path).name == name:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)


def make_warc(records: list[tuple[str, str, bytes]], gzip_records: bool = True) -> bytes:
    """A WARC of (kind, url, payload) records: kind is response, request or conversion."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip_records)
    for kind, url, payload in records:
        if kind == "response":
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), http_headers=http
            )
        elif kind == "conversion":
            record = writer.create_warc_record(
                url,
                "conversion",
                payload=io.BytesIO(payload),
                warc_content_type="text/plain",
            )
        else:
            record = writer.create_warc_record(
                url, kind, payload=io.BytesIO(payload), warc_content_type="application/http"
            )
        writer.write_record(record)
    return out.getvalue()


def formats(path: Path | str, format: str = "auto") -> list[str]:
    return [d.format for d in read([str(path)], format=format)]


def test_sniffs_html_and_text(tmp_path: Path) -> None:
    (tmp_path / "page").write_bytes(HTML)
    (tmp_path / "dump").write_bytes(TEXT)
    assert formats(tmp_path / "page") == ["html"]
    assert formats(tmp_path / "dump") == ["text"]


def test_forced_format_applies(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes(HTML)
    assert formats(tmp_path / "page.html", "plain") == ["plain"]


def test_gzipped_html(tmp_path: Path) -> None:
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(HTML))
    [doc] = read([str(tmp_path / "page.html.gz")])
    assert doc.format == "html" and "Stadtrat beschließt" in doc.content


def test_directory_is_walked_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.html").write_bytes(HTML)
    (tmp_path / "a.txt").write_bytes(TEXT)
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / ".hidden.html").write_bytes(HTML)
    docs = list(read([str(tmp_path)]))
    assert [Path(d.source.location).name for d in docs] == ["a.txt", "z.html"]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(HTML))))
    [doc] = read(["-"])
    assert doc.format == "html" and doc.source.location == "-"


def test_jsonl_pages_and_plain_records(tmp_path: Path) -> None:
    pages = tmp_path / "pages.jsonl"
    pages.write_text(
        json.dumps({"url": "https://a.example/1", "html": HTML.decode()})
        + "\n"
        + "not json\n"
        + json.dumps({"url": "https://a.example/2"})
        + "\n",
        encoding="utf-8",
    )
    docs = list(read([str(pages)]))
    assert [d.format for d in docs] == ["html", "none", "none"]
    assert docs[0].url == "https://a.example/1" and docs[0].source.offset == 1
    assert [p.code for d in docs[1:] for p in d.problems] == [problems.BAD_RECORD] * 2

    plain = tmp_path / "texts.jsonl"
    plain.write_text(
        json.dumps({"id": "a1", "text": "Erster Text.", "language": "de"})
        + "\n"
        + json.dumps({"id": 7, "text": "Second text."})
        + "\n",
        encoding="utf-8",
    )
    docs = list(read([str(plain)]))
    assert [(d.format, d.doc_id, d.language) for d in docs] == [
        ("plain", "a1", "de"),
        ("plain", "7", None),
    ]


def test_warc_responses_and_conversions_streamed(tmp_path: Path) -> None:
    data = make_warc(
        [
            ("request", "https://a.example/1", b"GET / HTTP/1.1\r\n\r\n"),
            ("response", "https://a.example/1", HTML),
            ("conversion", "https://a.example/2", TEXT),
        ]
    )
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    docs = list(read([str(tmp_path / "crawl.warc.gz")]))
    assert [(d.format, d.url) for d in docs] == [
        ("html", "https://a.example/1"),
        ("text", "https://a.example/2"),
    ]
    assert all(d.source.offset is not None and d.source.record for d in docs)
    assert docs[0].source.offset != docs[1].source.offset


def test_uncompressed_warc_is_sniffed() -> None:
    data = make_warc([("response", "https://a.example/1", HTML)], gzip_records=False)
    assert [d.format for d in read_bytes(data)] == ["html"]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", problems.EMPTY_INPUT),
        (b"  \n\t\n", problems.EMPTY_INPUT),
        (bytes(range(256)) * 64, problems.BINARY_INPUT),
        (gzip.compress(TEXT * 20)[:300], problems.TRUNCATED_GZIP),
    ],
)
def test_bad_input_yields_one_document_with_a_problem(data: bytes, code: str) -> None:
    [doc] = read_bytes(data, "bad")
    assert code in [p.code for p in doc.problems]


def test_truncated_gzip_keeps_what_was_read() -> None:
    [doc] = read_bytes(gzip.compress(TEXT * 50)[:-200], "cut.txt.gz")
    assert doc.format == "text" and "Stadtrat" in doc.content
    assert [p.code for p in doc.problems] == [problems.TRUNCATED_GZIP]


def test_too_large_input_is_cut_and_recorded() -> None:
    [doc] = read_bytes(TEXT * 100, "big.txt", max_bytes=1000)
    assert len(doc.content.encode()) <= 1000
    assert [p.code for p in doc.problems] == [problems.TOO_LARGE]


def test_truncated_warc_keeps_good_records_and_records_the_rest() -> None:
    good = make_warc([("response", "https://a.example/1", HTML)])
    second = make_warc([("response", "https://a.example/2", HTML)])
    docs = list(read_bytes(good + second[: len(second) // 2], "cut.warc.gz"))
    assert len(docs) == 2
    assert docs[0].format == "html" and not docs[0].problems
    assert docs[1].problems[0].code in (problems.TRUNCATED_GZIP, problems.CORRUPT_WARC)


def test_corrupt_warc_records_a_problem() -> None:
    docs = list(read_bytes(b"WARC/1.0\r\nthis is not a header\r\n\r\n" + b"\x00" * 50, "x.warc"))
    assert docs and docs[-1].problems and docs[-1].problems[0].code == problems.CORRUPT_WARC


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    [doc] = read([str(tmp_path / "nope.html")])
    assert doc.problems[0].code == problems.UNREADABLE


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        list(read(["x"], format="pdf"))


def test_a_directory_that_cannot_be_listed_is_a_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.html").write_bytes(HTML)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.html").write_bytes(HTML)
    (tmp_path / "z.html").write_bytes(HTML)
    refuse_listing(monkeypatch, "locked")
    docs = list(read([str(tmp_path)]))
    assert [(Path(d.source.location).name, [p.code for p in d.problems]) for d in docs] == [
        ("a.html", []),
        ("z.html", []),
        ("locked", [problems.UNREADABLE]),
    ]
    assert "Permission denied" in docs[2].problems[0].message
    [only] = read([str(tmp_path / "locked")])  # the directory named itself
    assert only.problems[0].code == problems.UNREADABLE


def test_special_files_in_a_directory_are_problems_not_waits(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(HTML)
    fifo = tmp_path / "feed"  # no suffix: a walk picks it up like a text dump
    os.mkfifo(fifo)
    found: list[RawDocument] = []
    reader = threading.Thread(target=lambda: found.extend(read([str(tmp_path)])), daemon=True)
    reader.start()
    reader.join(20)
    try:
        assert not reader.is_alive(), "reading a directory with a FIFO in it hangs"
    finally:
        with contextlib.suppress(OSError):  # let a reader stuck in open() go
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(5)
    assert [(Path(d.source.location).name, [p.code for p in d.problems]) for d in found] == [
        ("a.html", []),
        ("feed", [problems.UNREADABLE]),
    ]
    assert "named pipe" in found[1].problems[0].message


def test_a_pipe_named_on_the_command_line_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "wb") as fh:
            fh.write(HTML)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    [doc] = read([str(fifo)])
    writer.join(5)
    assert doc.format == "html" and not doc.problems
