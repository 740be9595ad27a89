"""English rules around spaCy's tagger (``analyze/entities/english.py``)."""

from __future__ import annotations

import pytest

from newsgraph.analyze.entities import english, find
from newsgraph.analyze.entities.found import Found
from newsgraph.analyze.entities.tokens import sentences, tokenize


def _window_text(sentence: str) -> str | None:
    tokens = tokenize(sentence)
    span = english._window(sentences(sentence, tokens)[0], english._openers())
    return None if span is None else sentence[span[0] : span[1]]


def test_sentences_without_a_capitalised_word_are_not_tagged() -> None:
    assert _window_text("it rained all day and the roads were closed.") is None
    # A plain opener is no name ...
    assert _window_text("The roads were closed for most of the day.") is None
    assert _window_text("He said the roads were closed for most of the day.") is None
    # ... but an acronym or a name at the start is.
    assert _window_text("US officials said the roads were closed.") is not None
    assert _window_text("WHO experts said the roads were closed.") is not None
    assert _window_text("Smith said the roads were closed.") is not None


def test_the_tagger_reads_a_window_around_the_capitalised_words() -> None:
    words = " ".join(f"w{i}" for i in range(20))
    sentence = f"{words} Marco Rubio {words}."
    window = _window_text(sentence)
    assert window is not None and "Marco Rubio" in window
    assert window == " ".join(
        [*(f"w{i}" for i in range(14, 20)), "Marco", "Rubio", *(f"w{i}" for i in range(6))]
    )


def test_a_first_name_before_a_name_makes_one_person() -> None:
    tokens = tokenize("Valeska Paris said she left.")
    found = english._people([Found(0, 0, "LOC"), Found(1, 1, "LOC")], tokens)
    assert [(f.first, f.last, f.type) for f in found] == [(0, 1, "PER")]


def test_a_first_name_and_surname_typed_otherwise_is_a_person() -> None:
    tokens = tokenize("Photographs by Walker Evans and the Andy Warhol Foundation.")
    found = english._people([Found(2, 3, "ORG"), Found(6, 8, "ORG")], tokens)
    assert [f.type for f in found] == ["PER", "ORG"]  # "Foundation" keeps it an organisation


def test_a_place_with_a_digit_is_a_product() -> None:
    tokens = tokenize("Users of IE6 in Paris")
    found = english._things([Found(2, 2, "LOC"), Found(4, 4, "LOC")], tokens)
    assert [f.type for f in found] == ["MISC", "LOC"]


def test_text_without_capitals_gives_no_entities_and_offsets_hold() -> None:
    assert find("nothing here is named, not even a city.", "en") == []
    text = "it was late.\n\nMarco Rubio met Sergei Lavrov in Riyadh on Tuesday."
    entities = find(text, "en")
    assert {"Marco Rubio", "Sergei Lavrov"} <= {e.name for e in entities if e.type == "PER"}
    for e in entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


def test_beliefs_are_no_organisations_and_known_organisations_are() -> None:
    tokens = tokenize("Islam and Buddhism, Scientology, Twitter")
    fixed = [
        english._fix(Found(0, 0, "ORG"), tokens),
        english._fix(Found(2, 2, "LOC"), tokens),
        english._fix(Found(4, 4, "LOC"), tokens),
        english._fix(Found(6, 6, "PER"), tokens),
    ]
    assert [f.type for f in fixed] == ["MISC", "MISC", "ORG", "ORG"]


def test_a_place_before_a_score_is_the_place_and_a_person_has_no_common_word() -> None:
    tokens = tokenize("Sweden 1 Korea, press Submit button")
    found = english._things([Found(0, 1, "ORG"), Found(5, 6, "PER")], tokens)
    assert [(f.first, f.last, f.type) for f in found] == [(0, 0, "LOC")]


def test_the_spacy_pipeline_is_reloaded_when_its_vocabulary_grows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Secretary of State Marco Rubio met Ukrainian officials in Jeddah on Tuesday."
    first = english.find(text, tokenize(text))
    monkeypatch.setattr(english, "_MAX_VOCAB", len(english._nlp().vocab))
    before = english._nlp()
    novel = "Zyxqwv Plorbak said so. " + text
    english.find(novel, tokenize(novel))  # new words: past the bound, reloaded
    assert english._nlp() is not before
    assert english.find(text, tokenize(text)) == first


