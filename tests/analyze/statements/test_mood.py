"""The German Konjunktiv test (``statements/mood.py``)."""

from __future__ import annotations

import pytest

from newsgraph.analyze.statements import find, mood
from newsgraph.analyze.statements.rules import rules

from .tokens_of import tokens


@pytest.mark.parametrize(
    "sentence",
    [
        "Der steife Katholizismus hat dazu geführt, dass nichts geschieht.",
        "Dort lagen einige Schiffe, und eine breite Mehrheit war dafür.",
        "Seit Wochen pochen die Betriebe auf eine bessere Unterstützung vom Land.",
        "Dann schweige ich kurz.",
        "Nachdenklich verlasse ich die Cafeteria.",
    ],
)
def test_adjectives_and_the_first_person_are_no_konjunktiv(sentence: str) -> None:
    assert not mood.konjunktiv(tokens(sentence), rules("de"), strong=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das zeichne ein verzerrtes Bild.",  # "das" is the subject, no article
        "Diese wolle Russland nicht verärgern.",  # a listed marker is always a verb
        "Die Partei fordere Neuwahlen.",
        "Sobald dieses vorliege, werde man entscheiden.",
    ],
)
def test_konjunktiv_verbs_stay_markers(sentence: str) -> None:
    assert mood.konjunktiv(tokens(sentence), rules("de"), strong=True)


def test_an_adjective_in_the_next_sentence_does_not_go_on_with_the_speaker() -> None:
    found = find(
        "Die Ministerin sagte, sie komme morgen. Einige Schiffe lagen im Hafen. "
        "Der steife Wind blies über das Deck.",
        "de",
    )
    assert [s.text for s in found] == ["sie komme morgen"]


def test_a_verb_in_eln_is_konjunktiv_in_both_spellings() -> None:
    for sentence in ("Es handele sich um eine Panne.", "Es handle sich um eine Panne."):
        assert mood.konjunktiv(tokens(sentence), rules("de"), strong=True)
    assert not mood.konjunktiv(tokens("Viele kamen zur Feier."), rules("de"), strong=True)
    found = find("„Wir prüfen das“, sagte die Sprecherin. Es handele sich um eine Panne.", "de")
    assert [s.text for s in found] == ["„Wir prüfen das“", "Es handele sich um eine Panne."]
