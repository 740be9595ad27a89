"""Migrations: a store made before a migration gets it (tables filled from the
rows it holds, indexes built), and statements meant for one backend run there only."""

from __future__ import annotations

from typing import Any

from newsgraph import hits, query
from newsgraph.article import Article
from newsgraph.filters import Filters, Paging
from newsgraph.store import Store
from newsgraph.store.ingest import ingest
from newsgraph.store.migrations import MIGRATIONS, Only
from tests.store.helpers import dump, make_article

# what 0006_query_speed changes on PostgreSQL: the indexes it builds and those it replaces
PG_NEW = {
    "mentions_article_entity", "mentions_entity_article", "statements_article_n",
    "statements_newest", "statements_speaker_article",
}  # fmt: skip
PG_OLD = {
    "mentions_article": "mentions (article)",
    "mentions_entity": "mentions (entity_key)",
    "statements_article": "statements (article)",
    "statements_date": "statements (date DESC NULLS LAST)",
    "statements_speaker": "statements (speaker_key)",
}


def _articles() -> list[Article]:
    people = [("Anna Berg", "per:berg:an"), ("Olaf Keller", "per:keller:ol")]
    return [make_article(i, speaker=people[i % 2][0], key=people[i % 2][1]) for i in range(12)]


def _indexes(store: Store) -> set[str]:
    if store.backend == "postgres":
        sql = "SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()"
    else:
        sql = "SELECT index_name AS name FROM duckdb_indexes()"
    return {r["name"] for r in store.rows(sql)}


def _answers(store: Store) -> list[Any]:
    return [
        query.people_index(store).to_dict(),
        query.people_index(store, Filters(person="Keller")).to_dict(),
        query.statements(store, paging=Paging(limit=5, offset=3)).to_dict(),
        query.person(store, "per:berg:an"),
        hits.timeline(store, "Anna Berg", paging=Paging(limit=4)).to_dict(),
    ]


def test_a_store_made_before_0006_is_upgraded_with_the_same_answers(store: Store) -> None:
    ingest(store, _articles())
    before, answers = dump(store), _answers(store)
    assert before["speaker_counts"] == [
        ("'per:berg:an'", "6", "6", "'2025-01-11'"),
        ("'per:keller:ol'", "6", "6", "'2025-01-12'"),
    ]
    # the store as 0005 left it: no counts, and on PostgreSQL the old indexes
    store.execute("DROP TABLE speaker_counts")
    if store.backend == "postgres":
        for name in PG_NEW:
            store.execute(f"DROP INDEX {name}")
        for name, on in PG_OLD.items():
            store.execute(f"CREATE INDEX {name} ON {on}")
    store.execute("DELETE FROM schema_migrations WHERE name = '0006_query_speed'")
    old = _indexes(store)
    assert store.migrate() == ["0006_query_speed"]
    assert dump(store) == before and _answers(store) == answers
    if store.backend == "postgres":
        assert _indexes(store) == old - set(PG_OLD) | PG_NEW | {"speaker_counts_pkey"}
    else:
        assert _indexes(store) == old  # DuckDB scans: it gets none of them


def test_statements_for_one_backend_run_on_that_backend_only(store: Store) -> None:
    only = [s for _, statements in MIGRATIONS for s in statements if isinstance(s, Only)]
    assert {s.backend for s in only} == {"postgres"}
    made = {s.sql.split()[2] for s in only if s.sql.startswith("CREATE INDEX")}
    assert made == PG_NEW
    assert (made <= _indexes(store)) == (store.backend == "postgres")

