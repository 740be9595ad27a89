"""Word search over articles and statements, and a story's timeline, from the
word index (``newsgraph.store.words``): whole words, any case, any accents,
every query word required.

A query word is in an article or statement when its text has the word, or —
through identity keys — when the statement's speaker, or an entity the article
names, has a name form with that word: "Zelensky" finds what the German
articles quote "Selenskyj" as saying. Hits are ranked by how often the words
occur (a headline word counts three times, a speaker's name twice, a named
entity once), then newest first.
"""

from __future__ import annotations

from typing import Any

from newsgraph.filters import (
    ANY,
    FIRST,
    Filters,
    Page,
    Paging,
    article_where,
    keys_of,
    order_by,
    statement_where,
)  # fmt: skip
from newsgraph.store import Store
from newsgraph.store.words import ARTICLE, query_words

SPEAKER_WEIGHT = 2
MENTION_WEIGHT = 1
SORTS = {
    "rank": ("score", True), "date": ("date", True), "speaker": ("speaker", False),
    "outlet": ("outlet", False), "kind": ("statement_kind", False),
    "confidence": ("confidence", True),
}  # fmt: skip
_TIE = "article, kind, n"  # one article row per article, statements by number

# (article, n) with every query word: n = -1 is the article itself.
_MATCHES = """
WITH q AS (SELECT word, i FROM ({words}) AS q (word, i)),
nk AS (SELECT DISTINCT q.i, nw.key FROM name_words nw JOIN q ON q.word = nw.word),
m AS (
  SELECT w.article, w.n, q.i, w.hits FROM search_words w JOIN q ON q.word = w.word
  UNION ALL
  SELECT s.article, s.n, nk.i, {speaker} FROM nk JOIN statements s ON s.speaker_key = nk.key
  UNION ALL
  SELECT DISTINCT t.article, {article}, nk.i, {mention} FROM nk
    JOIN mentions t ON t.entity_key = nk.key
),
h AS (SELECT article, n, sum(hits) AS score FROM m GROUP BY article, n
      HAVING count(DISTINCT i) = ?)
"""

_HITS = """
SELECT CASE WHEN h.n = {article} THEN 'article' ELSE 'statement' END AS kind,
       h.article, CASE WHEN h.n = {article} THEN NULL ELSE h.n END AS n,
       a.headline, coalesce(s.date, a.date) AS date,
       s.speaker_name AS speaker, s.speaker_role AS role, s.speaker_key AS key,
       CASE WHEN h.n = {article} THEN substr(a.text, 1, 240) ELSE s.text END AS text,
       s.kind AS statement_kind, s.confidence, coalesce(s.language, a.language) AS language,
       a.publisher AS outlet, a.url, h.score
FROM h JOIN articles a ON a.hash = h.article
LEFT JOIN statements s ON s.article = h.article AND s.n = h.n
WHERE (h.n = {article} AND {in_article}) OR (h.n <> {article} AND {in_statement})
"""


def search(store: Store, text: str, filters: Filters = ANY, paging: Paging = FIRST) -> Page:
    """Articles and statements with every word of ``text`` that match
    ``filters``, best first (``paging.sort``: rank, date, speaker, outlet,
    kind, confidence), with the total."""
    return _find(store, text, filters, paging, "rank")


def timeline(store: Store, text: str, filters: Filters = ANY, paging: Paging = FIRST) -> Page:
    """The same hits as ``search``, oldest first: how a story unfolded."""
    if paging.sort is None and paging.descending is None:
        paging = Paging(paging.limit, paging.offset, "date", False)
    return _find(store, text, filters, paging, "date")


def _find(store: Store, text: str, filters: Filters, paging: Paging, default: str) -> Page:
    order, sort, descending = order_by(SORTS, paging, default, _TIE)
    words = query_words(text)
    rows: list[dict[str, Any]] = []
    total = 0
    if words:
        with_sql, params = matches_sql(words)
        keys = keys_of(store, filters)
        in_article = article_where(filters, keys)
        in_statement = statement_where(filters, keys)
        select = _HITS.format(
            article=ARTICLE, in_article=in_article.sql(), in_statement=in_statement.sql()
        )
        params += [*in_article.params, *in_statement.params]
        rows, total = _page(store, with_sql, select, params, order, paging)
    return Page(rows, total, paging.limit, paging.offset, sort, descending, filters.to_dict())


def matches_sql(words: list[str]) -> tuple[str, list[Any]]:
    """The ``WITH`` clause naming ``h (article, n, score)``: the article (n = -1)
    and statement rows with every one of ``words``; and its parameters."""
    values = " UNION ALL ".join(["SELECT CAST(? AS TEXT), ?"] * len(words))
    sql = _MATCHES.format(
        words=values, speaker=SPEAKER_WEIGHT, article=ARTICLE, mention=MENTION_WEIGHT
    )
    return sql, [*(v for i, w in enumerate(words) for v in (w, i)), len(words)]


def _page(
    store: Store, with_sql: str, select: str, params: list[Any], order: str, paging: Paging
) -> tuple[list[dict[str, Any]], int]:
    """One page of the hits and their total, from one query (a window count);
    a second only for a page past the end."""
    found = store.rows(
        f"{with_sql} SELECT *, count(*) OVER () AS total_rows FROM ({select}) x "
        f"{order} LIMIT ? OFFSET ?",
        (*params, paging.limit, paging.offset),
    )
    if found:
        total = int(found[0]["total_rows"])
    else:
        counted = store.rows(f"{with_sql} SELECT count(*) AS n FROM ({select}) x", params)
        total = int(counted[0]["n"])
    for row in found:
        del row["total_rows"]
    return found, total
