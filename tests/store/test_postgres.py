"""What only the PostgreSQL store does: trigram indexes for the ILIKE questions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph import query
from newsgraph.store import Store, open_store
from newsgraph.store.ingest import ingest
from newsgraph.store.postgres import _TRIGRAM_INDEXES
from tests.databases import NewDb, new_db_factory
from tests.store.helpers import make_article


@pytest.fixture
def new_pg(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[NewDb]:
    yield from new_db_factory("postgres", request, tmp_path)


def _has_trigrams(store: Store) -> bool:
    return bool(store.rows("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'"))


def _trigram_indexes(store: Store) -> list[str]:
    return [
        r["indexname"]
        for r in store.rows(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
            "AND indexname LIKE '%trgm' ORDER BY indexname"
        )
    ]


def test_search_uses_trigram_indexes_when_pg_trgm_is_there(new_pg: NewDb) -> None:
    store = open_store(new_pg())
    try:
        if not _has_trigrams(store):
            pytest.skip("the test server has no pg_trgm")
        assert _trigram_indexes(store) == sorted(_TRIGRAM_INDEXES)
        ingest(store, [make_article(i) for i in range(30)])
        store.execute("SET enable_seqscan = off")  # tiny tables: make the planner show its hand
        plan = " ".join(
            str(r["QUERY PLAN"])
            for r in store.rows("EXPLAIN SELECT hash FROM articles WHERE text ILIKE '%brücke%'")
        )
        assert "articles_text_trgm" in plan
        hits = query.search(store, "BRÜCKE Nummer")
        assert hits and hits == query.search(store, "brücke nummer")
        store.execute("RESET enable_seqscan")
    finally:
        store.close()


def test_reopening_keeps_one_set_of_indexes(new_pg: NewDb) -> None:
    db = new_pg()
    open_store(db).close()
    store = open_store(db)
    try:
        if not _has_trigrams(store):
            pytest.skip("the test server has no pg_trgm")
        assert _trigram_indexes(store) == sorted(_TRIGRAM_INDEXES)
    finally:
        store.close()


def test_word_postings_are_read_from_the_index_alone(new_pg: NewDb) -> None:
    store = open_store(new_pg())
    try:
        ingest(store, [make_article(i) for i in range(30)])
        store.execute("SET enable_seqscan = off")
        store.execute("SET enable_bitmapscan = off")
        plan = " ".join(
            str(r["QUERY PLAN"])
            for r in store.rows(
                "EXPLAIN SELECT article, n, hits FROM search_words WHERE word = 'brucke'"
            )
        )
        assert "Index Only Scan using search_words_postings" in plan
        store.execute("RESET enable_seqscan")
        store.execute("RESET enable_bitmapscan")
        (analysed,) = store.rows(
            "SELECT last_analyze FROM pg_stat_user_tables "
            "WHERE relname = 'search_words' AND schemaname = current_schema()"
        )
        assert analysed["last_analyze"] is not None  # vacuumed and analysed after the ingest
    finally:
        store.close()
