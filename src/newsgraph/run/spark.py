"""Run the pipeline on Apache Spark (PySpark) and write Parquet tables.

One Spark task per input file: local paths (or paths on a filesystem every
executor mounts) are spread as a list and each task streams its file with
``newsgraph.read`` (a multi-GB WARC is never held in memory); object-store and
HDFS paths (``s3a://``, ``hdfs://``, ``gs://``, …) go through Spark's own
filesystem support (``SparkContext.binaryFiles``), which hands each task one
whole file as bytes, read with ``newsgraph.read.read_bytes``. Every document
goes through ``process_document`` with the same per-document time limit as
the local executor.

The output directory gets three Parquet tables, one part file per task,
readable directly by DuckDB (``SELECT * FROM 'OUT/articles/*.parquet'``):

``articles``
    one row per Article: its scalar fields as columns, ``source_location``,
    ``source_offset``, ``source_record`` for ``source``, and the nested lists
    (``kicker``, ``authors``, ``agencies``, ``blocks``, ``images``, ``notes``,
    ``problems``) as JSON strings; ``entity_count`` and ``statement_count``.
``entities``
    one row per entity: ``article_id``, ``source_location``,
    ``source_offset`` (the three name its article row: an id is the canonical
    URL's, so the same page read twice has it twice), ``position`` (its index
    in the article), ``id``, ``type``, ``name``, ``key``; ``roles`` and ``mentions``
    as JSON strings.
``statements``
    one row per statement: ``article_id``, ``source_location``,
    ``source_offset``, ``position``, ``id``, ``kind``,
    ``text``, ``start_char``, ``end_char``, ``language``, ``speaker_name``;
    ``speaker``, ``cue`` and ``spans`` as JSON strings.

The three tables hold the whole Article: ``article_from_rows`` rebuilds it.

Entry points: ``newsgraph spark INPUT… --output DIR [--master local[2]]``, or
``spark-submit …/newsgraph/run/spark.py INPUT… --output DIR`` (the module is
its own script). See ``docs/scaling.md`` for clusters.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from newsgraph.article import Article, Problem, Source
from newsgraph.pipeline import Options, Summary, parse_skip, process_document, stage_names
from newsgraph.read import FORMATS, RawDocument, read, read_bytes, walk_inputs
from newsgraph.run.local import Limits, _in_process

TABLES = ("articles", "entities", "statements")

# Column names and Spark types, in row order. Nested values are JSON strings.
ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("schema", "string"),
    ("source_location", "string"),
    ("source_offset", "long"),
    ("source_record", "string"),
    ("format", "string"),
    ("url", "string"),
    ("publisher", "string"),
    ("language", "string"),
    ("kicker", "string"),
    ("headline", "string"),
    ("teaser", "string"),
    ("published", "string"),
    ("updated", "string"),
    ("authors", "string"),
    ("agencies", "string"),
    ("blocks", "string"),
    ("text", "string"),
    ("images", "string"),
    ("notes", "string"),
    ("problems", "string"),
    ("entity_count", "int"),
    ("statement_count", "int"),
)
ENTITY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "string"),
    ("source_location", "string"),
    ("source_offset", "long"),
    ("position", "int"),
    ("id", "string"),
    ("type", "string"),
    ("name", "string"),
    ("key", "string"),
    ("roles", "string"),
    ("mentions", "string"),
)
STATEMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "string"),
    ("source_location", "string"),
    ("source_offset", "long"),
    ("position", "int"),
    ("id", "string"),
    ("kind", "string"),
    ("text", "string"),
    ("start_char", "long"),
    ("end_char", "long"),
    ("language", "string"),
    ("speaker_name", "string"),
    ("speaker", "string"),
    ("cue", "string"),
    ("spans", "string"),
    ("part", "string"),
    ("confidence", "double"),
)
COLUMNS = {"articles": ARTICLE_COLUMNS, "entities": ENTITY_COLUMNS, "statements": STATEMENT_COLUMNS}
_NESTED_ARTICLE = ("kicker", "authors", "agencies", "blocks", "images", "notes", "problems")
_REMOTE_SCHEMES = ("s3://", "s3a://", "s3n://", "hdfs://", "gs://", "abfs://", "abfss://", "wasb")


# -- rows ----------------------------------------------------------------------
def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _json_or_none(value: Any) -> str | None:
    return None if value is None else _json(value)


def article_rows(article: Article) -> list[tuple[str, tuple[Any, ...]]]:
    """``(table, row)`` pairs for one Article, rows in the column order above."""
    d = article.to_dict()
    source = d["source"]
    row = {
        **{k: d[k] for k in d if k not in ("source", "entities", "statements")},
        "source_location": source["location"],
        "source_offset": source["offset"],
        "source_record": source["record"],
        "entity_count": len(d["entities"]),
        "statement_count": len(d["statements"]),
    }
    for name in _NESTED_ARTICLE:
        row[name] = _json(row[name])
    out: list[tuple[str, tuple[Any, ...]]] = [
        ("articles", tuple(row[c] for c, _ in ARTICLE_COLUMNS))
    ]
    owner = {key: row[key] for key in ("source_location", "source_offset")}
    owner["article_id"] = d["id"]
    for i, e in enumerate(d["entities"]):
        entity = {**e, **owner, "position": i}
        entity.update(roles=_json(e["roles"]), mentions=_json(e["mentions"]))
        out.append(("entities", tuple(entity[c] for c, _ in ENTITY_COLUMNS)))
    for i, s in enumerate(d["statements"]):
        speaker = s["speaker"]
        statement = {
            **s,
            **owner,
            "position": i,
            "start_char": s["start"],
            "end_char": s["end"],
            "speaker_name": speaker["name"] if speaker else None,
            "speaker": _json_or_none(speaker),
            "cue": _json_or_none(s["cue"]),
            "spans": _json(s["spans"]),
        }
        out.append(("statements", tuple(statement[c] for c, _ in STATEMENT_COLUMNS)))
    return out


def article_from_rows(
    article: dict[str, Any],
    entities: Iterable[dict[str, Any]] = (),
    statements: Iterable[dict[str, Any]] = (),
) -> Article:
    """The Article that ``article_rows`` wrote, from rows read back as dicts
    (column name to value), e.g. from DuckDB or ``Row.asDict()``."""
    d: dict[str, Any] = {
        k: v
        for k, v in article.items()
        if k not in ("source_location", "source_offset", "source_record")
        and k not in ("entity_count", "statement_count")
    }
    d["source"] = {
        "location": article["source_location"],
        "offset": article["source_offset"],
        "record": article["source_record"],
    }
    for name in _NESTED_ARTICLE:
        d[name] = json.loads(d[name])
    d["entities"] = [
        {
            "id": e["id"],
            "type": e["type"],
            "name": e["name"],
            "key": e["key"],
            "roles": json.loads(e["roles"]),
            "mentions": json.loads(e["mentions"]),
        }
        for e in sorted(entities, key=lambda e: int(e["position"]))
    ]
    d["statements"] = [
        {
            "id": s["id"],
            "kind": s["kind"],
            "text": s["text"],
            "start": s["start_char"],
            "end": s["end_char"],
            "language": s["language"],
            "speaker": json.loads(s["speaker"]) if s["speaker"] is not None else None,
            "cue": json.loads(s["cue"]) if s["cue"] is not None else None,
            "spans": json.loads(s["spans"]),
            "part": s.get("part") or "text",
            "confidence": s.get("confidence"),
        }
        for s in sorted(statements, key=lambda s: int(s["position"]))
    ]
    return Article.from_dict(d)


# -- inputs and tasks ------------------------------------------------------------
def is_remote(path: str) -> bool:
    """Paths Spark's filesystems read (object stores, HDFS), not this machine's."""
    return path.startswith(_REMOTE_SCHEMES)


def local_files(paths: Iterable[str]) -> list[str]:
    """Local inputs as files, directories walked as ``newsgraph extract`` does
    (so a Spark run and a local run name their sources alike)."""
    files: list[str] = []
    for path in paths:
        path = path.removeprefix("file://")
        if os.path.isdir(path):
            files.extend(str(f) for f in walk_inputs(Path(path)))
        else:
            files.append(path)
    return files


def _process(doc: RawDocument, options: Options, limits: Limits) -> Article:
    """One document, bounded in time when this is a main thread (PySpark
    workers are); never raises."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        return process_document(doc, options)
    # Memory is Spark's to bound (spark.executor.pyspark.memory), not a per-document limit.
    return _in_process(doc, options, Limits(seconds=limits.seconds, memory_mb=0))


