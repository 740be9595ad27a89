"""Damage in a WARC costs the record it is in: a bad gzip member, a stretch of
bytes without a header or a wrong Content-Length is a problem at its byte
offset, and every other record is read."""

from __future__ import annotations

import gzip
import io
import re

import pytest

from newsgraph import problems
from newsgraph.read import read_bytes
from newsgraph.read.base import RawDocument
from newsgraph.read.warc import read_warc
from tests.read.test_readers import HTML, make_warc

N = 100
BAD = 10


def records(gzip_records: bool, n: int = N) -> list[bytes]:
    """``n`` one-record WARCs, each page told apart by its URL."""
    return [
        make_warc([("response", f"https://a.example/{i}", HTML)], gzip_records=gzip_records)
        for i in range(n)
    ]


def starts(parts: list[bytes]) -> list[int]:
    return [sum(len(p) for p in parts[:i]) for i in range(len(parts))]


def numbers(docs: list[RawDocument]) -> list[int]:
    """The page numbers of the documents read without a problem."""
    return [int((d.url or "").rsplit("/", 1)[1]) for d in docs if not d.problems]


def damage(docs: list[RawDocument]) -> list[tuple[int | None, list[str]]]:
    return [(d.source.offset, [p.code for p in d.problems]) for d in docs if d.problems]


@pytest.mark.parametrize("where", [0.0, 0.02, 0.3, 0.6, 0.99, 1.0])
def test_a_flipped_bit_in_a_gzip_member_costs_that_record_alone(where: float) -> None:
    parts = records(gzip_records=True)
    data = bytearray(b"".join(parts))
    at = starts(parts)[BAD]
    data[at + min(int(len(parts[BAD]) * where), len(parts[BAD]) - 1)] ^= 0x04
    docs = list(read_bytes(bytes(data), "crawl.warc.gz"))
    assert numbers(docs) == [i for i in range(N) if i != BAD]
    assert damage(docs) == [(at, [problems.CORRUPT_WARC])]
    [bad] = [d for d in docs if d.problems]
    assert f"gzip member at byte {at} is damaged" in bad.problems[0].message
    assert "truncat" not in bad.problems[0].message


def test_bytes_between_gzip_members_are_skipped_with_a_problem() -> None:
    parts = records(gzip_records=True, n=5)
    junk = b"junk\x1f\x8b\x08\x00" * 20  # with false gzip headers in it
    data = b"".join(parts[:2]) + junk + b"".join(parts[2:])
    docs = list(read_bytes(data, "crawl.warc.gz"))
    assert numbers(docs) == [0, 1, 2, 3, 4]
    assert damage(docs) == [(starts(parts)[2], [problems.CORRUPT_WARC])]


class _Pipe(io.RawIOBase):
    """A stream that cannot seek, like stdin."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_a_damaged_member_read_from_a_pipe_costs_that_record_alone() -> None:
    parts = records(gzip_records=True, n=5)
    data = bytearray(b"".join(parts))
    data[starts(parts)[2] + 200] ^= 0x01
    docs = list(read_warc(io.BufferedReader(_Pipe(bytes(data))), "-", 1_000_000))
    assert numbers(docs) == [0, 1, 3, 4]
    assert damage(docs) == [(starts(parts)[2], [problems.CORRUPT_WARC])]


def _with_length(record: bytes, change: int) -> bytes:
    def replace(m: re.Match[bytes]) -> bytes:
        return m[1] + str(int(m[2]) + change).encode()

    return re.sub(rb"(\r\nContent-Length: )(\d+)", replace, record, count=1)


@pytest.mark.parametrize("change", [-300, -1, 1, 700, 10**9])
def test_a_wrong_content_length_is_a_problem_and_the_next_record_is_found(change: int) -> None:
    parts = records(gzip_records=False, n=6)
    parts[2] = _with_length(parts[2], change)
    docs = list(read_bytes(b"".join(parts), "crawl.warc"))
    assert [int((d.url or "").rsplit("/", 1)[1]) for d in docs] == [0, 1, 2, 3, 4, 5]
    assert damage(docs) == [(starts(parts)[2], [problems.CORRUPT_WARC])]
    assert "Content-Length" in docs[2].problems[0].message
    assert docs[2].content == docs[1].content  # read in full, up to the next record


def test_records_after_a_damaged_header_are_read() -> None:
    parts = records(gzip_records=False, n=6)
    parts[2] = parts[2].replace(b"WARC/1.0\r\n", b"WARX/1.0\r\n", 1)
    docs = list(read_bytes(b"".join(parts), "crawl.warc"))
    assert numbers(docs) == [0, 1, 3, 4, 5]
    assert damage(docs) == [(starts(parts)[2], [problems.CORRUPT_WARC])]


def test_bytes_between_uncompressed_records_are_skipped_with_a_problem() -> None:
    parts = records(gzip_records=False, n=4)
    data = b"".join(parts[:2]) + b"stray bytes\r\n" * 3 + b"".join(parts[2:])
    docs = list(read_bytes(data, "crawl.warc"))
    assert numbers(docs) == [0, 1, 2, 3]
    assert damage(docs) == [(starts(parts)[2], [problems.CORRUPT_WARC])]


def test_a_flipped_bit_in_an_uncompressed_record_spares_the_others() -> None:
    parts = records(gzip_records=False, n=5)
    first = starts(parts)[2]
    for at in range(first, first + len(parts[2]), 7):
        data = bytearray(b"".join(parts))
        data[at] ^= 0x20
        docs = list(read_bytes(bytes(data), "crawl.warc"))
        others = [int((d.url or "/-1").rsplit("/", 1)[1]) for d in docs if d.source.offset != first]
        assert [n for n in others if n != 2] == [0, 1, 3, 4], at - first


@pytest.mark.parametrize("change", [-50, 50])
def test_a_wrong_content_length_inside_a_gzip_member_is_a_problem(change: int) -> None:
    parts = records(gzip_records=True, n=3)
    middle = gzip.compress(_with_length(gzip.decompress(parts[1]), change))
    docs = list(read_bytes(parts[0] + middle + parts[2], "crawl.warc.gz"))
    assert [int((d.url or "").rsplit("/", 1)[1]) for d in docs] == [0, 1, 2]
    assert damage(docs) == [(len(parts[0]), [problems.CORRUPT_WARC])]
    assert "Content-Length" in docs[1].problems[0].message


def test_a_warc_gzipped_as_a_whole_is_read_to_its_end() -> None:
    whole = gzip.compress(b"".join(records(gzip_records=False, n=40)))
    docs = list(read_bytes(whole, "whole.warc.gz"))
    assert numbers(docs) == list(range(40))
    assert len({d.source.offset for d in docs}) == 40  # positions in the decompressed stream


@pytest.mark.parametrize("padding", [b"\n", b"\r\n\r\n", b"\x00" * 512])
def test_padding_between_and_after_gzip_members_is_not_damage(padding: bytes) -> None:
    parts = records(gzip_records=True, n=3)
    data = parts[0] + padding + parts[1] + parts[2] + padding
    docs = list(read_bytes(data, "crawl.warc.gz"))
    assert numbers(docs) == [0, 1, 2] and damage(docs) == []
    assert docs[1].source.offset == len(parts[0]) + len(padding)


def test_records_separated_by_bare_newlines_are_sound() -> None:
    parts = [p[: -len(b"\r\n\r\n")] + b"\n\n" for p in records(gzip_records=False, n=3)]
    docs = list(read_bytes(b"".join(parts), "crawl.warc"))
    assert numbers(docs) == [0, 1, 2] and damage(docs) == []
