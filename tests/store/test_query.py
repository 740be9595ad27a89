"""The questions: who said what (one person across spellings), people, search,
timeline and export."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

from newsgraph import query
from newsgraph.article import Article
from newsgraph.store import Store
from newsgraph.store.export import export
from newsgraph.store.ingest import ingest
from tests.store.helpers import make_article


@pytest.fixture
def corpus(store: Store, geneva: list[Article]) -> Store:
    ingest(store, geneva)
    return store


@pytest.mark.parametrize("name", ["Selenskyj", "Zelensky", "Wolodymyr Selenskyj"])
def test_who_said_finds_one_person_in_both_languages(corpus: Store, name: str) -> None:
    found = query.who_said(corpus, name)
    speakers = {r["speaker"] for r in found}
    assert {"Wolodymyr Selenskyj", "Volodymyr Zelensky"} <= speakers
    assert {r["key"] for r in found} == {"per:selenski:vl"}
    assert {r["language"] for r in found} == {"de", "en"}
    assert all(r["headline"] and r["date"] for r in found)
    dates = [r["date"] for r in found]
    assert dates == sorted(dates, reverse=True)


def test_who_said_rubio_has_role_article_and_date(corpus: Store) -> None:
    found = query.who_said(corpus, "Marco Rubio")
    assert len(found) >= 2
    assert any(r["role"] == "US-Außenminister" for r in found)
    assert query.who_said(corpus, "Nobody Atall") == []
    assert query.who_said(corpus, "%") == []  # wildcards are text, not patterns


def test_people_are_ranked_with_roles(corpus: Store) -> None:
    ranked = query.people(corpus)
    counts = [r["statements"] for r in ranked]
    assert counts == sorted(counts, reverse=True)
    selenskyj = next(r for r in ranked if r["key"] == "per:selenski:vl")
    assert "President" in selenskyj["roles"] and selenskyj["articles"] == 2


def test_search_in_german_and_english(corpus: Store) -> None:
    assert {r["kind"] for r in query.search(corpus, "Kraftwerke")} == {"article", "statement"}
    assert query.search(corpus, "power plants")
    assert query.search(corpus, "GENF energieanlagen")
    assert query.search(corpus, "Genf Zanzibar") == []


def test_timeline_is_oldest_first(store: Store) -> None:
    ingest(store, [make_article(i) for i in (5, 1, 3)])
    events = query.timeline(store, "Anna Berg")
    dates = [e["date"] for e in events]
    assert dates == sorted(dates) and {e["kind"] for e in events} == {"article", "statement"}


def test_person_page_data(corpus: Store) -> None:
    p = query.person(corpus, "per:selenski:vl")
    assert p is not None
    assert {"Wolodymyr Selenskyj", "Volodymyr Zelensky"} <= set(p["forms"])
    assert len(p["statements"]) == len(query.who_said(corpus, "Selenskyj"))
    assert any(w["key"] == "per:rubio:mr" for w in p["with"])
    assert query.person(corpus, "per:nobody") is None


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export(store: Store, tmp_path: Path, fmt: str) -> None:
    ingest(store, [make_article(i) for i in range(3)])
    out = tmp_path / f"statements.{fmt}"
    assert export(store, "statements", fmt, str(out)) == 3
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
    else:
        rows = duckdb.sql(f"SELECT * FROM '{out}'").fetchall()  # type: ignore[assignment]
    assert len(rows) == 3


def test_exported_records_read_back_as_articles(store: Store, tmp_path: Path) -> None:
    articles = [make_article(i) for i in range(3)]
    ingest(store, articles)
    out = tmp_path / "records.jsonl"
    export(store, "records", "jsonl", str(out))
    back = [Article.from_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(a.to_json() for a in back) == sorted(a.to_json() for a in articles)
