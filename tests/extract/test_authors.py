"""Byline strings to names: what a person's name keeps, and what a field names
in a person's place (the site, a team word, a login)."""

from __future__ import annotations

import pytest

from newsgraph.extract.authors import clean_authors, fallback_authors


@pytest.mark.parametrize(
    ("raw", "publisher", "authors"),
    [
        ("Brian Truitt USA TODAY", "USA TODAY", ["Brian Truitt"]),  # the outlet after the name
        ("Adam Aaronson PhillyVoice Staff", "PhillyVoice", ["Adam Aaronson"]),
        ("Sara Zinnecker Stand", None, ["Sara Zinnecker"]),  # a dateline label after it
        ("Christoph Hein Chefredakteur", None, ["Christoph Hein"]),  # a role after it
        ("Help Net Security Sponsored", "Help Net Security", []),  # the outlet, labelled
        ("BR24 Redaktion", "BR24", ["BR24 Redaktion"]),  # the outlet's newsroom is a named team
        ("Redaktion", None, []),
        ("kwhitfield", None, []),
    ],
)
def test_clean_authors_keeps_only_names(
    raw: str, publisher: str | None, authors: list[str]
) -> None:
    assert clean_authors(raw, publisher)[0] == authors


@pytest.mark.parametrize(
    ("raw", "publisher", "host", "handles", "instead"),
    [
        ("Swoogo", "Swoogo", "swoogo.events", False, ["Swoogo"]),
        ("Soliant", "Soliant Health", "", False, ["Soliant"]),  # one word of the outlet
        ("Presse Augsburg", None, "presse-augsburg.de", False, ["Presse Augsburg"]),  # the host
        ("Die FURCHE", None, "furche.at", False, ["Die FURCHE"]),
        ("The Atlantic", None, "theatlantic.com", False, ["The Atlantic"]),
        ("Interscenario", None, "interscenar.io", False, ["Interscenario"]),
        ("Help Net Security Sponsored", "Help Net Security", "", False, ["Help Net Security"]),
        ("Redaktion", None, "", False, ["Redaktion"]),  # a bare team word
        ("Staff Writer", None, "", False, ["Staff Writer"]),
        ("kirstin boatto", None, "", True, ["kirstin boatto"]),  # a login from metadata
        ("kirstin boatto", None, "", False, []),  # …but not from visible text
        ("Mobasir hassan", None, "", True, ["Mobasir hassan"]),
        ("Name", None, "", True, []),  # a form label is nobody
        ("Anna Berger", "Beispiel-Zeitung", "", True, []),  # a person is no fallback
    ],
)
def test_fallback_authors(
    raw: str, publisher: str | None, host: str, handles: bool, instead: list[str]
) -> None:
    assert fallback_authors(raw, publisher, host, handles=handles) == instead
