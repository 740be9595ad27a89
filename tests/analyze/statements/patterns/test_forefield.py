"""The field before the German finite verb: subject, adverbial or object
(``patterns/forefield.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements import find


def spans(text: str) -> list[tuple[str, str | None]]:
    """(kind, speaker span as written) for each statement."""
    return [(s.kind, s.speaker.text if s.speaker else None) for s in find(text, "de")]


def test_german_object_first_and_subject_appositions() -> None:
    found = find(
        "Den Unmut der Partei brachte die Sprecherin der Fraktion, Anna Weber, zum Ausdruck: "
        "„Es gibt keinen Grund, Positionen aufzugeben.“ "
        "Lars Schauer, Manager von Energie Cottbus, bezeichnete die Entscheidung als mutig. "
        "Der Vorsitzende, Hans Bauer, warf der SPD eine Fehlentwicklung vor.",
        "de",
    )
    got = [(s.kind, s.speaker.text if s.speaker else None) for s in found]
    assert got[0] == ("direct", "die Sprecherin der Fraktion, Anna Weber")  # "Den …": an object
    assert got[1] == ("reported", "Lars Schauer, Manager von Energie Cottbus")  # no content
    assert got[2] == ("reported", "Der Vorsitzende, Hans Bauer")  # "der SPD": not the subject


def test_a_sentence_adverb_before_the_verb_is_no_speaker() -> None:
    assert spans("Unmissverständlich sagt das Gericht, die Klage sei unbegründet.") == [
        ("indirect", "das Gericht")
    ]
    assert spans("Aktuell lässt sie erklären: „Ich trete nicht zurück.“") == [("direct", "sie")]
    assert spans("Tatsächlich erklärte der Trainer, er sei zufrieden.") == [
        ("indirect", "der Trainer")
    ]


def test_a_time_before_the_verb_is_no_speaker() -> None:
    assert spans("Vergangene Woche sagte die Ministerin, sie sei zufrieden.") == [
        ("indirect", "die Ministerin")
    ]
    assert spans("Letztes Jahr hatte die Regierung erklärt, die Steuern würden sinken.") == [
        ("indirect", "die Regierung")
    ]


def test_a_demonstrative_before_its_verb_is_the_speaker() -> None:
    # "baten" ends like an adjective but is the verb: the speaker is "Diese" alone
    text = (
        "Ein Passant wurde von zwei Männern angesprochen. Diese baten ihn um Geld und "
        "drohten ihm an, ihn zu durchsuchen."
    )
    assert ("indirect", "Diese") in spans(text)
    text = "Der Fahrer wurde befragt. Dieser behauptete, sein Chef sei bewaffnet gewesen."
    assert ("indirect", "Dieser") in spans(text)
