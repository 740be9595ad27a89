"""What only the PostgreSQL store does: trigram indexes for the ILIKE questions,
and several writers at once."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph import query
from newsgraph.article import Article
from newsgraph.store import Store, open_store
from newsgraph.store.ingest import ingest
from newsgraph.store.postgres import _TRIGRAM_INDEXES
from tests.databases import NewDb, new_db_factory
from tests.store.helpers import dump, make_article


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


SPEAKERS = [
    ("Anna Berg", "per:berg:an"), ("Jonas Hahn", "per:hahn:jo"), ("Lea Wolf", "per:wolf:le"),
]  # fmt: skip


def _corpus(numbers: range) -> list[Article]:
    """Articles with three speakers among them (so both writers upsert the same
    entities) and a near-duplicate pair per ten (so both group stories). The others
    are too short to be compared, and the pairs share no words with each other:
    which story an article joins then does not depend on which run stored what."""
    out = []
    for n in numbers:
        speaker, key = SPEAKERS[n % 3]
        body = f"{speaker} sagte: „Wir bauen die Brücke Nummer {n} bis zum Herbst“."
        if n % 10 in (3, 4):
            d = n // 10
            body += " " + " ".join(f"Satz{i} Brücke{d} kostet{d} Geld{i}." for i in range(12))
            body += " Ein Satz mehr." if n % 10 == 4 else ""
        out.append(make_article(n, speaker=speaker, key=key, body=body))
    return out


def _write(path: Path, articles: list[Article]) -> str:
    path.write_text("".join(a.to_json() + "\n" for a in articles), encoding="utf-8")
    return str(path)


def test_two_concurrent_ingests_end_as_one_sequential_ingest(new_pg: NewDb, tmp_path: Path) -> None:
    first, second = _corpus(range(0, 300)), _corpus(range(150, 450))  # 150 in both
    files = [_write(tmp_path / "a.jsonl", first), _write(tmp_path / "b.jsonl", second)]
    db = new_pg()  # empty: both runs also race to create the tables
    command = [sys.executable, "-m", "newsgraph.cli", "ingest", "--articles", "--db", db]
    procs = [subprocess.Popen([*command, f], stderr=subprocess.PIPE, text=True) for f in files]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    together = open_store(db)
    one_by_one = open_store(new_pg())
    try:
        ingest(one_by_one, first)
        ingest(one_by_one, second)
        assert together.rows("SELECT count(*) AS n FROM articles") == [{"n": 450}]
        grouped = "SELECT count(DISTINCT story) AS n FROM articles WHERE minhash IS NOT NULL"
        assert together.rows(grouped) == [{"n": 45}]  # the near-duplicate pairs
        added = together.rows("SELECT added FROM runs ORDER BY added")
        assert sum(r["added"] for r in added) == 450  # each article stored by one run only
        assert dump(together) == dump(one_by_one)
    finally:
        together.close()
        one_by_one.close()


def test_a_writer_groups_with_what_another_writer_stored_meanwhile(new_pg: NewDb) -> None:
    db = new_pg()
    body = " ".join(f"Satz {i} über die neue Brücke in der Stadt und Kosten." for i in range(30))
    one = make_article(1, body=body, url="https://one.example/a")
    two = make_article(2, body=body + " Ein Satz mehr.", url="https://two.example/b")
    early, late = open_store(db), open_store(db)
    try:
        index = early.load_stories()  # the early run starts before the other stores ``one``
        run = early.start_run([])
        ingest(late, [one])
        early.add([two], run, index)
        stories = {r["url"]: r["story"] for r in early.rows("SELECT url, story FROM articles")}
        assert stories["https://two.example/b"] == stories["https://one.example/a"]
    finally:
        early.close()
        late.close()


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


def test_the_lookups_are_answered_from_the_indexes_alone(new_pg: NewDb) -> None:
    """The indexes of migration 0006: no table visits, no sort."""
    store = open_store(new_pg())
    ingest(store, [make_article(i) for i in range(12)])
    store.execute("SET enable_seqscan = off")  # tiny tables: make the planner show its hand
    store.execute("SET enable_bitmapscan = off")
    try:
        plans = {
            sql: " ".join(str(r["QUERY PLAN"]) for r in store.rows("EXPLAIN " + sql))
            for sql in (
                "SELECT article FROM mentions WHERE entity_key = 'per:berg:an'",
                "SELECT entity_key FROM mentions WHERE article = 'x'",
                "SELECT article, n, date FROM statements WHERE speaker_key = 'per:berg:an'",
                "SELECT article, n FROM statements WHERE language = 'en' "
                "ORDER BY date DESC NULLS LAST, article, n LIMIT 5 OFFSET 5",
            )
        }
    finally:
        store.close()
    for sql, plan in plans.items():
        assert "Index Only Scan" in plan and "Sort" not in plan, (sql, plan)


def test_an_ingest_ends_with_every_page_visible_to_the_index_only_scans(new_pg: NewDb) -> None:
    """A snapshot another session holds while the ingest's VACUUM runs keeps the
    new rows from being marked all-visible; the ingest VACUUMs again once it is gone."""
    import psycopg

    dsn = new_pg()
    store = open_store(dsn)
    with psycopg.connect(dsn) as other:
        other.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
        other.execute("SELECT 1")  # its snapshot: older than every row the ingest writes
        threading.Timer(1.0, other.commit).start()
        try:
            ingest(store, [make_article(i) for i in range(40)])
        finally:
            store.close()
    store = open_store(dsn, read_only=True)
    try:
        found = store.rows(
            "SELECT relname, relpages, relallvisible FROM pg_class WHERE relnamespace"
            " = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())"
            " AND relname IN ('statements', 'mentions', 'articles')"
        )
    finally:
        store.close()
    assert len(found) == 3 and all(r["relallvisible"] == r["relpages"] > 0 for r in found)
