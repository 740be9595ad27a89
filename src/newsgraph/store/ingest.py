"""Ingest: Articles into a store, all or nothing per article, resumable.

Articles are written in batches, one transaction each, so a run that stops
half-way (crash, Ctrl-C, kill) leaves whole articles and no half-written one;
running it again skips what is stored (same content hash) and finishes the job.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from newsgraph.article import Article
from newsgraph.store.base import Store


@dataclass
class IngestReport:
    run: str
    seen: int = 0
    added: int = 0
    versions: int = 0

    def line(self) -> str:
        return (
            f"ingested {self.seen}, added {self.added}, already stored {self.seen - self.added}"
            + (f", new versions {self.versions}" if self.versions else "")
        )


BATCH = 64  # articles per transaction: whole articles only, far fewer commits


def ingest(
    store: Store, articles: Iterable[Article], paths: Sequence[str] = (), batch: int = BATCH
) -> IngestReport:
    """Store every article; the run is recorded in ``runs``."""
    report = IngestReport(store.start_run(paths))
    index = store.load_stories()
    for chunk in batched(articles, batch):
        for done in store.add(chunk, report.run, index):
            report.seen += 1
            report.added += done.added
            report.versions += done.added and done.version > 1
    store.finish_run(report.run, report.seen, report.added)
    return report


def batched(items: Iterable[Article], n: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, n)):
        yield chunk


def read_articles(paths: Iterable[str]) -> Iterator[Article]:
    """Articles from JSON lines written by ``newsgraph extract`` (no NLP run)."""
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield Article.from_json(line)
