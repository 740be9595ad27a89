from __future__ import annotations

import pytest

from newsgraph.extract.credits import is_credit, split_credit


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Die Ministerin in BerlinBild: picture alliance/dpa",
            "Die Ministerin in Berlin",
            "picture alliance/dpa",
        ),
        (
            "Die Ministerin in Berlin. Foto: Michael Kappeler/dpa",
            "Die Ministerin in Berlin.",
            "Michael Kappeler/dpa",
        ),
        ("Kyiv at night. Photo: Jane Doe/AFP", "Kyiv at night.", "Jane Doe/AFP"),
        ("Protest in Paris (REUTERS/Benoit Tessier)", "Protest in Paris", "REUTERS/Benoit Tessier"),
        ("Ein Mann liest Zeitung. © Max Muster", "Ein Mann liest Zeitung.", "© Max Muster"),
        ("Ein ganz normaler Satz.", "Ein ganz normaler Satz.", None),
    ],
)
def test_split_credit(line: str, caption: str, credit: str | None) -> None:
    assert split_credit(line) == (caption, credit)


def test_credit_only_lines() -> None:
    assert is_credit("Foto: dpa")
    assert is_credit("Image: Reuters")
    assert not is_credit("Der Ball liegt im Feld der Russen")


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # A source without a slash is a credit only in brackets at the end of the line
        # (split_credit skips its pattern on lines that do not end with a source).
        ("Protest in Paris (Reuters)", "Protest in Paris", "Reuters"),
        ("Protest in Paris (Reuters )", "Protest in Paris", "Reuters"),
        ("Smoke over the city (AP Photo)", "Smoke over the city", "AP Photo"),
        ("Die Kanzlerin in Berlin dpa", "Die Kanzlerin in Berlin dpa", None),
        ("Crowds on Sunday. Getty Images", "Crowds on Sunday. Getty Images", None),
        ("Ein Satz, ohne Nachweis.", "Ein Satz, ohne Nachweis.", None),
    ],
)
def test_source_tail_without_slash(line: str, caption: str, credit: str | None) -> None:
    assert split_credit(line) == (caption, credit)


def test_label_before_a_credit_symbol() -> None:
    assert is_credit("Rubriklistenbild: © Max Muster")
    assert not is_credit("Ein Bild von Max: © fehlt hier nicht")
