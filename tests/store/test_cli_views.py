"""The listing commands' filters, paging, output and mistakes, through
``newsgraph.cli.main`` on both stores."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsgraph.cli import main
from tests.store.helpers import make_article

ESC_TEXT = "Anna Berg sagte: \u201eWir bauen\x1b[2J die Br\u00fccke\x07 bis zum Herbst\u201c. Ende."


@pytest.fixture
def db(tmp_path: Path, new_db: Callable[[], str]) -> str:
    articles = [make_article(i) for i in range(1, 8)]
    hostile = make_article(8, body=ESC_TEXT)
    hostile.statements[0].text = "Wir bauen\x1b[2J die Br\u00fccke\x07 bis zum Herbst"
    articles.append(hostile)
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(a.to_json() + "\n" for a in articles), encoding="utf-8")
    path = new_db()
    assert main(["ingest", "--articles", str(src), "--db", path, "-q"]) == 0
    return path


def _lines(out: str) -> list[dict[str, object]]:
    return [json.loads(x) for x in out.splitlines()]


def test_who_said_json_says_when_rows_are_left_and_gives_all(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["who-said", "Anna Berg", "--db", db, "--json", "--limit", "3"]) == 0
    out, err = capsys.readouterr()
    assert len(_lines(out)) == 3
    assert err == (
        "newsgraph who-said: rows 1-3 of 8 (--offset 3 for the next page, --all for every row)\n"
    )
    assert main(["who-said", "Anna Berg", "--db", db, "--json", "--all"]) == 0
    out, err = capsys.readouterr()
    assert len({(r["article"], r["n"]) for r in _lines(out)}) == 8 and err == ""
    assert main(["who-said", "Anna Berg", "--db", db, "--format", "json", "--limit", "5"]) == 0
    page = json.loads(capsys.readouterr().out)
    assert (page["total"], len(page["rows"]), page["offset"]) == (8, 5, 0)


def test_pages_from_the_command_line_visit_every_row_once(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    seen = []
    for offset in (0, 3, 6):
        args = ["statements", "--db", db, "--json", "--limit", "3", "--offset", str(offset)]
        assert main([*args, "--sort", "speaker"]) == 0
        seen += [(r["article"], r["n"]) for r in _lines(capsys.readouterr().out)]
    assert len(seen) == len(set(seen)) == 8


def test_filters_from_the_command_line(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["statements", "--db", db, "--json", "--since", "2025-01-03", "--until", "2025-01-05"]
    assert main(args) == 0
    dates = sorted(str(r["date"]) for r in _lines(capsys.readouterr().out))
    assert dates == ["2025-01-03", "2025-01-04", "2025-01-05"]
    assert main(["statements", "--db", db, "--json", "--kind", "indirect"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["people", "--db", db, "--json", "--role", "Bürgermeisterin"]) == 0
    assert [r["name"] for r in _lines(capsys.readouterr().out)] == ["Anna Berg"]
    assert main(["search", "brücke", "HERBST", "--db", db, "--json", "--kind", "direct"]) == 0
    assert len(_lines(capsys.readouterr().out)) == 8


def test_any_view_exports_as_csv_or_json(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "people.csv"  # the name says CSV
    assert main(["people", "--db", db, "-o", str(out)]) == 0
    [row] = list(csv.DictReader(out.open(encoding="utf-8")))
    assert row["name"] == "Anna Berg" and json.loads(row["roles"]) == ["Bürgermeisterin"]
    assert main(["timeline", "Berg", "--db", db, "--format", "csv", "--all"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 16 and {r["kind"] for r in rows} == {"article", "statement"}


def test_tables_escape_terminal_control_characters(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in (["search", "Herbst"], ["who-said", "Anna Berg"], ["timeline", "Berg"]):
        assert main([*command, "--db", db, "--wide"]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\x07" not in out, command
        assert "\\x1b[2J" in out and "\\x07" in out


def test_wide_shows_whole_texts(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    long_tail = "bis zum Herbst"  # past the 70th character of article 8's text
    assert main(["search", "Ende", "--db", db]) == 0
    assert "…" in capsys.readouterr().out
    assert main(["search", "Ende", "--db", db, "--wide"]) == 0
    assert long_tail in capsys.readouterr().out


def _one_line_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own checks
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert (code, out, err.count("\n")) == (2, "", 1), err
    return err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["people", "--limit", "-1"],
            "newsgraph people: argument --limit: must be 1 or more, not -1",
        ),
        (["who-said", "X", "--limit", "0"], "argument --limit: must be 1 or more, not 0"),
        (["search", "x", "--offset", "-3"], "argument --offset: must be 0 or more, not -3"),
        (["statements", "--since", "2025-13"], "argument --since: not a date: '2025-13'"),
        (["statements", "--kind", "quote"], "argument --kind: invalid choice: 'quote'"),
        (["people", "--sort", "height"], "argument --sort: invalid choice: 'height'"),
        (["statements", "--json", "--format", "csv"], "--json and --format csv ask for"),
    ],
)
def test_bad_options_are_one_line_and_exit_2(
    db: str, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert message in _one_line_exit_2([*argv, "--db", db], capsys)


def test_export_to_stdout_by_extension_and_never_into_a_new_directory(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--db", db, "-o", "-"]) == 0
    out, err = capsys.readouterr()
    assert len(_lines(out)) == 8 and "to standard output" in err
    assert not Path("-").exists()
    named = tmp_path / "statements.csv"
    assert main(["export", "--db", db, "-o", str(named)]) == 0
    assert len(list(csv.DictReader(named.open(encoding="utf-8")))) == 8
    assert capsys.readouterr().err == f"exported 8 rows of statements to {named} as csv\n"
    as_json = tmp_path / "entities.json"
    assert main(["export", "--db", db, "--table", "entities", "-o", str(as_json)]) == 0
    assert [e["name"] for e in json.loads(as_json.read_text(encoding="utf-8"))] == ["Anna Berg"]
    capsys.readouterr()
    missing = tmp_path / "missing" / "dir" / "x.csv"
    err = _one_line_exit_2(["export", "--db", db, "-o", str(missing)], capsys)
    assert err == (
        f"newsgraph export: cannot write {missing}: no such directory: {missing.parent}\n"
    )
    assert not missing.parent.exists()
    err = _one_line_exit_2(["people", "--db", db, "-o", str(missing)], capsys)
    assert "no such directory" in err and not missing.parent.exists()


def test_a_file_that_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 100, encoding="utf-8")
    for command in (["people"], ["search", "x"], ["ingest", str(notes)]):
        err = _one_line_exit_2([*command, "--db", str(notes)], capsys)
        assert err == f"newsgraph {command[0]}: {notes} is not a DuckDB database\n"


HOLD = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("holding", flush=True)
time.sleep(60)
"""


def test_a_duckdb_file_another_process_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "held.duckdb"
    src = tmp_path / "a.jsonl"
    src.write_text(make_article(1).to_json() + "\n", encoding="utf-8")
    assert main(["ingest", "--articles", str(src), "--db", str(path), "-q"]) == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        for command in (["people"], ["ingest", "--articles", str(src)]):
            err = _one_line_exit_2([*command, "--db", str(path)], capsys)
            assert err.startswith(
                f"newsgraph {command[0]}: {path} is in use by process {holder.pid} ("
            )
    finally:
        holder.kill()
        holder.wait()
