"""English: a speech verb whose object is a thing says nothing (``things.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements import find


def _said(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.kind, s.text, s.speaker.text if s.speaker else None) for s in find(text, "en")]


def test_a_thing_written_or_posted_is_no_statement() -> None:
    assert _said("Rick's team wrote most of the code before I joined the company.") == []
    assert _said("My neighbour posted a photo of herself in a heavy winter coat.") == []


def test_a_content_clause_without_that_stays_indirect() -> None:
    assert _said("The minister said the talks were useful.") == [
        ("indirect", "the talks were useful", "The minister")
    ]


def test_a_reporting_verbs_object_is_a_reported_statement() -> None:
    found = _said("Harwick Logistics announced its purchase of a rival freight firm.")
    assert found == [("reported", "its purchase of a rival freight firm", "Harwick Logistics")]


def test_a_thing_in_a_relative_clause_says_nothing() -> None:
    """ "a credential that confirms …" and "…, which encourages …" have a thing for their
    subject; "The company, which said …" a body."""
    for text in (
        "A badge is a token that confirms that a nurse finished a training course or "
        "program of care.",
        "Boats can dock in more ports now, and the trade is becoming one, which encourages "
        "faster, cheaper shipping.",
    ):
        assert _said(text) == [], text
    assert _said("The company, which said it would cut jobs, lost money.") == [
        ("indirect", "it would cut jobs", "The company")
    ]


def test_a_cue_the_parse_makes_a_noun_is_no_cue() -> None:
    """ "reports", "demands" and "vows" are speech verbs and nouns; as nouns they say
    nothing, while the verb still reports."""
    for text in (
        "The dashboard is designed for creating reports without needing to write code.",
        "On some days the kitchen cannot spare staff because of business demands.",
    ):
        assert _said(text) == [], text
    assert _said("The agency reports that prices rose in May.") == [
        ("indirect", "that prices rose in May", "The agency")
    ]


def test_words_before_a_verb_with_an_object_of_its_own_are_not_its_words() -> None:
    """ "…, Dr Mitchell suggested an even broader initiative": the verb has its own
    object, so it is no frame closing the words before it; "…, she told reporters" is."""
    text = (
        "The plan was widely supported, and in his speech to the meeting, Dr Mitchell "
        "suggested an even broader forum."
    )
    assert _said(text) == []
    assert _said("The plan will be ready in May, the minister told reporters.") == [
        ("indirect", "The plan will be ready in May", "the minister")
    ]


def test_a_short_quote_beside_a_word_that_is_no_speech_verb_is_a_term() -> None:
    """A term in quotation marks is no one's words when the word the rules took for its
    frame is no speech verb; a short quote a speech verb frames stays."""
    for text in (
        "Farmers on the delta know the method well. She compared the old way of planting "
        "rice, or “wet sowing,” to baking, where a recipe calls for exact amounts.",
        "Hikers need a permit. The park service requires that all overnight groups carry a "
        "bear canister (called “food locker”).",
    ):
        assert not any(s.kind == "direct" for s in find(text, "en")), text
    said = _said('"We are not moving," the harbour master told reporters.')
    assert [(k, t) for k, t, _ in said] == [("direct", '"We are not moving,"')]
