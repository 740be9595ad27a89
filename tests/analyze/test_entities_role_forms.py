"""Roles shown in the nominative (``analyze/entities/role_forms.py``)."""

from __future__ import annotations

import pytest

from newsgraph.analyze.entities import find
from newsgraph.analyze.entities.features import lexicon
from newsgraph.analyze.entities.role_forms import display


@pytest.mark.parametrize(
    ("role", "before", "shown"),
    [
        ("ukrainische Präsident", "der", "ukrainischer Präsident"),
        ("ukrainischen Präsidenten", "dem", "ukrainischer Präsident"),
        ("SPD-Vorsitzenden", "des", "SPD-Vorsitzender"),
        ("SPD-Vorsitzende", "die", "SPD-Vorsitzende"),
        ("ehemaligen Kanzlers", "des", "ehemaliger Kanzler"),
        ("stellvertretende Regierungssprecherin", "die", "stellvertretende Regierungssprecherin"),
        ("Nationale Sicherheitsberater der USA", "der", "Nationaler Sicherheitsberater der USA"),
        ("Berliner Bürgermeister", "der", "Berliner Bürgermeister"),
        (
            "Vizechef der ukrainischen Präsidialkanzlei",
            "der",
            "Vizechef der ukrainischen Präsidialkanzlei",
        ),
        ("Finanzminister", "sagte", "Finanzminister"),
    ],
)
def test_german_roles_in_the_nominative(role: str, before: str, shown: str) -> None:
    assert display(role, before, lexicon("de")) == shown


def test_english_roles_stay_as_written() -> None:
    assert display("union's general secretary", "the", lexicon("en")) == "union's general secretary"


def test_the_mention_keeps_the_surface_form() -> None:
    text = "Kanzler Merz sprach mit dem ukrainischen Präsidenten Wolodymyr Selenskyj in Berlin."
    person = next(e for e in find(text, "de") if e.name.endswith("Selenskyj"))
    assert person.roles == ["ukrainischer Präsident"]
    assert text[person.mentions[0].start : person.mentions[0].end] == "Wolodymyr Selenskyj"
