"""Asking the corpus: the functions behind ``newsgraph who-said|people|timeline|
search|export`` and the web page. Each takes a ``Store`` and returns plain
dicts (JSON-ready); all SQL is parameterised.

Speakers are matched by identity key, so "Selenskyj", "Zelensky" and
"Wolodymyr Selenskyj" find the same person's statements.
"""

from __future__ import annotations

import json
from typing import Any

from newsgraph.store import Store

Row = dict[str, Any]

_STATEMENT = """
SELECT s.article, s.n, s.kind, s.text, s.speaker_name AS speaker, s.speaker_role AS role,
       s.speaker_key AS key, s.cue, s.date, s.confidence, a.headline, a.url, a.language
FROM statements s JOIN articles a ON a.hash = s.article
"""


def _like(text: str) -> str:
    """An ILIKE pattern for ``text`` anywhere. Lower-cased here because a PostgreSQL
    database with a C locale folds only ASCII letters: "BRÜCKE" would miss "Brücke"."""
    text = text.lower()
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _tokens(text: str) -> list[str]:
    return [t for t in text.split() if t][:8]


def person_keys(store: Store, name: str) -> list[str]:
    """Identity keys a name means: its own key ("per:selenski:vl"), every key
    that refines a bare surname ("Selenskyj" → "per:selenski:*"), and keys
    with a stored name form containing the text."""
    name = " ".join(name.split())
    if not name:
        return []
    from newsgraph.analyze.entities import keys  # the entity stage's data, when asked

    key = keys.key("PER", name)
    found = store.rows(
        "SELECT key FROM entities WHERE key = ? OR key = ? OR key LIKE ? ESCAPE '\\' "
        "UNION SELECT key FROM entity_forms WHERE name ILIKE ? ESCAPE '\\' ORDER BY key",
        (name, key, key.replace("_", "\\_") + ":%", _like(name)),
    )
    return [r["key"] for r in found]


def who_said(
    store: Store, speaker: str, limit: int = 100, min_confidence: float = 0.0
) -> list[Row]:
    """Every statement by the person, newest first, with article and date; with
    ``min_confidence``, only statements scored at least that sure (unscored ones stay)."""
    found = person_keys(store, speaker)
    if not found:
        return []
    marks = ", ".join("?" * len(found))
    return store.rows(
        _STATEMENT + f"WHERE s.speaker_key IN ({marks}) AND {_CONFIDENT} "
        "ORDER BY s.date DESC NULLS LAST, s.article, s.n LIMIT ?",
        (*found, min_confidence, limit),
    )


# Statements scored at least this sure; statements stored before scoring (NULL) stay.
_CONFIDENT = "(s.confidence IS NULL OR s.confidence >= ?)"


def people(store: Store, limit: int = 20) -> list[Row]:
    """People ranked by statements, with the roles they were given."""
    # Counted per (speaker, article) first, then per speaker: two hash
    # aggregations instead of a sort for count(DISTINCT article).
    ranked = store.rows(
        "SELECT e.key, e.name, x.statements, x.articles, x.latest FROM ("
        " SELECT speaker_key, sum(n) AS statements, count(*) AS articles, max(latest) AS latest"
        " FROM (SELECT speaker_key, article, count(*) AS n, max(date) AS latest"
        "       FROM statements WHERE speaker_key IS NOT NULL GROUP BY speaker_key, article) p"
        " GROUP BY speaker_key) x JOIN entities e ON e.key = x.speaker_key "
        "WHERE e.type = 'PER' AND e.key NOT LIKE 'anon:%' "
        "ORDER BY x.statements DESC, e.name LIMIT ?",
        (limit,),
    )
    if not ranked:
        return ranked
    marks = ", ".join("?" * len(ranked))
    found = store.rows(
        "SELECT key, role, min(seen) AS first_seen FROM entity_roles "
        f"WHERE key IN ({marks}) GROUP BY key, role ORDER BY key, first_seen, role",
        [r["key"] for r in ranked],
    )
    by_key: dict[str, list[str]] = {}
    for r in found:
        by_key.setdefault(r["key"], []).append(r["role"])
    for row in ranked:
        row["statements"] = int(row["statements"])
        row["roles"] = by_key.get(row["key"], [])
    return ranked


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
    """Articles and statements containing every word of ``text`` (any case)."""
    words = _tokens(text)
    if not words:
        return []
    in_article = " AND ".join(
        ["(a.headline ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\')"] * len(words)
    )
    in_statement = " AND ".join(["s.text ILIKE ? ESCAPE '\\'"] * len(words))
    article_params = [p for w in words for p in (_like(w), _like(w))]
    statement_params = [_like(w) for w in words]
    return store.rows(
        "SELECT * FROM ("
        "SELECT 'article' AS kind, a.hash AS article, NULL AS n, a.headline, a.date, "
        "NULL AS speaker, NULL AS key, substr(a.text, 1, 240) AS text "
        f"FROM articles a WHERE {in_article} "
        "UNION ALL "
        "SELECT 'statement', s.article, s.n, a.headline, s.date, s.speaker_name, s.speaker_key, "
        f"s.text FROM statements s JOIN articles a ON a.hash = s.article WHERE {in_statement}"
        ") hits ORDER BY date DESC NULLS LAST, article, kind, n LIMIT ?",
        (*article_params, *statement_params, limit),
    )


def timeline(store: Store, query: str, limit: int = 200) -> list[Row]:
    """How a story unfolded: articles naming the person, place or phrase, and
    statements by or containing it, oldest first."""
    query = " ".join(query.split())
    if not query:
        return []
    found = store.rows(
        "SELECT DISTINCT key FROM entity_forms WHERE name ILIKE ? ESCAPE '\\'", (_like(query),)
    )
    ents = sorted({r["key"] for r in found} | set(person_keys(store, query)))
    marks = ", ".join("?" * len(ents)) or "NULL"
    return store.rows(
        "SELECT * FROM ("
        "SELECT 'article' AS kind, a.hash AS article, NULL AS n, a.date, a.headline, "
        "NULL AS speaker, a.headline AS text FROM articles a "
        f"WHERE a.headline ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\' OR a.hash IN "
        f"(SELECT article FROM mentions WHERE entity_key IN ({marks})) "
        "UNION ALL "
        "SELECT 'statement', s.article, s.n, s.date, a.headline, s.speaker_name, s.text "
        "FROM statements s JOIN articles a ON a.hash = s.article "
        f"WHERE s.text ILIKE ? ESCAPE '\\' OR s.speaker_key IN ({marks})"
        ") events ORDER BY date NULLS LAST, article, kind, n LIMIT ?",
        (_like(query), _like(query), *ents, _like(query), *ents, limit),
    )


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
        _STATEMENT + f"WHERE s.speaker_key = ? AND {_CONFIDENT} "
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
