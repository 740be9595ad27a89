"""The German gazetteer's name lists (``models/ner_gazetteer.py``): place and company names."""

from __future__ import annotations

from newsgraph.models import ner_gazetteer


def test_multi_word_place_names_with_inflected_adjectives() -> None:
    names = ner_gazetteer.multi_word_places(
        ["Vereinigte Staaten", "Berlin", "New York", "bad name", "A B C D E"]
    )
    assert {"vereinigte staaten", "vereinigten staaten", "new york"} <= names
    assert "berlin" not in names and "bad name" not in names and "a b c d e" not in names


def test_listed_companies_with_and_without_their_legal_form() -> None:
    forms = frozenset({"ag", "se", "inc", "group", "co", "&", "kgaa"})
    assert ner_gazetteer.company_forms("Deutz AG", forms) == {"Deutz AG", "Deutz"}
    assert ner_gazetteer.company_forms("Adobe Inc.", forms) == {"Adobe Inc.", "Adobe"}
    assert ner_gazetteer.company_forms("KSB SE & Co. KGaA", forms) == {"KSB SE & Co. KGaA", "KSB"}
    assert ner_gazetteer.company_forms("Puma (brand)", forms) == {"Puma"}
    assert ner_gazetteer.company_forms("Group", forms) == {"Group"}  # never emptied
    listed = ["Deutsche Bank", "Siemens", "Munich Re", "1&1", "ab cd"]
    names = ner_gazetteer.multi_word_names(listed)
    assert names == {"deutsche bank", "munich re"}
