"""The command line: a thin layer over ``newsgraph.pipeline``.

Exit status: 0 on success (documents with problems included), 2 for usage
errors, 1 with ``--strict`` when any document has a problem.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, closing
from typing import Literal, NoReturn, TextIO

from newsgraph import __version__, cli_store
from newsgraph.article import Article
from newsgraph.lang import SUPPORTED
from newsgraph.pipeline import Options, Summary, parse_skip, run, stage_names
from newsgraph.read import DEFAULT_MAX_BYTES, FORMATS, RawDocument, read
from newsgraph.run import spark as run_spark
from newsgraph.run.interrupt import exit_status, interrupted, stoppable
from newsgraph.run.local import add_run_arguments, limits_of, process_parallel
from newsgraph.run.progress import Progress, input_sizes
from newsgraph.run.resume import done_sources, skip_done
from newsgraph.tables import escape, format_quotes, format_table


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "command"):
        parser.print_help()
        return 2
    try:
        return int(args.command(args))
    except BrokenPipeError:  # `newsgraph … | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line on stderr (exit 2), for every subcommand too."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsgraph",
        description="News pages in, a record of who said what, about whom, when out.",
    )
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    sub = parser.add_subparsers(metavar="COMMAND")

    extract = sub.add_parser(
        "extract",
        help="extract articles from HTML, text dumps, WARC or JSON-lines",
        description="Extract one Article per document as JSON lines (schema newsgraph.article/2).",
    )
    extract.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, directories (recursive) or - for stdin"
    )
    extract.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="auto",
        help="input form (default: auto, sniffed per file)",
    )
    extract.add_argument(
        "-o", "--output", metavar="FILE", help="write JSON lines to FILE instead of stdout"
    )
    extract.add_argument(
        "--table", action="store_true", help="print a readable table of the articles"
    )
    extract.add_argument(
        "--language", metavar="LANG", help="the input's language (skips detection), e.g. de"
    )
    extract.add_argument(
        "--languages",
        default=",".join(SUPPORTED),
        metavar="LIST",
        help="expected languages; others are flagged (default: %(default)s; 'any' accepts all)",
    )
    extract.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="cut each document at N bytes (default: %(default)s)",
    )
    add_run_arguments(extract)
    extract.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run: append to --output, skipping documents in it",
    )
    extract.add_argument(
        "--strict", action="store_true", help="exit 1 when any document has a problem"
    )
    extract.add_argument(
        "--skip",
        default="",
        metavar="STAGES",
        help=f"analysis stages not to run, comma-separated (of: {', '.join(stage_names())})",
    )
    extract.add_argument(
        "--min-confidence",
        type=cli_store.confidence_value,
        default=0.0,
        metavar="P",
        help="leave out statements whose confidence is below P (0 to 1; default 0)",
    )
    extract.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")
    extract.set_defaults(command=_extract)

    quotes = sub.add_parser(
        "quotes",
        help="print who said what in each document",
        description="A readable table of the statements in each document: speaker, role, "
        "kind, cue and text.",
    )
    quotes.add_argument(
        "paths", nargs="+", metavar="FILE", help="files, directories (recursive) or - for stdin"
    )
    quotes.add_argument(
        "-f", "--format", choices=FORMATS, default="auto", help="input form (default: auto)"
    )
    quotes.add_argument(
        "--wide", action="store_true", help="whole statements, not cut at 80 characters"
    )
    quotes.set_defaults(command=_quotes)
    spark = sub.add_parser(
        "spark",
        help="run the pipeline on Apache Spark, writing Parquet tables",
        description="Articles, entities and statements as Parquet under --output DIR.",
    )
    run_spark.add_arguments(spark)
    spark.set_defaults(command=run_spark.command)
    cli_store.register(sub)
    return parser


def _quotes(args: argparse.Namespace) -> int:
    if cli_store.missing("quotes", args.paths):
        return 2
    for article in run(args.paths, format=args.format, options=Options(languages=None)):
        where = os.path.basename(article.source.location)
        title = escape(f"== {where}: {article.headline or '-'} ({article.language or '-'})")
        sys.stdout.write(title + "\n")
        sys.stdout.write(format_quotes(article, None if args.wide else 80) + "\n\n")
    return 0


def _extract(args: argparse.Namespace) -> int:
    languages = (
        None
        if args.languages == "any"
        else tuple(x.strip() for x in args.languages.split(",") if x.strip())
    )
    try:
        skip = parse_skip(args.skip)
    except ValueError as exc:
        sys.stderr.write(f"newsgraph extract: {exc}\n")
        return 2
    options = Options(
        languages=languages,
        max_bytes=args.max_bytes,
        skip=skip,
        min_confidence=args.min_confidence,
    )
    if args.resume and not args.output:
        sys.stderr.write("newsgraph extract: --resume needs --output FILE\n")
        return 2
    if cli_store.missing("extract", args.paths):
        return 2
    docs = read(args.paths, format=args.format, max_bytes=args.max_bytes)
    if args.language:
        docs = _with_language(docs, args.language)
    if args.resume:
        docs = skip_done(docs, done_sources(args.output))
    summary = Summary()
    rows: list[Article] = []
    progress = Progress(sys.stderr, sizes=input_sizes(args.paths)) if not args.quiet else None
    try:
        with stoppable(), ExitStack() as stack:
            out: TextIO = sys.stdout
            if args.output:
                os.makedirs(os.path.dirname(args.output) or ".", exist_ok=True)
                mode: Literal["a", "w"] = "a" if args.resume else "w"
                out = stack.enter_context(open(args.output, mode, encoding="utf-8"))
            articles = stack.enter_context(
                closing(process_parallel(docs, options, args.workers, limits_of(args)))
            )
            for article in articles:
                out.write(article.to_json() + "\n")
                out.flush()  # a killed run leaves whole lines behind, for --resume
                summary.add(article)
                if progress:
                    progress.update(article)
                if args.table:
                    rows.append(article)
    except KeyboardInterrupt as exc:  # Ctrl-C or SIGTERM: the workers are stopped by now
        if progress:
            progress.close()
        again = "run again with --resume to continue" if args.output else ""
        sys.stderr.write(interrupted(summary.read, again))
        return exit_status(exc)
    if progress:
        progress.close()
    if args.table:
        table_out = sys.stdout if args.output else sys.stderr
        table_out.write(format_table(rows) + "\n")
    if not args.quiet:
        sys.stderr.write(summary.line() + "\n")
    return 1 if args.strict and summary.with_problems else 0


def _with_language(docs: Iterator[RawDocument], language: str) -> Iterator[RawDocument]:
    for doc in docs:
        doc.language = doc.language or language
        yield doc


if __name__ == "__main__":
    raise SystemExit(main())
