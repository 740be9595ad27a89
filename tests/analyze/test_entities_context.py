"""Types decided by the words around a name (``analyze/entities/context.py``)."""

from __future__ import annotations

from newsgraph.analyze.entities import find


def _types(text: str, language: str) -> dict[str, str]:
    return {e.name: e.type for e in find(text, language)}


def test_a_name_after_a_noun_that_introduces_a_company_is_an_organisation() -> None:
    text = (
        "Der Autozulieferer Brenntal baut 2300 Stellen ab. Laut der Analystin Katharina "
        "Seidel ist Brenntal kein Einzelfall."
    )
    types = _types(text, "de")
    assert types["Brenntal"] == "ORG"  # every use, not only the one after the noun
    assert types["Katharina Seidel"] == "PER"


def test_english_company_words_and_company_roles() -> None:
    text = (
        "Norwegian shipbuilder Halvorsen Maritime will cut 1,200 jobs, its chief executive "
        "Ingrid Hauge said. Halvorsen Maritime builds ferries."
    )
    types = _types(text, "en")
    assert types["Halvorsen Maritime"] == "ORG"
    assert types["Ingrid Hauge"] == "PER"


def test_a_person_named_after_a_company_word_stays_a_person() -> None:
    types = _types("The company founder Elon Musk spoke on Monday in Austin.", "en")
    assert types.get("Elon Musk") == "PER"


def test_place_words_make_a_place() -> None:
    text = (
        "The wall would run from the pier to the mouth of Mill Creek. The largest fire, in "
        "Glen Affric west of Inverness, spread quickly."
    )
    types = _types(text, "en")
    assert types["Mill Creek"] == "LOC"
    assert types["Glen Affric"] == "LOC"


def test_a_first_name_that_is_a_common_noun_before_a_company_is_no_person() -> None:
    text = (
        "Der Autozulieferer Brenntal baut Stellen ab.\n\n"
        "Umsatz und Marge von Brenntal sind seit zwei Jahren rückläufig."
    )
    assert "PER" not in _types(text, "de").values()


def test_english_organisation_words_and_cities() -> None:
    from newsgraph.analyze.entities import context
    from newsgraph.analyze.entities.features import lexicon

    lex = lexicon("en")
    assert context._english(["Sea", "Org"], "LOC", lex) == "ORG"
    assert context._english(["Municipality", "of", "Livorno"], "LOC", lex) == "ORG"
    assert context._english(["Evansville"], "ORG", lex) == "LOC"
    assert context._english(["USI"], "ORG", lex) == ""  # an acronym, whatever GeoNames says
    assert context._english(["Twitter"], "ORG", lex) == ""


def test_a_product_named_after_its_maker_is_no_person() -> None:
    text = (
        "Orvia, a three-year-old robotics startup based in Lyon, on Monday unveiled Orvia "
        "Kite, a delivery drone. \"It is light and quiet,\" Orvia's chief executive Hélène "
        "Marchal said. Orvia Kite weighs two kilograms, and Kite will cost 900 euros. Dell "
        "Smith, an analyst at Dell, said the drone looked promising."
    )
    types = _types(text, "en")
    assert types["Orvia"] == "ORG"
    assert types["Orvia Kite"] == "MISC"
    assert types.get("Kite") in (None, "MISC")  # its last word alone is the product too
    assert types["Hélène Marchal"] == "PER"
    assert types["Dell Smith"] == "PER"  # a first name: a person, whatever the company


def test_the_surname_of_a_person_named_in_full_is_never_retyped() -> None:
    text = (
        "The health agency's chief, Maren Holloway, spoke on Monday. The calm but firm "
        "Holloway said the rules would stay. Holloway has led the agency since 2019."
    )
    entities = [e for e in find(text, "en") if "Holloway" in e.name]
    assert [(e.type, e.name, len(e.mentions)) for e in entities] == [("PER", "Maren Holloway", 3)]
