"""The team store: one PostgreSQL database shared by many (psycopg 3).

The same ``Store`` as DuckDB: the shared SQL is translated on the way in
(``?`` placeholders become ``%s``, ``BLOB`` becomes ``BYTEA``, DuckDB's
``SELECT * EXCLUDE (…)`` becomes the table's other columns), and rows are
written with ``COPY``. Several ingests may write at once: each batch takes the
schema's writer lock (a transaction-scoped advisory lock) before it decides what
is new, so overlapping runs store every article once. Opened read-only, every
transaction is read-only, so serving can never change the corpus.

Search, timeline and name lookups ask ``ILIKE '%word%'``, which scans. When the
database has the ``pg_trgm`` extension (a database owner adds it once:
``CREATE EXTENSION pg_trgm``), the store adds trigram indexes that answer those
from an index; without it the answers are the same, only slower on large stores.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import psycopg
from psycopg.rows import dict_row

from newsgraph.pipeline import Summary
from newsgraph.store.base import Store

# The writers' lock: one advisory lock per schema (a database may hold several stores).
_WRITER_KEY = "hashtextextended('newsgraph writer ' || coalesce(current_schema(), ''), 0)"
_EXCLUDE = re.compile(r"\*\s+EXCLUDE\s*\(([^)]*)\)\s+FROM\s+(\w+)", re.IGNORECASE)
_DDL = re.compile(r"^\s*(CREATE|ALTER)\s+TABLE\b", re.IGNORECASE)
# index name -> (table, column) searched with ILIKE '%…%' by newsgraph.query
_TRIGRAM_INDEXES = {
    "articles_headline_trgm": ("articles", "headline"),
    "articles_text_trgm": ("articles", "text"),
    "statements_text_trgm": ("statements", "text"),
    "entity_forms_name_trgm": ("entity_forms", "name"),
}


# the tables the questions read most, vacuumed and analysed after an ingest that added rows
_VACUUMED = ("articles", "statements", "mentions", "search_words", "name_words")
SETTLE_SECONDS = 5.0  # how long an ingest's end waits, at most, for those to be all-visible


@lru_cache(maxsize=1024)
def translate(sql: str) -> str:
    """DuckDB-flavoured SQL with ``?`` placeholders as psycopg's: ``%s``
    placeholders (outside string literals) and every literal ``%`` doubled."""
    if _DDL.match(sql):
        sql = re.sub(r"\bBLOB\b", "BYTEA", sql, flags=re.IGNORECASE)
    out: list[str] = []
    quoted = False
    for ch in sql:
        if ch == "'":
            quoted = not quoted
            out.append(ch)
        elif ch == "%":
            out.append("%%")
        elif ch == "?" and not quoted:
            out.append("%s")
        else:
            out.append(ch)
    return "".join(out)


class PostgresStore(Store):
    """A PostgreSQL database given by its address (``postgresql://…``)."""

    def __init__(self, dsn: str, *, read_only: bool = False) -> None:
        self.dsn = dsn
        self.read_only = read_only
        self._columns: dict[str, list[str]] = {}
        self._lock = threading.Lock()  # the web page's threads share one connection
        self._con: psycopg.Connection[dict[str, Any]] = psycopg.connect(
            dsn, autocommit=True, row_factory=dict_row
        )
        if read_only:
            self._con.execute("SET default_transaction_read_only = on")

    backend = "postgres"
    shared = True  # a team's database: other ingests may write at the same time

    def lock_writers(self) -> None:
        """One writer at a time per schema, for the length of a batch's transaction
        (released by its COMMIT or ROLLBACK). Readers are never blocked."""
        self.execute(f"SELECT pg_advisory_xact_lock({_WRITER_KEY})")

    def migrate(self) -> list[str]:
        """Under a session-wide writer lock: two first runs on an empty database
        would otherwise both create the tables, and one would fail."""
        self.execute(f"SELECT pg_advisory_lock({_WRITER_KEY})")
        try:
            applied = super().migrate()
            # what a writer asks before each batch: the articles other runs stored meanwhile
            self.execute("CREATE INDEX IF NOT EXISTS articles_run ON articles (run)")
            self._trigram_indexes()
            # Postings a search reads from the index alone (no heap visits): a common
            # word has a posting in every statement.
            self.execute(
                "CREATE INDEX IF NOT EXISTS search_words_postings "
                "ON search_words (word, article, n) INCLUDE (hits)"
            )
            self.execute("DROP INDEX IF EXISTS search_words_word")  # the postings index serves
        finally:
            self.execute(f"SELECT pg_advisory_unlock({_WRITER_KEY})")
        return applied

    def finish_run(self, run: str, added: int, counts: Summary) -> None:
        """Also refresh the planner's statistics and the visibility map, so that
        the questions asked right after an ingest use the indexes well."""
        super().finish_run(run, added, counts)
        if added:
            for table in _VACUUMED:
                self.execute(f"VACUUM (ANALYZE) {table}")
            self._settle(time.monotonic() + SETTLE_SECONDS)

    def _settle(self, deadline: float) -> None:
        """VACUUM again, until ``deadline``, the tables with pages not yet marked
        all-visible: a snapshot another session held while the VACUUM ran (often
        autovacuum analysing another table) keeps the newest rows from being
        visible to all. The planner prices index-only scans by the share of
        all-visible pages, and with a quarter of them missing it sorts a whole
        table for a page far down a listing instead of reading the index."""
        while True:
            behind = [
                r["relname"]
                for r in self.rows(
                    "SELECT relname FROM pg_class WHERE relallvisible < relpages AND relnamespace"
                    " = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())"
                    f" AND relname IN ({', '.join('?' * len(_VACUUMED))}) ORDER BY relname",
                    _VACUUMED,
                )
            ]
            if not behind or time.monotonic() >= deadline:
                return
            time.sleep(0.2)
            for table in behind:
                self.execute(f"VACUUM {table}")

    def _trigram_indexes(self) -> None:
        """The search indexes, when ``pg_trgm`` is there (idempotent: on every
        writable open, so that an extension added later is used from then on)."""
        found = self.rows(
            "SELECT extnamespace::regnamespace::text AS schema FROM pg_extension "
            "WHERE extname = 'pg_trgm'"
        )
        if not found:
            return
        schema = found[0]["schema"]  # may be off the search path: qualify the operator class
        for name, (table, column) in _TRIGRAM_INDEXES.items():
            self.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
                f'USING gin ({column} "{schema}".gin_trgm_ops)'
            )

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self._lock:
            self._con.execute(self._sql(sql), list(params))

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        sql = self._sql(sql)
        with self._lock, self._con.cursor() as cur:
            cur.execute(sql, list(params))
            return cur.fetchall() if cur.description else []

    def _sql(self, sql: str) -> str:
        if "EXCLUDE" in sql.upper():
            sql = _EXCLUDE.sub(self._except, sql)
        return translate(sql)

    def _except(self, m: re.Match[str]) -> str:
        excluded = {c.strip().lower() for c in m.group(1).split(",")}
        kept = [c for c in self.columns(m.group(2)) if c.lower() not in excluded]
        return ", ".join(f'"{c}"' for c in kept) + f" FROM {m.group(2)}"

    def columns(self, table: str) -> list[str]:
        """The table's column names, in order."""
        found = self._columns.get(table)
        if found is None:
            with self._lock:
                cur = self._con.execute(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_name = %s AND table_schema = current_schema() "
                    "ORDER BY ordinal_position",
                    [table],
                )
                found = self._columns[table] = [str(r["column_name"]) for r in cur.fetchall()]
        return found

    def _insert(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        """Rows with ``COPY``, far faster than multi-row INSERTs."""
        if not rows:
            return
        with self._lock, self._con.cursor() as cur, cur.copy(f"COPY {table} FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def begin(self) -> None:
        self.execute("BEGIN")

    def commit(self) -> None:
        self.execute("COMMIT")

    def rollback(self) -> None:
        if not self._con.closed:
            self.execute("ROLLBACK")

    def close(self) -> None:
        self._con.close()
