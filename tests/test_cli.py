from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.article import SCHEMA, Article
from newsgraph.cli import main
from tests.conftest import FIXTURES


def test_extract_writes_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(FIXTURES / "kurzmeldung.html")]) == 0
    out, err = capsys.readouterr()
    [line] = out.splitlines()
    record = json.loads(line)
    assert record["schema"] == SCHEMA
    assert Article.from_json(line).to_dict() == record  # the JSON round-trips
    assert "read 1, extracted 1, with problems 0" in err


def test_output_file_and_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("kurzmeldung.html", "kurzmeldung.txt", "francais.html"):
        (pages / name).write_bytes((FIXTURES / name).read_bytes())
    out_file = tmp_path / "out" / "articles.jsonl"
    code = main(["extract", str(pages), "--output", str(out_file), "--table", "--quiet"])
    assert code == 0
    lines = out_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    table, err = capsys.readouterr()
    assert table.splitlines()[0].split()[:4] == ["file", "lang", "headline", "published"]
    assert "kurzmeldung.html" in table and err == ""


def test_strict_fails_on_problems(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    assert main(["extract", "-q", str(tmp_path)]) == 0
    assert main(["extract", "-q", "--strict", str(tmp_path)]) == 1


def test_usage_errors_exit_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--format", "pdf", "x"])
    assert exc.value.code == 2


def test_stdin_and_plain_format() -> None:
    text = "Die Ministerin sagte, sie sei zufrieden.\n\nZweiter Absatz."
    result = subprocess.run(
        [sys.executable, "-m", "newsgraph.cli", "extract", "--format", "plain", "-"],
        input=text.encode(),
        capture_output=True,
        check=True,
    )
    record = json.loads(result.stdout)
    assert record["text"] == text and record["format"] == "plain"


def test_skip_stages(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "-q", "--skip", "statements", str(FIXTURES / "kurzmeldung.txt")]) == 0
    assert json.loads(capsys.readouterr().out)["statements"] == []
    assert main(["extract", "-q", "--skip", "nonsense", str(FIXTURES / "kurzmeldung.txt")]) == 2


def test_workers_keep_order_and_resume_finishes_a_cut_run(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(4):
        (pages / f"p{i}.txt").write_bytes((FIXTURES / "kurzmeldung.txt").read_bytes())
    full = tmp_path / "full.jsonl"
    args = ["extract", "-q", "--skip", "entities,statements", str(pages)]
    assert main([*args, "--workers", "2", "-o", str(full)]) == 0
    lines = full.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["source"]["location"][-6:] for x in lines] == [
        f"p{i}.txt" for i in range(4)
    ]
    cut = tmp_path / "cut.jsonl"
    cut.write_text("\n".join(lines[:2]) + "\n" + lines[2][:40], encoding="utf-8")
    assert main([*args, "--workers", "1", "-o", str(cut), "--resume"]) == 0
    assert cut.read_text(encoding="utf-8").splitlines() == lines


def test_resume_needs_output() -> None:
    assert main(["extract", "-q", "--resume", str(FIXTURES / "kurzmeldung.txt")]) == 2


@pytest.mark.parametrize("command", ["extract", "quotes"])
def test_a_missing_input_path_is_a_usage_error(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "nope.html")
    assert main([command, str(FIXTURES / "kurzmeldung.txt"), missing]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"newsgraph {command}: no such file or directory: {missing}\n"
    assert captured.out == ""


CONTROL = (
    "Streit um die Br\u00fccke\x1b]0;pwned\x07\n\n"
    "B\u00fcrgermeisterin Anna Berg sagte am Montag: \u201eWir bauen die Br\u00fccke\x1b[2J "
    "bis zum Herbst, und zwar ganz sicher und ohne jede weitere Verz\u00f6gerung, das "
    "verspreche ich allen hier\u201c. Die Arbeiten beginnen im Mai.\n"
)


def test_quotes_escapes_control_characters_and_shows_whole_texts_when_wide(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "esc.txt"
    page.write_text(CONTROL, encoding="utf-8")
    assert main(["quotes", "-f", "plain", str(page)]) == 0
    cut = capsys.readouterr().out
    assert "\x1b" not in cut and "\x07" not in cut
    assert "Br\u00fccke\\x1b[2J bis zum Herbst" in cut and "Verz\u00f6gerung" not in cut
    assert main(["quotes", "-f", "plain", "--wide", str(page)]) == 0
    wide = capsys.readouterr().out
    assert "\x1b" not in wide and "das verspreche ich allen hier\u201c" in wide


def test_usage_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--max-bytes", "many", "x"])
    assert exc.value.code == 2
    assert capsys.readouterr().err == (
        "newsgraph extract: argument --max-bytes: invalid int value: 'many' "
        "(see newsgraph extract --help)\n"
    )
