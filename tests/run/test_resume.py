from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.article import Source
from newsgraph.cli import main
from newsgraph.pipeline import Options, process_document
from newsgraph.read import RawDocument
from newsgraph.run.resume import done_sources, skip_done
from tests.conftest import FIXTURES

FAST = Options(skip=frozenset({"entities", "statements"}))


def doc(i: int) -> RawDocument:
    return RawDocument(Source("batch.warc", offset=i * 100), "plain", content=f"Text {i}.")


def test_resume_skips_what_is_written_and_cuts_a_partial_line(tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    lines = [process_document(doc(i), FAST).to_json() for i in range(3)]
    out.write_text("\n".join(lines) + "\n" + lines[2][:25], encoding="utf-8")  # killed mid-write
    done = done_sources(str(out))
    assert done == {("batch.warc", 0), ("batch.warc", 100), ("batch.warc", 200)}
    assert out.read_text(encoding="utf-8") == "\n".join(lines) + "\n"
    rest = list(skip_done((doc(i) for i in range(5)), done))
    assert [d.source.offset for d in rest] == [300, 400]


def test_no_output_yet(tmp_path: Path) -> None:
    assert done_sources(str(tmp_path / "missing.jsonl")) == set()


def test_a_file_of_one_partial_line_is_emptied(tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    out.write_text('{"schema": "newsgraph.art', encoding="utf-8")
    assert done_sources(str(out)) == set()
    assert out.read_text(encoding="utf-8") == ""


def test_the_same_input_spelled_another_way_is_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "in")
    done = {("in/batch.warc", 0), ("in/batch.warc", 100)}
    spelled = [str(tmp_path / "in" / "batch.warc"), "./in/batch.warc", "link/batch.warc"]
    for location in spelled:
        docs = [RawDocument(Source(location, offset=i * 100), "plain") for i in range(3)]
        assert [d.source.offset for d in skip_done(docs, done)] == [200], location


def test_resume_with_inputs_spelled_absolute_writes_nothing_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    for i in range(2):
        (tmp_path / "in" / f"p{i}.txt").write_bytes((FIXTURES / "kurzmeldung.txt").read_bytes())
    args = ["extract", "--workers", "1", "--skip", "entities,statements", "-o", "out.jsonl"]
    assert main([*args, "in"]) == 0
    assert main([*args, "--resume", str(tmp_path / "in")]) == 0
    assert main([*args[:-1], str(tmp_path / "out.jsonl"), "--resume", "./in/"]) == 0
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    assert capsys.readouterr().err.count("read 0,") == 2
