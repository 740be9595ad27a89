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


def test_well_known_organisations_as_their_own_class() -> None:
    gaz = {"eu": "LOC", "dpa": "low", "new york": "LOC"}
    out = ner_gazetteer.with_known(gaz, ["EU", "dpa", "IG Metall", "Die Linke", "X", "A B C D E"])
    assert out["eu"] == "KORG LOC" and out["dpa"] == "KORG low"
    assert out["ig metall"] == "KORG" and out["die linke"] == "KORG"
    assert "x" not in out and "a b c d e" not in out and out["new york"] == "LOC"
    assert gaz["eu"] == "LOC"  # the input is not changed


def test_the_well_known_organisations_list_is_read_without_comments() -> None:
    names = ner_gazetteer.known_organisations()
    assert {"EU", "dpa", "FBI", "Volkswagen", "IG Metall"} <= set(names)
    assert not any(n.startswith("#") for n in names)
    assert "Linke" not in names and "Union" not in names  # common words only inside names


def test_geonames_codes_are_told_from_place_names() -> None:
    assert ner_gazetteer.is_code("CDU") and ner_gazetteer.is_code("SPD")
    assert not ner_gazetteer.is_code("Ulm") and not ner_gazetteer.is_code("USA-Stadt")
    assert not ner_gazetteer.is_code("X") and not ner_gazetteer.is_code("BERLIN")
