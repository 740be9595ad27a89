"""JSON-lines input: ``{"url", "html"}`` page records, or ``{"id", "text",
"language"?}`` clean-text records (``--format plain-jsonl``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from newsgraph import problems
from newsgraph.article import Source
from newsgraph.read.base import RawDocument


def read_jsonl(lines: Iterable[str], location: str, plain: bool) -> Iterator[RawDocument]:
    """One document per non-empty line; a bad line yields a document with a
    ``bad-record`` problem instead of stopping the file."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        source = Source(location, offset=number, record=f"line {number}")
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RawDocument(source, "none").problem(
                problems.BAD_RECORD, f"line {number}: not JSON: {exc}"
            )
            continue
        if not isinstance(record, dict):
            yield RawDocument(source, "none").problem(
                problems.BAD_RECORD, f"line {number}: not a JSON object"
            )
            continue
        key = "text" if plain else "html"
        body = record.get(key)
        if not isinstance(body, str):
            yield RawDocument(source, "none").problem(
                problems.BAD_RECORD, f"line {number}: record has no string field {key!r}"
            )
            continue
        doc_id = record.get("id")
        yield RawDocument(
            source,
            "plain" if plain else "html",
            content=body,
            url=record.get("url") if isinstance(record.get("url"), str) else None,
            doc_id=str(doc_id) if doc_id is not None else None,
            language=record.get("language") if isinstance(record.get("language"), str) else None,
        )


SNIFF_LINES = 100  # how many lines decide whether a file is JSON-lines


def sniff_jsonl(lines: list[bytes]) -> bool | None:
    """Whether a file whose first non-empty lines are ``lines`` is JSON-lines: None
    when it is not, else True for clean-text records, False for page records.

    Not decided on one line: a file whose first line is broken (cut, not JSON) is
    still JSON-lines when most lines look like objects and one is a usable record."""
    if not lines or 2 * sum(line.startswith(b"{") for line in lines) < len(lines):
        return None
    for line in lines:
        if line.startswith(b"{"):
            plain = is_plain_record(line.decode("utf-8", "replace"))
            if plain is not None:
                return plain
    return None


def is_plain_record(line: str) -> bool | None:
    """True for a clean-text record, False for a page record, None when the line
    is not a usable record."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return None
    if not isinstance(record, dict):
        return None
    if isinstance(record.get("html"), str):
        return False
    if isinstance(record.get("text"), str):
        return True
    return None
