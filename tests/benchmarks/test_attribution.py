"""The attribution benchmark's idea of "the right speaker" (``bench/attribution.py``)."""

from __future__ import annotations

from bench.attribution import Said, same_entity


def _said(name: str | None) -> Said:
    return Said([(0, 1)], "indirect", name, None, resolved=True)


def test_one_speaker_in_several_forms_is_one() -> None:
    for gold, pred in (
        ("Marco Rubio", "US-Außenminister Marco Rubio"),
        ("Statistisches Landesamt", "Statistischen Landesamtes"),
        ("European Payments Initiative", "EPI"),
    ):
        assert same_entity(_said(gold), _said(pred), []), (gold, pred)


def test_different_speakers_stay_apart() -> None:
    for gold, pred in (
        ("Marco Rubio", "Mike Waltz"),
        ("Statistisches Landesamt", "Deutsche Bahn"),
        ("Olaf Scholz", None),
    ):
        assert not same_entity(_said(gold), _said(pred), []), (gold, pred)
