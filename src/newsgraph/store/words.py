"""The word index behind ``newsgraph search``: which words each article and
each statement contains, normalised once, in plain tables both stores share.

Why a table of our own: DuckDB's ``fts`` extension is not in the wheel (it is a
download), and PostgreSQL's text-search configurations stem and drop stop
words in ways no offline DuckDB code reproduces — one normaliser in Python
gives both stores the same answers.

The normaliser: words are runs of letters and digits (``\\w+``); each is
case-folded (``ß`` → ``ss``) and stripped of accents (``é`` → ``e``,
``ü`` → ``u``). Word forms are not reduced (no stemming): "Bahn" does not find
"Bahnen", and "Genf" never finds "Gegenfinanzierung". Search both forms to
get both.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import Any

_WORD = re.compile(r"\w+")
ARTICLE = -1  # the ``n`` of an article's own row in ``search_words`` (statements count from 0)
HEADLINE_WEIGHT = 3  # a word in the headline counts as often as three in the body

Row = tuple[Any, ...]


def normalise(word: str) -> str:
    """Case-folded, without accents: the form both the index and queries use."""
    if word.isascii():  # most words: nothing to fold but the case (fast)
        return word.lower()
    folded = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def words(text: str | None) -> list[str]:
    """The normalised words of ``text``, in order, repeats kept."""
    if not text:
        return []
    return [normalise(w) for w in _WORD.findall(text)]


def query_words(text: str) -> list[str]:
    """The distinct normalised words of a query, in the order typed."""
    return list(dict.fromkeys(words(text)))


def counted(texts: Iterable[tuple[str | None, int]]) -> Counter[str]:
    """Word -> occurrences over ``(text, weight)`` pairs."""
    out: Counter[str] = Counter()
    for text, weight in texts:
        for w in words(text):
            out[w] += weight
    return out


def article_words(h: str, headline: str | None, teaser: str | None, text: str | None) -> list[Row]:
    """The ``search_words`` rows of an article (headline, teaser and text)."""
    found = counted([(headline, HEADLINE_WEIGHT), (teaser, 1), (text, 1)])
    return [(w, h, ARTICLE, n) for w, n in sorted(found.items())]


def statement_words(h: str, n: int, text: str | None) -> list[Row]:
    """The ``search_words`` rows of statement ``n`` of article ``h``."""
    return [(w, h, n, c) for w, c in sorted(counted([(text, 1)]).items())]


def name_words(key: str, h: str, name: str) -> list[Row]:
    """The ``name_words`` rows of one name form of an entity: the words that find
    a person's statements, and the articles naming them, through the identity key
    ("Zelensky" finds what "Selenskyj" said)."""
    return [(w, key, h) for w in sorted(set(words(name)))]


def backfill(store: Any) -> None:
    """Fill the word index from rows already stored (a store made before it existed)."""
    found = store.rows("SELECT hash, headline, teaser, text FROM articles ORDER BY hash")
    rows = [
        r for a in found for r in article_words(a["hash"], a["headline"], a["teaser"], a["text"])
    ]
    for s in store.rows("SELECT article, n, text FROM statements ORDER BY article, n"):
        rows.extend(statement_words(s["article"], s["n"], s["text"]))
    store._insert("search_words", rows)
    forms = store.rows("SELECT key, article, name FROM entity_forms ORDER BY key, article, name")
    names = {r for f in forms for r in name_words(f["key"], f["article"], f["name"])}
    store._insert("name_words", sorted(names))
