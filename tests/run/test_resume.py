from __future__ import annotations

from pathlib import Path

from newsgraph.article import Source
from newsgraph.pipeline import Options, process_document
from newsgraph.read import RawDocument
from newsgraph.run.resume import done_sources, skip_done

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
