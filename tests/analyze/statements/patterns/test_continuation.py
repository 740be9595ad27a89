"""Sentences with no frame that go on with the last speaker (``patterns/continuation.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements import find


def test_free_indirect_speech_goes_on_with_the_subject_before() -> None:
    found = find(
        "Der Iran streitet dies ab. Sein Programm diene der Forschung. Es gebe keine Waffen.",
        "de",
    )
    assert [s.text for s in found] == [
        "Sein Programm diene der Forschung.",
        "Es gebe keine Waffen.",
    ]
    assert all(s.speaker is not None and s.speaker.name == "Iran" for s in found)


def test_each_sentence_of_free_indirect_speech_is_a_statement_of_its_own() -> None:
    # the guideline counts each Konjunktiv sentence; one statement over all three would
    # match none of them
    found = find(
        "Die Sprecherin sagte, die Lage sei ernst. Man prüfe alle Optionen. "
        "Eine Entscheidung falle bald.",
        "de",
    )
    assert [(s.kind, s.text) for s in found] == [
        ("indirect", "die Lage sei ernst"),
        ("indirect", "Man prüfe alle Optionen."),
        ("indirect", "Eine Entscheidung falle bald."),
    ]
    assert {s.speaker.text for s in found if s.speaker} == {"Die Sprecherin"}


def test_the_writers_own_clause_before_the_reported_speech_is_left_out() -> None:
    found = find(
        "Die Präsidentin sprach am Montag. Nach vier Senkungen hat sie deutlich gemacht, dass "
        "der Zyklus vorerst abgeschlossen sei. Sie sieht drei Bedingungen: Erstens müsse das "
        "System einfach sein. Die Gegner, ob Banken oder Fonds - sie alle hätten sich geirrt.",
        "de",
    )
    said = [s.text for s in found if s.cue is None]
    assert said == [
        "der Zyklus vorerst abgeschlossen sei",  # the "dass" clause, not the writer's frame
        "Erstens müsse das System einfach sein",  # after the colon
        # no verb before the dash: the whole sentence is what was said
        "Die Gegner, ob Banken oder Fonds - sie alle hätten sich geirrt.",
    ]


def test_the_konjunktiv_ii_right_after_reported_speech_goes_on_with_it() -> None:
    found = find(
        "Die Lage sei ernst, sagte die Ministerin. Zudem würden die Kosten weiter steigen. "
        "Der Zug fuhr ab. Dann würde alles anders.",
        "de",
    )
    assert [(s.kind, s.text) for s in found] == [
        ("indirect", "Die Lage sei ernst"),
        ("indirect", "Zudem würden die Kosten weiter steigen."),
    ]
    assert {s.speaker.text for s in found if s.speaker} == {"die Ministerin"}


def test_the_konjunktiv_ii_after_an_indicative_or_a_quote_is_the_writers() -> None:
    # "würde" is also the writer's own conditional: only Konjunktiv I before makes it
    # reported speech
    found = find(
        "Die Ministerin sagte, dass die Lage ernst ist. Zudem würden die Kosten steigen. "
        "„Wir kommen“, sagte der Sprecher. Dann würde alles besser.",
        "de",
    )
    assert [s.text for s in found] == ["dass die Lage ernst ist", "„Wir kommen“"]
