"""The robustness batch on worker processes: a corrupt WARC, a truncated gzip,
binary junk, a 100 MB text file and deeply nested HTML beside good pages, with
a worker killed from outside mid-run. Nothing is lost, nothing duplicated, the
counts are exact: the parallel run equals a serial one."""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

from newsgraph.article import Article
from newsgraph.pipeline import Options, Summary, process_document
from newsgraph.read import read
from newsgraph.run.local import process_parallel
from tests.test_pipeline import bad_batch

FAST = Options(skip=frozenset({"entities", "statements"}))


def _outcome(articles: list[Article]) -> list[tuple[str, int | None, str, tuple[str, ...]]]:
    return [
        (a.source.location, a.source.offset, a.id, tuple(p.code for p in a.problems))
        for a in articles
    ]


def test_batch_with_a_killed_worker_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    root = bad_batch(tmp_path / "batch", huge_mb=100)
    assert (root / "07_huge.txt").stat().st_size >= 100 * 1024 * 1024
    serial = [process_document(doc, FAST) for doc in read([str(root)])]
    parallel: list[Article] = []
    killed = False
    for article in process_parallel(read([str(root)]), FAST, workers=2):
        parallel.append(article)
        if not killed and (workers := multiprocessing.active_children()):
            os.kill(workers[0].pid or 0, signal.SIGKILL)  # a worker dies mid-run
            killed = True
    assert killed
    assert _outcome(parallel) == _outcome(serial)  # same documents, same order, once each
    assert [a.text for a in parallel] == [a.text for a in serial]
    counts = Summary()
    for article in parallel:
        counts.add(article)
    assert (counts.read, counts.extracted, counts.with_problems) == (11, 7, 8)
