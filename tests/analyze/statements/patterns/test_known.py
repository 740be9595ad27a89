"""Whether a phrase names someone already seen (``patterns/known.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements import find


def test_a_function_word_in_a_name_makes_no_one_seen() -> None:
    # "der" in "Amt der Republik" must not make "Teil der Ladung" someone already named
    text = (
        "Das Auswärtige Amt der Republik meldete, der erste Hilfsflug sei gelandet. Teil der "
        "Ladung waren Zelte und Decken, die dringend benötigt würden. Weitere Flüge seien "
        "unterwegs."
    )
    found = find(text, "de")
    assert all(s.speaker is None or s.speaker.text != "Teil der Ladung" for s in found)
