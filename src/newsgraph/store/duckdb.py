"""The default store: one embedded DuckDB file, nothing to start."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import duckdb

from newsgraph.store.base import Store


class DuckDBStore(Store):
    """A DuckDB file (or ``:memory:``). ``read_only`` for the web page, so
    serving can never change the corpus."""

    def __init__(self, path: str, *, read_only: bool = False) -> None:
        if path != ":memory:" and not read_only:
            os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        self.path = path
        self.read_only = read_only
        self._types: dict[str, list[str]] = {}
        self._con = duckdb.connect(path, read_only=read_only)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._con.execute(sql, list(params))

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        if not self.read_only:  # one writer thread: the connection itself, in its transaction
            return _fetch(self._con.execute(sql, list(params)))
        cur = self._con.cursor()  # readers (the web page's threads): a cursor each
        try:
            return _fetch(cur.execute(sql, list(params)))
        finally:
            cur.close()

    def _insert(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        """One INSERT per table and batch, each column bound as one typed list:
        binding thousands of scalar parameters is what makes row inserts slow."""
        if not rows:
            return
        types = self._types.get(table)
        if types is None:
            found = self.rows(
                "SELECT data_type FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position",
                (table,),
            )
            types = self._types[table] = [r["data_type"] for r in found]
        columns = ", ".join(f"unnest(?::{t}[])" for t in types)
        lists = [list(c) for c in zip(*rows, strict=True)]
        self.execute(f"INSERT INTO {table} SELECT {columns}", lists)

    def begin(self) -> None:
        self._con.begin()

    def commit(self) -> None:
        self._con.commit()

    def rollback(self) -> None:
        self._con.rollback()

    def close(self) -> None:
        self._con.close()


def _fetch(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
