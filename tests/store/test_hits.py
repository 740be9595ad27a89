"""Word search and the timeline on both stores: whole words only, any case and
accents, every query word, ranked, people found through their identity."""

from __future__ import annotations

import pytest

from newsgraph import hits
from newsgraph.article import Article
from newsgraph.filters import Filters, Paging
from newsgraph.store import Store
from newsgraph.store.ingest import ingest
from tests.store.helpers import make_article

BODY = (
    "Anna Berg sagte am Montag: \u201eDie Gegenfinanzierung steht, wir wollen nicht "
    "aufzutrumpfen\u201c. Die Straße nach Zürich wird im Mai gesperrt, teilte die Stadt mit."
)


def _words_article() -> Article:
    return make_article(1, body=BODY)


@pytest.fixture
def corpus(store: Store) -> Store:
    other = make_article(2, speaker="Ana Berg", key="per:berg:an")  # another spelling, one key
    ingest(
        store,
        [_words_article(), other, make_article(3, speaker="Olaf Keller", key="per:keller:ol")],
    )
    return store


@pytest.mark.parametrize("inside", ["Genf", "Trump", "finanzierung", "Stra", "rich"])
def test_a_word_only_inside_longer_words_finds_nothing(corpus: Store, inside: str) -> None:
    found = hits.search(corpus, inside)
    assert (found.rows, found.total) == ([], 0)


@pytest.mark.parametrize(
    "query", ["Gegenfinanzierung", "GEGENFINANZIERUNG", "aufzutrumpfen", "strasse", "ZURICH"]
)
def test_whole_words_in_any_case_and_without_accents(corpus: Store, query: str) -> None:
    found = hits.search(corpus, query)
    assert found.total >= 1
    assert {r["article"] for r in found.rows} == {found.rows[0]["article"]}
    assert found.rows[0]["headline"] == "Brücke 1 kommt"


def test_every_query_word_counts_even_after_the_eighth(corpus: Store) -> None:
    eight = "die straße nach zürich wird im mai gesperrt"
    assert hits.search(corpus, eight).total == 1
    assert hits.search(corpus, eight + " stadt").total == 1
    assert hits.search(corpus, eight + " Hamburg").total == 0


def test_a_name_finds_the_persons_statements_through_their_identity(corpus: Store) -> None:
    # Article 3's statement text never names its speaker; "Ana" is only a form of the
    # same key in article 2, yet finds Anna Berg's statement in article 1 as well.
    statements = [r for r in hits.search(corpus, "Ana").rows if r["kind"] == "statement"]
    assert {(r["article"], r["speaker"]) for r in statements} >= {
        (r["article"], "Anna Berg") for r in statements if r["speaker"] == "Anna Berg"
    }
    assert {r["speaker"] for r in statements} == {"Anna Berg", "Ana Berg"}
    assert {r["key"] for r in statements} == {"per:berg:an"}
    keller = hits.search(corpus, "Keller Herbst")  # a name word and a text word
    assert [(r["kind"], r["speaker"]) for r in keller.rows] == [
        ("article", None),  # the name and "Herbst" in its text: three times in the headline's
        ("statement", "Olaf Keller"),  # speaker: twice
    ]
    assert len({r["article"] for r in keller.rows}) == 1


def test_hits_are_ranked_by_how_often_the_words_occur(store: Store) -> None:
    once = make_article(4, body="Der Hafen öffnet im Mai, sagte die Stadt.")
    often = make_article(5, body="Hafen, Hafen, Hafen: der Hafen öffnet im Mai.")
    ingest(store, [once, often])
    found = hits.search(store, "hafen")
    assert [r["score"] for r in found.rows] == [4, 1]
    assert found.rows[0]["text"].startswith("Hafen, Hafen")
    by_date = hits.search(store, "hafen", paging=Paging(sort="date"))
    assert [r["date"] for r in by_date.rows] == sorted(
        (r["date"] for r in found.rows), reverse=True
    )


def test_filters_narrow_the_hits_and_the_total(corpus: Store) -> None:
    everything = hits.search(corpus, "Brücke")
    assert everything.total == 6  # three articles, three statements
    statements = hits.search(corpus, "Brücke", Filters(kind="direct"))
    assert statements.total == 3 and {r["kind"] for r in statements.rows} == {"statement"}
    berg = hits.search(corpus, "Brücke", Filters(person="Anna Berg"))
    assert berg.total == 4 and {r["article"] for r in berg.rows} == {
        r["article"] for r in everything.rows if r["speaker"] in ("Anna Berg", "Ana Berg")
    }
    assert hits.search(corpus, "Brücke", Filters(language="en")).total == 0


def test_timeline_is_oldest_first_and_pages_through_every_event(store: Store) -> None:
    ingest(store, [make_article(i) for i in (5, 1, 3, 2, 4)])
    pages = [
        hits.timeline(store, "Anna Berg", paging=Paging(limit=3, offset=o)) for o in (0, 3, 6, 9)
    ]
    events = [e for p in pages for e in p.rows]
    assert {p.total for p in pages} == {10} and len(events) == 10
    assert len({(e["article"], e["kind"], e["n"]) for e in events}) == 10
    dates = [e["date"] for e in events]
    assert dates == sorted(dates)
    assert [p.next_offset for p in pages] == [3, 6, 9, None]
    assert [p.previous_offset for p in pages] == [None, 0, 3, 6]


def test_an_empty_query_finds_nothing(corpus: Store) -> None:
    for text in ("", "  ", "%", "…"):
        assert hits.search(corpus, text).total == 0


@pytest.mark.parametrize("text", ["Anna Berg", "Brücke", "Berg Brücke"])
def test_every_page_and_a_page_past_the_end_know_the_total(store: Store, text: str) -> None:
    """A name's hits give page and total from one query; a text word's are counted
    apart when the page is full; past the end both are counted alone."""
    ingest(store, [make_article(i) for i in range(1, 8)])
    for f in (Filters(), Filters(kind="direct")):
        everything = hits.search(store, text, f, Paging(limit=1000))
        n = everything.total
        assert n == len(everything.rows) >= 7
        for limit in (1, 3, n):
            pages = [
                hits.search(store, text, f, Paging(limit=limit, offset=o))
                for o in range(0, n + 2 * limit, limit)
            ]
            assert {p.total for p in pages} == {n}
            assert [r for p in pages for r in p.rows] == everything.rows
