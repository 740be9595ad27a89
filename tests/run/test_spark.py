"""The Spark job (local mode) writes the same Articles as a local run, as
Parquet that DuckDB reads directly. Full pipeline (entities and statements
included), on a subset of the sample corpus that covers every input form: the
WARC, HTML (one gzipped, two also in the WARC, so ids repeat), text dumps and a
WET-style dump, to keep the test well under a minute. The output read back
(``newsgraph.run.parquet``) and ingested gives the same store as a local run."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from newsgraph.article import Article
from newsgraph.pipeline import Options, Summary, process_document
from newsgraph.read import read
from newsgraph.run.parquet import is_spark_output, read_spark_output
from newsgraph.run.spark import (
    COLUMNS,
    article_from_rows,
    article_rows,
    java_available,
    local_files,
)
from newsgraph.store import open_store
from newsgraph.store.ingest import ingest, read_articles
from tests.conftest import ROOT
from tests.store.helpers import dump

EXAMPLES = ROOT / "examples"
SUBSET = [
    str(EXAMPLES / name)
    for name in (
        "sample.warc.gz",
        "en_meridian_geneva_energy.html",
        "de_kuestenbote_trockenheit_cp1252.html",
        "en_northgate_halvorsen_jobs.html.gz",
        "de_dump_weltecho_genf.txt",
        "en_wet_sentinel_heatwave.txt",
    )
]


def _canonical(articles: list[Article]) -> list[str]:
    return sorted(json.dumps(a.to_dict(), ensure_ascii=False, sort_keys=True) for a in articles)


def _local(paths: list[str]) -> list[Article]:
    return [process_document(doc, Options()) for doc in read(paths)]


def test_inputs_are_listed_as_the_local_reader_walks_them() -> None:
    read_order = [doc.source.location for doc in read([str(EXAMPLES)])]
    assert local_files([str(EXAMPLES)]) == list(dict.fromkeys(read_order))
    assert local_files([f"file://{EXAMPLES}"]) == list(dict.fromkeys(read_order))


def test_rows_round_trip_without_spark() -> None:
    for article in _local(SUBSET):
        rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for table, row in article_rows(article):
            rows[table].append(dict(zip([c for c, _ in COLUMNS[table]], row, strict=True)))
        (head,) = rows["articles"]
        back = article_from_rows(head, rows["entities"], rows["statements"])
        assert back.to_dict() == article.to_dict()


@pytest.fixture(scope="module")
def spark() -> Any:
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install -e '.[spark]')")
    if not java_available():
        pytest.skip("Spark needs Java 17+: no java on PATH and no JAVA_HOME")
    from newsgraph.run.spark import session

    try:
        spark = session("local[2]", "newsgraph-test")
    except Exception as exc:  # a JVM that does not start is the machine's, not ours
        pytest.skip(f"Spark did not start: {exc}")
    yield spark
    spark.stop()


def test_spark_output_equals_local_run(spark: Any, tmp_path: Path) -> None:
    from newsgraph.run.spark import run_spark

    local = _local(SUBSET)
    out = tmp_path / "out"
    summary = run_spark(SUBSET, str(out), spark)
    expected = Summary()
    for article in local:
        expected.add(article)
    assert summary.line() == expected.line()
    back = list(read_spark_output(str(out)))
    assert sorted(a.id for a in back) == sorted(a.id for a in local)
    assert _canonical(back) == _canonical(local)
    assert sum(len(a.entities) for a in local) > 0
    assert sum(len(a.statements) for a in local) > 0
    # `newsgraph ingest --articles OUT` stores what a local ingest stores.
    from_spark, from_local = open_store(str(tmp_path / "s.duckdb")), open_store(":memory:")
    assert is_spark_output(str(out)) and not is_spark_output(str(tmp_path))
    ingest(from_spark, read_articles([str(out)]), [str(out)])
    in_source_order = sorted(
        local, key=lambda a: (a.source.location, a.source.offset or -1, a.id)
    )  # the order the Parquet reader yields: story and version links depend on it
    ingest(from_local, in_source_order)
    assert dump(from_spark) == dump(from_local)