def test_an_organisation_goes_on_through_of_and_for() -> None:
    text = (
        "Grants came from the Harbour Foundation for the Performing Arts and the Coastal "
        "Society of Nova Scotia, said Ines Clarke of the Institute of Marine Science and "
        "Dalhousie University."
    )
    tokens = tokenize(text)
    starts = {t.text: i for i, t in reversed(list(enumerate(tokens)))}

    def at(first: str, last: str) -> Found:
        return Found(starts[first], starts[last], "ORG")

    found = [
        at("Harbour", "Foundation"),
        at("Performing", "Arts"),
        at("Coastal", "Society"),
        Found(starts["Nova"], starts["Scotia"], "LOC"),
        at("Institute", "Institute"),
        at("Dalhousie", "University"),
    ]
    names = [
        " ".join(t.text for t in tokens[f.first : f.last + 1])
        for f in english._long_orgs(found, tokens)
    ]
    assert names == [
        "Harbour Foundation for the Performing Arts",
        "Coastal Society of Nova Scotia",
        "Institute of Marine Science",  # "and" stops before another organisation
        "Dalhousie University",
    ]


def test_stance_words_are_cut_off_and_events_are_no_organisations() -> None:
    text = "The pro-Kyiv Harbour Alliance and Pan-democrat voters met at the Halifax Tea Festival."
    tokens = tokenize(text)
    found = [Found(1, 3, "ORG"), Found(5, 5, "ORG"), Found(10, 12, "LOC")]
    found = english._events(english._stances(found, tokens), tokens)
    names = [(" ".join(t.text for t in tokens[f.first : f.last + 1]), f.type) for f in found]
    assert names == [("Harbour Alliance", "ORG"), ("Halifax Tea Festival", "MISC")]


def _names(found: list[Found], tokens: list) -> list[tuple[str, str]]:
    return [(" ".join(t.text for t in tokens[f.first : f.last + 1]), f.type) for f in found]


def test_a_first_name_the_tagger_left_out_joins_the_surname() -> None:
    tokens = tokenize("A late shot by Carly Hensen hit the post, and Hensen left.")
    found = english._people([Found(5, 5, "PER"), Found(11, 11, "PER")], tokens)
    assert _names(found, tokens) == [("Carly Hensen", "PER"), ("Hensen", "PER")]


def test_a_thing_named_with_the_is_no_person() -> None:
    text = "Pilgrims walked to the Umra. Crowds grew during the Umra, and Lina Osei said so."
    tokens = tokenize(text)
    umra = [i for i, t in enumerate(tokens) if t.text == "Umra"]
    lina = next(i for i, t in enumerate(tokens) if t.text == "Lina")
    found = [Found(umra[0], umra[0], "PER"), Found(umra[1], umra[1], "PER")]
    found = english._lone_people([*found, Found(lina, lina + 1, "PER")], tokens)
    assert _names(found, tokens) == [("Lina Osei", "PER")]


def test_a_surname_before_a_thing_is_the_person_alone() -> None:
    text = "Halvorsen took the photos. The Halvorsen Polaroid prints are in Oslo."
    tokens = tokenize(text)
    found = english._surname_and_thing([Found(0, 0, "PER"), Found(6, 7, "PER")], tokens)
    assert _names(found, tokens) == [("Halvorsen", "PER"), ("Halvorsen", "PER")]


def test_a_name_after_the_town_of_is_a_place() -> None:
    tokens = tokenize("Shells fell near the town of Brelk on Friday.")
    assert english._fix(Found(6, 6, "ORG"), tokens).type == "LOC"


def test_a_one_word_place_the_text_also_writes_in_lower_case_is_a_common_word() -> None:
    text = "Transport\nThe new transport plan for Leeds starts in May. Transport is free."
    tokens = tokenize(text)
    at = {t.text: i for i, t in reversed(list(enumerate(tokens)))}
    found = [Found(0, 0, "LOC"), Found(at["Leeds"], at["Leeds"], "LOC")]
    kept = english._common_words([*found, Found(at["May"], at["May"], "ORG")], tokens)
    assert [tokens[f.first].text for f in kept] == ["Leeds", "May"]  # organisations stay
    # A text that never writes the word in lower case keeps it; an acronym always stays.
    assert english._common_words([Found(0, 0, "LOC")], tokenize("Transport\nUK roads")) != []
    assert english._common_words([Found(0, 0, "LOC")], tokenize("UK\nthe uk sites")) != []


def test_technologies_formats_and_diseases_are_things_not_organisations() -> None:
    text = (
        "Harlow Digital said its AI reads every SMS and saves it as a JPEG on Android phones. "
        "The firm, based in Leeds, also tracks COVID cases."
    )
    types = {e.name: e.type for e in find(text, "en")}
    assert all(types.get(t, "MISC") == "MISC" for t in ("AI", "SMS", "JPEG", "Android", "COVID"))
    assert types.get("Leeds") == "LOC"
