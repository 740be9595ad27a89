"""Sentences and their tokens (``tokens.py``): headings and captions are no prose, glued
sentences of a text dump are split, a quote runs over paragraphs."""

from __future__ import annotations

from newsgraph.analyze.statements import find


def test_no_statement_from_headings_or_captions() -> None:
    text = "„Der Ball liegt im Feld der Russen“\n\nUS-Präsident Donald Trump: Der Krieg muss enden"
    assert find(text, "de") == []


def test_glued_sentences_of_a_text_dump_are_split() -> None:
    found = find(
        "„Wir gehen jetzt nach Hause und ruhen uns aus“, sagte der Papst.Der Bruder des Papstes "
        "war eingeweiht.",
        "de",
    )
    assert [(s.kind, s.speaker.text if s.speaker else None) for s in found] == [
        ("direct", "der Papst")
    ]


def test_multi_paragraph_english_quote() -> None:
    text = '"The first part.\n\n"The second part," she said.'
    quotes = [s for s in find(text, "en") if s.kind == "direct"]
    assert quotes and quotes[0].start == 0


def test_a_comma_inside_a_number_ends_no_clause() -> None:
    found = find("The carmaker said it would cut 2,000 jobs next year.", "en")
    assert [s.text for s in found] == ["it would cut 2,000 jobs next year"]
    found = find("Die Inflation liege bei 2,5 Prozent, sagte Nagel.", "de")
    assert [s.text for s in found] == ["Die Inflation liege bei 2,5 Prozent"]
    found = find("Er sagte, 2019, 2020 und 2021 seien schwierig gewesen.", "de")
    assert [s.text for s in found] == ["2019, 2020 und 2021 seien schwierig gewesen"]
