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
    marks,
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

# The (article, n) rows with one query word (n = -1 is the article itself) and
# how often it occurs there. A word that is no part of any name is only looked
# up in the text (one row per article or statement); a name word also finds the
# statements of the people so named and the articles naming them.
_TEXT = "SELECT article, n, hits FROM search_words WHERE word = ?"
_NAME = """SELECT article, n, sum(hits) AS hits FROM (
  SELECT article, n, hits FROM search_words WHERE word = ?
  UNION ALL
  SELECT s.article, s.n, {speaker} FROM statements s WHERE s.speaker_key IN ({keys})
  UNION ALL
  SELECT DISTINCT t.article, {article}, {mention} FROM mentions t
    WHERE t.entity_key IN ({keys})
) one GROUP BY article, n"""


# The page is chosen on narrow columns; only its rows are then
# joined to their texts: an article's text is long, and a common word has
# thousands of hits.
_PAGE = """,
page AS (
SELECT CASE WHEN h.n = {article} THEN 'article' ELSE 'statement' END AS kind,
       h.article AS article, h.n AS n, h.score AS score, {date} AS date,
       {speaker} AS speaker, {outlet} AS outlet, {statement_kind} AS statement_kind,
       {confidence} AS confidence
FROM h {join}
WHERE (h.n = {article} AND {in_article}) OR (h.n <> {article} AND {in_statement})
{order} LIMIT ? OFFSET ?)
SELECT p.kind, p.article, CASE WHEN p.n = {article} THEN NULL ELSE p.n END AS n,
       ({count}) AS total_rows,
       a.headline, a.date, s.speaker_name AS speaker, s.speaker_role AS role,
       s.speaker_key AS key,
       CASE WHEN p.n = {article} THEN substr(a.text, 1, 240) ELSE s.text END AS text,
       s.kind AS statement_kind, s.confidence, coalesce(s.language, a.language) AS language,
       a.publisher AS outlet, a.url, p.score
FROM page p JOIN articles a ON a.hash = p.article
LEFT JOIN statements s ON s.article = p.article AND s.n = p.n
{outer_order}
"""

# The hits' total, counted from the same ``h`` as the page (it is computed once).
_COUNT = """
SELECT count(*) AS n FROM h {join}
WHERE (h.n = {article} AND {in_article}) OR (h.n <> {article} AND {in_statement})"""
# The article's and the statement's columns are joined to the hits while choosing
# the page only to filter or sort by them (a statement's date is its article's):
# joining every hit of a common word costs most.
_ARTICLE_COLUMNS = {"date": "a.date", "outlet": "a.publisher"}
_STATEMENT_COLUMNS = {"speaker": "s.speaker_name", "statement_kind": "s.kind",
                      "confidence": "s.confidence"}  # fmt: skip
_JOIN_ARTICLE = "JOIN articles a ON a.hash = h.article"
_JOIN_STATEMENT = "LEFT JOIN statements s ON s.article = h.article AND s.n = h.n"


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
        with_sql, params, named = _matches(store, words)
        keys = keys_of(store, filters)
        in_article = article_where(filters, keys)
        in_statement = statement_where(filters, keys)
        column = SORTS[sort][0]
        statement = bool(in_statement.parts) or column in _STATEMENT_COLUMNS
        article = statement or bool(in_article.parts) or column in _ARTICLE_COLUMNS
        joins = [_JOIN_ARTICLE] * article + [_JOIN_STATEMENT] * statement
        where = {
            "article": ARTICLE,
            "in_article": in_article.sql(),
            "in_statement": in_statement.sql(),
            "join": " ".join(joins),
        }
        columns = {k: v if article else "NULL" for k, v in _ARTICLE_COLUMNS.items()}
        columns |= {k: v if statement else "NULL" for k, v in _STATEMENT_COLUMNS.items()}
        filtered = [*in_article.params, *in_statement.params]
        params += filtered
        outer = order.replace("ORDER BY ", "ORDER BY p.", 1).replace(", ", ", p.")
        count = _COUNT.format(**where)
        if named:
            # A name word's hits are gathered and summed: costly to find twice. The
            # page and the total come from one query, ``h`` materialised for both,
            # the total as a subquery (a window count would keep the database from
            # a top-N sort).
            with_sql = with_sql.replace("WITH h AS (", "WITH h AS MATERIALIZED (", 1)
            page = _PAGE.format(order=order, outer_order=outer, count=count, **where, **columns)
            rows = store.rows(with_sql + page, (*params, paging.limit, paging.offset, *filtered))
            last = not rows and not paging.offset
        else:  # words of the text alone: read from the index again, cheaper than keeping
            page = _PAGE.format(order=order, outer_order=outer, count="NULL", **where, **columns)
            rows = store.rows(with_sql + page, (*params, paging.limit, paging.offset))
            last = 0 < len(rows) < paging.limit or (not rows and not paging.offset)
        if last:
            total = paging.offset + len(rows)  # the last page: no need to count
        elif rows and rows[0]["total_rows"] is not None:
            total = int(rows[0]["total_rows"])
        else:
            total = int(store.rows(with_sql + count, params)[0]["n"])
        for row in rows:
            del row["total_rows"]
    return Page(rows, total, paging.limit, paging.offset, sort, descending, filters.to_dict())


def matches_sql(store: Store, words: list[str]) -> tuple[str, list[Any]]:
    """The ``WITH`` clause naming ``h (article, n, score)``: the article (n = -1)
    and statement rows with every one of ``words`` (joined, so the rarest word
    bounds the work); and its parameters."""
    with_sql, params, _ = _matches(store, words)
    return with_sql, params


def _matches(store: Store, words: list[str]) -> tuple[str, list[Any], bool]:
    """``matches_sql`` and whether a word is part of a name (its hits are then
    gathered from three places and summed)."""
    named: dict[str, list[str]] = {}
    for r in store.rows(
        f"SELECT DISTINCT word, key FROM name_words WHERE word IN ({marks(words)}) "
        "ORDER BY word, key",
        words,
    ):
        named.setdefault(r["word"], []).append(r["key"])
    parts, params = [], list[Any]()
    for i, w in enumerate(words):
        if w in named:
            keys = named[w]  # as values, which the planner can count (a subquery it cannot)
            sql = _NAME.format(
                speaker=SPEAKER_WEIGHT, article=ARTICLE, mention=MENTION_WEIGHT, keys=marks(keys)
            )
            params += [w, *keys, *keys]
        else:
            sql, params = _TEXT, [*params, w]
        on = "" if i == 0 else f" ON w{i}.article = w0.article AND w{i}.n = w0.n"
        parts.append(f"({sql}) w{i}{on}")
    score = " + ".join(f"w{i}.hits" for i in range(len(words)))
    return (
        f"WITH h AS (SELECT w0.article, w0.n, {score} AS score FROM {' JOIN '.join(parts)})",
        params,
        bool(named),
    )
