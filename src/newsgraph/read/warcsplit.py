"""The records of an uncompressed WARC, each checked against its neighbours, so
that damage costs one record.

warcio trusts each record's Content-Length: after a wrong one it reads the next
record from the wrong place, and the rest of the file is lost (or the record is
cut short without a word). Here a record must end where its Content-Length says
and be followed by a blank line and the next ``WARC/1.x`` header (or the end of
the file). When it is not, the next header line is searched for and reading
resumes there; what lies between is the record (its length corrected, with a
problem) or, when it has no WARC header, bytes that are skipped (with a problem).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, Protocol

_HEADER_LIMIT = 1 << 16  # a WARC header block is a few hundred bytes
_BLOCK = 1 << 16
_HEADER = re.compile(rb"WARC/\d\.\d+\r?\n")
_NEXT_HEADER = re.compile(rb"\nWARC/\d\.\d+\r?\n")
_LENGTH = re.compile(rb"(\ncontent-length:[ \t]*)(\d+)", re.IGNORECASE)
_WHITESPACE = b"\r\n \t"


class Readable(Protocol):
    """What warcio reads records from."""

    def read(self, size: int = -1) -> bytes: ...


@dataclass
class Span:
    """One stretch of the file from ``offset``: a record to parse (``stream``), with
    ``problem`` saying what was wrong with its framing, or damage (``stream`` None)."""

    offset: int
    stream: Readable | None
    problem: str | None = None
    truncated: bool = False


def warc_records(stream: BinaryIO) -> Iterator[Span]:
    """The records of ``stream`` (seekable, uncompressed WARC) in file order."""
    base = stream.tell()
    size = stream.seek(0, io.SEEK_END) - base
    at = _Reader(stream, base)
    pos = 0
    while True:
        pos = at.skip_whitespace(pos, size)
        if pos >= size:
            return
        head = at.read(pos, _HEADER_LIMIT)
        header_end = head.find(b"\r\n\r\n")
        length = _LENGTH.search(head, 0, header_end + 2) if header_end > 0 else None
        if _HEADER.match(head) and header_end < 0 and pos + len(head) >= size:
            yield Span(pos, None, f"the file ends inside the WARC header at byte {pos}", True)
            return
        if not _HEADER.match(head) or length is None:
            near = head.find(b"WARC/", 1, 16)  # damage just before a header
            if near > 0 and _HEADER.match(head, near):
                after = pos + near
            else:
                after = at.next_header(pos + 1, size)
            where = "the next record" if after < size else "the end of the file"
            yield Span(
                pos,
                None,
                f"no WARC record header at byte {pos}: {_bytes(after - pos)} skipped to {where}",
            )
            pos = after
            continue
        content = pos + header_end + 4
        end = content + int(length[2])
        if end <= size and at.followed_by_record(end, size):
            yield Span(pos, _Window(stream, base + pos, base + end))
            pos = end
            continue
        after = at.next_header(content, size)
        if end > size and after >= size:  # the file ends inside this record
            yield Span(pos, _Window(stream, base + pos, base + size), truncated=True)
            return
        real = after - content - at.separator_before(after, content)
        if real == int(length[2]):  # right length, another separator than CRLF CRLF
            yield Span(pos, _Window(stream, base + pos, base + end))
            pos = after
            continue
        fixed = _LENGTH.sub(rb"\g<1>" + str(real).encode(), head[: header_end + 4], 1)
        yield Span(
            pos,
            _Chain(io.BytesIO(fixed), _Window(stream, base + content, base + content + real)),
            f"WARC record at byte {pos}: its Content-Length says {int(length[2])} bytes but "
            f"{real} come before the next record; read as {real}",
        )
        pos = after


def _bytes(n: int) -> str:
    return "1 byte" if n == 1 else f"{n} bytes"


class _Reader:
    """Positioned reads on the file (offsets from where the WARC starts)."""

    def __init__(self, stream: BinaryIO, base: int) -> None:
        self.stream, self.base = stream, base

    def read(self, pos: int, n: int) -> bytes:
        self.stream.seek(self.base + pos)
        return self.stream.read(n)

    def skip_whitespace(self, pos: int, size: int) -> int:
        while pos < size:
            chunk = self.read(pos, _BLOCK)
            rest = chunk.lstrip(_WHITESPACE)
            pos += len(chunk) - len(rest)
            if rest or not chunk:
                return pos
        return pos

    def followed_by_record(self, end: int, size: int) -> bool:
        """Whether the record ends at ``end``: the WARC separator (a blank line, CRLF
        CRLF) comes next, or four damaged bytes and then a header (a damaged separator
        is not this record's fault), or nothing but blank lines up to the end."""
        after = self.read(end, 64)
        if after.startswith(b"\r\n\r\n") or _HEADER.match(after, 4):
            return True
        return not after.lstrip(_WHITESPACE) and end + len(after) >= size

    def next_header(self, pos: int, size: int) -> int:
        """The offset of the first ``WARC/1.x`` header line at or after ``pos``, else ``size``."""
        keep = 32  # a header line cut at a block's end is found in the next
        while pos < size:
            chunk = self.read(pos - 1, _BLOCK) if pos > 0 else b"\n" + self.read(0, _BLOCK)
            found = _NEXT_HEADER.search(chunk)
            if found:
                return pos - 1 + found.start() + 1
            if len(chunk) <= keep + 1:
                break
            pos += len(chunk) - 1 - keep
        return size

    def separator_before(self, after: int, content: int) -> int:
        """The length of the blank-line separator that ends the record before ``after``."""
        tail = self.read(max(content, after - 4), min(4, after - content))
        for separator in (b"\r\n\r\n", b"\n\n", b"\r\n", b"\n"):
            if tail.endswith(separator):
                return len(separator)
        return 0


class _Window:
    """Bytes ``start``..``stop`` of ``stream``, read like a file (all warcio needs)."""

    def __init__(self, stream: BinaryIO, start: int, stop: int) -> None:
        self.stream, self.pos, self.stop = stream, start, stop

    def read(self, size: int = -1) -> bytes:
        n = self.stop - self.pos if size < 0 else min(size, self.stop - self.pos)
        if n <= 0:
            return b""
        self.stream.seek(self.pos)
        data = self.stream.read(n)
        self.pos += len(data)
        return data


class _Chain:
    """Several readers one after the other."""

    def __init__(self, *parts: Readable) -> None:
        self.parts = list(parts)

    def read(self, size: int = -1) -> bytes:
        while self.parts:
            data = self.parts[0].read(size)
            if data or size == 0:
                return data
            self.parts.pop(0)
        return b""
