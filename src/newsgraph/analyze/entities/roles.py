"""Roles of a person, from the words around a name.

Three patterns, in German and English:

* a title before the name: "US-Außenminister Marco Rubio", "Frankreichs Präsident
  Emmanuel Macron", "Secretary of State Marco Rubio", "Kreml-Sprecher Dmitri Peskow";
* an apposition: "der Vizechef der ukrainischen Präsidialkanzlei, Pawlo Palissa",
  "Marco Rubio, the Secretary of State,";
* a party in brackets: "Annalena Baerbock (Grüne)".

A role is a role noun (``role_heads`` in ``lang/<language>/entities.toml``) with
the adjectives, names and genitive that belong to it; it is returned as written.
"""

from __future__ import annotations

import re
from collections.abc import Container

from newsgraph.analyze.entities import keys
from newsgraph.analyze.entities.features import Lexicon
from newsgraph.analyze.entities.tokens import Token

# Words a role phrase may be preceded by; an adjective counts as part of a role only after one.
_BOUNDARY = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "sein",
        "seine",
        "seiner",
        "seinem",
        "seinen",
        "ihr",
        "ihre",
        "ihrer",
        "ihrem",
        "ihren",
        "unser",
        "unsere",
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "und",
        "and",
        "sowie",
        "mit",
        "with",
        "von",
        "vom",
        "zum",
        "zur",
        "beim",
        "im",
        ",",
        "(",
        ":",
        ";",
        "–",
        "—",
    ]
)
# Words that open a complement after a role noun ("Vizechef der Präsidialkanzlei").
_LINK = frozenset(
    ["der", "des", "von", "vom", "bei", "beim", "im", "in", "am", "of", "the", "for", "für", "at"]
)
_ADJECTIVE = re.compile(r"^[a-zäöüß][a-zäöüß-]*(?:e|en|er|es|em)$")
_PUNCT = frozenset(list(",.;:!?()[]\"'„“”«»–—/"))
_LONGEST = 8  # tokens in a complement


def find(
    tokens: list[Token], first: int, last: int, lex: Lexicon, named: Container[int]
) -> list[tuple[int, int]]:
    """Character spans of the roles given to the person named by tokens
    ``first``..``last``; ``named`` holds the indices of tokens inside other names."""
    out = [r for r in (_before(tokens, first, lex, named), _after(tokens, last, lex, named)) if r]
    party = _party(tokens, last, lex)
    if party:
        out.append(party)
    return out


def _is_role(tok: Token, lex: Lexicon) -> bool:
    return lex.is_role(tok.text) and (tok.text[:1].isupper() or not lex.compound)


def _strong(i: int, tokens: list[Token], lex: Lexicon, named: Container[int]) -> bool:
    word = tokens[i].text
    return (
        (i in named and word[:1].isupper())
        or _is_role(tokens[i], lex)
        or (word.lower() in lex.role_words and word.lower() not in _LINK)
        or (len(word) > 3 and word.endswith("s") and keys.is_place(word[:-1]))  # Frankreichs
    )


def _weak(i: int, tokens: list[Token], lex: Lexicon) -> bool:
    word = tokens[i].text.lower()
    return word not in _BOUNDARY and word not in lex.verbs and bool(_ADJECTIVE.match(word))


def _extend(tokens: list[Token], head: int, lex: Lexicon, named: Container[int]) -> int:
    """The first token of the role phrase whose role noun is ``head``."""
    start = head
    while (
        start > 0
        and not tokens[start].newline
        and (_strong(start - 1, tokens, lex, named) or _weak(start - 1, tokens, lex))
    ):
        start -= 1
    before = tokens[start - 1].text.lower() if start else ""
    bounded = start == 0 or before in _BOUNDARY or before in lex.verbs
    while start < head and not bounded and not _strong(start, tokens, lex, named):
        start += 1
    return start


def _complement(tokens: list[Token], a: int, b: int, named: Container[int]) -> bool:
    """Tokens ``a``..``b`` are a genitive or "of" phrase: "der ukrainischen Präsidialkanzlei"."""
    if a > b:
        return True
    if b - a + 1 > _LONGEST or tokens[a].text.lower() not in _LINK:
        return False
    last = tokens[b].text
    if not (last[:1].isupper() or b in named):
        return False
    return all(
        t.text.lower() in _LINK or t.text[:1].isupper() or _ADJECTIVE.match(t.text.lower())
        for t in tokens[a + 1 : b + 1]
    )


def _before(
    tokens: list[Token], first: int, lex: Lexicon, named: Container[int]
) -> tuple[int, int] | None:
    j = first - 1
    while j >= 0 and (tokens[j].text == "." or tokens[j].text.lower() in lex.titles):
        j -= 1
    if j >= 0 and tokens[j].text == ",":
        j -= 1
    if j < 0 or tokens[j + 1].newline:
        return None
    for head in range(j, max(j - _LONGEST - 1, -1), -1):
        if tokens[head].text in _PUNCT or (tokens[head + 1].newline and head < j):
            return None
        if _is_role(tokens[head], lex) and _complement(tokens, head + 1, j, named):
            return tokens[_extend(tokens, head, lex, named)].start, tokens[j].end
    return None


def _after(
    tokens: list[Token], last: int, lex: Lexicon, named: Container[int]
) -> tuple[int, int] | None:
    k = last + 1
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    k += 1
    if k < len(tokens) and tokens[k].text.lower() in _BOUNDARY:
        k += 1
    start = k
    while k < len(tokens) and not _is_role(tokens[k], lex):
        loose = not lex.compound and tokens[k].text.isalpha()  # "an energy analyst"
        if not lex.compound and _possessive(tokens, k):
            k += 2  # "the union's general secretary": "'" and "s" belong to the role
            continue
        if k - start > 3 or not (_strong(k, tokens, lex, named) or _weak(k, tokens, lex) or loose):
            return None
        k += 1
    if k >= len(tokens):
        return None
    while k + 1 < len(tokens) and _is_role(tokens[k + 1], lex):
        k += 1  # "chief executive", "general secretary"
    end = k
    while end + 1 < len(tokens) and tokens[end + 1].text not in _PUNCT and end - k < _LONGEST:
        end += 1
    if end + 1 < len(tokens) and tokens[end + 1].text not in ",.;)":
        return None
    # "Rubio, der Leiter des Präsidentenbüros, Andrij Jermak": the apposition is Jermak's.
    if end + 2 < len(tokens) and tokens[end + 1].text == "," and end + 2 in named:
        return None
    if any(t.newline for t in tokens[last + 1 : end + 1]):
        return None
    if not _complement(tokens, k + 1, end, named):
        return None
    return tokens[start].start, tokens[end].end


def _possessive(tokens: list[Token], k: int) -> bool:
    """Tokens ``k``, ``k+1`` are an English possessive "'s" cut off a word."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text in ("'", "’")
        and tokens[k + 1].text == "s"
        and tokens[k].start == tokens[k - 1].end
    )


def _party(tokens: list[Token], last: int, lex: Lexicon) -> tuple[int, int] | None:
    if last + 2 >= len(tokens) or tokens[last + 1].text != "(":
        return None
    close = next(
        (i for i in range(last + 2, min(last + 8, len(tokens))) if tokens[i].text == ")"), 0
    )
    if not close:
        return None
    inner = tokens[last + 2 : close]
    text = " ".join(t.text for t in inner).lower()
    if text in lex.parties or (
        inner[0].text.split("-")[0].lower() in lex.parties
        and len(inner[0].text) > 1
        and "-" in inner[0].text
    ):
        return inner[0].start, inner[-1].end
    return None
