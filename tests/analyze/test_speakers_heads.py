"""The head of a speaker mention decides what it refers to (``speakers.heads``)."""

from __future__ import annotations

import pytest

from newsgraph.analyze.speakers.heads import head
from newsgraph.analyze.statements.rules import rules


@pytest.mark.parametrize(
    ("mention", "language", "noun", "role"),
    [
        ("Ein Bäcker aus Erfurt", "de", "Bäcker", "person"),
        ("die Partei „Die Mitte“", "de", "Partei", "body"),
        ("die Tierschutz-Organisation «Vier Pfoten»", "de", "Tierschutz-Organisation", "body"),
        ("Angaben des Statistischen Bundesamts", "de", "Bundesamts", "body"),
        ('the charity "Harbour Aid"', "en", "charity", None),
        # not in the role list: a person by the ending, or by a feminine form in "-in"
        ("der Neurologe", "de", "Neurologe", "person"),
        ("die Aktivistin", "de", "Aktivistin", "person"),
        ("der schnellste Läufer", "de", "Läufer", "person"),
        ("die Technik", "de", "Technik", None),
        ("dieses Duell", "de", "Duell", None),
    ],
)
def test_the_head_noun(mention: str, language: str, noun: str, role: str | None) -> None:
    h = head(mention, 0, len(mention), rules(language))
    assert (h.noun, h.role) == (noun, role)


def test_a_pronoun_is_a_person() -> None:
    h = head("sie", 0, 3, rules("de"))
    assert h.kind == "pronoun" and h.role == "person"
