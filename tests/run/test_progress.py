from __future__ import annotations

import io
from pathlib import Path

from newsgraph.article import Article, Source
from newsgraph.run import progress
from newsgraph.run.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_line_with_rate_problems_and_eta() -> None:
    clock = iter([100.0, 101.0, 102.0, 103.0])
    out = Terminal()
    bar = Progress(out, total=4, clock=lambda: next(clock))
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


def test_eta_from_the_bytes_of_the_input_files(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(b"x" * 100)
    (tmp_path / "b.warc.gz").write_bytes(b"x" * 300)
    sizes = progress.input_sizes([str(tmp_path)])
    assert sizes == {str(tmp_path / "a.html"): 100, str(tmp_path / "b.warc.gz"): 300}
    assert progress.input_sizes(["-"]) is None
    clock = iter([0.0, 10.0, 20.0])
    out = Terminal()
    bar = Progress(out, sizes=sizes, clock=lambda: next(clock))
    bar.update(Article(Source(str(tmp_path / "a.html")), "html"))  # first file done: 100 of 400
    assert out.getvalue().endswith("1 documents, 0.1/s, 0 with problems, 25%, ETA 0:30\x1b[K")
    bar.update(Article(Source(str(tmp_path / "b.warc.gz"), offset=200), "html"))
    assert bar.position == 300
    assert out.getvalue().endswith("2 documents, 0.1/s, 0 with problems, 75%, ETA 0:06\x1b[K")
