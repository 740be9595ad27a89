"""Readers: paths, directories, stdin and containers to ``RawDocument``s.

``read(paths, format)`` is the one entry point. With ``format="auto"`` each
file is sniffed by its bytes (gzip, WARC, JSON-lines, HTML, else a text
dump); a given format applies to every input. Every input yields at least one
document: a file that cannot be read yields one carrying the problem.
"""

from __future__ import annotations

import io
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, cast

from newsgraph import problems
from newsgraph.article import Problem, Source
from newsgraph.read.base import RawDocument
from newsgraph.read.decode import decode, looks_binary
from newsgraph.read.jsonl import SNIFF_LINES, read_jsonl, sniff_jsonl
from newsgraph.read.warc import read_warc

__all__ = [
    "FORMATS",
    "RawDocument",
    "missing_paths",
    "read",
    "read_bytes",
    "sniff_text",
    "walk_inputs",
]

FORMATS = ("auto", "html", "text", "plain", "warc", "jsonl", "plain-jsonl")
DEFAULT_MAX_BYTES = 20_000_000

# Files a directory walk picks up; anything else in a directory is not a page.
_DOC_SUFFIXES = {
    ".html",
    ".htm",
    ".xhtml",
    ".shtml",
    ".txt",
    ".text",
    ".warc",
    ".arc",
    ".jsonl",
    ".ndjson",
    ".wet",
    "",
}
_HTML_SNIFF = re.compile(
    r"<(!doctype\s+html|html|head|body|meta|title|div|article|p|section)[\s>/]", re.IGNORECASE
)
_GZIP_MAGIC = b"\x1f\x8b"


