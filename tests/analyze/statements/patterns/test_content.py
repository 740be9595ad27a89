"""Where the content starts and ends (``patterns/content.py``, ``patterns/clauses.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements import find


def spans(text: str) -> list[tuple[str, str | None]]:
    """(kind, speaker span as written) for each statement."""
    return [(s.kind, s.speaker.text if s.speaker else None) for s in find(text, "de")]


def test_a_relative_clause_in_the_content_keeps_its_verb() -> None:
    text = "Ein Sturm, der über dem Meer lag, habe die Küste erreicht, meldet der Wetterdienst."
    assert spans(text) == [("indirect", "der Wetterdienst")]


def test_an_english_scene_setting_phrase_is_no_content_and_the_subject_follows_it() -> None:
    text = (
        "On the strength of the survey, the city council urged landlords to fit heat pumps. "
        "Despite the high costs, tenants said that the change was overdue."
    )
    found = [(s.text, s.speaker.name if s.speaker else None) for s in find(text, "en")]
    assert found == [
        ("landlords to fit heat pumps", "city council"),
        ("that the change was overdue", "tenants"),
    ]


def test_a_clause_after_and_is_no_frame_of_the_words_before() -> None:
    """ "…, and organizers reported X": the organizers reported X, not the clause before."""
    from newsgraph.analyze.statements import find

    found = find(
        "Last year the event set a record, and organizers reported a total of 8.5 million.",
        "en",
    )
    assert found and found[0].speaker is not None and found[0].speaker.text == "organizers"
    assert found[0].text == "a total of 8.5 million"


def test_english_a_frame_in_a_relative_clause_frames_what_follows() -> None:
    """ ", where X said …": the clause before the comma is the article's, what follows the
    verb is what was said."""
    found = find("The firm opened in Ohio, where its founder said the rents were low.", "en")
    assert [(s.text, s.speaker.text if s.speaker else None) for s in found] == [
        ("the rents were low", "its founder")
    ]


def test_english_a_frame_between_commas_frames_what_follows_a_subordinator() -> None:
    """ "because, he said, quality is key" and "It is possible, he said, that …": the
    words after the frame were said; "The plan is sound, she said, but …" keeps what
    comes before."""
    cases = {
        "The bakery trains its staff because, he said, quality is key.": "quality is key",
        "It is also possible, he said, that the delivery starts to slip.": (
            "the delivery starts to slip"
        ),
        "The plan is sound, she said, but it needs money.": "The plan is sound",
    }
    for text, said in cases.items():
        assert [s.text for s in find(text, "en")] == [said], text
