"""The members of a multi-member gzip file, one at a time, so that damage costs
one member.

A WARC.gz compresses each record as its own gzip member. ``GzipFile`` and
warcio read the file as one stream: a flipped bit in one member ends the
stream, and every later record is lost. Here each member is decompressed on
its own (streaming, memory flat); a member that fails (bad deflate data, a
CRC that does not match) is reported with its byte offset, and reading
resumes at the next member: the next gzip header after the bad member's
start whose first decompressed bytes look like a WARC or ARC record.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from typing import BinaryIO

_MAGIC = b"\x1f\x8b\x08"  # gzip header: magic and the deflate method
_BLOCK = 1 << 16
_PADDING = b"\x00\r\n"
# The start of a record: a WARC version line, or an ARC record line (URL, IP, date).
_RECORD_START = re.compile(rb"WARC/\d|filedesc://|\S+ \S+ \d{14} ")


class Member:
    """One gzip member, decompressed as it is read (``read`` is all warcio needs).

    After the member has been read to its end, ``error`` is None when it was sound
    (its CRC matched), else why not; ``truncated`` tells whether the file ended
    inside it rather than the data being damaged."""

    def __init__(self, owner: GzipMembers, offset: int) -> None:
        self.offset = offset
        self.error: str | None = None
        self.truncated = False
        self.done = False
        self._owner = owner
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._out = b""

    def read(self, size: int = -1) -> bytes:
        want = size if size >= 0 else 1 << 62
        while len(self._out) < want and not self.done:
            self._out += self._step(max(want - len(self._out), _BLOCK))
        if len(self._out) <= want:
            data, self._out = self._out, b""
        else:
            data, self._out = self._out[:want], self._out[want:]
        return data

    def drain(self) -> None:
        """Read to the member's end (what is left is not wanted, but its CRC is)."""
        while not self.done:
            self._step(_BLOCK * 4)
        self._out = b""

    def _step(self, limit: int) -> bytes:
        owner = self._owner
        if not owner.buffer and not owner.fill():
            self.error, self.truncated, self.done = "the file ends inside it", True, True
            return b""
        data = owner.buffer
        try:
            out = self._inflater.decompress(data, limit)
        except zlib.error as exc:
            self.error, self.done = str(exc), True
            return b""
        rest = self._inflater.unused_data if self._inflater.eof else self._inflater.unconsumed_tail
        self.done = self._inflater.eof
        owner.position += len(data) - len(rest)
        owner.buffer = rest
        return out


class GzipMembers:
    """Iterate the members of ``stream`` (seekable), skipping over damage.

    Offsets are byte positions from where ``stream`` stood at the start. Consume
    each member (or not) before asking for the next: the next one starts where
    this one ended, or, when it was damaged, at the next sound-looking member."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._base = stream.tell()
        self.position = 0  # the offset of ``buffer[0]``
        self.buffer = b""

    def __iter__(self) -> Iterator[Member]:
        while self._skip_padding():
            member = Member(self, self.position)
            yield member
            member.drain()
            if member.error is not None and not member.truncated:
                self._resync(member.offset + 1)

    def fill(self) -> bool:
        """Read more of the file into ``buffer``; False at its end."""
        data = self._stream.read(_BLOCK)
        self.buffer += data
        return bool(data)

    def _skip_padding(self) -> bool:
        """Skip NULs and line ends before a member (some writers pad the file with
        them; they are not damage); False at the end of the file."""
        while True:
            rest = self.buffer.lstrip(_PADDING)
            self.position += len(self.buffer) - len(rest)
            self.buffer = rest
            if rest:
                return True
            if not self.fill():
                return False

    def consume(self, n: int) -> None:
        self.buffer = self.buffer[n:]
        self.position += n

    def _resync(self, offset: int) -> None:
        """Go to the first plausible member start at or after ``offset`` (or the end)."""
        self._stream.seek(self._base + offset)
        self.position, self.buffer = offset, b""
        while True:
            found = self.buffer.find(_MAGIC)
            if found < 0:
                keep = len(_MAGIC) - 1
                self.consume(max(0, len(self.buffer) - keep))
                if not self.fill():
                    self.consume(len(self.buffer))
                    return
                continue
            self.consume(found)
            while len(self.buffer) < 1024 and self.fill():
                pass
            if _starts_a_record(self.buffer):
                return
            self.consume(1)


def _starts_a_record(data: bytes) -> bool:
    """Whether ``data`` begins with a gzip member whose first bytes are a record's."""
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, 64)
    except zlib.error:
        return False
    return _RECORD_START.match(head) is not None
