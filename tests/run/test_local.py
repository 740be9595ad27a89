"""The local executor: same output as a serial run, in order; a document that
hangs, exhausts memory or kills its worker is recorded and the run goes on."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from newsgraph import problems
from newsgraph.article import Article, Source
from newsgraph.extract import EXTRACTORS
from newsgraph.pipeline import Options, process_document
from newsgraph.read import RawDocument, read
from newsgraph.run.local import Limits, process_parallel
from tests.conftest import FIXTURES, ROOT

TEXT = (FIXTURES / "kurzmeldung.txt").read_text(encoding="utf-8")
FAST = Options(skip=frozenset({"entities", "statements"}))
EXAMPLES = ["de_tagesblick_haushalt.html", "en_meridian_geneva_energy.html"]


def docs(n: int, special: dict[int, str] | None = None) -> Iterator[RawDocument]:
    for i in range(n):
        fmt = (special or {}).get(i, "text")
        yield RawDocument(Source(f"doc{i}.txt"), fmt, content=TEXT.replace("Stadtrat", f"Rat {i}"))


def test_parallel_equals_serial_and_keeps_order() -> None:
    serial = [process_document(d, FAST).to_dict() for d in read([str(FIXTURES)])]
    parallel = [a.to_dict() for a in process_parallel(read([str(FIXTURES)]), FAST, workers=2)]
    assert parallel == serial


@pytest.fixture
def trouble(monkeypatch: pytest.MonkeyPatch) -> None:
    """Extractors that hang, run out of memory or kill their process (workers are
    forked, so they see the patched registry)."""

    def hang(doc: RawDocument) -> Article:
        time.sleep(60)
        raise AssertionError("not reached")

    def oom(doc: RawDocument) -> Article:
        raise MemoryError

    def die(doc: RawDocument) -> Article:
        os._exit(3)

    monkeypatch.setitem(EXTRACTORS, "hang", hang)
    monkeypatch.setitem(EXTRACTORS, "oom", oom)
    monkeypatch.setitem(EXTRACTORS, "die", die)


@pytest.mark.usefixtures("trouble")
@pytest.mark.parametrize("workers", [1, 2])
def test_bad_documents_are_recorded_and_the_run_goes_on(workers: int) -> None:
    special = {1: "hang", 3: "oom"} if workers == 1 else {1: "hang", 3: "oom", 6: "die"}
    out = list(process_parallel(docs(10, special), FAST, workers, Limits(seconds=2)))
    assert [a.source.location for a in out] == [f"doc{i}.txt" for i in range(10)]
    codes = {i: [p.code for p in a.problems] for i, a in enumerate(out) if a.problems}
    expected = {1: [problems.TIMEOUT], 3: [problems.OUT_OF_MEMORY, problems.NO_BODY]}
    if workers == 2:
        expected[6] = [problems.WORKER_DIED]
    assert codes == expected
    assert all(f"Rat {i}" in a.text for i, a in enumerate(out) if i not in expected)


def test_empty_input() -> None:
    assert list(process_parallel([], FAST, workers=2)) == []


def test_the_memory_bound_stops_a_document_that_allocates_too_much(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def hog(doc: RawDocument) -> Article:
        blocks = [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GiB, step by step
        raise AssertionError(f"not reached: {len(blocks)}")

    monkeypatch.setitem(EXTRACTORS, "hog", hog)
    out = list(process_parallel(docs(4, {2: "hog"}), FAST, 2, Limits(memory_mb=512)))
    assert [p.code for p in out[2].problems][:1] == [problems.OUT_OF_MEMORY]
    assert all("Rat" in a.text for i, a in enumerate(out) if i != 2)


def test_the_memory_bound_holds_with_one_worker_too(monkeypatch: pytest.MonkeyPatch) -> None:
    def hog(doc: RawDocument) -> Article:
        blocks = [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GiB, step by step
        raise AssertionError(f"not reached: {len(blocks)}")

    monkeypatch.setitem(EXTRACTORS, "hog", hog)
    out = list(process_parallel(docs(4, {2: "hog"}), FAST, 1, Limits(memory_mb=512)))
    assert [p.code for p in out[2].problems][:1] == [problems.OUT_OF_MEMORY]
    assert all("Rat" in a.text for i, a in enumerate(out) if i != 2)
    big = bytearray(1024 * 1024 * 1024)  # the bound was for the document, not the run
    assert len(big) == 1024 * 1024 * 1024


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ordinary_pages_pass_a_300_mb_bound(workers: str) -> None:
    """The bound counts what a document adds, not the models (~400 MB) that the
    first document of a fresh process used to load under it."""
    pages = [str(ROOT / "examples" / name) for name in EXAMPLES]
    command = ["extract", *pages, "--workers", workers, "--memory", "300", "-q"]
    done = subprocess.run(
        [sys.executable, "-m", "newsgraph.cli", *command],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    out = [Article.from_json(line) for line in done.stdout.splitlines()]
    assert [[p.code for p in a.problems] for a in out] == [[] for _ in EXAMPLES]
    assert all(a.statements for a in out)  # the models did their work
