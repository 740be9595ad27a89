"""Export a table of the store as JSON lines, CSV or Parquet.

``records`` is the stored Articles themselves (the JSON of ``newsgraph
extract``), which ``newsgraph ingest --articles`` reads back without NLP.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from typing import Any, TextIO

from newsgraph.store.base import Store

TABLES = (
    "records", "articles", "blocks", "images", "entities", "entity_forms", "entity_roles",
    "mentions", "statements", "problems", "runs",
)  # fmt: skip
FORMATS = ("jsonl", "csv", "parquet")


def export(store: Store, table: str, format: str, out: str) -> int:
    """Write ``table`` to ``out``; returns the number of rows."""
    if table not in TABLES:
        raise ValueError(f"table must be one of {', '.join(TABLES)}")
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    if table == "records":
        rows = [json.loads(r["record"]) for r in store.rows(_RECORDS)]
    else:
        columns = "* EXCLUDE (minhash, record)" if table == "articles" else "*"
        rows = store.rows(f"SELECT {columns} FROM {table} ORDER BY 1, 2")
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    if format == "parquet":
        _parquet(rows, out)
    else:
        with open(out, "w", encoding="utf-8", newline="") as f:
            (_jsonl if format == "jsonl" else _csv)(rows, f)
    return len(rows)


_RECORDS = "SELECT record FROM articles ORDER BY date NULLS LAST, hash"


def _jsonl(rows: list[dict[str, Any]], f: TextIO) -> None:
    for row in rows:
        f.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def _csv(rows: list[dict[str, Any]], f: TextIO) -> None:
    if not rows:
        return
    writer = csv.DictWriter(f, fieldnames=list(rows[0]))
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {k: json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v
             for k, v in row.items()}
        )  # fmt: skip


def _parquet(rows: list[dict[str, Any]], out: str) -> None:
    """Through DuckDB, which writes Parquet without further dependencies."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "rows.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            _jsonl(rows, f)
        import duckdb  # loaded by the command that exports, not at start-up

        con = duckdb.connect()
        try:
            target = out.replace("'", "''")
            source = "read_json_auto(?)" if rows else "(SELECT NULL AS empty LIMIT 0)"
            params = [path] if rows else []
            con.execute(f"COPY (SELECT * FROM {source}) TO '{target}' (FORMAT parquet)", params)
        finally:
            con.close()
