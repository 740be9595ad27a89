"""Asking the corpus: the functions behind ``newsgraph who-said|people|timeline|
search|export`` and the web page. Each takes a ``Store`` and returns plain
dicts (JSON-ready); all SQL is parameterised.

Speakers are matched by identity key, so "Selenskyj", "Zelensky" and
"Wolodymyr Selenskyj" find the same person's statements.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from newsgraph import hits
from newsgraph.filters import (
    ANY,
    FIRST,
    Filters,
    Page,
    Paging,
    Where,
    keys_of,
    marks,
    order_by,
    statement_where,
)  # fmt: skip
from newsgraph.filters import person_keys as person_keys  # re-exported: a name's identity keys
from newsgraph.store import Store
from newsgraph.store.words import ARTICLE, query_words

Row = dict[str, Any]

# The Monday of a statement's week, as an ISO date (both stores have date_trunc).
_WEEK = "CAST(CAST(date_trunc('week', CAST(substr(s.date, 1, 10) AS DATE)) AS DATE) AS TEXT)"

_STATEMENT = """
SELECT s.article, s.n, s.kind, s.text, s.speaker_name AS speaker, s.speaker_role AS role,
       s.speaker_key AS key, s.cue, s.date, s.confidence, a.headline, a.url, s.language,
       a.publisher AS outlet
