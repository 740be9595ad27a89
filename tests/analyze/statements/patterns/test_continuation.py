"""Sentences with no frame that go on with the last speaker (``patterns/continuation.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements import find


def test_free_indirect_speech_runs_on_as_one_statement() -> None:
    found = find(
        "Der Iran streitet dies ab. Sein Programm diene der Forschung. Es gebe keine Waffen.",
        "de",
    )
    assert len(found) == 1 and found[0].speaker is not None
    assert found[0].speaker.name == "Iran"
    assert found[0].text == "Sein Programm diene der Forschung. Es gebe keine Waffen."
