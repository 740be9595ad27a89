"""JSON-lines is recognised by more than its first line: a broken line is a
problem with its line number, and the records after it are read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph import problems
from newsgraph.cli import main
from newsgraph.read import read, read_bytes
from tests.read.test_readers import HTML

PAGE = json.dumps({"url": "https://a.example/1", "html": HTML.decode()})
TEXT = json.dumps({"id": "t1", "text": "Ein Text.", "language": "de"})


@pytest.mark.parametrize(
    "first",
    [
        PAGE[: len(PAGE) // 2],  # cut: what a killed writer leaves
        PAGE[len(PAGE) // 2 :],  # cut from the front
        "{not json at all",
        "[1, 2, 3]",
    ],
)
def test_a_broken_first_line_is_a_problem_and_the_rest_is_read(first: str) -> None:
    data = "\n".join([first, PAGE, PAGE, PAGE]) + "\n"
    docs = list(read_bytes(data.encode(), "pages.jsonl"))
    assert [d.format for d in docs] == ["none", "html", "html", "html"]
    assert [p.code for p in docs[0].problems] == [problems.BAD_RECORD]
    assert docs[0].source.offset == 1 and "line 1" in docs[0].problems[0].message
    assert [d.source.offset for d in docs[1:]] == [2, 3, 4]


def test_clean_text_records_after_a_broken_first_line() -> None:
    data = "\n".join([TEXT[:10], TEXT, TEXT]).encode()
    assert [d.format for d in read_bytes(data, "texts.jsonl")] == ["none", "plain", "plain"]


def test_a_page_with_a_json_line_is_still_a_page() -> None:
    ld = json.dumps({"@type": "NewsArticle", "text": "Kurz."})
    page = HTML.replace(
        b"</head>", b'<script type="application/ld+json">\n' + ld.encode() + b"\n</script></head>"
    )
    assert [d.format for d in read_bytes(page, "page.html")] == ["html"]


def test_the_summary_counts_the_broken_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join([PAGE[:100], PAGE, PAGE]) + "\n", encoding="utf-8")
    assert (
        main(
            [
                "extract",
                str(path),
                "-o",
                str(tmp_path / "out.jsonl"),
                "--workers",
                "1",
                "--skip",
                "statements",
            ]
        )
        == 0
    )
    assert "read 3, extracted 2, with problems 1 (bad-record 1)" in capsys.readouterr().err
    assert len(list(read([str(path)]))) == 3
