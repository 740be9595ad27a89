"""A wire story's closing credit line is told by its form: credit phrases and names only."""

from __future__ import annotations

import pytest

from newsgraph.extract.credit_lines import credit_line


@pytest.mark.parametrize(
    ("text", "writers"),
    [
        (
            "(Reporting by Ingvild Aasen in Oslo; Additional reporting by Knut Bjerke; "
            "Editing by Tom Hallett)",
            ["Ingvild Aasen"],
        ),
        ("(Reporting by Ana Lima and Paul Ortega in Lisbon; Writing by Ann Lee)",
         ["Ana Lima", "Paul Ortega", "Ann Lee"]),
        ("(Editing by Tom Hallett)", []),  # an editor is no writer
        ("Reporting by Jean de la Tour.", ["Jean de la Tour"]),
        ("(Reporter: Anna Berger, Tom Hahn; redigiert von Ralf Banser)",
         ["Anna Berger", "Tom Hahn"]),
        ("Mitarbeit: Ida Krause", []),
    ],
)  # fmt: skip
def test_a_credit_line_names_its_writers(text: str, writers: list[str]) -> None:
    assert credit_line(text) == (writers, [])


def test_an_agency_in_a_credit_line_is_an_agency() -> None:
    line = "(Reporting by Ana Lima; additional reporting by Reuters; Editing by Ann Lee)"
    assert credit_line(line) == (["Ana Lima"], ["Reuters"])
    assert credit_line("With additional reporting by Reuters.") == ([], ["Reuters"])


@pytest.mark.parametrize(
    "text",
    [
        "Reporting by the BBC showed that the council had known for years.",
        "RePORTER is a database of information on federally funded research projects.",
        "(Reporting by Ingvild Aasen; the yard declined to comment)",  # not names alone
        "Text: Die Regierung will die Steuer senken.",
        "The mayor said reporting by local papers had been fair.",
    ],
)
def test_article_text_is_no_credit_line(text: str) -> None:
    assert credit_line(text) is None
