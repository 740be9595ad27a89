"""Speech verbs as cues (``patterns/cues.py``)."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Genauer gesagt waren es Männer, die an Frauen interessiert sind.", "de"),
        ("Vereinfacht gesagt entsteht das Wasser, weil die Scheiben kälter sind.", "de"),
        ("Es ist ein vorsichtiger, fast möchte man sagen: freundlicher Ton.", "de"),
        ("Needless to say, the plan failed.", "en"),
    ],
)
def test_a_set_phrase_with_a_speech_verb_frames_no_ones_words(text: str, language: str) -> None:
    assert find(text, language) == []


def test_a_set_phrase_does_not_take_the_speaker_of_the_frame() -> None:
    found = find("Kurz gesagt, der Plan sei gescheitert, sagte Müller.", "de")
    assert [(s.text, s.speaker.text if s.speaker else None) for s in found] == [
        ("Kurz gesagt, der Plan sei gescheitert", "Müller")
    ]
    # not at the start of a clause the words are the speaker's own
    found = find("Das hat der Minister offen gesagt.", "de")
    assert [s.speaker.text for s in found if s.speaker] == ["der Minister"]
