"""The pass over the sentences (``patterns/finder.py``): patterns in order, one statement
per quote, never a statement that is its own speaker."""

from __future__ import annotations

from newsgraph.analyze.statements import find

DE = (
    "US-Außenminister Marco Rubio, der an den Gesprächen teilnahm, sagte, der Ball sei nun "
    "im Feld der Russen. „Wenn sie nein sagen, wissen wir Bescheid.“ Die Gegenseite verstehe "
    "das.\n\nKreml-Sprecher Dmitri Peskow sagte, man werde die Erklärung prüfen. Rubio erklärte "
    "später, es gebe „keine Eile“. Er kündigte an, am Freitag zurückzukehren."
)


def by_speaker(text: str, language: str = "de") -> list[tuple[str, str | None, str]]:
    return [(s.kind, s.speaker.name if s.speaker else None, s.text) for s in find(text, language)]


def test_german_indirect_direct_and_continuations() -> None:
    found = by_speaker(DE)
    kinds = [(k, n) for k, n, _ in found]
    assert kinds[:3] == [
        ("indirect", "Marco Rubio"),
        ("direct", "Marco Rubio"),
        ("indirect", "Marco Rubio"),
    ]
    assert found[0][2] == "der Ball sei nun im Feld der Russen"
    assert found[1][2] == "„Wenn sie nein sagen, wissen wir Bescheid.“"
    assert ("indirect", "Dmitri Peskow") in kinds
    assert ("mixed", "Marco Rubio") in kinds  # surname resolved to the full name
    assert kinds[-1] == ("indirect", "Marco Rubio")  # "Er" resolves to Rubio


def test_a_source_phrase_beats_a_bare_reporting_verb() -> None:
    # "verurteilt" reads as reporting speech, but the sentence is what the source says
    found = find("Laut der Menschenrechtsgruppe wurden zwei Journalisten verurteilt.", "de")
    assert [(s.kind, s.speaker.text if s.speaker else None) for s in found] == [
        ("reported", "der Menschenrechtsgruppe")
    ]


def test_a_statement_is_never_its_own_speaker() -> None:
    text = (
        "Funding matters. \u201cThe results surprised everyone on the team,\u201d said Dr. Priya "
        "Raman, PhD \u201919, a marine biologist at the institute. \u201cNobody expected it.\u201d"
    )
    found = find(text, "en")
    assert all(s.speaker is None or s.text != s.speaker.text for s in found)
    assert [s.kind for s in found] == ["direct", "direct"]


def test_a_persons_reporting_verb_is_not_given_to_a_source_phrase_in_the_sentence() -> None:
    """ "nach der Studie" names no source of Kopp's words: the bishop spoke."""
    found = find(
        "Zuletzt hatte sich Landesbischof Christian Kopp selbstkritisch zur Kommunikation "
        "nach der ForuM-Studie geäußert.",
        "de",
    )
    assert [(s.speaker.text if s.speaker else None) for s in found] == [
        "Landesbischof Christian Kopp"
    ]
