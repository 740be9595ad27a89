"""Clean-up rules for recognised names, the same for every language.

Taggers sometimes take a role into a person's name ("US-Außenminister Marco
Rubio"), tag a common noun as a person ("Russen"), or leave a possessive on
("Trump's"), or type a titled name as a body ("Dr Mitchell"). These rules fix the span
or the type, or drop the name; the word lists are in
``lang/<language>/entities.toml``.
"""

from __future__ import annotations

from newsgraph.analyze.entities.features import Lexicon
from newsgraph.analyze.entities.found import Found
from newsgraph.analyze.entities.keys import particles
from newsgraph.analyze.entities.tokens import Token

_POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s"})
_ARTICLES = frozenset({"the", "a", "an", "der", "die", "das"})
_EDGE = frozenset(list("\"'„“”‚‘’«»()[]{},;:.!?-–—/|*#"))


def clean(found: list[Found], tokens: list[Token], lex: Lexicon) -> list[Found]:
    out: list[Found] = []
    for f in found:
        trimmed = _trim(f, tokens, lex)
        if trimmed is not None and _keep(trimmed, tokens, lex):
            out.append(trimmed)
    return out


def _trim(f: Found, tokens: list[Token], lex: Lexicon) -> Found | None:
    first, last = f.first, f.last
    if f.type != "PER" and first < last and tokens[first].text.lower() in lex.titles:
        f = Found(first, last, "PER")  # "Dr Mitchell", "Herr Meier": a title names a person
    # Punctuation at the edges ("„Merkel", "Scholz:"), possessives, caption words ("Bild").
    while first <= last and tokens[first].text in _EDGE:
        first += 1
    while last >= first and (
        (tokens[last].text in _EDGE and not _abbreviation(tokens, first, last))
        or tokens[last].text in _POSSESSIVE
        or (last > first and tokens[last].text.lower() in lex.not_person)
        or (f.type == "PER" and last > first and _lower_word(tokens[last].text))
    ):
        last -= 1
    if f.type == "PER":
        # Roles, titles and articles before the name: "Präsident Putin", "the Mr Smith".
        while first < last and (
            lex.is_role(tokens[first].text)
            or tokens[first].text.lower() in lex.titles
            or tokens[first].text.lower() in lex.role_words
            or not (tokens[first].text[:1].isupper() or tokens[first].text in particles())
        ):
            first += 1
    elif first < last and tokens[first].text.lower() in _ARTICLES:
        first += 1
    return Found(first, last, f.type) if first <= last else None


def _lower_word(word: str) -> bool:
    """A lower-case word that is no name particle: "widersprach" in "Wendel widersprach"."""
    return word[:1].islower() and word.isalpha() and word not in particles()


def _abbreviation(tokens: list[Token], first: int, last: int) -> bool:
    """The full stop of "U.S." or "D.C." belongs to the name."""
    return tokens[last].text == "." and last > first and len(tokens[last - 1].text) == 1


def _keep(f: Found, tokens: list[Token], lex: Lexicon) -> bool:
    words = [t.text for t in tokens[f.first : f.last + 1]]
    if not any(w[:1].isupper() for w in words):
        return False
    if f.type == "PER":
        if not words[0][:1].isupper() and words[0] not in particles():
            return False
        # A person is never only role nouns or common words ("Russen", "Präsident").
        if all(lex.is_role(w) or w.lower() in lex.not_person for w in words):
            return False
        if any(not w[:1].isalpha() and w not in ("-", ".") for w in words):
            return False
    elif len(words) == 1 and (lex.is_role(words[0]) or words[0].lower() in lex.role_words):
        return False  # "State" in "Secretary of State"
    return f.type != "NORP"