FROM statements s JOIN articles a ON a.hash = s.article
"""


def who_said(
    store: Store, speaker: str, limit: int = 100, min_confidence: float = 0.0
) -> list[Row]:
    """The first ``limit`` statements by the person, newest first (``statements``
    with a person filter says how many there are in all)."""
    found = statements(
        store, Filters(person=speaker, min_confidence=min_confidence), Paging(limit=limit)
    )
    return found.rows


# Sortable columns of the statements listing: name -> (SQL, natural direction descending).
STATEMENT_SORTS = {
    "date": ("s.date", True), "speaker": ("s.speaker_name", False), "kind": ("s.kind", False),
    "confidence": ("s.confidence", True), "outlet": ("a.publisher", False),
    "language": ("s.language", False), "article": ("a.headline", False),
}  # fmt: skip


def statements(store: Store, filters: Filters = ANY, paging: Paging = FIRST) -> Page:
    """Statements matching ``filters`` (newest first by default), with the total."""
    keys = keys_of(store, filters)
    where = statement_where(filters, keys)
    order, sort, descending = order_by(STATEMENT_SORTS, paging, "date", "s.article, s.n")
    # The page is chosen on the narrow columns alone (PostgreSQL reads them from
    # the index in the default order); only its rows are joined to their texts.
    chosen = _from(filters, joined=STATEMENT_SORTS[sort][0].startswith("a."))
    rows = store.rows(
        f"WITH page AS (SELECT s.article, s.n FROM {chosen} WHERE {where.sql()} {order} "
        f"LIMIT ? OFFSET ?) {_STATEMENT} JOIN page p ON p.article = s.article AND p.n = s.n "
        f"{order}",
        (*where.params, paging.limit, paging.offset),
    )
    total = store.rows(
        f"SELECT count(*) AS n FROM {_from(filters)} WHERE {where.sql()}",
        where.params,
    )[0]["n"]
    return Page(rows, int(total), paging.limit, paging.offset, sort, descending, filters.to_dict())


def _from(filters: Filters, joined: bool = False) -> str:
    """The statements, joined to their articles only when needed (an outlet)."""
    return "statements s" + (
        " JOIN articles a ON a.hash = s.article" if joined or filters.outlet else ""
    )


def people(store: Store, limit: int = 20) -> list[Row]:
    """People ranked by statements, with the roles they were given."""
    return people_index(store, paging=Paging(limit=limit)).rows


PEOPLE_SORTS = {
    "statements": ("statements", True), "articles": ("articles", True),
    "name": ("name", False), "latest": ("latest", True),
}  # fmt: skip


def people_index(store: Store, filters: Filters = ANY, paging: Paging = FIRST) -> Page:
    """People with the number of their statements that match ``filters`` (and
    the articles and newest date of those), ranked by statements by default;
    ``filters.person`` keeps the people a name means, ``filters.role`` those
    given that role. People with no matching statement are left out."""
    keys = keys_of(store, filters)
    where = statement_where(replace(filters, person=None), None)
    people_where = Where()
    if keys is not None:
        people_where.add(f"e.key IN ({marks(keys)})", *keys)
    if filters.role:
        people_where.add("e.key IN (SELECT key FROM entity_roles WHERE role = ?)", filters.role)
    order, sort, descending = order_by(PEOPLE_SORTS, paging, "statements", "name, key")
    ranked = _counted(
        store,
        "SELECT e.key, e.name, x.statements, x.articles, x.latest "
        f"FROM ({_speaker_counts(filters, where)}) x JOIN entities e ON e.key = x.speaker_key "
        f"WHERE e.type = 'PER' AND e.key NOT LIKE 'anon:%' AND {people_where.sql()}",
        [*where.params, *people_where.params],
        order,
        paging,
    )
    found = store.rows(
        "SELECT key, role, min(seen) AS first_seen FROM entity_roles "
        f"WHERE key IN ({marks(ranked[0])}) GROUP BY key, role ORDER BY key, first_seen, role",
        [r["key"] for r in ranked[0]],
    )
    by_key: dict[str, list[str]] = {}
    for r in found:
        by_key.setdefault(r["key"], []).append(r["role"])
    for row in ranked[0]:
        row["statements"] = int(row["statements"])
        row["articles"] = int(row["articles"])
        row["roles"] = by_key.get(row["key"], [])
    return Page(*ranked, paging.limit, paging.offset, sort, descending, filters.to_dict())


def _speaker_counts(filters: Filters, where: Where) -> str:
    """``(speaker_key, statements, articles, latest)`` of the statements ``where``
    keeps: with no condition on statements, the counts every write keeps up to
    date (a row per speaker, not every statement to count); otherwise counted per
    (speaker, article) first, then per speaker, which is two hash aggregations
    instead of a sort for count(DISTINCT article)."""
    if not where.parts:
        return "SELECT key AS speaker_key, statements, articles, latest FROM speaker_counts"
    return (
        "SELECT speaker_key, sum(n) AS statements, count(*) AS articles, max(latest) AS latest"
        " FROM (SELECT s.speaker_key, s.article, count(*) AS n, max(s.date) AS latest"
        f"      FROM {_from(filters)}"
        f"      WHERE s.speaker_key IS NOT NULL AND {where.sql()}"
        "       GROUP BY s.speaker_key, s.article) p"
        " GROUP BY speaker_key"
    )


def _counted(
    store: Store, select: str, params: list[Any], order: str, paging: Paging
) -> tuple[list[Row], int]:
    """One page of ``select`` in ``order`` and the number of rows it has, from one
    query (a window count); a second only when the page is past the end."""
    found = store.rows(
        f"SELECT *, count(*) OVER () AS total_rows FROM ({select}) x {order} LIMIT ? OFFSET ?",
        (*params, paging.limit, paging.offset),
    )
    if found:
        total = int(found[0]["total_rows"])
    else:
        total = int(store.rows(f"SELECT count(*) AS n FROM ({select}) x", params)[0]["n"])
    for row in found:
        del row["total_rows"]
    return found, total


def roles(store: Store, key: str) -> list[Row]:
    """The roles a person was given, with when each was first and last seen."""
    return store.rows(
        "SELECT role, min(seen) AS first_seen, max(seen) AS last_seen, count(*) AS articles "
        "FROM entity_roles WHERE key = ? GROUP BY role ORDER BY first_seen, role",
        (key,),
    )


def latest(store: Store, limit: int = 10) -> list[Row]:
    """The newest statements by people."""
    return store.rows(
        _STATEMENT + "JOIN entities e ON e.key = s.speaker_key WHERE e.type = 'PER' "
        "ORDER BY s.date DESC NULLS LAST, s.article, s.n LIMIT ?",
        (limit,),
    )


def runs(store: Store, limit: int = 20) -> list[Row]:
    """The newest ingest runs with their counts (``problems``: code -> documents)."""
    found = store.rows(
        "SELECT id, started, finished, paths, seen, added, extracted, with_problems, problems "
        "FROM runs ORDER BY started DESC, id LIMIT ?",
        (limit,),
    )
    for row in found:
        row["paths"] = json.loads(row["paths"])
        row["problems"] = json.loads(row["problems"]) if row["problems"] else {}
    return found


def search(store: Store, text: str, limit: int = 50) -> list[Row]:
    """The best ``limit`` articles and statements with every word of ``text``."""
    return hits.search(store, text, paging=Paging(limit=limit)).rows


def timeline(store: Store, query: str, limit: int = 200) -> list[Row]:
    """The first ``limit`` events of ``query``'s story, oldest first."""
    return hits.timeline(store, query, paging=Paging(limit=limit)).rows


