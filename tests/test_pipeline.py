"""The pipeline's promise: every document read comes out as an Article (with
problems when something went wrong), nothing raises, the counts add up."""

from __future__ import annotations

import gzip
from pathlib import Path

from newsgraph import problems
from newsgraph.article import Source
from newsgraph.pipeline import STAGES, Options, Stage, Summary, process_document, run
from newsgraph.read.base import RawDocument
from tests.conftest import FIXTURES
from tests.read.test_readers import make_warc

HTML = (FIXTURES / "kurzmeldung.html").read_bytes()
TEXT = (FIXTURES / "kurzmeldung.txt").read_bytes()


def bad_batch(root: Path, huge_mb: int = 50) -> Path:
    """A directory with every kind of bad input beside two good pages."""
    root.mkdir()
    (root / "01_good.html").write_bytes(HTML)
    (root / "02_good.txt").write_bytes(TEXT)
    (root / "03_empty.html").write_bytes(b"")
    (root / "04_binary.txt").write_bytes(bytes(range(256)) * 100)
    (root / "05_truncated.html.gz").write_bytes(gzip.compress(HTML * 3)[:-40])
    warc = make_warc(
        [("response", "https://a.example/1", HTML), ("response", "https://a.example/2", HTML)]
    )
    (root / "06_truncated.warc.gz").write_bytes(warc[: len(warc) - 300])
    line = "Dies ist eine lange Zeile ohne jede Struktur, die sich immer wiederholt. "
    with open(root / "07_huge.txt", "w", encoding="utf-8") as fh:
        for _ in range(huge_mb * 1024 * 1024 // (len(line.encode()) * 100) + 1):
            fh.write((line * 20 + "\n\n") * 5)
    (root / "08_index.html").write_bytes((FIXTURES / "startseite.html").read_bytes())
    (root / "09_french.html").write_bytes((FIXTURES / "francais.html").read_bytes())
    depth = 100_000
    nested = "<html><body>" + "<div>" * depth + "<p>Ganz unten.</p>" + "</div>" * depth
    (root / "10_nested.html").write_text(nested + "</body></html>", encoding="utf-8")
    return root


def test_bad_batch_finishes_with_exact_counts(tmp_path: Path) -> None:
    root = bad_batch(tmp_path / "batch")
    assert (root / "07_huge.txt").stat().st_size >= 50 * 1024 * 1024
    summary = Summary()
    codes: dict[str, list[str]] = {}
    for article in run([str(root)]):  # default options: the cut is at 20 MB
        summary.add(article)
        name = Path(article.source.location).name
        codes.setdefault(name, []).extend(p.code for p in article.problems)
    assert summary.read == 11  # the truncated WARC yields its good record and its cut one
    assert codes["01_good.html"] == [] and codes["02_good.txt"] == []
    assert codes["03_empty.html"] == [problems.EMPTY_INPUT]
    assert codes["04_binary.txt"] == [problems.BINARY_INPUT]
    assert problems.TRUNCATED_GZIP in codes["05_truncated.html.gz"]
    assert problems.TRUNCATED_GZIP in codes["06_truncated.warc.gz"]
    assert {problems.TOO_LARGE, problems.TOO_LONG} <= set(codes["07_huge.txt"])
    assert set(codes["08_index.html"]) & {problems.NOT_AN_ARTICLE, problems.NO_BODY}
    assert codes["09_french.html"] == [problems.UNEXPECTED_LANGUAGE]
    assert codes["10_nested.html"] == [problems.NO_BODY]
    assert summary.with_problems == 8  # all but the two good pages and the good WARC record
    # Text came out of all but the empty, binary and nested files and the index page
    # (its body is link texts: navigation, flagged); the cut WARC record keeps what it has.
    assert summary.extracted == 7


def test_a_stage_that_raises_becomes_a_problem(monkeypatch: object) -> None:
    def boom(article: object, options: Options) -> object:
        raise RuntimeError("kaputt")

    import pytest

    mp = pytest.MonkeyPatch()
    mp.setattr("newsgraph.pipeline.STAGES", [Stage("boom", boom), *STAGES])
    try:
        doc = RawDocument(Source("x.txt"), "text", content=TEXT.decode())
        article = process_document(doc)
    finally:
        mp.undo()
    first = article.problems[0]
    assert (first.code, first.stage) == (problems.EXTRACTOR_ERROR, "boom")
    assert "Stadtrat" in article.text  # extraction before the failing stage is kept


def test_an_extractor_that_raises_becomes_a_problem() -> None:
    import pytest

    def boom(doc: RawDocument) -> object:
        raise ValueError("unparseable")

    mp = pytest.MonkeyPatch()
    mp.setitem(__import__("newsgraph.extract", fromlist=["EXTRACTORS"]).EXTRACTORS, "html", boom)
    try:
        article = process_document(RawDocument(Source("x.html"), "html", content="<p>x</p>"))
    finally:
        mp.undo()
    assert article.problems[0].code == problems.EXTRACTOR_ERROR
    assert article.problems[0].stage == "extract"
    assert article.id  # still a complete record


def test_ids_are_stable() -> None:
    doc = lambda: RawDocument(Source("x.txt"), "text", content=TEXT.decode())  # noqa: E731
    assert process_document(doc()).id == process_document(doc()).id


def test_an_id_without_a_url_does_not_depend_on_the_path() -> None:
    one = process_document(RawDocument(Source("a/x.txt"), "text", content=TEXT.decode()))
    two = process_document(RawDocument(Source("/b/copy.txt", 7), "text", content=TEXT.decode()))
    assert one.url is None and one.id == two.id
    other = TEXT.decode().replace("Radwege", "Radwege und Brücken")
    assert process_document(RawDocument(Source("a/x.txt"), "text", content=other)).id != one.id


def test_records_with_nothing_read_keep_apart() -> None:
    docs = [
        RawDocument(Source(f"{name}.html"), "none").problem(problems.EMPTY_INPUT, "no content")
        for name in ("a", "b")
    ]
    one, two = (process_document(doc) for doc in docs)
    assert one.id != two.id
