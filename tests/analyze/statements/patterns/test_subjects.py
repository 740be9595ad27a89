"""The speaker of a cue: its subject, or a relative pronoun's antecedent
(``patterns/subjects.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements import find


def spans(text: str) -> list[tuple[str, str | None]]:
    """(kind, speaker span as written) for each statement."""
    return [(s.kind, s.speaker.text if s.speaker else None) for s in find(text, "de")]


def test_english_subject_is_after_the_nearest_clause_opener() -> None:
    text = (
        "OSLO, May 20 (Reuters) - Halvorsen Maritime will cut 1,200 jobs, the company said, "
        "sending its shares up as investors welcomed the cost savings."
    )
    speakers = [s.speaker.text if s.speaker else None for s in find(text, "en")]
    assert speakers == ["the company", "investors"]


def test_english_subjects_of_lowercase_plural_nouns() -> None:
    found = find("Ministers met in Geneva while protesters said the deal was unfair.", "en")
    assert [(s.speaker.text if s.speaker else None, s.text) for s in found] == [
        ("protesters", "the deal was unfair")
    ]


def test_a_sentence_adverb_is_no_part_of_the_speaker() -> None:
    (found,) = find("Separately, Scottish Water asked customers to avoid using hosepipes.", "en")
    assert found.speaker is not None and found.speaker.text == "Scottish Water"


def test_a_relative_pronoun_names_the_speaker_of_its_clause() -> None:
    text = "Die Polizei befragte zwei Zeugen, die berichteten, der Mann sei bewaffnet gewesen."
    found = find(text, "de")
    assert found[0].speaker is not None and found[0].speaker.text == "die"
    text = (
        "In der Sendung trat ein Bischof aus Köln auf, der die Gläubigen aufforderte, "
        "Geduld zu haben."
    )
    s = find(text, "de")[0]
    assert s.speaker is not None and s.speaker.text == "der" and s.speaker.role == "Bischof"
    # an apposition is no relative clause; a thing is no speaker
    text = "Anna Roth, die Sprecherin der Stadt teilte mit, dass die Brücke gesperrt sei."
    assert spans(text) == [("indirect", "Anna Roth, die Sprecherin der Stadt")]
    text = "Der Verband verbreitete eine Darstellung, die der Regierung widerspricht."
    assert all(sp != "die" for _, sp in spans(text))


def test_german_subjects_frames_and_speakerless_quotes() -> None:
    found = find(
        "Das Komitee sagte, das Dekret sei ein Bruch des Rechts. "
        "Die Zeitung meldet, der Minister habe gelogen. "
        "„Das Milieu reicht bis in die Büros“, so Guttenberg wörtlich. "
        "Reflexartig wurde der Plan als „Angriff auf die Freiheit der Presse“ abgetan. "
        "Er verständigte die Polizei und teilte mit, dass er bewaffnet sei.",
        "de",
    )
    got = [(s.kind, s.speaker.text if s.speaker else None) for s in found]
    assert got == [
        ("indirect", "Das Komitee"),  # "das" opening a subject is an article here
        ("indirect", "Die Zeitung"),
        ("direct", "Guttenberg"),  # an adverb after the "so" frame
        ("direct", None),  # a quote in a sentence: kept, but a sentence adverb is no speaker
        ("indirect", "Er"),  # the subject of the first of two coordinated verbs
    ]
