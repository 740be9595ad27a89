"""What a reporting verb reports (``statements/objects.py``): the phrases it governs in the
German parse, not its whole sentence."""

from __future__ import annotations

from newsgraph.analyze.statements import find, objects, syntax
from newsgraph.analyze.statements.rules import rules
from newsgraph.article import Span, Speaker, Statement


def _reported(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (s.text, s.cue.text if s.cue else None, s.speaker.text if s.speaker else None)
        for s in find(text, "de")
        if s.kind == "reported"
    ]


def test_the_object_not_the_subject_or_the_scene() -> None:
    assert _reported("Der Verband kritisierte den neuen Entwurf.") == [
        ("den neuen Entwurf", "kritisierte", "Der Verband")
    ]
    # an adverbial before the finite verb sets the scene; what was asked for follows it
    assert _reported("Nach dem Unfall an der Kreuzung haben Anwohner bessere Ampeln verlangt.") == [
        ("bessere Ampeln", "verlangt", "Anwohner")
    ]


def test_two_reporting_verbs_joined_by_und_are_two_statements() -> None:
    # the parser labels "die Vorwürfe" a subject; beside the speaker it is the object
    assert _reported(
        "Die Ministerin wies die Vorwürfe zurück und forderte eine unabhängige Prüfung."
    ) == [
        ("die Vorwürfe", "wies die Vorwürfe zurück", "Die Ministerin"),
        ("eine unabhängige Prüfung", "forderte", "Die Ministerin"),
    ]


def test_a_language_without_the_labels_keeps_the_rules_content() -> None:
    text = "Der Verband kritisierte den neuen Entwurf."
    doc = syntax._nlp("models:de_parser")(text)
    at = text.index("kritisierte")

    def whole() -> Statement:
        cue = Span("kritisierte", at, at + len("kritisierte"))
        return Statement("s1", "reported", text, 0, len(text), Speaker("Der Verband", 0, 11), cue)

    kept, cut = whole(), whole()
    assert objects.narrow(text, [(0, len(text))], [doc], [kept], rules("de"), {}) == []
    assert (kept.start, kept.end) == (0, len(text))
    objects.narrow(text, [(0, len(text))], [doc], [cut], rules("de"), syntax.settings("de"))
    assert cut.text == "den neuen Entwurf"


def test_a_phrase_inside_the_speaker_mention_is_no_content() -> None:
    text = "Anwohner in Elmshorn berichteten von einem Knall."
    doc = syntax._nlp("models:de_parser")(text)
    verb = next(t for t in doc if t.text == "berichteten")
    whole = objects.governed(verb, 0, frozenset(["obl", "obj"]), frozenset(["obj"]))
    skip = (text.index("von"), len(text) - 1)
    assert [text[a:b] for a, b in whole] == ["von einem Knall"]
    assert objects.governed(verb, 0, frozenset(["obl", "obj"]), frozenset(["obj"]), skip) == []


def test_the_reflexive_is_no_content() -> None:
    said = _reported("Die Ministerin äußerte sich am Montag ausführlich zu den Plänen.")
    assert said and "sich" not in said[0][0].split() and said[0][0].endswith("zu den Plänen")


def test_a_quote_inside_the_object_keeps_both_marks() -> None:
    assert _reported("Der Minister sprach von einem „ersten, praktischen Schritt“.") == [
        ("von einem „ersten, praktischen Schritt“", "sprach", "Der Minister")
    ]