def read(
    paths: Iterable[str],
    format: str = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    pipes: bool = True,
) -> Iterator[RawDocument]:
    """Yield the documents in ``paths`` (files, directories, ``-`` for stdin).

    Entries of a directory that cannot be read are documents with a problem: a
    directory that cannot be listed, and special files (a FIFO, a socket, a
    device), which are never opened, since opening one can wait forever. A special
    file named in ``paths`` itself is read when ``pipes`` (``<(zcat crawl.gz)``)."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    for path in paths:
        if path == "-":
            yield from _read_stream(sys.stdin.buffer, "-", format, max_bytes)
        elif os.path.isdir(path):
            for entry, error in _walk(Path(path)):
                if error is not None:
                    yield _unreadable(str(entry), error)
                else:
                    yield from _read_file(str(entry), format, max_bytes, special=False)
        else:
            yield from _read_file(path, format, max_bytes, special=pipes)


def missing_paths(paths: Iterable[str]) -> list[str]:
    """The paths that name nothing (``-`` is stdin): a command line that names one
    is a usage error (a typo), not a run with an unreadable document."""
    return [path for path in paths if path != "-" and not os.path.lexists(path)]


def read_bytes(
    data: bytes, location: str = "<bytes>", format: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument]:
    """The same as ``read`` for bytes already in memory."""
    yield from _read_stream(io.BytesIO(data), location, format, max_bytes)


def walk_inputs(root: Path) -> Iterator[Path]:
    """The entries under a directory that ``read`` accounts for, in its order: the
    input files, and the directories that cannot be listed."""
    for entry, _ in _walk(root):
        yield entry


def _walk(root: Path) -> Iterator[tuple[Path, str | None]]:
    """``walk_inputs`` with why an entry cannot be read (None: it is a file to read)."""
    failed: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=failed.append):
        yield from _failures(failed)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            stem = name[:-3] if name.endswith(".gz") else name
            if Path(stem).suffix.lower() in _DOC_SUFFIXES:
                yield Path(dirpath) / name, None
    yield from _failures(failed)


def _failures(failed: list[OSError]) -> Iterator[tuple[Path, str]]:
    while failed:
        exc = failed.pop(0)
        yield Path(exc.filename), f"directory cannot be listed: {exc.strerror or exc}"


def _read_file(path: str, format: str, max_bytes: int, special: bool) -> Iterator[RawDocument]:
    """The documents in one file; a special file only when ``special`` (see ``read``)."""
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode) and not special:
            yield _unreadable(
                path,
                f"not a regular file ({_kind(mode)}): not opened, since "
                "opening it could wait forever",
            )
            return
        with open(path, "rb") as stream:
            yield from _read_stream(stream, path, format, max_bytes)
    except OSError as exc:
        yield _unreadable(path, str(exc))


def _unreadable(path: str, message: str) -> RawDocument:
    return RawDocument(Source(path), "none").problem(problems.UNREADABLE, message)


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISDIR, "a directory"),
    ):
        if test(mode):
            return name
    return "not a file"


def _read_stream(
    stream: BinaryIO, location: str, format: str, max_bytes: int
) -> Iterator[RawDocument]:
    buffered = _peekable(stream)
    head = buffered.peek(4096)[:4096]
    gzipped = head.startswith(_GZIP_MAGIC)
    if format == "warc" or (format == "auto" and _is_warc(head, gzipped)):
        yield from read_warc(buffered, location, max_bytes)
        return
    data, read_problems = _read_all(buffered, gzipped, max_bytes)
    source = Source(location)
    sniffed = _sniff_jsonl(data) if format == "auto" else None
    if format in ("jsonl", "plain-jsonl") or sniffed is not None:
        plain = format == "plain-jsonl" or bool(sniffed)
        text = decode(data, html=False)
        docs = read_jsonl(io.StringIO(text), location, plain)
        first = True
        for doc in docs:
            if first:
                doc.problems[:0] = read_problems
                first = False
            yield doc
        if first:
            doc = RawDocument(source, "none", problems=read_problems)
            yield doc.problem(problems.EMPTY_INPUT, "JSON-lines file has no records")
        return
    doc = RawDocument(source, "none", problems=read_problems)
    if not data.strip():
        yield doc.problem(problems.EMPTY_INPUT, "no content")
        return
    if looks_binary(data):
        yield doc.problem(problems.BINARY_INPUT, "content is not text in any supported charset")
        return
    if format == "auto":
        text = decode(data, html=True)
        format = sniff_text(text)
        if format == "text":
            text = decode(data, html=False)
    else:
        text = decode(data, html=format == "html")
    doc.format = format
    doc.content = text
    yield doc


def _peekable(stream: BinaryIO) -> io.BufferedReader:
    """A reader that can look at the first bytes without consuming them."""
    if isinstance(stream, io.BufferedReader):
        return stream
    return io.BufferedReader(cast(io.RawIOBase, stream))


def sniff_text(text: str) -> str:
    """``html`` when ``text`` looks like markup, else ``text`` (a dump)."""
    return "html" if _HTML_SNIFF.search(text[:4096]) else "text"


def _read_all(stream: BinaryIO, gzipped: bool, max_bytes: int) -> tuple[bytes, list[Problem]]:
    """Up to ``max_bytes`` of (decompressed) content. A gzip stream that ends
    early keeps everything decompressed so far (``GzipFile`` would drop the
    last block), and says so."""
    found: list[Problem] = []
    chunks: list[bytes] = []
    size = 0
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) if gzipped else None
    try:
        while size <= max_bytes:
            raw = stream.read(1 << 16)
            if not raw:
                break
            while inflater is not None and raw:
                data = inflater.decompress(raw, max_bytes + 1 - size)
                chunks.append(data)
                size += len(data)
                raw = inflater.unconsumed_tail
                if inflater.eof:  # a multi-member gzip goes on with a new member
                    raw = inflater.unused_data + raw
                    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) if raw else inflater
                if size > max_bytes:
                    break
            if inflater is None:
                chunks.append(raw)
                size += len(raw)
        if inflater is not None and not inflater.eof and size <= max_bytes:
            found.append(_problem(problems.TRUNCATED_GZIP, "gzip stream ends early"))
    except zlib.error as exc:
        found.append(_problem(problems.TRUNCATED_GZIP, f"gzip stream is corrupt: {exc}"))
    except OSError as exc:
        found.append(_problem(problems.UNREADABLE, str(exc)))
    data = b"".join(chunks)
    if len(data) > max_bytes:
        data = data[:max_bytes]
        found.append(_problem(problems.TOO_LARGE, f"input cut at {max_bytes} bytes"))
    return data, found


def _problem(code: str, message: str) -> Problem:
    return Problem(code, "read", message)


def _is_warc(head: bytes, gzipped: bool) -> bool:
    if gzipped:
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return False
    return head.startswith((b"WARC/", b"filedesc://"))


def _sniff_jsonl(data: bytes) -> bool | None:
    """``jsonl.sniff_jsonl`` on the first non-empty lines of ``data``."""
    lines: list[bytes] = []
    start = 0
    while len(lines) < SNIFF_LINES and start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        line = data[start:end].strip()
        if line:
            lines.append(line)
        start = end + 1
    return sniff_jsonl(lines)
