"""Clean-up rules for recognised names (``analyze/entities/clean.py``)."""

from __future__ import annotations

from newsgraph.analyze.entities.clean import clean
from newsgraph.analyze.entities.features import lexicon
from newsgraph.analyze.entities.found import Found
from newsgraph.analyze.entities.tokens import tokenize


def _cleaned(text: str, first: int, last: int, kind: str, language: str) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    found = clean([Found(first, last, kind)], tokens, lexicon(language))
    return [(" ".join(t.text for t in tokens[f.first : f.last + 1]), f.type) for f in found]


def test_a_titled_name_tagged_as_a_body_is_a_person() -> None:
    """A tagger reads "Dr Mitchell" as an organisation; the title says it is a person,
    and the name is the surname after it (which then joins "Keith Mitchell")."""
    assert _cleaned("Dr Mitchell suggested a forum.", 0, 1, "ORG", "en") == [("Mitchell", "PER")]
    assert _cleaned("Laut Frau Albers ist das gut.", 1, 2, "LOC", "de") == [("Albers", "PER")]


def test_a_body_without_a_title_keeps_its_type() -> None:
    assert _cleaned("The Red Cross said so.", 1, 2, "ORG", "en") == [("Red Cross", "ORG")]
