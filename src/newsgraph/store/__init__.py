"""The corpus store: articles and everything in them, in a database you can ask.

``open_store`` picks the backend from the address: a file path is an embedded
DuckDB file (the default, ``out/newsgraph.duckdb``).
"""

from __future__ import annotations

from newsgraph.store.base import Added, Store

DEFAULT_DB = "out/newsgraph.duckdb"

__all__ = ["DEFAULT_DB", "Added", "Store", "open_store"]


def open_store(db: str = DEFAULT_DB, *, read_only: bool = False) -> Store:
    """Open (and, unless read-only, migrate) the store at ``db``."""
    if db.startswith(("postgres://", "postgresql://")):
        raise ValueError("PostgreSQL is not supported yet; give a DuckDB file path")
    from newsgraph.store.duckdb import DuckDBStore

    store = DuckDBStore(db, read_only=read_only)
    if not read_only:
        store.migrate()
    return store
