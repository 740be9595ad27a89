"""Clean-up rules for recognised names, the same for every language.

Taggers sometimes take a role into a person's name ("US-Außenminister Marco
Rubio"), tag a common noun as a person ("Russen"), or leave a possessive on
("Trump's"). These rules fix the span or drop the name; the word lists are in
``lang/<language>/entities.toml``.
"""

from __future__ import annotations

from newsgraph.analyze.entities.features import Lexicon
from newsgraph.analyze.entities.found import Found
from newsgraph.analyze.entities.tokens import Token

_POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s"})
_EDGE = frozenset(list("\"'„“”‚‘’«»()[]{},;:.!?-–—/|*#"))


def clean(found: list[Found], tokens: list[Token], lex: Lexicon) -> list[Found]:
    out: list[Found] = []
    for f in found:
        f = _trim(f, tokens, lex)
        if f is not None and _keep(f, tokens, lex):
            out.append(f)
    return out


def _trim(f: Found, tokens: list[Token], lex: Lexicon) -> Found | None:
    words = [t.text for t in tokens[f.first : f.last + 1]]
    first, last = f.first, f.last
    # Punctuation at the edges ("„Merkel", "Scholz:").
    while first <= last and tokens[first].text in _EDGE:
        first += 1
    while last >= first and (tokens[last].text in _EDGE or tokens[last].text in _POSSESSIVE):
        last -= 1
    if f.type == "PER":
        # Roles, titles and articles before the name: "Präsident Putin", "the Mr Smith".
        while first < last and (
            lex.is_role(tokens[first].text)
            or tokens[first].text.lower() in lex.titles
            or tokens[first].text.lower() in lex.role_words
            or not tokens[first].text[:1].isupper()
        ):
            first += 1
    elif first < last and tokens[first].text.lower() in ("the", "der", "die", "das"):
        first += 1
    if first > last:
        return None
    if (first, last) == (f.first, f.last) or words:
        return Found(first, last, f.type)
    return None


def _keep(f: Found, tokens: list[Token], lex: Lexicon) -> bool:
    words = [t.text for t in tokens[f.first : f.last + 1]]
    if not any(w[:1].isupper() for w in words):
        return False
    if f.type == "PER":
        if not words[0][:1].isupper() and words[0].lower() not in ("de", "da", "van", "von"):
            return False
        # A person is never only role nouns or common words ("Russen", "Präsident").
        if all(lex.is_role(w) or w.lower() in lex.not_person for w in words):
            return False
        if any(not w[:1].isalpha() and w not in ("-", ".") for w in words):
            return False
    return f.type != "NORP"
