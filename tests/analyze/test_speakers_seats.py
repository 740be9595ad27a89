"""A body named with its seat (``speakers.seats``); the mentions are ours."""

from __future__ import annotations

from newsgraph.analyze.speakers.seats import seated
from newsgraph.analyze.statements.rules import rules


def test_a_body_noun_and_its_seat_name_the_body() -> None:
    de = rules("de")
    mention = "Das Verwaltungsgericht Berlin"
    seat = mention.index("Berlin")
    assert seated(mention, de, frozenset()) == ("Verwaltungsgericht Berlin", seat)
    found = seated("das Landgericht München I", de, frozenset())
    assert found is not None and found[0] == "Landgericht München I"


def test_no_body_noun_or_a_time_is_no_seat() -> None:
    de = rules("de")
    assert seated("Der Bürgermeister Berlin", de, frozenset()) is None  # a person's role
    assert seated("die Regierung Montag", de, frozenset({"montag"})) is None
    assert seated("Das Verwaltungsgericht Berlin", rules("en"), frozenset()) is None
