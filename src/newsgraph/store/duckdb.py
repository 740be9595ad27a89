"""The default store: one embedded DuckDB file, nothing to start.

DuckDB admits one process at a time to a file that is being written (and any
number of readers when nobody writes): a second process gets ``StoreBusy``,
which names the process holding the file, unless it was asked to wait for it.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Sequence
from typing import Any

import duckdb

from newsgraph.store.base import Store, StoreBusy

_HELD = re.compile(r"Conflicting lock is held in (.+?) \(PID (\d+)\)")


class DuckDBStore(Store):
    """A DuckDB file (or ``:memory:``). ``read_only`` for the web page, so
    serving can never change the corpus."""

    backend = "duckdb"

    def __init__(self, path: str, *, read_only: bool = False, wait: float = 0) -> None:
        if path != ":memory:" and not read_only:
            os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        self.path = path
        self.read_only = read_only
        self._types: dict[str, list[str]] = {}
        self._con = _connect(path, read_only, wait)

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


def _connect(path: str, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """The connection; while another process holds the file, try again for up to
    ``wait`` seconds, then raise ``StoreBusy`` saying who holds it."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            held = _HELD.search(str(exc))
            if held is None:
                raise
            if time.monotonic() >= deadline:
                raise StoreBusy(_busy(path, held.group(1), int(held.group(2)), wait)) from None
            time.sleep(min(0.2, max(0.0, deadline - time.monotonic())))


def _busy(path: str, program: str, pid: int, wait: float) -> str:
    who = _command_line(pid) or program
    waited = f" (waited {wait:g} s)" if wait else ""
    return (
        f"{path} is in use by process {pid} ({who}){waited}: a DuckDB file has one writer "
        "and no readers while it writes; run again when it is done, add --wait SECONDS "
        "to wait for it, or use a PostgreSQL store to query while ingesting"
    )


def _command_line(pid: int) -> str:
    """What process ``pid`` runs, e.g. ``newsgraph ingest …`` ('' when unknown)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            words = fh.read().decode(errors="replace").split("\0")
    except OSError:
        return ""
    words = [w for w in words if w]
    if len(words) > 1 and os.path.basename(words[0]).startswith("python"):
        words = words[1:]  # python -m newsgraph.cli …: the program, not the interpreter
    if words and words[0] == "-m":
        words = words[1:]
    if words:
        words[0] = os.path.basename(words[0])
    text = " ".join(" ".join(words).split())  # one line, whatever the arguments hold
    return text if len(text) <= 120 else text[:119] + "…"


def _fetch(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
