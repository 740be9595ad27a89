"""Export a table of the store (or the rows of any listing) as JSON lines, CSV,
JSON or Parquet.

``records`` is the stored Articles themselves (the JSON of ``newsgraph
extract``), which ``newsgraph ingest --articles`` reads back without NLP.

Rows are sorted here, not by the database: by every column, in the table's
column order, comparing strings by code point, so that the same corpus exports
the same file from DuckDB and from PostgreSQL (whose collation follows the
server's locale, and which, like DuckDB, leaves ties in any order).
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from typing import Any, TextIO

from newsgraph.store.base import Store

TABLES = (
    "records", "articles", "blocks", "images", "entities", "entity_forms", "entity_roles",
    "mentions", "statements", "problems", "runs",
)  # fmt: skip
FORMATS = ("jsonl", "csv", "json", "parquet")


def export(store: Store, table: str, format: str, out: str) -> int:
    """Write ``table`` to ``out`` (``-``: standard output); returns the number of rows."""
    if table not in TABLES:
        raise ValueError(f"table must be one of {', '.join(TABLES)}")
    if table == "records":
        found = store.rows("SELECT date, hash, record FROM articles")
        found.sort(key=lambda r: (_last_if_none(r["date"]), r["hash"]))
        rows = [json.loads(r["record"]) for r in found]
    else:
        columns = "* EXCLUDE (minhash, record)" if table == "articles" else "*"
        rows = store.rows(f"SELECT {columns} FROM {table}")
        rows.sort(key=lambda r: tuple(_last_if_none(v) for v in r.values()))
    write_rows(rows, format, out)
    return len(rows)


def write_rows(rows: list[dict[str, Any]], format: str, out: str) -> None:
    """Rows to the file ``out`` (``-``: standard output, not for Parquet) as
    ``format``. The file's directory must exist: a mistyped path is an error
    (``FileNotFoundError``), not a new directory."""
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    write = {"jsonl": _jsonl, "csv": _csv, "json": _json}.get(format)
    if out == "-":
        if write is None:
            raise ValueError(f"{format} cannot be written to standard output; name a file")
        write(rows, sys.stdout)
        sys.stdout.flush()
        return
    folder = os.path.dirname(os.path.abspath(out))
    if not os.path.isdir(folder):
        raise FileNotFoundError(f"no such directory: {os.path.dirname(out) or folder}")
    if write is None:
        _parquet(rows, out)
        return
    with open(out, "w", encoding="utf-8", newline="") as f:
        write(rows, f)


def format_of(out: str) -> str | None:
    """The format a file name asks for by its extension (``.csv`` → csv), if any."""
    ext = os.path.splitext(out)[1].lower().lstrip(".")
    return {"csv": "csv", "parquet": "parquet", "jsonl": "jsonl", "json": "json"}.get(ext)


def _last_if_none(value: Any) -> tuple[bool, Any]:
    """A sort key that puts missing values last (SQL's NULLS LAST)."""
    return (value is None, "" if value is None else value)


def _jsonl(rows: list[dict[str, Any]], f: TextIO) -> None:
    for row in rows:
        f.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def _json(rows: list[dict[str, Any]], f: TextIO) -> None:
    """One JSON array (the rows of a view, as a web page's ``.json`` gives them)."""
    json.dump(rows, f, ensure_ascii=False, default=str, indent=1)
    f.write("\n")


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
