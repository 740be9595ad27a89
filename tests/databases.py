"""Stores for the tests on each backend: a DuckDB file, or a PostgreSQL schema
of its own in a server the tests start themselves.

PostgreSQL: ``NEWSGRAPH_TEST_PG`` (a ``postgresql://…`` address of a database
the tests may create schemas in), else ``scripts/postgres-test-server.sh``
installs (Debian's ``postgresql``, if missing) and starts a throw-away server on
127.0.0.1, stopped when the session ends. If that fails, the ``postgres`` cases
skip and say why; ``NEWSGRAPH_TEST_PG=skip`` skips them at once. ``pg_dsn`` is
a session fixture, made known to every test directory by ``tests/conftest.py``.
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

ROOT = Path(__file__).resolve().parents[1]
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
