"""One statement per sentence of reported speech (analyze/statements/split.py)."""

from __future__ import annotations

from newsgraph.analyze.statements import find


def test_konjunktiv_sentences_that_go_on_are_one_statement_each() -> None:
    text = "Der Iran streitet dies ab. Sein Programm diene der Forschung. Es gebe keine Waffen."
    found = find(text, "de")
    assert [(s.start, s.end) for s in found] == [(27, 61), (62, 83)]
    assert all(s.cue is None for s in found)


def test_a_frame_and_konjunktiv_sentences_become_one_statement_each() -> None:
    text = (
        "Die Ministerin sagte, man sei zu Gesprächen bereit. Eine Einigung sei bis Mai "
        "möglich. Die Gewerkschaft müsse sich aber bewegen."
    )
    found = find(text, "de")
    assert [s.text for s in found] == [
        "man sei zu Gesprächen bereit",
        "Eine Einigung sei bis Mai möglich.",
        "Die Gewerkschaft müsse sich aber bewegen.",
    ]
    assert found[0].cue is not None and found[0].cue.text == "sagte"
    assert found[1].cue is None and found[2].cue is None
    for s in found:
        assert text[s.start : s.end] == s.text
        assert s.speaker is not None and s.speaker.text == "Die Ministerin"


def test_a_quote_over_several_sentences_stays_whole() -> None:
    text = "„Wir sind bereit. Wir warten auf ein Angebot“, sagte die Ministerin."
    found = find(text, "de")
    assert len(found) == 1
    assert found[0].text == "„Wir sind bereit. Wir warten auf ein Angebot“"
