"""The shape of a stretch of tokens (``patterns/clauses.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements.patterns.clauses import adverbial_phrase, has_verb
from newsgraph.analyze.statements.rules import rules
from tests.analyze.statements.tokens_of import tokens


def test_a_subject_with_a_relative_clause_has_no_verb_content_has_one() -> None:
    de = rules("de")
    assert not has_verb(tokens("Sadiq Khan, eines der Mitglieder, die dort waren,"), de)
    assert has_verb(tokens("der Ball sei rund"), de)


def test_an_english_scene_setting_phrase_holds_no_clause() -> None:
    en = rules("en")
    assert adverbial_phrase(tokens("Despite the disappointing results"), en)
    assert not adverbial_phrase(tokens("Despite the results, he said"), en)