def _rows_of_docs(
    docs: Iterable[RawDocument], options: Options, limits: Limits
) -> Iterator[tuple[str, tuple[Any, ...]]]:
    for doc in docs:
        yield from article_rows(_process(doc, options, limits))


def rows_of_path(
    path: str, format: str, options: Options, limits: Limits
) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """One task: a local file, streamed (a special file found in a directory walk
    gets a problem, as in a local run; it is not opened)."""
    docs = read([path], format, options.max_bytes, pipes=False)
    yield from _rows_of_docs(docs, options, limits)


def rows_of_bytes(
    item: tuple[str, bytes], format: str, options: Options, limits: Limits
) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """One task: a file from Spark's filesystems, as ``(uri, content)``."""
    location, data = item
    yield from _rows_of_docs(read_bytes(data, location, format, options.max_bytes), options, limits)


def _spark_schema(columns: Sequence[tuple[str, str]]) -> Any:
    from pyspark.sql.types import (
        DoubleType,
        IntegerType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    types = {"string": StringType, "long": LongType, "int": IntegerType, "double": DoubleType}
    return StructType([StructField(name, types[kind](), True) for name, kind in columns])


# -- the job -------------------------------------------------------------------------
def java_available() -> bool:
    """Whether Spark can start a JVM here (``java`` on PATH or ``JAVA_HOME``)."""
    return bool(shutil.which("java") or os.environ.get("JAVA_HOME"))


def session(master: str | None = None, app_name: str = "newsgraph") -> Any:
    """A SparkSession; with a ``local`` master, Python workers run this Python."""
    from pyspark.sql import SparkSession

    if master and master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
        if master.startswith("local"):
            builder = builder.config("spark.ui.enabled", "false").config(
                "spark.sql.shuffle.partitions", "4"
            )
    return builder.getOrCreate()


def run_spark(
    inputs: Sequence[str],
    output: str,
    spark: Any,
    format: str = "auto",
    options: Options | None = None,
    limits: Limits | None = None,
    overwrite: bool = False,
) -> Summary:
    """Process ``inputs`` on ``spark`` and write ``output/{articles,entities,statements}``
    as Parquet. Returns the run's counts, read back from the written articles."""
    from pyspark import StorageLevel

    options, limits = options or Options(), limits or Limits()
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    sc = spark.sparkContext
    remote = [p for p in inputs if is_remote(p)]
    files = local_files(p for p in inputs if not is_remote(p))
    parts = []
    if files:
        paths = sc.parallelize(files, len(files))
        parts.append(paths.flatMap(lambda p: rows_of_path(p, format, options, limits)))
    if remote:
        blobs = sc.binaryFiles(",".join(remote))
        parts.append(blobs.flatMap(lambda item: rows_of_bytes(item, format, options, limits)))
    if not parts:
        raise ValueError("no inputs")
    rows = parts[0] if len(parts) == 1 else sc.union(parts)
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
    mode = "overwrite" if overwrite else "errorifexists"
    try:
        for table in TABLES:
            selected = rows.filter(lambda r, t=table: r[0] == t).map(lambda r: r[1])
            frame = spark.createDataFrame(selected, _spark_schema(COLUMNS[table]))
            frame.write.mode(mode).parquet(_join(output, table))
    finally:
        rows.unpersist()
    written = spark.read.parquet(_join(output, "articles")).select("text", "problems")
    return _merge(written.rdd.mapPartitions(_count).collect())


def _join(base: str, name: str) -> str:
    return base.rstrip("/") + "/" + name


def _count(rows: Iterable[Any]) -> Iterator[Summary]:
    summary = Summary()
    for row in rows:
        found = [Problem(**p) for p in json.loads(row["problems"])]
        summary.add(Article(Source(""), "none", text=row["text"] or "", problems=found))
    yield summary


def _merge(parts: Iterable[Summary]) -> Summary:
    total = Summary(problems=Counter())
    for part in parts:
        total.read += part.read
        total.extracted += part.extracted
        total.with_problems += part.with_problems
        total.problems.update(part.problems)
    return total


# -- command line ------------------------------------------------------------------
def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``newsgraph spark`` (and of this module as a script)."""
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files or directories (local, or s3a://, hdfs://, … paths Spark can read)",
    )
    parser.add_argument(
        "-o", "--output", required=True, metavar="DIR", help="where the Parquet tables go"
    )
    parser.add_argument(
        "--master",
        default=None,
        metavar="URL",
        help="Spark master, e.g. local[2] (default: spark-submit's, else local[*])",
    )
    parser.add_argument(
        "-f", "--format", choices=FORMATS, default="auto", help="input form (default: auto)"
    )
    parser.add_argument(
        "--skip",
        default="",
        metavar="STAGES",
        help=f"analysis stages not to run, comma-separated (of: {', '.join(stage_names())})",
    )
    parser.add_argument(
        "--timeout",
        type=int,
        default=Limits().seconds,
        metavar="SECONDS",
        help="time limit for one document (default: %(default)s)",
    )
    parser.add_argument(
        "--overwrite", action="store_true", help="replace the tables if DIR already has them"
    )


def command(args: argparse.Namespace) -> int:
    """``newsgraph spark``: exit 2 on usage errors or when Spark cannot start."""
    try:
        skip = parse_skip(args.skip)
    except ValueError as exc:
        sys.stderr.write(f"newsgraph spark: {exc}\n")
        return 2
    try:
        import pyspark  # noqa: F401
    except ImportError:
        sys.stderr.write("newsgraph spark: needs pyspark: pip install 'newsgraph[spark]'\n")
        return 2
    if not java_available():
        sys.stderr.write("newsgraph spark: needs Java 17+ (java on PATH or JAVA_HOME)\n")
        return 2
    existing = [t for t in TABLES if os.path.exists(_join(args.output, t))]
    if existing and not args.overwrite and not is_remote(args.output):
        sys.stderr.write(
            f"newsgraph spark: {args.output} already has {', '.join(existing)}; "
            "use --overwrite to replace them\n"
        )
        return 2
    master = args.master
    if master is None and not _under_spark_submit():
        master = "local[*]"
    spark = session(master)
    try:
        summary = run_spark(
            args.inputs,
            args.output,
            spark,
            format=args.format,
            options=Options(skip=skip),
            limits=Limits(seconds=args.timeout),
            overwrite=args.overwrite,
        )
    finally:
        spark.stop()
    sys.stderr.write(summary.line() + "\n")
    return 0


def _under_spark_submit() -> bool:
    """spark-submit starts the JVM (and sets the master) before this Python."""
    return "PYSPARK_GATEWAY_PORT" in os.environ


def main(argv: Sequence[str] | None = None) -> int:
    """The ``spark-submit`` entry point: ``spark-submit …/spark.py INPUT… --output DIR``."""
    parser = argparse.ArgumentParser(
        prog="newsgraph spark", description="The newsgraph pipeline on Spark, to Parquet."
    )
    add_arguments(parser)
    return command(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
