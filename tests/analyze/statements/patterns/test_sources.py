"""Source phrases: "laut X", "X zufolge", "according to X", "so X", "wie X mitteilte"
(``patterns/sources.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements import find


def by_speaker(text: str, language: str = "de") -> list[tuple[str, str | None, str]]:
    return [(s.kind, s.speaker.name if s.speaker else None, s.text) for s in find(text, language)]


def test_reporting_phrases_and_colon_quotes() -> None:
    found = by_speaker(
        "Laut Polizei wurden drei Menschen verletzt. Merz: „Wir schaffen das.“ "
        "Den Angaben zufolge brannte das Haus vollständig ab."
    )
    assert found[0][:2] == ("reported", "Polizei")
    assert found[1][:2] == ("direct", "Merz")
    assert found[2][0] == "reported"


def test_english_appositions_sources_and_heads() -> None:
    text = (
        "Anna Berg, a spokeswoman for the city, said the bridge would open in May. "
        "According to a technical report published alongside the plan, the bridge cost "
        "40 million euros. Marc Delacroix of the Open Tech Coalition said it was a fair price. "
        "The talks were constructive, according to a statement issued on Tuesday."
    )
    found = find(text, "en")
    got = [(s.kind, s.speaker.text if s.speaker else None, s.text) for s in found]
    assert got[0] == (
        "indirect",
        "Anna Berg, a spokeswoman for the city",
        "the bridge would open in May",
    )
    assert got[1] == (
        "reported",
        "a technical report published alongside the plan",
        "the bridge cost 40 million euros",
    )
    assert found[2].speaker is not None and found[2].speaker.name == "Marc Delacroix"
    assert got[3] == ("reported", "a statement issued on Tuesday", "The talks were constructive")


def test_german_frames_inside_and_around_the_content() -> None:
    found = find(
        "Die Chemikalie stand unter Druck, wie Burt Rutan, Chef der Firma Scaled, mitteilte. "
        "Doch sei es, so der Schriftsteller Musa Okwanga in einem Blog, ein Fehler gewesen. "
        "„Wir sind überzeugt, dass es richtig war“ heißt es dazu in einer Mitteilung des "
        "Vereins. Das Beben hat 65 Menschen getötet. Dies bestätigte der Premierminister John "
        "Key. Demnach seien viele Häuser zerstört.",
        "de",
    )
    got = [(s.speaker.text if s.speaker else None, s.text) for s in found]
    assert got[0] == ("Burt Rutan, Chef der Firma Scaled", "Die Chemikalie stand unter Druck")
    assert got[1][0] == "der Schriftsteller Musa Okwanga"
    assert found[1].spans and found[1].spans[1].text == "ein Fehler gewesen"
    assert got[2] == ("einer Mitteilung des Vereins", "„Wir sind überzeugt, dass es richtig war“")
    assert got[3] == ("der Premierminister John Key", "Das Beben hat 65 Menschen getötet. Dies")
    assert found[4].speaker is not None and found[4].speaker.text == "Demnach"
    assert found[4].speaker.name == "John Key"  # the word stands for the source just named


def test_the_verb_before_a_source_phrase_is_no_part_of_it() -> None:
    found = find("Sie stammen Medienberichten zufolge aus einer kleinen Stadt.", "de")
    assert found[0].speaker is not None and found[0].speaker.text == "Medienberichten"


def test_a_verb_the_lists_lack_after_so_is_the_cue_not_the_speaker() -> None:
    """ "so argwöhnte die Musikerin": the speaker is the musician, the verb the cue."""
    found = find("Die Bewegungsarmut, so argwöhnte die Musikerin, habe Gründe.", "de")
    assert found and found[0].speaker is not None
    assert found[0].speaker.text == "die Musikerin"
    assert found[0].cue is not None and found[0].cue.text == "argwöhnte"
    found = find("Die Lage sei ernst, so die Ministerin am Montag.", "de")
    assert found and found[0].speaker is not None and found[0].speaker.text == "die Ministerin"


def test_initials_do_not_end_a_source() -> None:
    """ "U.S." keeps its full stop inside the name: the source is the agency, not "U.S"."""
    found = find(
        "According to a release from U.S. Customs and Border Protection, the boat was "
        "stopped at night. The boat was stopped at night, according to the U.S. Department "
        "of State.",
        "en",
    )
    assert [(s.text, s.speaker.text if s.speaker else None) for s in found] == [
        ("the boat was stopped at night", "a release from U.S. Customs and Border Protection"),
        ("The boat was stopped at night", "the U.S. Department of State"),
    ]
