"""The corpus store: articles and everything in them, in a database you can ask.

``open_store`` picks the backend from the address: a file path is an embedded
DuckDB file (the default, ``out/newsgraph.duckdb``); ``postgresql://…`` (or
``postgres://…``) is a PostgreSQL database shared by a team.
"""

from __future__ import annotations

from newsgraph.store.base import Added, Store, StoreBusy

DEFAULT_DB = "out/newsgraph.duckdb"

__all__ = ["DEFAULT_DB", "Added", "Store", "StoreBusy", "is_postgres", "open_store"]


def is_postgres(db: str) -> bool:
    """Whether ``db`` is a PostgreSQL address rather than a DuckDB file."""
    return db.startswith(("postgres://", "postgresql://"))


def open_store(db: str = DEFAULT_DB, *, read_only: bool = False, wait: float = 0) -> Store:
    """Open (and, unless read-only, migrate) the store at ``db``. A DuckDB file
    that another process holds is waited for up to ``wait`` seconds, then
    ``StoreBusy``; PostgreSQL takes several writers and readers at once."""
    store: Store
    if is_postgres(db):
        from newsgraph.store.postgres import PostgresStore

        store = PostgresStore(db, read_only=read_only)
    else:
        from newsgraph.store.duckdb import DuckDBStore

        store = DuckDBStore(db, read_only=read_only, wait=wait)
    if not read_only:
        store.migrate()
    return store
