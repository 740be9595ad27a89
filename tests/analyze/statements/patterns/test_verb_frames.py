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


def test_a_second_speech_verb_after_und_has_the_first_ones_subject() -> None:
    # the content after the comma is the second verb's; the first reports its object
    found = find(
        "Zugleich verteidigte die Ministerin die Reform und betonte, „niemand muss sich "
        "Sorgen machen“. Vor Gericht plädierten sie auf nicht schuldig und erklärten, "
        "unrechtmäßig festgehalten zu werden.",
        "de",
    )
    said = [
        (s.kind, s.text, s.cue.text if s.cue else None, s.speaker.text if s.speaker else None)
        for s in found
    ]
    assert ("reported", "die Reform", "verteidigte", "die Ministerin") in said
    assert ("direct", "„niemand muss sich Sorgen machen“", "betonte", "die Ministerin") in said
    assert ("indirect", "unrechtmäßig festgehalten zu werden", "erklärten", "sie") in said


def test_an_infinitive_clause_with_ohne_is_no_content() -> None:
    found = find("Die Stadt kritisierte den Plan, ohne die Firma namentlich zu nennen.", "de")
    assert [(s.kind, s.text) for s in found] == [("reported", "den Plan")]


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
