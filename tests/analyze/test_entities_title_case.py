"""Names in Title Case lines (``analyze/entities/title_case.py``)."""

from __future__ import annotations

from newsgraph.analyze.entities import find, title_case
from newsgraph.analyze.entities.found import Found
from newsgraph.analyze.entities.tokens import tokenize


def test_title_case_lines() -> None:
    assert title_case.is_title_case(["Why", "I", "Teach", "Plato", "to", "Plumbers"])
    assert title_case.is_title_case(["Cardio", "Machines"])
    assert not title_case.is_title_case(["The", "company", "said", "Nike", "will", "grow"])
    assert not title_case.is_title_case(["Nike"])  # one word is no heading


def test_a_name_found_only_in_headings_is_dropped_unless_it_is_known() -> None:
    text = (
        "Smartphone Photography Is Back\n\nMore people shoot with phones, Lena Brandt "
        "says.\n\nResistance Bands And Dana Whitlock\n\nWhat NASA Thinks\n\nSmartphone "
        "Photography Trends In Oslo"
    )
    tokens = tokenize(text)

    def at(words: str, kind: str) -> Found:
        parts = words.split()
        i = next(
            i for i, t in enumerate(tokens) if [x.text for x in tokens[i : i + len(parts)]] == parts
        )
        return Found(i, i + len(parts) - 1, kind)

    found = [
        at("Smartphone Photography", "ORG"),
        at("Lena Brandt", "PER"),
        at("Resistance Bands", "PER"),
        at("Dana Whitlock", "PER"),
        at("NASA", "ORG"),
        at("Oslo", "LOC"),
    ]
    kept = title_case.drop_heading_names(found, tokens, ("Twitter",))
    names = [" ".join(t.text for t in tokens[f.first : f.last + 1]) for f in kept]
    # Kept: a name of ordinary text, a person with a known first name, an acronym, a place.
    assert names == ["Lena Brandt", "Dana Whitlock", "NASA", "Oslo"]


def test_a_heading_name_the_body_uses_stays() -> None:
    text = "Harlow Dynamics Buys Rival\n\nThe deal makes Harlow Dynamics the largest maker."
    names = {e.name for e in find(text, "en")}
    assert "Harlow Dynamics" in names
