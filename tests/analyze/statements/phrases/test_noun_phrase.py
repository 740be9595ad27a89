"""Where a speaker phrase ends (``phrases/noun_phrase.py``): amounts, nominatives, titles."""

from __future__ import annotations

from newsgraph.analyze.statements import find
from newsgraph.analyze.statements.phrases.noun_phrase import noun_phrase
from newsgraph.analyze.statements.rules import rules
from tests.analyze.statements.tokens_of import tokens, words


def spans(text: str) -> list[tuple[str, str | None]]:
    """(kind, speaker span as written) for each statement."""
    return [(s.kind, s.speaker.text if s.speaker else None) for s in find(text, "de")]


def test_an_amount_is_no_number_in_a_name() -> None:
    found = find("Dabei wurden nach Behördenangaben 7.000 Menschen in Sicherheit gebracht.", "de")
    assert found[0].speaker is not None and found[0].speaker.text == "Behördenangaben"


def test_a_nominative_or_an_amount_after_a_source_is_no_part_of_it() -> None:
    # "der überwiegende Teil" cannot be a genitive: the source ends before it
    text = "Im Lager ist nach Auskunft der Behörde der überwiegende Teil verbrannt."
    found = find(text, "de")
    assert [s.speaker.text for s in found if s.speaker] == ["Auskunft der Behörde"]
    text = "Laut der Zeitung 40 Menschen seien verletzt worden."
    assert spans(text)[0][1] == "der Zeitung"
    # a number in a name still is: "Bündnis 90/Die Grünen"
    text = "Die Sprecherin von Bündnis 90/Die Grünen, Eva Roth, sagte, man sei zufrieden."
    assert spans(text) == [("indirect", "Die Sprecherin von Bündnis 90/Die Grünen, Eva Roth")]


def test_english_inverted_frame_takes_the_whole_title_and_no_content_after_it() -> None:
    text = (
        "\u201cMost cities do not need a new stadium,\u201d said Harlow University urban planning "
        "professor Denise Okafor, director of the Centre for Transit Studies."
    )
    (statement,) = find(text, "en")
    assert statement.kind == "direct" and statement.speaker is not None
    assert statement.speaker.name == "Denise Okafor"


def test_a_phrase_runs_through_a_genitive_a_place_and_an_apposition() -> None:
    toks = tokens("Der Sprecher der Regierung in Lomé, Lars Beringer, sagte, alles sei gut.")
    assert words(noun_phrase(toks, 0, rules("de"))) == (
        "Der Sprecher der Regierung in Lomé , Lars Beringer"
    )
