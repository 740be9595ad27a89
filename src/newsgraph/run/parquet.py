"""Read back the Parquet tables a ``newsgraph spark`` run wrote, as Articles.

The three tables (``articles``, ``entities``, ``statements``; see
``newsgraph.run.spark``) are read with DuckDB, which needs no Spark or JVM, in
one order (source, offset, id, position) and merged as a stream: each article
row says how many entity and statement rows are its own, so memory holds one
article at a time however large the output is.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgraph.article import Article
from newsgraph.run.spark import TABLES, article_from_rows

if TYPE_CHECKING:
    import duckdb

_ORDER = "source_location, source_offset NULLS FIRST, {id}"
_FETCH = 512


def is_spark_output(path: str) -> bool:
    """Whether ``path`` is a directory holding a Spark run's ``articles`` table."""
    return any((Path(path) / "articles").glob("*.parquet"))


def read_spark_output(path: str) -> Iterator[Article]:
    """Every Article of the Spark run written to ``path``, in source order."""
    import duckdb  # loaded when a Spark run is read back, not at start-up

    con = duckdb.connect()
    try:
        cursors = {table: _cursor(con, Path(path), table) for table in TABLES}
        entities, statements = _rows(cursors["entities"]), _rows(cursors["statements"])
        for article in _rows(cursors["articles"]):
            mine_e = [next(entities) for _ in range(article["entity_count"])]
            mine_s = [next(statements) for _ in range(article["statement_count"])]
            for child in (*mine_e, *mine_s):
                if _owner(child) != (article["source_location"], article["source_offset"]):
                    raise ValueError(f"{path}: entity or statement rows out of step")
            yield article_from_rows(article, mine_e, mine_s)
    finally:
        con.close()


def _cursor(con: duckdb.DuckDBPyConnection, root: Path, table: str) -> Any:
    files = root / table / "*.parquet"
    if not any((root / table).glob("*.parquet")):
        return None  # Spark writes no part file for a table that is empty everywhere
    order = _ORDER.format(id="id" if table == "articles" else "article_id, position")
    return con.cursor().execute(f"SELECT * FROM read_parquet(?) ORDER BY {order}", [str(files)])


def _rows(cursor: Any) -> Iterator[dict[str, Any]]:
    if cursor is None:
        return
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(_FETCH):
        for values in batch:
            yield dict(zip(names, values, strict=True))


def _owner(row: dict[str, Any]) -> tuple[Any, Any]:
    return row["source_location"], row["source_offset"]
