"""Progress of a long run: a live line on a terminal (pages/s, problems so
far, ETA when the total is known), a quiet line every half minute in a log.

The total is known in documents when the caller gives it, or in bytes when the
inputs are files: Articles come in input order, so the bytes of the files
before the current one, plus the current WARC record's byte offset, say how far
the run is (the number of documents in a WARC is not known before reading it).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from newsgraph.article import Article
from newsgraph.read import walk_inputs

LOG_EVERY = 30.0  # seconds between lines when stderr is not a terminal
TTY_EVERY = 0.2


_WARC = (".warc", ".warc.gz", ".arc", ".arc.gz")  # offsets are byte positions
_MANY = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")  # offsets are line numbers


def input_sizes(paths: Iterable[str]) -> dict[str, int] | None:
    """The byte size of every input file, keyed as ``Source.location`` names it;
    None when an input is stdin or cannot be sized."""
    sizes: dict[str, int] = {}
    try:
        for path in paths:
            if path == "-":
                return None
            files = walk_inputs(Path(path)) if os.path.isdir(path) else [Path(path)]
            for file in files:
                sizes[path if file == Path(path) else str(file)] = file.stat().st_size
    except OSError:
        return None
    return sizes


class Progress:
    def __init__(
        self,
        stream: TextIO,
        total: int | None = None,
        sizes: dict[str, int] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.clock = clock  # a parameter, so that tests never patch the global time module
        self.total = total
        self.sizes = sizes or {}
        self.total_bytes = sum(self.sizes.values())
        self.tty = stream.isatty()
        self.started = self.last = clock()
        self.done = 0
        self.problems = 0
        self._file: str | None = None
        self._before = 0  # bytes of the files finished
        self.position = 0  # bytes of input behind the run

    def update(self, article: Article) -> None:
        self.done += 1
        self.problems += bool(article.problems)
        self._advance(article)
        now = self.clock()
        if now - self.last >= (TTY_EVERY if self.tty else LOG_EVERY):
            self.last = now
            self._write(self.line(now))

    def _advance(self, article: Article) -> None:
        location, offset = article.source.location, article.source.offset
        if location != self._file:
            self._before += self.sizes.get(self._file or "", 0)
            self._file = location
        if location.endswith(_WARC) and offset is not None:
            self.position = self._before + offset  # this record starts there
        elif location.endswith(_MANY):
            self.position = self._before  # counted once the next file starts
        else:
            self.position = self._before + self.sizes.get(location, 0)  # one page: done

    def close(self) -> None:
        if self.tty and self.done:
            self._write(self.line(self.clock()))
            self.stream.write("\n")
            self.stream.flush()

    def line(self, now: float) -> str:
        rate = self.done / max(now - self.started, 1e-9)
        parts = [
            f"{self.done}" + (f"/{self.total}" if self.total else "") + " documents",
            f"{rate:.1f}/s",
            f"{self.problems} with problems",
        ]
        elapsed = max(now - self.started, 1e-9)
        if self.total and rate > 0 and self.done < self.total:
            parts.append(f"ETA {_clock((self.total - self.done) / rate)}")
        elif self.total_bytes and 0 < self.position < self.total_bytes:
            share = self.position / self.total_bytes
            parts.append(f"{share:.0%}, ETA {_clock(elapsed * (1 - share) / share)}")
        return ", ".join(parts)

    def _write(self, line: str) -> None:
        self.stream.write(f"\r{line}\x1b[K" if self.tty else f"{line}\n")
        self.stream.flush()


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
