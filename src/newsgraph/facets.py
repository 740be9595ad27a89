"""Facets: how many statements each value of a column has under the current
filters (the column's own filter left out, so its other values stay visible),
as datasette shows them beside a table; and the roles people were given."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsgraph.filters import Filters, keys_of, statement_where
from newsgraph.store import Store

# facet name (a Filters field) -> its column in ``statements s JOIN articles a``
COLUMNS = {"kind": "s.kind", "language": "s.language", "outlet": "a.publisher"}
MAX_VALUES = 100  # values listed per facet, most frequent first
Row = dict[str, Any]


def facets(store: Store, filters: Filters) -> dict[str, list[Row]]:
    """For each facet, ``{"value", "n"}`` rows: statements matching ``filters``
    except that facet's own, per value, most first."""
    keys = keys_of(store, filters)
    out = {}
    for name, column in COLUMNS.items():
        without: dict[str, Any] = {name: None}
        where = statement_where(replace(filters, **without), keys)
        out[name] = store.rows(
            f"SELECT {column} AS value, count(*) AS n "
            "FROM statements s JOIN articles a ON a.hash = s.article "
            f"WHERE {column} IS NOT NULL AND {where.sql()} "
            f"GROUP BY {column} ORDER BY n DESC, value LIMIT {MAX_VALUES}",
            where.params,
        )
        for row in out[name]:
            row["n"] = int(row["n"])
    return out


def roles(store: Store, limit: int = 500) -> list[Row]:
    """Roles with the number of people given each, most first."""
    found = store.rows(
        "SELECT role AS value, count(DISTINCT key) AS n FROM entity_roles "
        "GROUP BY role ORDER BY n DESC, role LIMIT ?",
        (limit,),
    )
    for row in found:
        row["n"] = int(row["n"])
    return found
