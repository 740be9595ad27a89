"""Resuming an interrupted ``extract --output FILE`` run.

The output file is the record of what is done: each line is one Article
with its source (path and record offset). A run killed mid-write leaves at
most one partial last line, which is cut off; documents whose source is
already in the file are skipped (paths compared resolved), so running the same
command again continues where it stopped and never writes an article twice.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator

from newsgraph.read import RawDocument

SourceKey = tuple[str, int | None]


def done_sources(path: str) -> set[SourceKey]:
    """Sources already written to ``path`` (after cutting a partial last line)."""
    if not os.path.exists(path):
        return set()
    _drop_partial_line(path)
    done: set[SourceKey] = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            try:
                source = json.loads(line)["source"]
                done.add((source["location"], source.get("offset")))
            except (ValueError, KeyError, TypeError):
                continue  # not one of ours; left alone
    return done


def skip_done(docs: Iterable[RawDocument], done: set[SourceKey]) -> Iterator[RawDocument]:
    """``docs`` without those in ``done``. Paths are compared resolved, so that the
    same input spelled another way (absolute, through ``./`` or a symlink) is
    recognised as done."""
    resolve = _Resolver()
    finished = {(resolve(location), offset) for location, offset in done}
    for doc in docs:
        if (resolve(doc.source.location), doc.source.offset) not in finished:
            yield doc


class _Resolver:
    """A location's real path (``-`` is stdin), looked up once per location."""

    def __init__(self) -> None:
        self.known: dict[str, str] = {"-": "-"}

    def __call__(self, location: str) -> str:
        found = self.known.get(location)
        if found is None:
            found = self.known[location] = os.path.realpath(location)
        return found


def _drop_partial_line(path: str) -> None:
    """Cut the file after its last newline: a line without one was cut short."""
    with open(path, "rb+") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        if size == 0:
            return
        fh.seek(max(0, size - 1))
        if fh.read(1) == b"\n":
            return
        block = 1 << 16
        pos = size
        while pos > 0:
            start = max(0, pos - block)
            fh.seek(start)
            chunk = fh.read(pos - start)
            cut = chunk.rfind(b"\n")
            if cut >= 0:
                fh.truncate(start + cut + 1)
                return
            pos = start
        fh.truncate(0)
