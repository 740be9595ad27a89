"""The subject right after a verb (``phrases/after_verb.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements.phrases.after_verb import after_verb
from newsgraph.analyze.statements.rules import rules
from tests.analyze.statements.tokens_of import tokens, words


def test_the_subject_after_the_verb_skips_an_adverb_but_no_object() -> None:
    de = rules("de")
    toks = tokens("Das sagte anschließend der Minister.")
    assert words(after_verb(toks, 2, de)) == "der Minister"
    toks = tokens("Er kritisierte den Beschluss scharf.")
    assert after_verb(toks, 2, de) == []  # "den Beschluss" is the object
