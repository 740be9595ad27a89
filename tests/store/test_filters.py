"""Filters, true totals, paging and sorting of the listings, on both stores; and
the same answers from DuckDB and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsgraph import hits, query
from newsgraph.article import Article
from newsgraph.filters import Filters, Page, Paging, day_bounds
from newsgraph.store import Store, open_store
from newsgraph.store.ingest import ingest
from tests.databases import new_db_factory
from tests.store.helpers import make_article

KIND = ["direct", "indirect", "mixed", "reported"]
PEOPLE = [
    ("Anna Berg", "per:berg:an"),
    ("Olaf Keller", "per:keller:ol"),
    ("Lena Stein", "per:stein:le"),
]


def varied(n: int) -> Article:
    """Article ``n``: one of three people, two outlets, two languages, four kinds,
    confidences from 0.1 to 0.9 and a few unscored, dates over three months."""
    speaker, key = PEOPLE[n % 3]
    a = make_article(n, speaker=speaker, key=key, role=["Ministerin", "Sprecher"][n % 2])
    a.publisher = ["Weltecho", "The Meridian"][n % 2]
    a.language = ["de", "en"][n % 5 == 0]
    a.published = f"2025-{1 + n % 3:02d}-{1 + n % 27:02d}"
    if n % 7 == 0:
        a.published = None  # undated
    for s in a.statements:
        s.kind = KIND[n % 4]  # type: ignore[assignment]
        s.language = a.language
        s.confidence = None if n % 6 == 0 else (1 + n % 9) / 10
    return a


CORPUS = [varied(n) for n in range(1, 41)]

CASES = [
    Filters(),
    Filters(since="2025-02", until="2025-02"),
    Filters(since="2025-01-10"),
    Filters(language="en"),
    Filters(outlet="Weltecho", kind="direct"),
    Filters(min_confidence=0.5),
    Filters(person="Keller"),
    Filters(person="per:berg:an", until="2025-02-14", min_confidence=0.3),
]

# The same conditions written out plainly, for the count(*) the totals must equal.
WHERE = [
    "TRUE",
    "s.date >= '2025-02-01' AND s.date < '2025-03-01'",
    "s.date >= '2025-01-10'",
    "s.language = 'en'",
    "a.publisher = 'Weltecho' AND s.kind = 'direct'",
    "(s.confidence IS NULL OR s.confidence >= 0.5)",
    "s.speaker_key = 'per:keller:ol'",
    "s.speaker_key = 'per:berg:an' AND s.date < '2025-02-15' "
    "AND (s.confidence IS NULL OR s.confidence >= 0.3)",
]


@pytest.fixture
def corpus(store: Store) -> Store:
    ingest(store, CORPUS)
    return store


def every_page(
    listing: Callable[[Paging], Page], limit: int, sort: str | None = None
) -> list[Page]:
    pages = [listing(Paging(limit=limit, sort=sort))]
    while pages[-1].next_offset is not None:
        pages.append(listing(Paging(limit=limit, offset=pages[-1].next_offset, sort=sort)))
    return pages


@pytest.mark.parametrize("case", range(len(CASES)))
def test_statement_totals_equal_a_count_and_pages_visit_every_row_once(
    corpus: Store, case: int
) -> None:
    f = CASES[case]
    (expected,) = corpus.rows(
        "SELECT count(*) AS n FROM statements s JOIN articles a ON a.hash = s.article "
        f"WHERE {WHERE[case]}"
    )
    assert 0 < expected["n"] < 40 or case == 0
    for sort in ("date", "speaker", "confidence", "kind", "outlet"):
        pages = every_page(lambda p, f=f: query.statements(corpus, f, p), 7, sort)
        rows = [(r["article"], r["n"]) for p in pages for r in p.rows]
        assert {p.total for p in pages} == {expected["n"]}
        assert len(rows) == len(set(rows)) == expected["n"]


def test_sorting_by_a_column_in_either_direction(corpus: Store) -> None:
    newest = query.statements(corpus, paging=Paging(limit=1000)).rows
    dates = [r["date"] for r in newest if r["date"]]
    assert dates == sorted(dates, reverse=True) and newest[-1]["date"] is None  # undated last
    up = query.statements(corpus, paging=Paging(limit=1000, sort="confidence", descending=False))
    scores = [r["confidence"] for r in up.rows]
    assert scores[: scores.index(None)] == sorted(s for s in scores if s is not None)
    with pytest.raises(ValueError, match="cannot sort by 'text'"):
        query.statements(corpus, paging=Paging(sort="text"))


def test_people_index_counts_only_matching_statements(corpus: Store) -> None:
    everyone = query.people_index(corpus)
    assert [r["key"] for r in everyone.rows][:3] and everyone.total == 3
    assert sum(r["statements"] for r in everyone.rows) == 40
    february = query.people_index(corpus, Filters(since="2025-02", until="2025-02"))
    assert (
        sum(r["statements"] for r in february.rows)
        == query.statements(corpus, Filters(since="2025-02", until="2025-02")).total
    )
    by_name = query.people_index(corpus, paging=Paging(sort="name"))
    assert [r["name"] for r in by_name.rows] == ["Anna Berg", "Lena Stein", "Olaf Keller"]
    assert [r["name"] for r in query.people_index(corpus, Filters(person="Stein")).rows] == [
        "Lena Stein"
    ]
    speakers = query.people_index(corpus, Filters(role="Sprecher"))
    assert speakers.total == 3 and all("Sprecher" in r["roles"] for r in speakers.rows)
    assert query.people_index(corpus, Filters(role="Kanzler")).total == 0


def test_counts_per_period_add_up_to_the_total(corpus: Store) -> None:
    for f in CASES:
        total = query.statements(corpus, f).total
        for period in ("month", "week", "year"):
            counts = query.per_period(corpus, f, period)
            assert sum(c["statements"] for c in counts) == total
    months = query.per_period(corpus)
    assert [c["period"] for c in months] == ["2025-01", "2025-02", "2025-03", None]
    weeks = query.per_period(corpus, period="week")
    assert weeks[0]["period"] == "2024-12-30"  # the Monday of the week of 1 January 2025
    keller = query.statements(corpus, Filters(person="Keller")).total
    assert sum(c["statements"] for c in query.per_period(corpus, text="Keller")) == keller == 14


def test_facets_count_the_filtered_statements(corpus: Store) -> None:
    f = Filters(since="2025-01", until="2025-01")
    found = query.facets(corpus, f)
    total = query.statements(corpus, f).total
    for values in found.values():
        assert sum(v["count"] for v in values) == total
    assert {v["value"] for v in found["outlet"]} == {"Weltecho", "The Meridian"}


@pytest.mark.parametrize(
    ("given", "bounds"),
    [
        ("2025", ("2025-01-01", "2026-01-01")),
        ("2025-12", ("2025-12-01", "2026-01-01")),
        ("2024-02-29", ("2024-02-29", "2024-03-01")),
    ],
)
def test_dates_name_whole_periods(given: str, bounds: tuple[str, str]) -> None:
    assert day_bounds(given) == bounds


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Filters(since="2025-13"), "not a date"),
        (lambda: Filters(until="yesterday"), "not a date"),
        (lambda: Filters(kind="quote"), "kind must be one of direct, indirect"),
        (lambda: Filters(min_confidence=2.0), "between 0 and 1"),
        (lambda: Paging(limit=-1), "limit must be from 1 to 1000"),
        (lambda: Paging(offset=-5), "offset must be 0 or more"),
    ],
)
def test_impossible_filters_say_why(make: Callable[[], Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()


def _answers(store: Store) -> list[Any]:
    out: list[Any] = []
    for f in CASES:
        out.append(query.statements(store, f, Paging(limit=1000)).to_dict())
        out.append(query.people_index(store, f).to_dict())
        out.append(query.per_period(store, f, "week"))
        out.append(query.facets(store, f))
        for text in ("Brücke Herbst", "Keller", "stadt"):
            out.append(hits.search(store, text, f, Paging(limit=1000)).to_dict())
            out.append(hits.timeline(store, text, f, Paging(limit=1000)).to_dict())
    return out


def test_duckdb_and_postgresql_give_the_same_answers(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    answers = []
    for backend in ("duckdb", "postgres"):
        factory = new_db_factory(backend, request, tmp_path)
        store = open_store(next(factory)())
        try:
            ingest(store, CORPUS)
            answers.append(_answers(store))
        finally:
            store.close()
            next(factory, None)  # drops the PostgreSQL schema
    assert answers[0] == answers[1]
