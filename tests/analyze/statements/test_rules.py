"""The statement rules read from ``lang/<language>/statements.toml``."""

from __future__ import annotations


def test_german_person_nouns_by_their_feminine_form() -> None:
    """A noun whose feminine form is a noun names a person, also as a compound's last part
    ("Landwirt": "Wirtin"); nouns without one are no role."""
    from newsgraph.analyze.statements.rules import rules

    de = rules("de")
    for word in ("Läufer", "Landwirt", "Interimscoach", "Expertin", "Juristen", "Kollegin"):
        assert de.role_of(word) == "person", word
    for word in ("Papier", "Technik", "Duell", "Medizin", "Benzin", "Warnung"):
        assert de.role_of(word) is None, word
