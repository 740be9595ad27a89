"""Statements framed by a speech verb (``patterns/verb_frames.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements import find


def by_speaker(text: str, language: str = "de") -> list[tuple[str, str | None, str]]:
    return [(s.kind, s.speaker.name if s.speaker else None, s.text) for s in find(text, language)]


def spans(text: str) -> list[tuple[str, str | None]]:
    """(kind, speaker span as written) for each statement."""
    return [(s.kind, s.speaker.text if s.speaker else None) for s in find(text, "de")]


def test_english_patterns() -> None:
    found = by_speaker(
        '"We are ready," Foreign Secretary David Lammy told reporters. He said the talks '
        "would go on. According to the BBC, the meeting lasted two hours.",
        "en",
    )
    assert found[0][:2] == ("direct", "David Lammy")
    assert found[1][:2] == ("indirect", "David Lammy")
    assert found[2][:2] == ("reported", "BBC")


def test_the_subject_of_a_passive_quoting_verb_speaks() -> None:
    text = "Die Trainerin wird auf der Website wie folgt zitiert: „Wir geben nicht auf.“"
    assert spans(text) == [("direct", "Die Trainerin")]
    assert spans("Der Minister wird mit den Worten zitiert, er sei zufrieden.") == [
        ("indirect", "Der Minister")
    ]


def test_english_advice_verbs_report_what_was_advised() -> None:
    """ "recommends", "encourages" and "advised" report advice, as "urged" does."""
    found = by_speaker(
        "The committee recommends replacing red meat with beans. "
        "The caterer encourages couples to taste every dish first. "
        "The Harwick clinic advised patients to stay at home.",
        "en",
    )
    assert [(k, t) for k, _, t in found] == [
        ("indirect", "replacing red meat with beans"),
        ("indirect", "couples to taste every dish first"),
        ("indirect", "patients to stay at home"),
    ]
