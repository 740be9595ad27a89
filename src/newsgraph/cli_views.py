"""The options every listing command shares (filters, paging, sorting, output)
and how a listing is printed: a table on the terminal, or the view exported as
JSON lines, JSON, or CSV to standard output or a file.

A listing never stops short silently: when more rows match than were shown,
one line on stderr says how many and how to see the rest (``--offset``,
``--all``). ``--format json`` carries the total in the output itself.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from newsgraph.filters import KINDS, MAX_LIMIT, Filters, Page, Paging, day_bounds
from newsgraph.store.export import format_of, write_rows
from newsgraph.tables import render

Rows = list[dict[str, Any]]
Table = list[tuple[str, ...]]
OUTPUTS = ("table", "jsonl", "json", "csv")


class Mistake(Exception):
    """A usage error found after parsing: one line on stderr, exit 2."""


def count(low: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``low``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"must be {low} or more, not {value}")
        return value

    return parse


def limit_value(text: str) -> int:
    value = count(1)(text)
    if value > MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"at most {MAX_LIMIT} rows a page (--all for every row)")
    return value


def date_value(text: str) -> str:
    """An argparse type: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    try:
        day_bounds(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def add_filters(p: argparse.ArgumentParser, person: bool = True, role: bool = False) -> None:
    """The filter options; ``--min-confidence`` is added by the caller."""
    g = p.add_argument_group("filters")
    g.add_argument("--since", type=date_value, metavar="DATE", help="from DATE (YYYY[-MM[-DD]])")
    g.add_argument("--until", type=date_value, metavar="DATE", help="up to DATE, inclusive")
    g.add_argument("--language", metavar="LANG", help="statements in LANG, e.g. de")
    g.add_argument("--outlet", metavar="NAME", help="articles of one publisher, as stored")
    g.add_argument("--kind", choices=KINDS, help="one kind of statement")
    if person:
        g.add_argument("--person", metavar="NAME", help="a person in any spelling, or a key")
    if role:
        g.add_argument("--role", metavar="ROLE", help="people given this role")


def add_listing(p: argparse.ArgumentParser, limit: int, sorts: Sequence[str]) -> None:
    """Paging, sorting and output options."""
    g = p.add_argument_group("paging and output")
    g.add_argument(
        "--limit",
        type=limit_value,
        default=limit,
        metavar="N",
        help="rows a page (default: %(default)s)",
    )
    g.add_argument("--offset", type=count(0), default=0, metavar="N", help="skip the first N rows")
    g.add_argument("--all", action="store_true", help="every row, not one page")
    g.add_argument("--sort", choices=sorts, help=f"order by a column (default: {sorts[0]})")
    order = g.add_mutually_exclusive_group()
    order.add_argument("--asc", dest="descending", action="store_false", default=None)
    order.add_argument("--desc", dest="descending", action="store_true")
    g.add_argument("--json", action="store_true", help="JSON lines (the same as --format jsonl)")
    g.add_argument(
        "--format", choices=OUTPUTS, help="table (default), jsonl, json (with the total) or csv"
    )
    g.add_argument("-o", "--output", metavar="FILE", help="write the view to FILE (- for stdout)")
    g.add_argument("--wide", action="store_true", help="whole texts in the table, never cut")


def filters_of(args: argparse.Namespace, **given: Any) -> Filters:
    fields = {
        "since": args.since, "until": args.until, "language": args.language,
        "outlet": args.outlet, "kind": args.kind, "min_confidence": args.min_confidence,
        "person": getattr(args, "person", None), "role": getattr(args, "role", None),
    }  # fmt: skip
    fields.update(given)
    try:
        return Filters(**fields)
    except ValueError as exc:
        raise Mistake(str(exc)) from None


def output_of(args: argparse.Namespace) -> str:
    """The output format: --format, else --json, else the -o file's extension, else a table."""
    if args.format:
        if args.json and args.format != "jsonl":
            raise Mistake(f"--json and --format {args.format} ask for different outputs")
        return str(args.format)
    if args.json:
        return "jsonl"
    if args.output and args.output != "-":
        found = format_of(args.output)
        if found == "parquet":
            raise Mistake("a view is written as jsonl, json or csv, not parquet")
        return found or "jsonl"
    return "table"


Listing = Callable[[Paging], Page]


def show(
    args: argparse.Namespace,
    listing: Listing,
    table: Callable[[Rows], Table],
    widths: Sequence[int | None],
) -> int:
    """Ask for the page (or, with ``--all``, every page) and print or write it."""
    output = output_of(args)
    if args.all:
        page = every_row(listing, args.sort, args.descending)
    else:
        page = listing(Paging(args.limit, args.offset, args.sort, args.descending))
    if output == "table" and not args.output:
        rows = table(page.rows)
        text = render(rows, None if args.wide else widths) if len(rows) > 1 else "(nothing found)"
        sys.stdout.write(text + "\n")
    elif output == "json":
        _write_json(page, args.output or "-")
    else:
        try:
            write_rows(page.rows, "jsonl" if output == "table" else output, args.output or "-")
        except FileNotFoundError as exc:
            raise Mistake(f"cannot write {args.output}: {exc}") from None
    note(args, page)
    return 0


def every_row(listing: Listing, sort: str | None, descending: bool | None) -> Page:
    """All pages of a listing as one (each page asked for in the same order)."""
    page = listing(Paging(MAX_LIMIT, 0, sort, descending))
    rows = list(page.rows)
    while len(rows) < page.total:
        more = listing(Paging(MAX_LIMIT, len(rows), sort, descending))
        if not more.rows:
            break
        rows.extend(more.rows)
    page.rows, page.limit = rows, max(len(rows), 1)
    return page


def _write_json(page: Page, out: str) -> None:
    text = json.dumps(page.to_dict(), ensure_ascii=False, default=str, indent=1) + "\n"
    if out == "-":
        sys.stdout.write(text)
        return
    try:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)
    except FileNotFoundError:
        raise Mistake(f"cannot write {out}: no such directory") from None


def note(args: argparse.Namespace, page: Page) -> None:
    """One line on stderr when the rows shown are not all the rows that match."""
    shown = len(page.rows)
    if shown == page.total:
        return
    first = page.offset + 1 if shown else page.offset
    more = f"--offset {page.next_offset} for the next page, " if page.next_offset else ""
    sys.stderr.write(
        f"newsgraph {args.command_name}: rows {first}-{page.offset + shown} of {page.total} "
        f"({more}--all for every row)\n"
    )
