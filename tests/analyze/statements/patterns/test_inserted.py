"""Frames set into reported speech with a verb the lists lack (``patterns/inserted.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements import find


def test_a_lexicon_verb_after_konjunktiv_words_names_their_speaker() -> None:
    # without the frame the sentence went on with the last speaker: the wrong mouth
    found = find(
        "„Wir bauen aus“, sagte die Künstlerin. Als Galerist gehe man mit der Entwicklung "
        "mit, findet Lybke.",
        "de",
    )
    last = found[-1]
    assert (last.kind, last.text) == ("indirect", "Als Galerist gehe man mit der Entwicklung mit")
    assert last.speaker is not None and last.speaker.text == "Lybke"
    assert last.cue is not None and last.cue.text == "findet"


def test_the_frame_may_stand_inside_and_its_subject_carry_a_description() -> None:
    found = find(
        "Der Arzt kam. Aus Sicht der Menschen sei das verständlich, findet auch Harald Prüß "
        "von der Berliner Charité (DZNE). Das Ergebnis, weiß die Forscherin, sei eindeutig.",
        "de",
    )
    assert [(s.text, s.speaker.text if s.speaker else None) for s in found] == [
        (
            "Aus Sicht der Menschen sei das verständlich",
            "Harald Prüß von der Berliner Charité (DZNE)",
        ),
        ("Das Ergebnis, weiß die Forscherin, sei eindeutig", "die Forscherin"),
    ]
    assert [p.text for p in found[1].spans] == ["Das Ergebnis", "sei eindeutig"]


def test_no_frame_without_the_konjunktiv_or_with_a_clause_about_the_speaker() -> None:
    assert find("Das ist gut, findet Lybke.", "de") == []
    found = find("Das sei gut, findet Lybke, der gestern kam.", "de")
    assert [s.text for s in found] == ["Das sei gut"]
