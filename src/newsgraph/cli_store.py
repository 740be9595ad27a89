"""The store's commands: ingest, who-said, statements, people, timeline, search,
summary, runs, export and serve. Thin: each calls ``newsgraph.store``,
``newsgraph.query`` or ``newsgraph.hits``; the listings' shared options and output
are ``newsgraph.cli_views``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Generator, Sequence
from contextlib import closing
from typing import Any

from newsgraph import cli_views as views
from newsgraph import hits, query
from newsgraph.article import Article
from newsgraph.cli_views import Mistake
from newsgraph.filters import Filters, Page, Paging
from newsgraph.pipeline import Options
from newsgraph.read import FORMATS, missing_paths, read
from newsgraph.run.interrupt import exit_status, interrupted, stoppable
from newsgraph.run.local import add_run_arguments, limits_of, process_parallel
from newsgraph.run.progress import Progress, input_sizes
from newsgraph.store import DEFAULT_DB, Store, StoreBusy, is_postgres, open_store
from newsgraph.store.export import FORMATS as EXPORT_FORMATS
from newsgraph.store.export import TABLES, export, format_of
from newsgraph.store.ingest import ingest, read_articles
from newsgraph.tables import (
    EVENT_WIDTHS,
    PEOPLE_WIDTHS,
    STATEMENT_WIDTHS,
    cut,
    event_table,
    people_table,
    render,
    statement_table,
)  # fmt: skip

Rows = list[dict[str, Any]]
Table = list[tuple[str, ...]]

Sub = Any  # argparse's _SubParsersAction


def register(sub: Sub) -> None:
    """Add the store's subcommands to the ``newsgraph`` parser."""
    p = _command(sub, "ingest", _ingest, "run the pipeline and store the articles in a database")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or - for stdin")
    p.add_argument(
        "-f", "--format", choices=FORMATS, default="auto", help="input form (default: auto)"
    )
    p.add_argument(
        "--articles",
        action="store_true",
        help="PATHs are Article JSON lines from `newsgraph extract` or output directories of"
        " `newsgraph spark` (no NLP is run)",
    )
    add_run_arguments(p)
    _min_confidence(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")

    p = _command(sub, "who-said", _who_said, "everything one person said, newest first")
    p.add_argument("speaker", metavar="SPEAKER", help="a name in any spelling, or an entity key")
    _statement_options(p, 100, person=False)
    p = _command(sub, "statements", _statements, "statements that match filters, newest first")
    _statement_options(p, 50)
    p = _command(sub, "people", _people, "people ranked by statements, with their roles")
    _statement_options(p, 20, tuple(query.PEOPLE_SORTS), role=True)
    p = _command(sub, "timeline", _timeline, "articles and statements over time for a query")
    p.add_argument("query", metavar="QUERY", help="a person, place or words")
    _statement_options(p, 200, ("date", *[k for k in hits.SORTS if k != "date"]))
    p = _command(sub, "search", _search, "whole words in articles and statements, best first")
    p.add_argument("text", nargs="+", metavar="WORD", help="words that must all occur")
    _statement_options(p, 50, tuple(hits.SORTS))
    p = _command(sub, "summary", _summary, "most quoted people and the latest statements")
    _listing(p, 10)

    p = _command(sub, "runs", _runs, "the ingest runs: when, what, and what became of it")
    _listing(p, 20)

    p = _command(sub, "export", _export, "write a table of the store to a file")
    p.add_argument(
        "--format", choices=EXPORT_FORMATS, help="default: the FILE's extension, else jsonl"
    )
    p.add_argument(
        "--table", choices=TABLES, default="statements", help="what to export (default: statements)"
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", required=True, help="the file to write (- for stdout)"
    )

    p = _command(sub, "serve", _serve, "browse the store in a web page (read-only)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a Host name the pages answer to, repeatable; '*' for any "
        "(default: the bound address and localhost)",
    )


def _command(
    sub: Sub, name: str, func: Callable[[argparse.Namespace], int], help: str
) -> argparse.ArgumentParser:
    about = help[0].upper() + help[1:] + "."
    p: argparse.ArgumentParser = sub.add_parser(name, help=help, description=about)
    p.set_defaults(command_name=name)
    p.add_argument(
        "--db",
        default=DEFAULT_DB,
        metavar="PATH|URL",
        help="the DuckDB file or a postgresql://… address (default: %(default)s)",
    )
    p.add_argument(
        "--wait",
        type=float,
        default=0,
        metavar="SECONDS",
        help="a DuckDB file another process holds (an ingest): wait up to SECONDS for it",
    )
    p.set_defaults(command=_usage_errors(func))
    return p


Command = Callable[[argparse.Namespace], int]


def _usage_errors(func: Command) -> Command:
    """A mistake found after parsing (a bad filter, a store that cannot be opened or
    that another process holds, a file that cannot be written) is one line on stderr
    and exit 2, not a traceback."""

    def command(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except (Mistake, StoreBusy) as exc:
            sys.stderr.write(f"newsgraph {args.command_name}: {exc}\n")
            return 2

    return command


def confidence_value(text: str) -> float:
    """A ``--min-confidence`` value: a number from 0 to 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {text}")
    return value


def _min_confidence(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--min-confidence",
        type=confidence_value,
        default=0.0,
        metavar="P",
        help="only statements whose confidence is at least P (0 to 1; default 0)",
    )


def _listing(p: argparse.ArgumentParser, limit: int) -> None:
    p.add_argument(
        "--limit", type=views.limit_value, default=limit, metavar="N", help="at most N rows"
    )
    p.add_argument("--json", action="store_true", help="JSON lines for scripts instead of a table")
    p.add_argument("--wide", action="store_true", help="whole texts in the table, never cut")


def _statement_options(
    p: argparse.ArgumentParser,
    limit: int,
    sorts: Sequence[str] = tuple(query.STATEMENT_SORTS),
    person: bool = True,
    role: bool = False,
) -> None:
    views.add_filters(p, person=person, role=role)
    _min_confidence(p)
    views.add_listing(p, limit, sorts)


def _ingest(args: argparse.Namespace) -> int:
    from newsgraph.analyze.confidence import confident  # the model loads when a command needs it

    if missing("ingest", args.paths):
        return 2
    store = open_for(args, read_only=False)
    progress = None if args.quiet else Progress(sys.stderr, sizes=input_sizes(args.paths))
    counted = _Counted()
    try:
        with stoppable():
            articles: Generator[Article, None, None] = (
                (confident(a, args.min_confidence) for a in read_articles(args.paths))
                if args.articles
                else process_parallel(
                    read(args.paths, args.format),
                    Options(min_confidence=args.min_confidence),
                    args.workers,
                    limits_of(args),
                )
            )
            with closing(_shown(articles, progress, counted)) as shown:
                report = ingest(store, shown, args.paths)
    except KeyboardInterrupt as exc:  # Ctrl-C or SIGTERM: the batch being written is undone
        if progress:
            progress.close()
        again = "run the same command again to continue (stored articles are skipped)"
        sys.stderr.write(interrupted(counted.n, again))
        return exit_status(exc)
    finally:
        store.close()
    if progress:
        progress.close()
    if not args.quiet:
        sys.stderr.write(report.line() + f" into {args.db}\n")
    return 0


def missing(command: str, paths: Sequence[str]) -> bool:
    """Say so (one line) when an input path names nothing: a usage error (exit 2),
    for every command that reads inputs."""
    found = missing_paths(paths)
    if found:
        sys.stderr.write(f"newsgraph {command}: no such file or directory: {', '.join(found)}\n")
    return bool(found)


class _Counted:
    n = 0  # documents handed to the store so far


def _shown(
    articles: Generator[Article, None, None], progress: Progress | None, counted: _Counted
) -> Generator[Article, None, None]:
    with closing(articles):  # stops the workers when the store stops asking
        for article in articles:
            counted.n += 1
            if progress:
                progress.update(article)
            yield article


def open_for(args: argparse.Namespace, read_only: bool = True) -> Store:
    """The store at ``--db`` (read-only unless writing); a ``Mistake`` saying why
    when there is none or it is no database (``StoreBusy`` when another process
    holds it: the command's wrapper says so in one line)."""
    if read_only and not is_postgres(args.db) and not os.path.exists(args.db):
        raise Mistake(f"no store at {args.db}; run `newsgraph ingest` first")
    try:
        return open_store(args.db, read_only=read_only, wait=args.wait)
    except Exception as exc:
        if type(exc).__module__.split(".")[0] not in ("duckdb", "_duckdb", "psycopg"):
            raise
        raise Mistake(cannot_open(args.db, exc)) from None


def cannot_open(db: str, exc: Exception) -> str:
    """Why the database at ``db`` cannot be opened, in one line."""
    text = " ".join(str(exc).split())
    if "not a valid DuckDB database" in text:
        return f"{db} is not a DuckDB database"
    return f"cannot open {db}: {text.removeprefix('IO Error: ')[:300]}"


def _ask(
    args: argparse.Namespace, question: Callable[[Store], Rows], table: Callable[[Rows], Table]
) -> int:
    """Open the store read-only, ask, print the answer."""
    with closing(open_for(args)) as store:
        found = question(store)
    return _emit(args, found, table)


def _emit(
    args: argparse.Namespace,
    found: Rows,
    table: Callable[[Rows], Table],
    widths: Sequence[int | None] | None = None,
) -> int:
    if args.json:
        for row in found:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    else:
        rows = table(found)
        text = render(rows, None if args.wide else widths) if len(rows) > 1 else "(nothing found)"
        sys.stdout.write(text + "\n")
    return 0


def _view(
    args: argparse.Namespace,
    listing: Callable[[Store, Filters, Paging], Page],
    table: Callable[[Rows], Table],
    widths: Sequence[int | None],
    **given: Any,
) -> int:
    """A listing with the command's filters, paging and output."""
    filters = views.filters_of(args, **given)
    with closing(open_for(args)) as store:
        return views.show(args, lambda paging: listing(store, filters, paging), table, widths)


def _who_said(args: argparse.Namespace) -> int:
    return _view(args, query.statements, statement_table, STATEMENT_WIDTHS, person=args.speaker)


def _statements(args: argparse.Namespace) -> int:
    return _view(args, query.statements, statement_table, STATEMENT_WIDTHS)


def _people(args: argparse.Namespace) -> int:
    return _view(args, query.people_index, people_table, PEOPLE_WIDTHS)


def _timeline(args: argparse.Namespace) -> int:
    return _view(
        args,
        lambda store, f, paging: hits.timeline(store, args.query, f, paging),
        event_table,
        EVENT_WIDTHS,
    )


def _search(args: argparse.Namespace) -> int:
    text = " ".join(args.text)
    return _view(
        args,
        lambda store, f, paging: hits.search(store, text, f, paging),
        event_table,
        EVENT_WIDTHS,
    )


def _run_rows(found: Rows) -> Table:
    rows: Table = [("started", "finished", "read", "extracted", "problems", "added", "paths")]
    for r in found:
        detail = ", ".join(f"{code} {n}" for code, n in r["problems"].items())
        rows.append(
            (
                r["started"][:19],
                (r["finished"] or "unfinished")[:19],
                _count(r["seen"]),
                _count(r["extracted"]),
                cut(f"{r['with_problems']} ({detail})" if detail else "0", 40),
                _count(r["added"]),
                cut(" ".join(r["paths"]), 30),
            )
        )
    return rows


def _count(n: int | None) -> str:
    return "-" if n is None else str(n)  # None: the run did not finish


def _runs(args: argparse.Namespace) -> int:
    return _ask(args, lambda store: query.runs(store, args.limit), _run_rows)


def _summary(args: argparse.Namespace) -> int:
    with closing(open_for(args)) as store:
        ranked = query.people(store, args.limit)
        newest = query.latest(store, args.limit)
    if args.json:
        return _emit(args, [{"people": ranked, "latest": newest}], people_table)
    sys.stdout.write("Most quoted people\n")
    _emit(args, ranked, people_table, PEOPLE_WIDTHS)
    sys.stdout.write("\nLatest statements\n")
    return _emit(args, newest, statement_table, STATEMENT_WIDTHS)


def _export(args: argparse.Namespace) -> int:
    out = args.output
    fmt = args.format or format_of(out) or "jsonl"
    if fmt == "parquet" and out == "-":
        raise Mistake("parquet cannot be written to standard output; name a file")
    folder = os.path.dirname(out)
    if out != "-" and folder and not os.path.isdir(folder):
        raise Mistake(f"cannot write {out}: no such directory: {folder}")
    with closing(open_for(args)) as store:
        n = export(store, args.table, fmt, out)
    where = "standard output" if out == "-" else out
    sys.stderr.write(f"exported {n} rows of {args.table} to {where} as {fmt}\n")
    return 0


def _serve(args: argparse.Namespace) -> int:
    open_for(args).close()  # the app opens its own, read-only
    from newsgraph.web.serve import serve

    serve(args.db, args.host, args.port, args.allowed_host)
    return 0
