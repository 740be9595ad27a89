"""Combining the German CRF and spaCy names span by span (``bench/de_ner_ensemble.py``)."""

from __future__ import annotations

from bench import de_ner_ensemble as ens


def test_the_first_models_types_then_the_others_where_nothing_overlaps() -> None:
    crf = {(0, 2, "PER"), (5, 6, "LOC"), (8, 9, "ORG")}
    spacy = {(1, 3, "ORG"), (3, 4, "ORG"), (5, 6, "ORG"), (10, 11, "LOC")}
    out = ens.combine(crf, spacy, frozenset({"PER", "LOC"}), frozenset({"ORG", "LOC"}))
    # the CRF's ORG is not taken; spaCy's (1, 3) overlaps the CRF's person, (5, 6) its place
    assert out == {(0, 2, "PER"), (5, 6, "LOC"), (3, 4, "ORG"), (10, 11, "LOC")}


def test_scores_count_exact_spans_per_type() -> None:
    gold = [{(0, 2, "PER"), (3, 4, "LOC")}]
    pred = [{(0, 2, "PER"), (3, 5, "LOC"), (6, 7, "ORG")}]
    counts = ens.score(gold, pred)
    assert counts == {"PER": (1, 1, 1), "ORG": (0, 1, 0), "LOC": (0, 1, 1)}
    assert round(ens.micro(counts), 3) == 0.4


def test_every_rule_is_tried_and_the_plain_models_are_among_them() -> None:
    rules = ens.rules()
    every = frozenset(ens.TYPES)
    assert ("crf", every, frozenset()) in rules and ("spacy", every, frozenset()) in rules
    assert len(rules) == len(set(rules)) == 2 * 16 * 16
    crf, spacy = [{(0, 1, "PER")}], [{(0, 1, "ORG"), (2, 3, "LOC")}]
    rule = ("spacy", frozenset({"LOC"}), frozenset({"PER"}))
    assert ens.apply(rule, crf, spacy) == [{(2, 3, "LOC"), (0, 1, "PER")}]
    assert ens.name(rule) == "spacy[LOC] + crf[PER]"
