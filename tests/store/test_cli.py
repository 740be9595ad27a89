"""The store's commands through ``newsgraph.cli.main``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from newsgraph.cli import main
from tests.store.helpers import make_article


@pytest.fixture
def db(tmp_path: Path, new_db: Callable[[], str], capsys: pytest.CaptureFixture[str]) -> str:
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(make_article(i).to_json() + "\n" for i in range(4)), encoding="utf-8")
    path = new_db()  # a DuckDB file, or a postgresql:// address
    assert main(["ingest", "--articles", str(src), "--db", path, "-q"]) == 0
    assert main(["ingest", "--articles", str(src), "--db", path]) == 0
    assert "read 4, extracted 4, with problems 0; stored 0 new, 4 already stored" in (
        capsys.readouterr().err
    )
    return path


def test_ingest_twice_then_ask(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["who-said", "Anna Berg", "--db", db, "--json"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(rows) == 4 and rows[0]["date"] >= rows[-1]["date"]
    assert main(["people", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Anna Berg" in out and "Bürgermeisterin" in out
    assert main(["summary", "--db", db, "--limit", "2"]) == 0
    assert "Most quoted people" in capsys.readouterr().out
    assert main(["search", "Brücke", "Herbst", "--db", db]) == 0
    assert "statement" in capsys.readouterr().out
    assert main(["timeline", "Berg", "--db", db, "--json"]) == 0
    assert capsys.readouterr().out.count("\n") == 8


def test_runs_lists_both_ingests_with_their_counts(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["runs", "--db", db, "--json"]) == 0
    runs = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(r["seen"], r["extracted"], r["with_problems"], r["added"]) for r in runs] == [
        (4, 4, 0, 0),
        (4, 4, 0, 4),
    ]
    assert all(r["problems"] == {} and r["finished"] for r in runs)
    assert main(["runs", "--db", db]) == 0
    assert "extracted" in capsys.readouterr().out


def test_export_command(db: str, tmp_path: Path) -> None:
    out = tmp_path / "people.csv"
    args = ["export", "--db", db, "--format", "csv", "--table", "entities", "-o", str(out)]
    assert main(args) == 0
    assert out.read_text(encoding="utf-8").startswith("key,type,name")


def test_asking_without_a_store_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["people", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "newsgraph ingest" in capsys.readouterr().err


def test_who_said_and_ingest_honour_a_minimum_confidence(
    tmp_path: Path, new_db: Callable[[], str], capsys: pytest.CaptureFixture[str]
) -> None:
    articles = [make_article(i) for i in range(2)]
    for article, sure in zip(articles, (0.9, 0.2), strict=True):
        for statement in article.statements:
            statement.confidence = sure
    src = tmp_path / "scored.jsonl"
    src.write_text("".join(a.to_json() + "\n" for a in articles), encoding="utf-8")
    path = new_db()
    assert main(["ingest", "--articles", str(src), "--db", path, "-q"]) == 0
    assert main(["who-said", "Anna Berg", "--db", path, "--json"]) == 0
    everything = capsys.readouterr().out.splitlines()
    assert main(["who-said", "Anna Berg", "--db", path, "--json", "--min-confidence", "0.5"]) == 0
    sure = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert 0 < len(sure) < len(everything) and all(r["confidence"] >= 0.5 for r in sure)
    strict = new_db()
    assert (
        main(["ingest", "--articles", str(src), "--db", strict, "-q", "--min-confidence", "0.5"])
        == 0
    )
    assert main(["who-said", "Anna Berg", "--db", strict, "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(sure)


@pytest.mark.parametrize("value", ["1.5", "-0.1", "sure"])
def test_a_minimum_confidence_outside_0_to_1_is_a_usage_error(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit:
        main(["who-said", "Anna Berg", "--min-confidence", value])
    assert exit.value.code == 2
    assert "--min-confidence" in capsys.readouterr().err


def test_ingest_articles_stores_everything_before_a_cut_last_line(
    tmp_path: Path, new_db: Callable[[], str], capsys: pytest.CaptureFixture[str]
) -> None:
    """What a killed ``extract`` leaves: whole lines, then half of one."""
    lines = [make_article(i).to_json() + "\n" for i in range(70)]  # the last batch holds 6
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(lines) + make_article(70).to_json()[:150], encoding="utf-8")
    path = new_db()
    assert main(["ingest", "--articles", str(src), "--db", path]) == 0
    assert "read 71, extracted 70, with problems 1 (bad-record 1); stored 71 new" in (
        capsys.readouterr().err
    )
    assert main(["runs", "--db", path, "--json"]) == 0
    [run] = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert run["problems"] == {"bad-record": 1}


@pytest.mark.parametrize("articles", [False, True])
def test_ingest_of_a_missing_path_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], articles: bool
) -> None:
    db = tmp_path / "store.duckdb"
    good = tmp_path / "articles.jsonl"
    good.write_text(make_article(1).to_json() + "\n", encoding="utf-8")
    missing = str(tmp_path / "nope.html")
    args = ["ingest", *(["--articles"] if articles else []), str(good), missing, "--db", str(db)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err == f"newsgraph ingest: no such file or directory: {missing}\n"
    assert not db.exists()  # nothing opened, nothing stored
