"""The English news NER set (bench/data/ner_en): the stand-off records still match the texts
newsgraph extracts from the pages, and the checks and scoring catch what they must."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench import ner_en_corpus as corpus


def test_every_record_names_a_chosen_page_once_and_pages_are_split_in_halves() -> None:
    rows = corpus.pages()
    records = corpus.records("gold")
    assert len(rows) >= 40
    assert sorted(r["page"] for r in records) == sorted(r["page"] for r in rows)
    splits = [r["split"] for r in rows]
    assert abs(splits.count("dev") - splits.count("test")) <= 1
    assert len({r["site"] for r in rows}) == len(rows)  # one page per site


def test_the_records_still_match_the_extracted_texts(shared: Path) -> None:
    for record in corpus.records("gold"):
        text, language, _ = corpus.article_text(corpus.DATA / record["page"])
        assert language == "en"
        assert corpus.check_record(record, text) == [], record["page"]


def test_a_changed_text_or_a_moved_span_is_reported() -> None:
    text = "Mayor Nadia Mohamed met the Sahan Journal in St. Louis Park."
    record = {
        "sha256": corpus.sha(text),
        "entities": [
            {"start": 6, "end": 19, "text": "Nadia Mohamed", "type": "PER"},
            {"start": 28, "end": 41, "text": "Sahan Journal", "type": "ORG"},
        ],
    }
    assert corpus.check_record(record, text) == []
    changed = text.replace("Mayor", "The mayor")
    errors = corpus.check_record(record, changed)
    assert "sha256 differs from the page's text" in errors
    assert any("not verbatim" in e for e in errors)
    record["entities"][1]["type"] = "COMPANY"
    assert any("type 'COMPANY'" in e for e in corpus.check_record(record, text))


def test_scores_count_exact_spans_per_type() -> None:
    gold = {(0, 5, "PER"), (10, 14, "ORG"), (20, 25, "LOC")}
    pred = {(0, 5, "PER"), (10, 14, "LOC"), (20, 24, "LOC")}
    counts = corpus.score([("x" * 30, gold)], lambda _text: pred)
    assert counts == {"PER": (1, 1, 1), "ORG": (0, 0, 1), "LOC": (0, 2, 1)}


@pytest.mark.parametrize("name", ["gold"])
def test_records_hold_only_scored_types_in_text_order(name: str) -> None:
    for record in corpus.records(name):
        starts = [e["start"] for e in record["entities"]]
        assert starts == sorted(starts)
        assert {e["type"] for e in record["entities"]} <= {"PER", "ORG", "LOC"}


def test_agreement_scores_the_second_records_against_the_gold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = "some/page.html.gz"
    gold = {"page": page, "entities": [{"start": 0, "end": 4, "type": "PER", "text": "Mira"}]}
    second = {"page": page, "entities": [{"start": 0, "end": 4, "type": "ORG", "text": "Mira"}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    monkeypatch.setattr(corpus, "CORPUS", tmp_path)
    assert corpus.agreement()[1] == 0
    (tmp_path / "second.jsonl").write_text(json.dumps(second) + "\n", encoding="utf-8")
    counts, pages = corpus.agreement()
    assert pages == 1
    assert counts["PER"] == (0, 0, 1) and counts["ORG"] == (0, 1, 0)
