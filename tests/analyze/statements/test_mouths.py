"""English: only a person, a body or a text someone wrote speaks (``mouths.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements import find


def _said(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.kind, s.text, s.speaker.text if s.speaker else None) for s in find(text, "en")]


def test_a_thing_as_the_subject_of_a_speech_verb_says_nothing() -> None:
    for text in (
        "The harbour market encourages buying fish straight from the boats.",
        "As its name suggests, the lantern walk follows the old canal at night.",
        "In knitting, this trend promises to bring back chunky wool and bright colours.",
        "Good compost demands patience, air and a mix of green and brown waste.",
        "These short clips explain how the folding bike locks into its frame.",
    ):
        assert _said(text) == [], text


def test_people_bodies_and_named_texts_still_speak() -> None:
    found = _said("The council encourages residents to sort their glass by colour.")
    assert [(t, sp) for _, t, sp in found] == [
        ("residents to sort their glass by colour", "The council")
    ]
    assert _said("The farmers said the late frost had ruined the cherries.") == [
        ("indirect", "the late frost had ruined the cherries", "The farmers")
    ]
    assert _said("Several bakeries said the price of flour had doubled.") == [
        ("indirect", "the price of flour had doubled", "Several bakeries")
    ]
    found = _said("Half of the tenants said the heating had failed twice in January.")
    assert [t for _, t, _ in found] == ["the heating had failed twice in January"]
    found = _said("Recent projections by Harwick Analytics suggest that rents will rise again.")
    assert [(k, t) for k, t, _ in found] == [("indirect", "rents will rise again")]


def test_a_capitalised_subject_may_be_a_name_the_tagger_missed() -> None:
    found = _said("Brambleway said the merger would close in the spring.")
    assert [(k, t) for k, t, _ in found] == [("indirect", "the merger would close in the spring")]


def test_a_speaker_that_is_no_noun_phrase_is_no_speaker() -> None:
    """A heading's adjective before a sentence is read as a name ("Accurate" of a list
    item "Accurate written communication is …"); a phrase cut short keeps its parse."""
    text = "Accurate written communication is crucial for documenting a kitchen's orders."
    assert _said(text) == []
    found = _said('"We were told nothing," Former Liberal party whip Dora Quist said on Tuesday.')
    assert [t for _, t, _ in found] == ['"We were told nothing,"']


def test_according_to_a_thing_is_no_source() -> None:
    """ "according to" also means "in keeping with": no one speaks there."""
    for text in (
        "Add stock according to your preferred thickness and simmer for one more minute.",
        "The course changes its pace according to the learner's progress and interest.",
    ):
        assert _said(text) == [], text
    found = _said("According to Brambleway's latest rankings, the bay route is the busiest.")
    assert [t for _, t, _ in found] == ["the bay route is the busiest"]
    found = _said("According to local fishermen, the bay froze over twice this winter.")
    assert [(t, sp) for _, t, sp in found] == [
        ("the bay froze over twice this winter", "local fishermen")
    ]


def test_a_body_speaks_with_a_plain_speech_verb_or_from_the_list_of_bodies() -> None:
    # "consortium" is on no list: the plain speech verb decides.
    found = _said("The consortium said the crossings would resume on Monday.")
    assert [t for _, t, _ in found] == ["the crossings would resume on Monday"]
    found = _said("The startup said its app had reached a million users.")
    assert [t for _, t, _ in found] == ["its app had reached a million users"]
    found = _said("The museum told reporters the painting was a copy.")
    assert [t for _, t, _ in found] == ["the painting was a copy"]
