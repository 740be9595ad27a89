"""Fixtures for the store: a fresh store per test on each backend (a DuckDB
file; a PostgreSQL schema of its own), and the two Geneva articles (German and
English) run once through the real pipeline.

PostgreSQL: ``NEWSGRAPH_TEST_PG`` (a ``postgresql://…`` address of a database
the tests may create schemas in), else ``scripts/postgres-test-server.sh``
installs (Debian's ``postgresql``, if missing) and starts a throw-away server on
127.0.0.1, stopped when the session ends. If that fails, the ``postgres`` cases
skip and say why; ``NEWSGRAPH_TEST_PG=skip`` skips them at once.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from newsgraph.article import Article
from newsgraph.pipeline import Options, run
from newsgraph.store import Store, open_store
from tests.conftest import ROOT

GENEVA = [
    str(ROOT / "examples" / "de_dump_weltecho_genf.txt"),
    str(ROOT / "examples" / "en_meridian_geneva_energy.html"),
]
BACKENDS = ["duckdb", "postgres"]
SERVER = ROOT / "scripts" / "postgres-test-server.sh"
SETUP_TIMEOUT = 180  # seconds: apt-get install on a fresh machine included

NewDb = Callable[[], str]


@pytest.fixture(scope="session")
def pg_dsn() -> Iterator[str]:
    """The address of a PostgreSQL database for the tests, or a skip saying why not."""
    given = os.environ.get("NEWSGRAPH_TEST_PG", "")
    if given == "skip":
        pytest.skip("PostgreSQL tests skipped: NEWSGRAPH_TEST_PG=skip")
    if given:
        _check(given)
        yield given
        return
    work = tempfile.mkdtemp(prefix="newsgraph-pg-")
    try:
        done = subprocess.run(
            ["bash", str(SERVER), "start", work],
            capture_output=True, text=True, timeout=SETUP_TIMEOUT, check=False,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired) as e:
        _stop(work)
        pytest.skip(f"PostgreSQL tests skipped: could not start a server ({e})")
    lines = done.stdout.split()
    if done.returncode != 0 or not lines or not lines[-1].startswith("postgresql://"):
        _stop(work)
        why = (done.stderr.strip().splitlines() or ["no output"])[-1]
        pytest.skip(f"PostgreSQL tests skipped: {SERVER.name} failed: {why}")
    try:
        _check(lines[-1])
        yield lines[-1]
    finally:
        _stop(work)


def _check(dsn: str) -> None:
    """Skip (saying why) unless psycopg is installed and the server answers."""
    try:
        import psycopg

        with psycopg.connect(dsn, connect_timeout=10) as con:
            con.execute("SELECT 1")
    except Exception as e:
        pytest.skip(f"PostgreSQL tests skipped: cannot connect to {dsn}: {e}")


def _stop(work: str) -> None:
    try:
        subprocess.run(
            ["bash", str(SERVER), "stop", work], capture_output=True, timeout=60, check=False
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def new_db_factory(backend: str, request: pytest.FixtureRequest, tmp: Path) -> Iterator[NewDb]:
    """A maker of fresh, empty stores' addresses on ``backend``: DuckDB files
    under ``tmp``, or PostgreSQL schemas of their own (dropped afterwards)."""
    made: list[str] = []
    dsn = request.getfixturevalue("pg_dsn") if backend == "postgres" else ""

    def new() -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        if backend == "duckdb":
            return str(tmp / f"{name}.duckdb")
        import psycopg

        with psycopg.connect(dsn, autocommit=True) as con:
            con.execute(f"CREATE SCHEMA {name}")
        made.append(name)
        options = quote(f"-c search_path={name}")
        return dsn + ("&" if "?" in dsn else "?") + f"options={options}"

    yield new
    if made:
        import psycopg

        with psycopg.connect(dsn, autocommit=True) as con:
            for name in made:
                con.execute(f"DROP SCHEMA {name} CASCADE")


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
