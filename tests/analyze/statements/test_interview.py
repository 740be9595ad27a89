"""Interview answers after a speaker label (analyze/statements/interview.py)."""

from __future__ import annotations

from newsgraph.analyze.statements import find
from newsgraph.article import Entity

TEXT = """Rick Terrill and Marissa Halpert led the move. We asked them how it began.
Thanks for joining us! How did you get into tech?
Rick: I got into tech through a love of video games and wanted to build them.
Marissa: I learned to program in high school and then studied computer science.
Opening hours: Monday to Friday from nine in the morning to six.
Note: This interview was edited for length and clarity by the team."""

PEOPLE = [
    Entity("e1", "PER", "Rick Terrill", "per:terrill:r"),
    Entity("e2", "PER", "Marissa Halpert", "per:halpert:m"),
    Entity("e3", "PER", "Rick", "per:rick"),  # a first name the entity stage kept apart
]


def test_a_labelled_answer_is_a_direct_statement_of_that_person() -> None:
    found = [s for s in find(TEXT, "en", people=PEOPLE) if s.speaker and s.cue is None]
    assert [(s.speaker.text, s.speaker.name, s.kind) for s in found if s.speaker] == [
        ("Rick", "Rick Terrill", "direct"),
        ("Marissa", "Marissa Halpert", "direct"),
    ]
    assert found[0].text.startswith("I got into tech") and found[0].text.endswith("them.")
    for s in found:
        assert TEXT[s.start : s.end] == s.text


def test_labels_that_name_no_person_and_questions_are_no_statements() -> None:
    texts = [s.text for s in find(TEXT, "en", people=PEOPLE)]
    assert not any("Monday" in t or "edited" in t or "How did you" in t for t in texts)


def test_a_label_two_people_share_is_no_one() -> None:
    two = [*PEOPLE, Entity("e4", "PER", "Rick Astley", "per:astley:r")]
    assert not any(s.speaker and s.speaker.text == "Rick" for s in find(TEXT, "en", people=two))


def test_without_the_entity_stage_nothing_is_guessed() -> None:
    assert not any(s.speaker and s.speaker.text == "Rick" for s in find(TEXT, "en"))


def test_a_label_before_a_description_is_no_answer() -> None:
    """A list of tips or products under bold labels describes in the third person or the
    imperative; the entity stage may still take a label for a person."""
    text = (
        "Three habits help a small shop online.\n\n"
        "Trim Checkout Steps: Keep the form short so buyers finish their orders quickly.\n\n"
        "Wren Lakeby: A planner that sorts deliveries by street and by hour of the day."
    )
    labels = [
        Entity("e1", "PER", "Trim Checkout Steps", "per:steps:t"),
        Entity("e2", "PER", "Wren Lakeby", "per:lakeby:w"),
    ]
    assert [s for s in find(text, "en", people=labels) if s.kind == "direct"] == []


def test_a_transcripts_capital_label_is_an_answer_in_any_person() -> None:
    text = (
        "Lena Ostrow, who runs the ferry union, says the strike will go on.\n\n"
        "LENA OSTROW: They do want the boats running again. They know the crews are tired."
    )
    people = [Entity("e1", "PER", "Lena Ostrow", "per:ostrow:l")]
    found = [s for s in find(text, "en", people=people) if s.kind == "direct"]
    assert [(s.speaker.name if s.speaker else None) for s in found] == ["Lena Ostrow"]
