"""Scoring the German tagger (``models/ner_score.py``): labels and exact spans."""

from __future__ import annotations

from newsgraph.models import ner_score


def test_bilou_keeps_the_spans_and_marks_ends() -> None:
    bio = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "I-ORG", "O", "I-PER"]
    out = ner_score.bilou(bio)
    assert out == ["B-PER", "L-PER", "O", "U-LOC", "U-LOC", "B-ORG", "L-ORG", "O", "U-PER"]
    assert ner_score.spans(out) == ner_score.spans(bio)


def test_scores_count_exact_spans_of_either_scheme() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "L-PER", "O", "U-ORG"]]
    assert ner_score.score(gold, pred) == {"LOC": (0, 0, 1), "ORG": (0, 1, 0), "PER": (1, 1, 1)}
