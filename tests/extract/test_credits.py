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
