"""Ingest: Articles into a store, all or nothing per article, resumable.

Articles are written in batches, one transaction each, so a run that stops
half-way (crash, Ctrl-C, kill) leaves whole articles and no half-written one;
running it again skips what is stored (same content hash) and finishes the job.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from newsgraph import problems
from newsgraph.article import Article, Source
from newsgraph.pipeline import Summary
from newsgraph.run.parquet import is_spark_output, read_spark_output
from newsgraph.store.base import Store


@dataclass
class IngestReport:
    run: str
    seen: int = 0
    added: int = 0
    versions: int = 0
    counts: Summary = field(default_factory=Summary)

    def line(self) -> str:
        return (
            f"{self.counts.line()}; "
            f"stored {self.added} new, {self.seen - self.added} already stored"
            + (f", {self.versions} new versions" if self.versions else "")
        )


BATCH = 64  # articles per transaction: whole articles only, far fewer commits


def ingest(
    store: Store, articles: Iterable[Article], paths: Sequence[str] = (), batch: int = BATCH
) -> IngestReport:
    """Store every article; the run and its counts are recorded in ``runs``."""
    report = IngestReport(store.start_run(paths))
    index = store.load_stories()
    for chunk in batched(articles, batch):
        for article, done in zip(chunk, store.add(chunk, report.run, index), strict=True):
            report.counts.add(article)
            report.seen += 1
            report.added += done.added
            report.versions += done.added and done.version > 1
    store.finish_run(report.run, report.added, report.counts)
    return report


def batched(items: Iterable[Article], n: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, n)):
        yield chunk


def read_articles(paths: Iterable[str]) -> Generator[Article, None, None]:
    """Articles already processed (no NLP is run): JSON lines written by
    ``newsgraph extract``, or the output directory of a ``newsgraph spark`` run.
    A line that is not an Article (the cut last line a killed ``extract`` leaves)
    becomes an Article with a ``bad-record`` problem; the lines after it are read."""
    for path in paths:
        if is_spark_output(path):
            yield from read_spark_output(path)
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            for number, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                try:
                    yield Article.from_json(line)
                except (ValueError, KeyError, TypeError, AttributeError) as exc:
                    yield _bad_line(path, number, line, exc)


def _bad_line(path: str, number: int, line: str, exc: Exception) -> Article:
    cut = not line.endswith("\n")
    why = "cut short (no newline at its end)" if cut else "not an Article"
    article = Article(source=Source(path, offset=number, record=f"line {number}"), format="none")
    article.add_problem(problems.BAD_RECORD, "read", f"line {number}: {why}: {exc}")
    article.finalize_id()
    return article
