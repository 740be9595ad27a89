"""Types the words around a name decide, whatever the tagger said.

- After a noun that introduces an organisation ("der Autozulieferer Brenntal", "Norwegian
  shipbuilder Halvorsen Maritime"), or before a possessive and a role ("Lumen's chief
  executive"), a name is an organisation, unless it is a first name and a surname.
- A "person" whose last word is a place word ("Mill Creek") or that opens with one after a
  locating word ("in Glen Affric") is a place (``place_heads``, ``place_openers``).

- A "person" of several words that opens with the name of an organisation the article
  names, and with no first name, is a product ("Lumen Nano" beside "Lumen").
- In English, a "person" or "place" whose last word is an organisation word ("Sea Org") or
  that opens with one ("Municipality of Livorno") is an organisation; a one-word
  "organisation" that is a city GeoNames knows ("Evansville") is a place.
- In German, a "person" that is a first name only and a common noun too ("Marge" in
  "Umsatz und Marge von Brenntal"), alone or before "von" and an organisation or place the
  article names, is no person: dropped.

Every use of the same name in the article gets the type so decided; the surname of a person
the article names in full is never retyped.

Measured on GUM news (``bench/entities.py``, English micro F1 over PER/ORG/LOC): without
these rules 0.815; with the company nouns, company roles and place words 0.817; with the
organisation words as well 0.826; with the cities as well 0.829 (cities alone 0.820).
"""

from __future__ import annotations

from newsgraph.analyze.entities import german, keys
from newsgraph.analyze.entities.features import Lexicon
from newsgraph.analyze.entities.found import Found
from newsgraph.analyze.entities.tokens import Token

_LOCATING = frozenset(["in", "at", "near", "of", "from", "to", "around", "outside"])
_APOSTROPHES = frozenset(["'", "’"])


def retype(tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Found]:
    # The surname of a person the article names in full stays that person, whatever word
    # stands before it ("the calm but firm Holloway" is no firm). Names with a lower-case
    # word ("Marge von Brenntal") are left to the rules below.
    surnames = {
        tokens[f.last].text
        for f in found
        if f.type == "PER"
        and f.last > f.first
        and all(t.text[:1].isupper() for t in tokens[f.first : f.last + 1])
    }
    decided: dict[str, str] = {}
    for f in found:
        if f.first == f.last and tokens[f.first].text in surnames:
            continue
        kind = _decide(tokens, f, lex)
        if kind:
            decided[_surface(tokens, f)] = kind
    for f in found:
        f.type = decided.get(_surface(tokens, f), f.type)
    _products(tokens, found)
    places = {_surface(tokens, f) for f in found if f.type in ("ORG", "LOC")}
    drop = {
        _surface(tokens, f)
        for f in found
        if f.type == "PER" and lex.compound and _noun_not_person(tokens, f, lex, places)
    }
    return [f for f in found if _surface(tokens, f) not in drop]


def _products(tokens: list[Token], found: list[Found]) -> None:
    """A "person" of several words whose first word the article names as an organisation
    on its own, and which is no first name, is a product named after its maker ("Lumen"
    ... "Lumen Nano", "Tesla" ... "Tesla Cybertruck"): MISC, and so is its last word
    alone ("Nano"), unless a person's name ends in it too."""
    makers = {tokens[f.first].text for f in found if f.type == "ORG" and f.first == f.last}
    short: set[str] = set()
    for f in found:
        words = [t.text for t in tokens[f.first : f.last + 1]]
        if f.type == "PER" and len(words) > 1 and words[0] in makers and not _full_name(words):
            f.type = "MISC"
            short.add(words[-1])
    short -= {tokens[f.last].text for f in found if f.type == "PER" and f.last > f.first}
    for f in found:
        if f.type == "PER" and f.first == f.last and tokens[f.first].text in short:
            f.type = "MISC"


def _noun_not_person(tokens: list[Token], f: Found, lex: Lexicon, places: set[str]) -> bool:
    """A first name only that is a common noun too, alone or before "von" and a name of
    an organisation or place in the article ("Marge von Brenntal")."""
    word = tokens[f.first].text
    classes = german.gazetteer().get(word.lower(), "").split()
    if not lex.noun(word) or "FIRST" not in classes or "PER" in classes:
        return False
    if f.first == f.last:
        return True
    rest = [t.text for t in tokens[f.first + 1 : f.last + 1]]
    return rest[0] == "von" and " ".join(rest[1:]) in places


def _surface(tokens: list[Token], f: Found) -> str:
    return " ".join(t.text for t in tokens[f.first : f.last + 1])


def _decide(tokens: list[Token], f: Found, lex: Lexicon) -> str:
    words = [t.text for t in tokens[f.first : f.last + 1]]
    if f.type in ("PER", "LOC", "MISC") and not _full_name(words):
        before = tokens[f.first - 1].text if f.first > 0 else ""
        same_line = f.first > 0 and not tokens[f.first].newline
        if (
            same_line
            and before[:1].isalpha()
            and lex.introduces_org(before)
            and (lex.compound or before[:1].islower())
        ):
            return "ORG"
        after = [t.text for t in tokens[f.last + 1 : f.last + 5]]
        if (
            not lex.compound
            and len(after) >= 3
            and after[0] in _APOSTROPHES
            and after[1] == "s"
            and any(w.lower() in lex.org_roles for w in after[2:4])
            and f.first == f.last
        ):
            return "ORG"  # "Lumen's chief executive"
    if not lex.compound and _english(words, f.type, lex):
        return _english(words, f.type, lex)
    if f.type == "PER":
        before = tokens[f.first - 1].text.lower() if f.first > 0 else ""
        if len(words) > 1 and words[-1].lower() in lex.place_heads:
            return "LOC"
        if len(words) > 1 and words[0].lower() in lex.place_openers and before in _LOCATING:
            return "LOC"
    return ""


def _english(words: list[str], kind: str, lex: Lexicon) -> str:
    """ "Sea Org", "Municipality of Livorno" -> ORG; "Evansville" typed ORG -> LOC."""
    if (
        kind in ("PER", "LOC")
        and len(words) > 1
        and (words[-1].lower() in lex.org_heads or words[0].lower() in lex.org_openers)
    ):
        return "ORG"
    word = words[0]
    city = (
        kind == "ORG"
        and len(words) == 1
        and len(word) > 3
        and word[1:].islower()
        and word not in lex.organisations
    )
    return "LOC" if city and keys.is_city(word) else ""


def _full_name(words: list[str]) -> bool:
    """A known first name followed by more words ("Camille Roussel"), or a known surname
    alone ("Merz"): a person however the text goes on."""
    gaz = german.gazetteer()
    classes = gaz.get(words[0].lower(), "").split()
    if len(words) > 1:
        return "FIRST" in classes
    return "PER" in classes and "ORG" not in classes
