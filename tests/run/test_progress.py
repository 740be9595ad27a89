from __future__ import annotations

import io

import pytest

from newsgraph.article import Article, Source
from newsgraph.run import progress
from newsgraph.run.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_line_with_rate_problems_and_eta(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([100.0, 101.0, 102.0, 103.0])
    monkeypatch.setattr(progress.time, "monotonic", lambda: next(clock))
    out = Terminal()
    bar = Progress(out, total=4)
    ok, bad = Article(Source("a"), "text"), Article(Source("b"), "text")
    bad.add_problem("empty-input", "read", "no content")
    bar.update(ok)
    bar.update(bad)
    assert out.getvalue().endswith("\r2/4 documents, 1.0/s, 1 with problems, ETA 0:02\x1b[K")
    bar.close()
    assert out.getvalue().endswith("\n")


def test_log_lines_are_rare_and_plain() -> None:
    out = io.StringIO()
    bar = Progress(out)
    for _ in range(100):
        bar.update(Article(Source("a"), "text"))
    bar.close()
    assert out.getvalue() == ""  # under 30 s: nothing in a log but the final summary
