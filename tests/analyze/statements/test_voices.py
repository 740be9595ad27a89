"""Voices that make no statement: the article's author, and a document nobody is named as
having written (docs/annotation.md, "Not statements")."""

from __future__ import annotations

from newsgraph.analyze.statements import find, stage
from newsgraph.analyze.statements.rules import rules
from newsgraph.analyze.statements.voices import (
    authors_words,
    by_author,
    unnamed_document,
)
from newsgraph.article import Article, Source

EN = rules("en")


def _speakers(text: str) -> dict[str, bool]:
    """Each found statement's speaker, and whether it is an unnamed document."""
    return {
        s.speaker.text: unnamed_document(s, EN) for s in find(text, "en") if s.speaker is not None
    }


def test_a_finding_with_no_author_named_is_no_statement() -> None:
    found = _speakers(
        "The latest research says you need about 66 days to form a habit. "
        "This guide explains how the soil stores carbon. "
        "According to a 2023 survey, most renters move within three years."
    )
    assert found == {"The latest research": True, "This guide": True, "a 2023 survey": True}


def test_a_document_whose_author_is_named_stays() -> None:
    found = _speakers(
        "According to a study by Harwick University, most renters move within three years. "
        "A Lindqvist Partners report says most tenants pay late. "
        "The report said rents rose by a third."
    )
    assert len(found) == 3 and not any(found.values()), found


def test_people_and_bodies_are_no_documents() -> None:
    found = _speakers(
        "The minister said the survey was flawed. Researchers said the data were incomplete."
    )
    assert found == {"The minister": False, "Researchers": False}


def test_the_reporter_quoting_herself_is_no_statement() -> None:
    """Under the byline "Dana Whitlow", her own question is the journalist's; the answer
    she gets is a statement."""
    text = (
        '"Why did you charge them twice?" asked Whitlow, as the owner stayed in his truck. '
        '"We never charged anyone twice," said Marek Olsen, the company\'s owner.'
    )
    article = Article(
        source=Source("x"), format="plain", text=text, language="en", authors=["Dana Whitlow"]
    )
    said = stage(article).statements
    assert [s.speaker.text for s in said if s.speaker] == ["Marek Olsen, the company's owner"]
    assert [s.id for s in said] == ["s1"]


def test_only_an_authors_name_words_make_the_author() -> None:
    authors = authors_words(["Dana Whitlow", "by staff"])
    assert authors == [frozenset({"dana", "whitlow"})]
    text = '"We never charged anyone twice," said Dana Olsen.'
    said = find(text, "en")
    assert said and not by_author(said[0], authors, EN)
    assert not by_author(said[0], [], EN)


def test_german_media_reports_with_no_author_named_are_no_statement() -> None:
    de = rules("de")
    text = (
        "Mehreren Medienberichten zufolge kassiert Fury mehr als 100 Millionen. "
        "Laut einer Forsa-Umfrage sei die Mehrheit unzufrieden. "
        "Einer Studie des Deutschen Instituts für Wirtschaftsforschung zufolge fehle Geld."
    )
    found = {s.speaker.text: unnamed_document(s, de) for s in find(text, "de") if s.speaker}
    assert found.pop("Mehreren Medienberichten") is True
    assert found and not any(found.values()), found  # the named ones stay


def test_a_share_of_those_asked_is_a_survey_figure() -> None:
    """ "61% of consumers said …" reports a survey's result, no one's words; a number of
    people who spoke stays."""
    for text in (
        "In the spring poll, 61.5% of commuters said they would pay more for a later train.",
        "Nearly half of all tenants said the heating had failed at least once.",
        "Three out of four shoppers say they compare prices on their phones in the shop.",
        "Ninety-two percent of anglers said the new quota was too low.",
    ):
        article = Article(source=Source("x"), format="plain", text=text, language="en")
        assert stage(article).statements == [], text
    found = find("Two of the three judges said the ruling went too far.", "en")
    assert [s.speaker.text for s in found if s.speaker] == ["Two of the three judges"]
