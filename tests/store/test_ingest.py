"""Storing is idempotent, versioned, grouped into stories and all-or-nothing
per article."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newsgraph.article import Article
from newsgraph.pipeline import Options, run
from newsgraph.store import Store, open_store
from newsgraph.store.base import Store as BaseStore
from newsgraph.store.ingest import ingest, read_articles
from newsgraph.store.migrations import MIGRATIONS
from newsgraph.store.rows import as_dict
from tests.conftest import FIXTURES
from tests.databases import NewDb
from tests.store.helpers import dump, make_article


def test_migrations_are_recorded_and_run_once(store: Store) -> None:
    names = [r["name"] for r in store.rows("SELECT name FROM schema_migrations")]
    assert names == [name for name, _ in MIGRATIONS]
    assert store.migrate() == []


def test_reingesting_adds_nothing(store: Store) -> None:
    articles = [make_article(i) for i in range(5)]
    first = ingest(store, articles, batch=1)
    before = dump(store)
    second = ingest(store, articles, batch=1)
    assert (first.added, second.added, second.seen) == (5, 0, 5)
    assert dump(store) == before
    assert len(store.rows("SELECT * FROM runs WHERE finished IS NOT NULL")) == 2


def test_speaker_counts_are_what_the_statements_count(store: Store) -> None:
    """Kept by every write: new articles, new versions, batches of several, articles
    already stored (nothing added), statements whose speaker is no entity."""
    nobody = make_article(40)
    nobody.entities = []  # the speaker is named, but no entity is: no key
    ingest(store, [make_article(i) for i in range(6)], batch=4)
    ingest(store, [make_article(i, speaker="Olaf Keller", key="per:keller:ol") for i in (6, 7)])
    later = make_article(3, url="https://example.org/3", updated="2025-03-01")
    ingest(store, [*(make_article(i) for i in range(8)), later, nobody], batch=3)
    counted = store.rows(
        "SELECT speaker_key AS key, count(*) AS statements, count(DISTINCT article) AS articles,"
        " max(date) AS latest FROM statements WHERE speaker_key IS NOT NULL"
        " GROUP BY speaker_key ORDER BY speaker_key"
    )
    kept = store.rows("SELECT * FROM speaker_counts ORDER BY key")
    assert kept == counted
    assert [(r["key"], r["statements"]) for r in kept] == [
        ("per:berg:an", 9), ("per:keller:ol", 2),
    ]  # fmt: skip


def test_a_run_records_what_became_of_every_document(store: Store) -> None:
    good, empty, flagged = make_article(1), make_article(2, body=" "), make_article(3)
    empty.add_problem("empty-input", "read", "nothing in it")
    flagged.add_problem("no-date", "extract", "no publishing date")
    report = ingest(store, [good, empty, flagged, good])
    (run,) = store.rows("SELECT * FROM runs")
    assert run["id"] == report.run and run["finished"] is not None
    assert (run["seen"], run["extracted"], run["with_problems"], run["added"]) == (4, 3, 2, 3)
    assert json.loads(run["problems"]) == {"empty-input": 1, "no-date": 1}
    assert report.line() == (
        "read 4, extracted 3, with problems 2 (empty-input 1, no-date 1); "
        "stored 3 new, 1 already stored"
    )


def test_same_page_from_another_source_is_one_article(store: Store) -> None:
    a, b = make_article(1), make_article(1)
    b.source.location = "crawl.warc.gz"
    b.source.offset = 123
    assert ingest(store, [a, b]).added == 1


def test_same_page_without_a_url_in_two_files_is_one_article(store: Store, tmp_path: Path) -> None:
    page = (FIXTURES / "kurzmeldung.txt").read_bytes()
    for name in ("a.txt", "sub/b.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(page)
    articles = list(run([str(tmp_path)], options=Options(skip=frozenset({"statements"}))))
    assert [a.url for a in articles] == [None, None]
    report = ingest(store, articles)
    assert (report.seen, report.added) == (2, 1)


def test_entities_have_one_row_per_key_with_every_form_and_role(store: Store) -> None:
    ingest(store, [make_article(1, speaker="Anna Berg"), make_article(2, speaker="Anna Bergová")])
    ingest(store, [make_article(3, speaker="Anna Berg", role="Landrätin")])
    entity = store.rows("SELECT * FROM entities")
    assert len(entity) == 1
    assert entity[0]["name"] == "Anna Bergová"  # the fullest form, whatever the order
    assert (entity[0]["first_seen"], entity[0]["last_seen"]) == ("2025-01-02", "2025-01-04")
    forms = {r["name"] for r in store.rows("SELECT name FROM entity_forms")}
    assert forms == {"Anna Berg", "Anna Bergová"}
    roles = store.rows("SELECT role, seen FROM entity_roles ORDER BY seen")
    assert [r["role"] for r in roles][-1] == "Landrätin"


def test_newer_version_of_a_page_is_linked_to_the_old(store: Store) -> None:
    old = make_article(1, updated="2025-01-02T08:00")
    new = make_article(1, updated="2025-01-02T12:00")
    new.blocks[0].text += " Nachtrag."
    new.text = new.blocks[0].text
    new.blocks[0].end = len(new.text)
    ingest(store, [old, new])
    rows = store.rows("SELECT hash, version, previous, story FROM articles ORDER BY version")
    assert [r["version"] for r in rows] == [1, 2]
    assert rows[1]["previous"] == rows[0]["hash"]
    assert rows[1]["story"] == rows[0]["story"]


def test_near_duplicates_on_other_sites_share_a_story(store: Store) -> None:
    body = " ".join(f"Satz {i} über die neue Brücke in der Stadt und Kosten." for i in range(30))
    a = make_article(1, body=body, url="https://one.example/a")
    b = make_article(2, body=body + " Ein Satz mehr.", url="https://two.example/b")
    c = make_article(3, url="https://three.example/c")
    ingest(store, [a, b, c])
    stories = {r["url"]: r["story"] for r in store.rows("SELECT url, story FROM articles")}
    assert stories["https://one.example/a"] == stories["https://two.example/b"]
    assert stories["https://three.example/c"] != stories["https://one.example/a"]


class Crash(Exception):
    pass


def test_a_crash_inside_an_article_leaves_nothing_of_it(
    store: Store, new_store: Callable[[], Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = [make_article(i) for i in range(4)]
    backend = type(store)
    real = backend._insert

    def failing(self: BaseStore, table: str, rows: list[tuple[object, ...]]) -> None:
        if table == "statements" and rows and rows[0][4].endswith("Nummer 2 bis zum Herbst"):
            raise Crash("power cut")
        real(self, table, rows)

    monkeypatch.setattr(backend, "_insert", failing)
    with pytest.raises(Crash):
        ingest(store, articles, batch=1)
    assert len(store.rows("SELECT * FROM articles")) == 2
    assert len(store.rows("SELECT * FROM blocks")) == 2  # nothing of article 2
    monkeypatch.setattr(backend, "_insert", real)
    ingest(store, articles, batch=1)
    assert dump(store) == _clean(articles, new_store())


def test_an_exception_between_articles_then_rerun_equals_one_clean_run(
    store: Store, new_store: Callable[[], Store]
) -> None:
    articles = [make_article(i) for i in range(6)]

    def stops(after: int) -> Iterator[Article]:
        yield from articles[:after]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(store, stops(3))
    ingest(store, articles, batch=1)
    assert dump(store) == _clean(articles, new_store())


def _clean(articles: list[Article], other: Store | str) -> dict[str, list[tuple[object, ...]]]:
    """The tables after one clean run into a fresh store (a path, or made by
    ``new_store`` on the backend under test)."""
    clean = open_store(other) if isinstance(other, str) else other
    try:
        ingest(clean, articles)
        return dump(clean)
    finally:
        clean.close()


def test_killing_an_ingest_then_rerunning_equals_one_clean_run(
    new_db: NewDb, tmp_path: Path
) -> None:
    articles = [make_article(i) for i in range(1500)]
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(a.to_json() + "\n" for a in articles), encoding="utf-8")
    db = new_db()
    command = [sys.executable, "-m", "newsgraph.cli", "ingest", "--articles", str(src), "--db", db]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE)
    _wait_for_first_articles(db)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    subprocess.run(command, check=True, capture_output=True)
    killed = open_store(db)
    try:
        finished = killed.rows("SELECT finished FROM runs ORDER BY started")
        assert dump(killed) == _clean(articles, new_db())
    finally:
        killed.close()
    assert len(finished) == 2, finished  # both runs recorded
    assert finished[0]["finished"] is None  # the first was killed mid-run


def _wait_for_first_articles(db: str, seconds: float = 30) -> None:
    """Until the ingest is mid-way: PostgreSQL shows its first committed articles;
    DuckDB, which another process cannot read while it writes, has had its
    write-ahead log for 0.3 s."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if db.endswith(".duckdb"):
            if os.path.exists(db + ".wal"):
                time.sleep(0.3)
                return
        else:
            import psycopg

            with contextlib.suppress(psycopg.Error), psycopg.connect(db) as con:
                row = con.execute("SELECT count(*) FROM articles").fetchone()
                if row and row[0]:
                    return
        time.sleep(0.01)


def test_fast_dict_equals_to_dict(geneva: list[Article]) -> None:
    for article in [*geneva, make_article(1)]:
        assert as_dict(article) == article.to_dict()
        assert json.dumps(as_dict(article), ensure_ascii=False) == article.to_json()


def test_lines_that_are_not_articles_become_problems_and_the_rest_is_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "articles.jsonl"
    whole = [make_article(i).to_json() for i in range(3)]
    path.write_text(
        f'{whole[0]}\n{{"schema": "other"}}\n{whole[1]}\n{whole[2][:80]}', encoding="utf-8"
    )
    found = list(read_articles([str(path)]))
    assert [a.format for a in found] == ["text", "none", "text", "none"]
    assert [(a.source.offset, [p.code for p in a.problems]) for a in found if a.problems] == [
        (2, ["bad-record"]),
        (4, ["bad-record"]),
    ]
    assert "line 4: cut short" in found[3].problems[0].message
