"""Shared test helpers: paths to the team's fixtures and to ../shared."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.article import Article
from tests.databases import pg_dsn  # noqa: F401  (a session fixture for every test directory)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    """``../shared`` beside the checkout; tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (developer data, not part of the product)")
    return SHARED


@pytest.fixture(scope="session")
def seed() -> Article:
    """The team's seed article (``../shared/seed``), through the whole pipeline once per
    session; tests read it, never change it."""
    path = SHARED / "seed" / "000_eacb27a51a21eb82.txt"
    if not path.is_file():
        pytest.skip("../shared is not present (developer data, not part of the product)")
    import newsgraph

    return newsgraph.process(text=path.read_text(encoding="utf-8"), format="text")


@pytest.fixture(autouse=True, scope="session")
def no_process_outlives_the_tests() -> Iterator[None]:
    """A worker process left behind keeps the interpreter from exiting (it joins its
    children), which hangs CI long after the last test passed; fail loudly instead."""
    yield
    left = multiprocessing.active_children()
    for child in left:
        child.terminate()
    assert not left, f"child processes outlived the tests: {left}"