search_page = hits.search  # (store, text, filters, paging) -> Page, best first
timeline_page = hits.timeline  # (store, text, filters, paging) -> Page, oldest first

PERIODS = {"month": "substr(s.date, 1, 7)", "week": _WEEK, "year": "substr(s.date, 1, 4)"}


def per_period(
    store: Store, filters: Filters = ANY, period: str = "month", text: str = ""
) -> list[Row]:
    """Statements matching ``filters`` (and, with ``text``, every word of it) per
    period, oldest first: ``{"period": "2025-03", "statements": n, "articles": m}``;
    a week is named by its Monday. Undated statements come last, as period None,
    so the counts add up to the listing's total."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    where = statement_where(filters, keys_of(store, filters))
    head, params = "", list[Any]()
    if text:
        words = query_words(text)
        if not words:
            return []
        head, params = hits.matches_sql(store, words)
        where.add(f"(s.article, s.n) IN (SELECT article, n FROM h WHERE n <> {ARTICLE})")
    found = store.rows(
        f"{head} SELECT CASE WHEN s.date IS NULL THEN NULL ELSE {PERIODS[period]} END AS period,"
        " count(*) AS statements, count(DISTINCT s.article) AS articles "
        f"FROM {_from(filters)} WHERE {where.sql()} "
        "GROUP BY 1 ORDER BY 1 NULLS LAST",
        (*params, *where.params),
    )
    for row in found:
        row["statements"], row["articles"] = int(row["statements"]), int(row["articles"])
    return found


FACETS = {"language": "s.language", "outlet": "a.publisher", "kind": "s.kind"}


def facets(store: Store, filters: Filters = ANY, limit: int = 20) -> dict[str, list[Row]]:
    """For each facet (language, outlet, kind), its most frequent values among the
    statements matching ``filters``: ``[{"value": "de", "count": 120}, …]``."""
    where = statement_where(filters, keys_of(store, filters))
    out: dict[str, list[Row]] = {}
    for name, column in FACETS.items():
        source = _from(filters, joined=name == "outlet")
        found = store.rows(
            f"SELECT {column} AS value, count(*) AS count FROM {source} "
            f"WHERE {where.sql()} "
            "GROUP BY 1 ORDER BY 2 DESC, 1 NULLS LAST LIMIT ?",
            (*where.params, limit),
        )
        out[name] = [{"value": r["value"], "count": int(r["count"])} for r in found]
    return out


def article(store: Store, h: str) -> Row | None:
    """One stored article with its blocks, images and statements."""
    found = store.rows("SELECT * EXCLUDE (minhash, record) FROM articles WHERE hash = ?", (h,))
    if not found:
        return None
    row = found[0]
    row["blocks"] = store.rows("SELECT * FROM blocks WHERE article = ? ORDER BY n", (h,))
    row["images"] = store.rows("SELECT * FROM images WHERE article = ? ORDER BY n", (h,))
    row["statements"] = store.rows(
        "SELECT * FROM statements WHERE article = ? ORDER BY start_at, n", (h,)
    )
    row["versions"] = store.rows(
        "SELECT hash, version, updated FROM articles WHERE url = ? ORDER BY version", (row["url"],)
    )
    return row


def person(store: Store, key: str, min_confidence: float = 0.0) -> Row | None:
    """A person: canonical name, name forms, roles over time, statements and
    the people named in the same articles."""
    found = store.rows("SELECT * FROM entities WHERE key = ?", (key,))
    if not found:
        return None
    row = found[0]
    row["forms"] = [
        r["name"]
        for r in store.rows(
            "SELECT DISTINCT name FROM entity_forms WHERE key = ? ORDER BY name", (key,)
        )
    ]
    row["roles"] = roles(store, key)
    row["statements"] = store.rows(
        _STATEMENT + "WHERE s.speaker_key = ? AND (s.confidence IS NULL OR s.confidence >= ?) "
        "ORDER BY s.date DESC NULLS LAST, s.article, s.n",
        (key, min_confidence),
    )
    row["with"] = store.rows(
        "SELECT e.key, e.name, count(DISTINCT m.article) AS articles FROM mentions m "
        "JOIN entities e ON e.key = m.entity_key "
        "WHERE e.type = 'PER' AND e.key NOT LIKE 'anon:%' AND e.key <> ? AND m.article IN "
        "(SELECT article FROM mentions WHERE entity_key = ?) "
        "GROUP BY e.key, e.name ORDER BY articles DESC, e.name LIMIT 20",
        (key, key),
    )
    return row
