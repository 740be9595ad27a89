"""Several speakers in one mention (``analyze/speakers/groups.py``)."""

from __future__ import annotations

from newsgraph.analyze.speakers.groups import is_group
from newsgraph.analyze.speakers.heads import head
from newsgraph.analyze.statements.rules import rules
from newsgraph.article import Mention, Speaker


def _group(text: str, names: list[tuple[str, str]]) -> bool:
    """``names``: (surface, type) of the names inside ``text``, the whole text the mention."""
    r = rules("de")
    sp = Speaker(text, 0, len(text))
    named = []
    for surface, kind in names:
        at = text.index(surface)
        named.append((Mention(at, at + len(surface), surface), kind))
    return is_group(sp, head(text, 0, len(text), r), named, r)


def test_two_people_joined_by_and_are_a_group() -> None:
    assert _group("Rubio und Waltz", [("Rubio", "PER"), ("Waltz", "PER")])


def test_an_and_inside_one_name_or_between_two_roles_of_one_person_is_no_group() -> None:
    assert not _group(
        "das Ministerium für Umwelt und Naturschutz",
        [("Ministerium für Umwelt und Naturschutz", "ORG")],
    )
    assert not _group(
        "die Frauenrechtlerin und Pädagogin María Teresa Blandón",
        [("María Teresa Blandón", "PER")],
    )
