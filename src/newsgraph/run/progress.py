"""Progress of a long run: a live line on a terminal (pages/s, problems so
far, ETA when the total is known), a quiet line every half minute in a log."""

from __future__ import annotations

import time
from typing import TextIO

from newsgraph.article import Article

LOG_EVERY = 30.0  # seconds between lines when stderr is not a terminal
TTY_EVERY = 0.2


class Progress:
    def __init__(self, stream: TextIO, total: int | None = None) -> None:
        self.stream = stream
        self.total = total
        self.tty = stream.isatty()
        self.started = self.last = time.monotonic()
        self.done = 0
        self.problems = 0

    def update(self, article: Article) -> None:
        self.done += 1
        self.problems += bool(article.problems)
        now = time.monotonic()
        if now - self.last >= (TTY_EVERY if self.tty else LOG_EVERY):
            self.last = now
            self._write(self.line(now))

    def close(self) -> None:
        if self.tty and self.done:
            self._write(self.line(time.monotonic()))
            self.stream.write("\n")
            self.stream.flush()

    def line(self, now: float) -> str:
        rate = self.done / max(now - self.started, 1e-9)
        parts = [
            f"{self.done}" + (f"/{self.total}" if self.total else "") + " documents",
            f"{rate:.1f}/s",
            f"{self.problems} with problems",
        ]
        if self.total and rate > 0 and self.done < self.total:
            parts.append(f"ETA {_clock((self.total - self.done) / rate)}")
        return ", ".join(parts)

    def _write(self, line: str) -> None:
        self.stream.write(f"\r{line}\x1b[K" if self.tty else f"{line}\n")
        self.stream.flush()


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
