"""Fixtures for the store: a fresh DuckDB file per test, and the two Geneva
articles (German and English) run once through the real pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.article import Article
from newsgraph.pipeline import Options, run
from newsgraph.store import Store, open_store
from tests.conftest import ROOT

GENEVA = [
    str(ROOT / "examples" / "de_dump_weltecho_genf.txt"),
    str(ROOT / "examples" / "en_meridian_geneva_energy.html"),
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(str(tmp_path / "test.duckdb"))
    yield s
    s.close()


@pytest.fixture(scope="session")
def geneva() -> list[Article]:
    return list(run(GENEVA, options=Options()))
