"""Word tests the phrase readers share (``phrases/words.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements.phrases.words import glued_at, mood_adjective
from tests.analyze.statements.tokens_of import tokens


def test_an_inflected_adjective_is_no_function_word() -> None:
    assert mood_adjective(tokens("gemeinsamen")[0])
    assert not mood_adjective(tokens("die")[0])
    assert not mood_adjective(tokens("Gemeinsamen")[0])  # capitalised: a noun


def test_where_a_glued_second_word_starts() -> None:
    assert glued_at("UnionUrsula") == 5
    assert glued_at("Union") == 0
