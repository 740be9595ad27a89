"""Tokens and sentences with offsets, for the German tagger and the rules.

Tokens follow GermEval 2014's conventions closely (hyphen compounds stay one
token, punctuation is split off) so that the tagger sees at run time what it
saw in training. Words glued by text dumps ("UnionUrsula", "RubioBild") are
split where a lower-case letter runs into a capitalised word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words with inner hyphens and apostrophes ("US-Präsident", "O'Neill"), but the English
# possessive "'s" is split off; any other character is a token of its own.
_TOKEN = re.compile(r"\w+(?:[-&]\w+|['’](?!s\b)\w+)*|[^\w\s]")
# "RubioBild": at least three lower-case letters, then a capitalised word of three or more.
_GLUE = re.compile(r"(?<=[a-zäöüßéáíóú]{3})(?=[A-ZÄÖÜ][a-zäöüß]{2})")
_SENTENCE_END = frozenset(".!?")
# Tokens before a full stop that do not end a sentence (abbreviations, initials).
_NO_END = frozenset(
    [
        "dr",
        "prof",
        "st",
        "nr",
        "bzw",
        "ca",
        "vgl",
        "usw",
        "z",
        "b",
        "d",
        "h",
        "u",
        "a",
        "o.",
        "m",
        "mio",
        "mrd",
        "jh",
        "jhd",
        "abs",
        "art",
        "bd",
        "dt",
        "engl",
        "frz",
        "gen",
        "hl",
        "ing",
        "jr",
        "kap",
        "lt",
        "max",
        "min",
        "mr",
        "mrs",
        "ms",
        "nov",
        "okt",
        "dez",
        "jan",
        "feb",
        "mär",
        "apr",
        "aug",
        "sep",
        "sept",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "gov",
        "sen",
        "rep",
        "gen",
        "col",
        "lt",
        "sgt",
    ]
)


@dataclass(frozen=True)
class Token:
    """``newline``: a line break comes before it; ``glued``: it was cut off the word
    before ("Bild" in "RubioBild"), which a text dump ran together."""

    text: str
    start: int
    end: int
    newline: bool = False
    glued: bool = False


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    last = 0
    for m in _TOKEN.finditer(text):
        word, base = m.group(), m.start()
        cuts = [g.start() for g in _GLUE.finditer(word)] if len(word) >= 6 else []
        newline = "\n" in text[last:base]
        prev = 0
        for cut in [*cuts, len(word)]:
            out.append(Token(word[prev:cut], base + prev, base + cut, newline, prev > 0))
            newline = False
            prev = cut
        last = m.end()
    return out


def sentences(text: str, tokens: list[Token] | None = None) -> list[list[Token]]:
    """Tokens grouped into sentences: a break at every line break and after
    . ! ? unless the token before is an abbreviation, an initial or a number."""
    tokens = tokenize(text) if tokens is None else tokens
    out: list[list[Token]] = []
    current: list[Token] = []
    for i, tok in enumerate(tokens):
        if current and (tok.newline or tok.glued):
            out.append(current)
            current = []
        current.append(tok)
        if tok.text in _SENTENCE_END and i + 1 < len(tokens) and _ends(current, tokens[i + 1]):
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _ends(current: list[Token], following: Token) -> bool:
    if len(current) < 2:
        return False
    before = current[-2].text
    if current[-1].text == "." and (
        before.lower() in _NO_END or len(before) == 1 or before.isdigit()
    ):
        return False
    first = following.text[:1]
    return first.isupper() or first.isdigit() or first in "\"„“‚«»'("
