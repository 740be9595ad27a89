""" "Export this view": every row of a listing, in the page's order and with its
filters, as CSV or JSON, fetched page by page and streamed."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

from fastapi.responses import StreamingResponse

from newsgraph.filters import MAX_LIMIT, Page, Paging

Fetch = Callable[[Paging], Page]


def pages(fetch: Fetch, paging: Paging) -> Iterator[Page]:
    """Every page of a listing from the first, ``MAX_LIMIT`` rows at a time."""
    offset = 0
    while True:
        page = fetch(Paging(MAX_LIMIT, offset, paging.sort, paging.descending))
        yield page
        if page.next_offset is None or not page.rows:
            return
        offset = page.next_offset


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return "; ".join(map(str, value))
    return "" if value is None else value


def _csv(fetch: Fetch, paging: Paging) -> Iterator[str]:
    columns: list[str] | None = None
    for page in pages(fetch, paging):
        out = io.StringIO()
        writer = csv.writer(out)
        for row in page.rows:
            if columns is None:
                columns = list(row)
                writer.writerow(columns)
            writer.writerow([_cell(row.get(c)) for c in columns])
        yield out.getvalue()


def _json(fetch: Fetch, paging: Paging) -> Iterator[str]:
    """``{"total": …, "filters": …, "rows": [...]}``, written as the pages come."""
    written, head_written = 0, False
    for page in pages(fetch, paging):
        if not head_written:
            head_written = True
            head = {k: v for k, v in page.to_dict().items() if k not in ("rows", "offset", "limit")}
            yield json.dumps(head, ensure_ascii=False, default=str)[:-1] + ', "rows": ['
        for row in page.rows:
            yield ("," if written else "") + json.dumps(row, ensure_ascii=False, default=str)
            written += 1
    yield "]}"


def download(fetch: Fetch, paging: Paging, fmt: str, name: str) -> StreamingResponse:
    """The whole listing as a download named ``name.csv`` or ``name.json``."""
    body = _csv(fetch, paging) if fmt == "csv" else _json(fetch, paging)
    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/json"
    return StreamingResponse(
        body,
        media_type=media,
        headers={"content-disposition": f'attachment; filename="{name}.{fmt}"'},
    )
