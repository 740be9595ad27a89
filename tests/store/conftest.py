"""Fixtures for the store: a fresh store per test on each backend (a DuckDB
file; a PostgreSQL schema of its own, see ``tests/databases.py``), and the two
Geneva articles (German and English) run once through the real pipeline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newsgraph.article import Article
from newsgraph.pipeline import Options, run
from newsgraph.store import Store, open_store
from tests.conftest import ROOT
from tests.databases import BACKENDS, NewDb, new_db_factory

GENEVA = [
    str(ROOT / "examples" / "de_dump_weltecho_genf.txt"),
    str(ROOT / "examples" / "en_meridian_geneva_energy.html"),
]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def new_db(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[NewDb]:
    yield from new_db_factory(backend, request, tmp_path)


@pytest.fixture
def new_store(new_db: NewDb) -> Iterator[Callable[[], Store]]:
    """Fresh stores on the test's backend, closed afterwards."""
    opened: list[Store] = []

    def new() -> Store:
        opened.append(open_store(new_db()))
        return opened[-1]

    yield new
    for s in opened:
        s.close()


@pytest.fixture
def store(new_store: Callable[[], Store]) -> Store:
    return new_store()


@pytest.fixture(scope="session")
def geneva() -> list[Article]:
    return list(run(GENEVA, options=Options()))
