"""Quotes with no speech verb beside them, and quotes after a colon
(``patterns/quote_frames.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements import find


def spans(text: str) -> list[tuple[str, str | None]]:
    """(kind, speaker span as written) for each statement."""
    return [(s.kind, s.speaker.text if s.speaker else None) for s in find(text, "de")]


def test_german_frames_added_for_quotes_de() -> None:
    found = find(
        "Jetzt gab der Leiter der Kriminaldienststelle, Andreas Huber, bekannt, dass das "
        "Handy eingeloggt war. Nach Angaben der Polizei wurden drei Menschen verletzt. "
        "Teamchef Jean Todt stellt sich vor seinen Fahrer: „Er ist immer noch der Meister.“ "
        "Das Schiff „Graf Zeppelin“ wurde gefunden.",
        "de",
    )
    kinds = [(s.kind, s.speaker.name if s.speaker else None) for s in found]
    assert kinds == [
        ("indirect", "Andreas Huber"),  # "gab … bekannt" shares "gab" with "gab … an"
        ("reported", "Polizei"),
        ("direct", "Jean Todt"),  # a frame clause and a colon
    ]  # a quoted name is no statement
    assert found[0].speaker is not None
    assert found[0].speaker.role == "Leiter der Kriminaldienststelle"
    assert found[1].speaker is not None and found[1].speaker.text == "Angaben der Polizei"


def test_colon_frames_after_a_subordinate_clause_and_in_the_konjunktiv() -> None:
    text = (
        "Weil die Lage sich zuspitzt, mahnte der Sprecher der Stadtwerke, Jan Hoff, die "
        "Kunden: „Sparen Sie Wasser.“"
    )
    assert spans(text) == [("direct", "der Sprecher der Stadtwerke, Jan Hoff")]
    # a colon frame in the Konjunktiv I goes on with the last speaker, not its own subject
    text = (
        "Die Ministerin Eva Lang sagte, die Region habe Hilfe geschickt. Die Nachbarn seien "
        "dafür dankbar: „Sie haben uns nicht vergessen.“"
    )
    found = find(text, "de")
    assert len(found) == 2
    assert found[1].speaker is not None and found[1].speaker.name == "Eva Lang"


def test_a_preposition_after_the_subject_is_no_verb() -> None:
    text = (
        "Die Delegationsleiterin Ute Kern sagte: „Wir sind zufrieden.“ Ziel der Delegation "
        "bei den Gesprächen sei es gewesen, „Vertrauen aufzubauen“."
    )
    found = find(text, "de")
    assert found[-1].speaker is not None and found[-1].speaker.name == "Ute Kern"


def test_quotes_in_passive_clauses_and_after_a_prepositional_field() -> None:
    assert spans("Die Gefahr wird vom Wetterdienst als „sehr hoch“ eingestuft.") == [
        ("direct", "Wetterdienst")
    ]
    text = "In seiner Rede befand der Bürgermeister Max Roth den Plan für „mutig und richtig“."
    assert spans(text) == [("direct", "der Bürgermeister Max Roth")]
    # but "laut …" first is a source, no subject after the verb
    text = "Laut der Zeitung befand der Bürgermeister den Plan für „mutig und richtig“."
    assert ("direct", "der Bürgermeister") not in spans(text)


def test_english_words_in_quotes_and_openers_are_no_statements_or_speakers() -> None:
    # a word in quotes with no one saying it; a sentence adverb; a subordinator
    text = (
        "Lately we have seen some truly odd sites \u201cpowered\u201d by AI. Basically, we "
        "rejected any plan that doubled the travel time. You can choose \u201cAnywhere at "
        "all\u201d as your destination."
    )
    found = [(s.kind, s.speaker.text if s.speaker else None) for s in find(text, "en")]
    assert ("direct", None) not in found and all(
        who not in ("Basically", "You") for _, who in found
    )


def test_a_quoted_phrase_in_a_konjunktiv_sentence_is_part_of_reported_speech() -> None:
    # no finite verb after "Insbesondere die Abwehr" or "Ihn als „…“": the Konjunktiv
    # sentence goes on with the last speaker, its quote inside, not a quote of its own
    found = find(
        "Der Trainer lobte seine Mannschaft. Insbesondere die Abwehr sei ein "
        "„echtes Bollwerk“ gewesen. Ihn als „Zauberer“ zu bezeichnen, sei übertrieben.",
        "de",
    )
    assert [(s.kind, s.text) for s in found][1:] == [
        ("mixed", "Insbesondere die Abwehr sei ein „echtes Bollwerk“ gewesen."),
        ("mixed", "Ihn als „Zauberer“ zu bezeichnen, sei übertrieben."),
    ]
    assert all(s.speaker is not None and s.speaker.text == "Der Trainer" for s in found)


def test_english_terms_in_quotation_marks_are_no_statements() -> None:
    """A short quote that no speech verb or colon frames is a term, a scare quote or a
    search phrase, not someone's words."""
    for text in (
        "The tenants felt that one landlord was not necessarily “better” than the other.",
        'Columnist Ada Brill got a slot on the radio for her take on "kids these days" talk.',
        "At Harbour Music we don't just sell 'guitar lessons near me'; we teach.",
    ):
        assert find(text, "en") == [], text


def test_english_short_quotes_that_speech_or_a_colon_frames_stay() -> None:
    noting = find("She pointed to the fees as a drawback, noting that they are “very steep.”", "en")
    assert [(s.text, s.speaker.text if s.speaker else None) for s in noting] == [
        ("“very steep.”", "She")
    ]
    colon = find("The mayor put it plainly: Parking “is not the problem” downtown.", "en")
    assert [(s.text, s.speaker.text if s.speaker else None) for s in colon] == [
        ("“is not the problem”", "The mayor")
    ]
