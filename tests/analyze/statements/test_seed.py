"""Acceptance on the seed article (../shared): every direct quote and every reported
statement with a named speaker, with the right speaker; nothing from a heading."""

from __future__ import annotations

import pytest

from newsgraph.article import Article, Statement

# words of the statement -> words its speaker's name must contain
EXPECTED = [
    ("der Ball sei nun im Feld der Russen", ["Marco Rubio"]),
    ("Wenn sie nein sagen", ["Marco Rubio"]),
    ("ob der Krieg beendet wird", ["Mike Waltz"]),
    ("nun müssten die USA die russische Seite", ["Wolodymyr Selenskyj"]),
    ("Wir sind bereit für einen solchen Schritt", ["Wolodymyr Selenskyj"]),  # no cue of its own
    ("hoffentlich werde auch Russlands Präsident", ["Donald Trump"]),
    ("Wir wollen diesen Krieg hinter uns bringen", ["Donald Trump"]),
    ("man werde die Erklärung von Dschidda sorgfältig prüfen", ["Dmitri Peskow"]),
    ("regelmäßiger Kontakt", ["Tass"]),
    ("ein wichtiger Wendepunkt", ["Annalena Baerbock"]),
    ("Es liegt nun an Russland", ["Annalena Baerbock"]),
    ("Ball liegt jetzt bei Russland", ["Ursula von der Leyen", "António Costa"]),
    ("Frankreich und seine Verbündeten würden", ["Emmanuel Macron"]),
    ("die Waffenruhe könne im gegenseitigen Einvernehmen", ["Erklärung"]),  # the joint statement
]


def _containing(article: Article, words: str) -> Statement:
    found = [s for s in article.statements if words in s.text]
    assert len(found) == 1, f"{words!r}: {[s.text for s in found]}"
    return found[0]


@pytest.mark.parametrize(("words", "names"), EXPECTED, ids=[w for w, _ in EXPECTED])
def test_statement_and_its_speaker(seed: Article, words: str, names: list[str]) -> None:
    statement = _containing(seed, words)
    assert statement.speaker is not None and statement.speaker.name
    for name in names:
        assert name in statement.speaker.name, (statement.speaker.text, statement.speaker.name)


def test_nothing_is_said_by_a_heading(seed: Article) -> None:
    headings = [b for b in seed.blocks if b.kind == "heading"]
    assert len(headings) == 6
    for s in seed.statements:
        assert s.speaker is not None
        assert not any(h.start <= s.start < h.end for h in headings), s.text
        assert not any(h.start <= s.speaker.start < h.end for h in headings), s.speaker.text


def test_nothing_in_the_wrong_mouth(seed: Article) -> None:
    """The attribution issue's seed items: the call "sei möglich" is Peskow's (his reported
    speech goes on past the sentence about Rubio and Waltz), and no word such as "Erstmal"
    is a speaker."""
    names = {e.id: e.name for e in seed.entities}
    (call,) = [s for s in seed.statements if "Auch ein Telefonat" in s.text]
    assert call.speaker is not None and names.get(call.speaker.entity or "") == "Dmitri Peskow"
    assert not any(s.speaker and s.speaker.text.startswith("Erstmal") for s in seed.statements)
    rubio = [s for s in seed.statements if s.speaker and s.speaker.name == "Marco Rubio"]
    assert len(rubio) == 2
