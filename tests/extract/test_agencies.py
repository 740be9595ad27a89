from __future__ import annotations

import pytest

from newsgraph.extract.agencies import normalize, signature
from newsgraph.extract.authors import clean_authors


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("se/sti (afp, rtr, ap, dpa)", ["AFP", "Reuters", "AP", "dpa"]),
        ("ab/ch (dpa, rtr)", ["dpa", "Reuters"]),
        ("(dpa)", ["dpa"]),
        ("(hrm/tj/dpa/epd)", ["dpa", "epd"]),
        ("(Berlin/Paris)", None),
        ("(ab/cd)", None),
        ("cm", []),
        ("ab/ch", []),
        ("Ja", None),
        ("(Reuters)", ["Reuters"]),
        ("dpa/AFP", ["dpa", "AFP"]),
        ("mit Material von dpa und AFP", ["dpa", "AFP"]),
        ("Die Ukraine (Kyjiw) ist groß.", None),
        ("Er sagte (sinngemäß), es gehe voran.", None),
    ],
)
def test_signature_lines(line: str, agencies: list[str] | None) -> None:
    assert signature(line) == agencies


def test_normalize() -> None:
    assert normalize("rtr") == "Reuters"
    assert normalize("AFP") == "AFP"
    assert normalize("Deutsche Presse-Agentur") == "dpa"
    assert normalize("Merkel") is None


@pytest.mark.parametrize(
    ("raw", "publisher", "authors", "agencies"),
    [
        (["Von Anna Berger und Tom Hale, DW"], "DW", ["Anna Berger", "Tom Hale"], []),
        ("By Tom Hale, Reuters", None, ["Tom Hale"], ["Reuters"]),
        ("Roman Goncharenko", None, ["Roman Goncharenko"], []),
        (["Redaktion", "dpa"], None, [], ["dpa"]),
        ("Von Jana Weber | jana.weber@example.org", None, ["Jana Weber"], []),
        ("AuthorAndreas Kalt", None, ["Andreas Kalt"], []),  # label glued on by a renderer
        ("Veröffentlicht vonChris Jung", None, ["Chris Jung"], []),
        ("Vonderheide Klaus", None, ["Vonderheide Klaus"], []),  # a name, not "Von"
        ("Post author By Helga Brandt", None, ["Helga Brandt"], []),  # stacked labels
        ("Par Claire Dubois", None, ["Claire Dubois"], []),
        ("Por Lucía Gómez", None, ["Lucía Gómez"], []),
        ("Ursula von der Leyen", None, ["Ursula von der Leyen"], []),  # particles
        ("Archiv anzeigen", None, [], []),  # a link label, not a name
        ("Name", None, [], []),  # a form label
        ("Nordlicht Solar", "Nordlicht Solar", [], []),  # the outlet itself
    ],
)
def test_clean_authors(
    raw: list[str] | str, publisher: str | None, authors: list[str], agencies: list[str]
) -> None:
    assert clean_authors(raw, publisher) == (authors, agencies)
