"""Export writes the same file from DuckDB and from PostgreSQL, whatever the
server's collation and whatever order the articles were stored in."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from newsgraph.article import Article
from newsgraph.store import open_store
from newsgraph.store.export import FORMATS, TABLES, export
from newsgraph.store.ingest import ingest
from tests.store.helpers import make_article

# Speakers whose keys and names sort one way by code point and another in German
# (upper case before lower, umlauts after z).
SPEAKERS = [
    ("Zora Ziegler", "per:Ziegler:zo"), ("anna berg", "per:berg:an"),
    ("Ömer Öztürk", "per:öztürk:öm"), ("Otto Oswald", "per:oswald:ot"),
]  # fmt: skip


def _articles() -> list[Article]:
    out = []
    for n in range(12):
        speaker, key = SPEAKERS[n % len(SPEAKERS)]
        out.append(make_article(n, speaker=speaker, key=key, role=f"Rolle {12 - n}"))
    out[3].published = out[7].published = None  # records: the undated last
    return out


@pytest.fixture
def german_pg(pg_dsn: str) -> Iterator[str]:
    """A PostgreSQL database that collates text in German, as a team's server might."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_dsn, autocommit=True) as con:
        try:
            con.execute(
                f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' "
                "LOCALE_PROVIDER icu ICU_LOCALE 'de-DE' LOCALE 'C'"
            )
        except psycopg.Error as e:
            pytest.skip(f"the test server cannot make an ICU-collated database: {e}")
    parts = urlsplit(pg_dsn)
    yield urlunsplit(parts._replace(path=f"/{name}"))
    with psycopg.connect(pg_dsn, autocommit=True) as con:
        con.execute(f"DROP DATABASE {name} WITH (FORCE)")


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _without_run(line: str) -> str:
    row = json.loads(line)
    row.pop("run", None)  # which run stored an article differs per store
    return json.dumps(row, ensure_ascii=False)


@pytest.mark.parametrize("table", [t for t in TABLES if t != "runs"])
def test_export_is_the_same_file_from_duckdb_and_a_german_postgresql(
    table: str, german_pg: str, tmp_path: Path
) -> None:
    articles = _articles()
    duck = open_store(str(tmp_path / "store.duckdb"))
    pg = open_store(german_pg)
    try:
        ingest(duck, articles)
        ingest(pg, articles[::-1])  # stored in the other order
        for fmt in FORMATS:
            a, b = tmp_path / f"duck.{fmt}", tmp_path / f"pg.{fmt}"
            assert export(duck, table, fmt, str(a)) == export(pg, table, fmt, str(b))
            if fmt == "jsonl":
                assert [_without_run(x) for x in _lines(a)] == [_without_run(x) for x in _lines(b)]
            elif fmt == "csv" and table not in ("articles",):
                assert _lines(a) == _lines(b)
    finally:
        duck.close()
        pg.close()


def test_exported_rows_are_sorted_by_code_point_with_missing_values_last(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "store.duckdb"))
    try:
        ingest(store, _articles())
        export(store, "entities", "jsonl", str(tmp_path / "e.jsonl"))
        keys = [json.loads(x)["key"] for x in _lines(tmp_path / "e.jsonl")]
        assert keys == ["per:Ziegler:zo", "per:berg:an", "per:oswald:ot", "per:öztürk:öm"]
        export(store, "records", "jsonl", str(tmp_path / "r.jsonl"))
        dates = [json.loads(x)["published"] for x in _lines(tmp_path / "r.jsonl")]
        assert dates[-2:] == [None, None] and dates[:-2] == sorted(dates[:-2])
    finally:
        store.close()
