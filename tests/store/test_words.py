"""The word index: one normaliser for both stores, rows written at ingest, and
the rows of a store made before the index filled in when it is added."""

from __future__ import annotations

import pytest

from newsgraph import hits
from newsgraph.store import Store
from newsgraph.store.ingest import ingest
from newsgraph.store.words import article_words, normalise, query_words, words
from tests.store.helpers import dump, make_article


@pytest.mark.parametrize(
    ("word", "normal"),
    [("Brücke", "brucke"), ("BRÜCKE", "brucke"), ("Straße", "strasse"), ("Élysée", "elysee"),
     ("Zürich", "zurich"), ("Łódź", "łodz"), ("İstanbul", "istanbul")],
)  # fmt: skip
def test_normalise_folds_case_and_strips_accents(word: str, normal: str) -> None:
    assert normalise(word) == normal


def test_words_are_runs_of_letters_and_digits() -> None:
    assert words("Gaza-Konflikt: 1.200 Jobs, don't!") == [
        "gaza", "konflikt", "1", "200", "jobs", "don", "t",
    ]  # fmt: skip
    assert query_words("Genf genf GENF Bahn") == ["genf", "bahn"]


def test_headline_words_count_three_times() -> None:
    rows = {r[0]: r[3] for r in article_words("h", "Genf heute", None, "In Genf")}
    assert rows == {"genf": 4, "heute": 3, "in": 1}


def test_a_store_made_before_the_index_gets_it_filled(store: Store) -> None:
    ingest(store, [make_article(i) for i in range(3)])
    before = dump(store), store.rows("SELECT * FROM search_words ORDER BY 1, 2, 3")
    names = store.rows("SELECT * FROM name_words ORDER BY 1, 2, 3")
    assert before[1] and names
    store.execute("DROP TABLE search_words")
    store.execute("DROP TABLE name_words")
    store.execute("DROP INDEX articles_date")
    store.execute("DELETE FROM schema_migrations WHERE name = '0005_search_words'")
    assert store.migrate() == ["0005_search_words"]
    assert (dump(store), store.rows("SELECT * FROM search_words ORDER BY 1, 2, 3")) == before
    assert store.rows("SELECT * FROM name_words ORDER BY 1, 2, 3") == names
    assert hits.search(store, "Brücke Herbst").total == 6
