"""WARC / WARC.gz, streamed record by record with warcio.

Response (and resource) records with an HTML payload become ``html``
documents; WET ``conversion`` records become ``text`` dumps. Other records
(requests, metadata, images) are not documents and are skipped.

Damage costs the record it is in, not the rest of the file: a WARC.gz is read
gzip member by member (``gzmembers``), an uncompressed WARC record by record
with its length checked (``warcsplit``). A damaged member or stretch of bytes
yields a ``corrupt-warc`` document at its byte offset and reading goes on; a
file that ends inside a record keeps what was read, flagged ``truncated-gzip``.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from newsgraph import problems
from newsgraph.article import Source
from newsgraph.read.base import RawDocument
from newsgraph.read.decode import decode, looks_binary
from newsgraph.read.gzmembers import GzipMembers, Member
from newsgraph.read.warcsplit import Readable, warc_records

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
# Documents of one gzip member are held until its CRC is checked; a member holding
# more records than this (a WARC gzipped as a whole) lets the earlier ones go.
_PENDING = 16
Short = Callable[[], tuple[str, str]]  # what to record when a record ends early

_TRUNCATED = (problems.TRUNCATED_GZIP, "WARC record ends early (file truncated)")


class _Records(ArchiveIterator):  # type: ignore[misc]
    """warcio's iterator, minus its warning on stderr: a record longer than its
    Content-Length becomes a problem here (``err_count`` tells)."""

    INC_RECORD = ""


def read_warc(stream: BinaryIO, location: str, max_bytes: int) -> Iterator[RawDocument]:
    with _seekable(stream) as seekable:
        start = seekable.tell()
        head = seekable.read(16)
        seekable.seek(start)
        if head.startswith(b"\x1f\x8b"):
            yield from _read_members(seekable, location, max_bytes)
        elif head.startswith(b"filedesc://"):  # an uncompressed ARC: no headers to resync on
            yield from _records(seekable, location, max_bytes, 0, lambda: _TRUNCATED)
        else:
            yield from _read_uncompressed(seekable, location, max_bytes)


@contextmanager
def _seekable(stream: BinaryIO) -> Iterator[BinaryIO]:
    """``stream``, or a copy in a temporary file when it cannot seek (a pipe):
    skipping past damage needs to look back."""
    if stream.seekable():
        yield stream
        return
    with tempfile.TemporaryFile() as spool:
        shutil.copyfileobj(stream, spool, 1 << 20)
        spool.seek(0)
        yield spool


def _read_members(stream: BinaryIO, location: str, max_bytes: int) -> Iterator[RawDocument]:
    for member in GzipMembers(stream):
        pending: deque[RawDocument] = deque()
        for doc in _records(member, location, max_bytes, member.offset, _why_short(member)):
            pending.append(doc)
            if len(pending) > _PENDING:
                yield pending.popleft()
        member.drain()
        if member.error is not None and not member.truncated:
            yield _damage(
                location,
                member.offset,
                problems.CORRUPT_WARC,
                f"gzip member at byte {member.offset} is damaged ({member.error}): its record "
                "is skipped, reading goes on at the next member",
            )
            continue
        yield from pending
        if member.truncated and not any(_flagged(d, problems.TRUNCATED_GZIP) for d in pending):
            yield _damage(
                location,
                member.offset,
                problems.TRUNCATED_GZIP,
                f"the file ends inside the gzip member at byte {member.offset}",
            )


def _why_short(member: Member) -> Short:
    def why() -> tuple[str, str]:
        if member.truncated:
            return _TRUNCATED
        return problems.CORRUPT_WARC, "WARC record is shorter than its Content-Length says"

    return why


def _read_uncompressed(stream: BinaryIO, location: str, max_bytes: int) -> Iterator[RawDocument]:
    for span in warc_records(stream):
        if span.stream is None:
            code = problems.TRUNCATED_GZIP if span.truncated else problems.CORRUPT_WARC
            yield _damage(location, span.offset, code, span.problem or "")
            continue
        docs = list(_records(span.stream, location, max_bytes, span.offset, lambda: _TRUNCATED))
        if span.problem:
            if docs:
                docs[0].problem(problems.CORRUPT_WARC, span.problem)
            else:
                docs.append(_damage(location, span.offset, problems.CORRUPT_WARC, span.problem))
        yield from docs


def _records(
    stream: Readable, location: str, max_bytes: int, base: int, short: Short
) -> Iterator[RawDocument]:
    """The documents of the records in ``stream``; offsets are ``base`` plus the
    record's position in it. A record warcio cannot parse ends the stream with a
    ``corrupt-warc`` document."""
    iterator = _Records(stream, arc2warc=True)
    offset = 0
    try:
        for record in iterator:
            errors = iterator.err_count
            doc = _document(record, location, max_bytes, short)
            # warcio knows the offset only once the record has been read.
            offset = iterator.get_record_offset()
            if iterator.err_count > errors:  # not followed by a blank line: its length is wrong
                message = (
                    "WARC record is longer than its Content-Length says: cut there, and the "
                    "rest of its gzip member is skipped"
                )
                if doc is None:
                    doc = _damage(location, base + offset, problems.CORRUPT_WARC, message)
                else:
                    doc.problem(problems.CORRUPT_WARC, message)
            if doc is not None:
                doc.source.offset = base + offset
                yield doc
            if iterator.err_count > errors:
                return
    except Exception as exc:  # warcio raises anything (AttributeError, …) on damaged headers
        message = f"WARC record cannot be parsed: {type(exc).__name__}: {exc}"
        yield _damage(location, base + offset, problems.CORRUPT_WARC, message)


def _damage(location: str, offset: int, code: str, message: str) -> RawDocument:
    """A document that stands for bytes no record could be read from."""
    source = Source(location, offset=offset, record=f"byte {offset}")
    return RawDocument(source, "none").problem(code, message)


def _flagged(doc: RawDocument, code: str) -> bool:
    return any(p.code == code for p in doc.problems)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'")
    return None


def _document(record: object, location: str, max_bytes: int, short: Short) -> RawDocument | None:
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
        # The record ended before its Content-Length; what was read is kept.
        doc.problem(*short())
    if not data.strip():
        return doc.problem(problems.EMPTY_INPUT, "record has an empty payload")
    if looks_binary(data):
        doc.format = "none"
        return doc.problem(problems.BINARY_INPUT, "record payload is not text")
    doc.content = decode(data, _charset(content_type), html=fmt == "html")
    return doc
