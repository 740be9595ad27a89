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
