"""Speech verbs as cues (``patterns/cues.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements import find
from newsgraph.analyze.statements.patterns.cues import cue_end, is_passive, speech_verb
from newsgraph.analyze.statements.rules import rules
from tests.analyze.statements.tokens_of import tokens


def test_an_adjective_before_its_noun_is_no_cue() -> None:
    text = "Der Spieler, der wegen wiederholten Fouls vom Platz musste, nannte das „unfair“."
    assert all(s.cue is None or s.cue.text != "wiederholten" for s in find(text, "de"))


def test_a_particle_verb_is_a_cue_with_its_particle() -> None:
    de = rules("de")
    toks = tokens("Die Firma gab am Montag bekannt, sie schließe.")
    verb = speech_verb(toks, 2, de)
    assert verb is not None and verb.particle == "bekannt"
    assert toks[cue_end(toks, 2, de)].text == "bekannt"
    assert speech_verb(tokens("Die Firma gab am Montag Geld aus."), 2, de) is None


def test_a_passive_clause_is_told_from_an_active_one() -> None:
    de = rules("de")
    assert is_passive(tokens("Die Männer werden beschuldigt, Geld genommen zu haben."), 3, de)
    assert not is_passive(tokens("Die Männer haben gesagt, sie seien unschuldig."), 3, de)
