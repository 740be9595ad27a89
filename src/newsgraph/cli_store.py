"""The store's commands: ingest, who-said, people, timeline, search, summary,
runs, export and serve. Thin: each calls ``newsgraph.store`` or ``newsgraph.query``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Generator, Sequence
from contextlib import closing
from typing import Any

from newsgraph import query
from newsgraph.article import Article
from newsgraph.pipeline import Options
from newsgraph.read import FORMATS, missing_paths, read
from newsgraph.run.interrupt import exit_status, interrupted, stoppable
from newsgraph.run.local import add_run_arguments, limits_of, process_parallel
from newsgraph.run.progress import Progress, input_sizes
from newsgraph.store import DEFAULT_DB, Store, is_postgres, open_store
from newsgraph.store.export import FORMATS as EXPORT_FORMATS
from newsgraph.store.export import TABLES, export
from newsgraph.store.ingest import ingest, read_articles
from newsgraph.tables import cut, render

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
    _min_confidence(p)
    _listing(p, 100)
    p = _command(sub, "people", _people, "people ranked by statements, with their roles")
    _listing(p, 20)
    p = _command(sub, "timeline", _timeline, "articles and statements over time for a query")
    p.add_argument("query", metavar="QUERY", help="a person, place or phrase")
    _listing(p, 200)
    p = _command(sub, "search", _search, "full text over articles and statements")
    p.add_argument("text", nargs="+", metavar="TEXT", help="words that must all occur")
    _listing(p, 50)
    p = _command(sub, "summary", _summary, "most quoted people and the latest statements")
    _listing(p, 10)

    p = _command(sub, "runs", _runs, "the ingest runs: when, what, and what became of it")
    _listing(p, 20)

    p = _command(sub, "export", _export, "write a table of the store to a file")
    p.add_argument("--format", choices=EXPORT_FORMATS, default="jsonl", help="default: jsonl")
    p.add_argument(
        "--table", choices=TABLES, default="statements", help="what to export (default: statements)"
    )
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write")

    p = _command(sub, "serve", _serve, "browse the store in a web page (read-only)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")


def _command(
    sub: Sub, name: str, func: Callable[[argparse.Namespace], int], help: str
) -> argparse.ArgumentParser:
    about = help[0].upper() + help[1:] + "."
    p: argparse.ArgumentParser = sub.add_parser(name, help=help, description=about)
    p.add_argument(
        "--db",
        default=DEFAULT_DB,
        metavar="PATH|URL",
        help="the DuckDB file or a postgresql://… address (default: %(default)s)",
    )
    p.set_defaults(command=func)
    return p


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
    p.add_argument("--limit", type=int, default=limit, metavar="N", help="at most N rows")
    p.add_argument("--json", action="store_true", help="JSON lines for scripts instead of a table")


def _ingest(args: argparse.Namespace) -> int:
    from newsgraph.analyze.confidence import confident  # the model loads when a command needs it

    if missing("ingest", args.paths):
        return 2
    store = open_store(args.db)
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


def _open_read(args: argparse.Namespace) -> Store | None:
    """The store, read-only; None (after saying why) when there is none yet."""
    if not is_postgres(args.db) and not os.path.exists(args.db):
        sys.stderr.write(f"newsgraph: no store at {args.db}; run `newsgraph ingest` first\n")
        return None
    return open_store(args.db, read_only=True)


Rows = list[dict[str, Any]]
Table = list[tuple[str, ...]]


def _ask(
    args: argparse.Namespace, question: Callable[[Store], Rows], table: Callable[[Rows], Table]
) -> int:
    """Open the store read-only, ask, print the answer; 2 when there is no store."""
    store = _open_read(args)
    if store is None:
        return 2
    with closing(store):
        found = question(store)
    return _emit(args, found, table)


def _emit(args: argparse.Namespace, found: Rows, table: Callable[[Rows], Table]) -> int:
    if args.json:
        for row in found:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    else:
        rows = table(found)
        sys.stdout.write((render(rows) if len(rows) > 1 else "(nothing found)") + "\n")
    return 0


def _statement_rows(found: Rows) -> Table:
    rows: Table = [("date", "speaker", "role", "text", "article")]
    for r in found:
        rows.append(
            (
                (r["date"] or "-")[:10],
                cut(r["speaker"] or "-", 24),
                cut(r["role"] or "-", 24),
                cut(" ".join(r["text"].split()), 70),
                cut(r["headline"] or "-", 40),
            )
        )
    return rows


def _people_rows(found: Rows) -> Table:
    rows: Table = [("person", "statements", "articles", "roles", "latest")]
    for r in found:
        rows.append(
            (
                cut(r["name"], 28),
                str(r["statements"]),
                str(r["articles"]),
                cut(", ".join(r["roles"]) or "-", 48),
                (r["latest"] or "-")[:10],
            )
        )
    return rows


def _event_rows(found: Rows) -> Table:
    rows: Table = [("date", "kind", "speaker", "text", "article")]
    for r in found:
        rows.append(
            (
                (r["date"] or "-")[:10],
                r["kind"],
                cut(r["speaker"] or "-", 24),
                cut(" ".join((r["text"] or "").split()), 70),
                cut(r["headline"] or "-", 40),
            )
        )
    return rows


def _who_said(args: argparse.Namespace) -> int:
    return _ask(
        args,
        lambda store: query.who_said(store, args.speaker, args.limit, args.min_confidence),
        _statement_rows,
    )


def _people(args: argparse.Namespace) -> int:
    return _ask(args, lambda store: query.people(store, args.limit), _people_rows)


def _timeline(args: argparse.Namespace) -> int:
    return _ask(args, lambda store: query.timeline(store, args.query, args.limit), _event_rows)


def _search(args: argparse.Namespace) -> int:
    return _ask(
        args, lambda store: query.search(store, " ".join(args.text), args.limit), _event_rows
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
    store = _open_read(args)
    if store is None:
        return 2
    with closing(store):
        ranked = query.people(store, args.limit)
        newest = query.latest(store, args.limit)
    if args.json:
        return _emit(args, [{"people": ranked, "latest": newest}], _people_rows)
    sys.stdout.write("Most quoted people\n")
    _emit(args, ranked, _people_rows)
    sys.stdout.write("\nLatest statements\n")
    return _emit(args, newest, _statement_rows)


def _export(args: argparse.Namespace) -> int:
    store = _open_read(args)
    if store is None:
        return 2
    with closing(store):
        n = export(store, args.table, args.format, args.output)
    sys.stderr.write(f"exported {n} rows of {args.table} to {args.output}\n")
    return 0


def _serve(args: argparse.Namespace) -> int:
    store = _open_read(args)
    if store is None:
        return 2
    store.close()  # the app opens its own, read-only
    import uvicorn

    from newsgraph.web.app import create_app

    uvicorn.run(create_app(args.db), host=args.host, port=args.port)
    return 0
