"""English names found only in Title Case lines.

Headings, menus and list items written in Title Case ("Smartphone Photography Is Back",
"Cardio Machines", "Start Shopping") give the small English model nothing to tell a name
from a capitalised common word, and it tags many of them ORG or PERSON. A name found
only in such lines is kept when the article also writes it in an ordinary line, when it
is a person whose first word is a known first name, when it is a place, an acronym
("NPP") or a listed organisation; otherwise it is dropped. German capitalises every noun
anyway; its tagger is trained on that, and this filter is not used for it.
"""

from __future__ import annotations

from functools import cache

from newsgraph import lang
from newsgraph.analyze.entities import german
from newsgraph.analyze.entities.first_names import first_names
from newsgraph.analyze.entities.found import Found
from newsgraph.analyze.entities.tokens import Token


@cache
def _small() -> frozenset[str]:
    """Words Title Case leaves in lower case (``title_case_small`` in
    ``lang/en/entities.toml``)."""
    return frozenset(lang.load("en", "entities").get("title_case_small", []))


def lines(tokens: list[Token]) -> list[tuple[int, int]]:
    """``(first, last)`` token indices of each line."""
    out, first = [], 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or tokens[i].newline:
            out.append((first, i - 1))
            first = i
    return [line for line in out if line[0] <= line[1]]


def is_title_case(words: list[str]) -> bool:
    """Two or more words, and every word of letters that Title Case capitalises is."""
    alpha = [w for w in words if w[:1].isalpha()]
    return len(alpha) >= 2 and all(w[:1].isupper() or w in _small() for w in alpha)


def drop_heading_names(
    found: list[Found], tokens: list[Token], organisations: tuple[str, ...]
) -> list[Found]:
    titled = [
        (a, b) for a, b in lines(tokens) if is_title_case([t.text for t in tokens[a : b + 1]])
    ]
    if not titled:
        return found
    in_title = {i for a, b in titled for i in range(a, b + 1)}
    ordinary = " " + " ".join(t.text for i, t in enumerate(tokens) if i not in in_title) + " "
    out = []
    for f in found:
        words = [t.text for t in tokens[f.first : f.last + 1]]
        name = " ".join(words)
        keep = (
            f.first not in in_title
            or f.type == "LOC"
            or any(w.isupper() for w in words)
            or f" {name} " in ordinary
            or name in organisations
            or (f.type == "PER" and len(words) > 1 and _first_name(words[0]))
        )
        if keep:
            out.append(f)
    return out


def _first_name(word: str) -> bool:
    low = word.lower()
    return low in first_names() or "FIRST" in german.gazetteer().get(low, "").split()
