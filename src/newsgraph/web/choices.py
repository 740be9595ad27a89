"""The values a listing's filter controls offer, with how many statements each
would show: ``query.facets``, each facet counted without its own filter (as
datasette does) so that choosing one language still lists the others."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsgraph import query
from newsgraph.filters import Filters
from newsgraph.store import Store

Row = dict[str, Any]
MAX_VALUES = 100  # values offered per control, most frequent first


def facets(store: Store, filters: Filters) -> dict[str, list[Row]]:
    """``{"language"|"outlet"|"kind": [{"value", "count"}, …]}`` under ``filters``,
    each facet without its own filter."""
    found = query.facets(store, filters, MAX_VALUES)
    for name in query.FACETS:
        if getattr(filters, name):
            without: dict[str, Any] = {name: None}
            found[name] = query.facets(store, replace(filters, **without), MAX_VALUES)[name]
    return {name: [r for r in rows if r["value"] is not None] for name, rows in found.items()}


def roles(store: Store, limit: int = 500) -> list[Row]:
    """Roles people were given, with how many people were given each, most first."""
    found = store.rows(
        "SELECT role AS value, count(DISTINCT key) AS count FROM entity_roles "
        "GROUP BY role ORDER BY count DESC, role LIMIT ?",
        (limit,),
    )
    return [{"value": r["value"], "count": int(r["count"])} for r in found]
