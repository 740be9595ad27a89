"""Roles as shown: the nominative of a German role phrase, whatever case the article used.

"der ukrainische Präsident", "dem ukrainischen Präsidenten" -> "ukrainischer Präsident";
"des SPD-Vorsitzenden" -> "SPD-Vorsitzender"; "die stellvertretende Regierungssprecherin"
-> "stellvertretende Regierungssprecherin". Only the words up to the role noun change; a
genitive after it ("Vizechef der ukrainischen Präsidialkanzlei") stays as written. The
mention keeps the surface form. English roles are shown as written.
"""

from __future__ import annotations

import re
from functools import cache

from newsgraph.analyze.entities.features import Lexicon
from newsgraph.lang import load

_ADJECTIVE = re.compile(r"^([a-zäöüß][a-zäöüß-]*?)(e|en|er|es|em)$")


@cache
def _rules() -> tuple[tuple[str, ...], frozenset[str]]:
    rules = load("de", "entities")
    adjectives = tuple(sorted((w.lower() for w in rules.get("adjective_roles", [])), key=len))
    return adjectives, frozenset(w.lower() for w in rules.get("feminine_articles", []))


def display(role: str, before: str, lex: Lexicon) -> str:
    """The role phrase ``role`` in the nominative; ``before`` is the word before it."""
    if not lex.compound:
        return role
    words = role.split(" ")
    head = next((i for i, w in enumerate(words) if w[:1].isupper() and _is_head(w, lex)), -1)
    if head < 0:
        return role
    adjectives, feminine_articles = _rules()
    noun = words[head]
    low = noun.lower()
    nominal = next((a for a in adjectives if _stem(low).endswith(a[:-1])), "")
    feminine = before.lower() in feminine_articles or (
        not nominal and low.endswith(("in", "innen")) and lex.is_role(noun)
    )
    if nominal:
        noun = noun[: len(_stem(low))] + ("e" if feminine else "er")
    elif not feminine:
        noun = _base_noun(noun, lex)
    out = []
    for word in words[:head]:
        # "ukrainischen", "Nationale" (in a title); "Berliner" (from a place) never changes.
        m = _ADJECTIVE.match(word[:1].lower() + word[1:])
        if m and not (word[:1].isupper() and m.group(2) == "er"):
            word = word[: len(m.group(1))] + ("e" if feminine else "er")
        out.append(word)
    return " ".join([*out, noun, *words[head + 1 :]])


def _is_head(word: str, lex: Lexicon) -> bool:
    """A role noun, also with a case ending ("Kanzlers", "Vorsitzenden")."""
    if lex.is_role(word):
        return True
    return any(
        word.endswith(ending) and lex.is_role(word[: -len(ending)]) for ending in ("s", "n", "en")
    )


def _stem(low: str) -> str:
    """A nominalised adjective without its ending: "vorsitzenden" -> "vorsitzend"."""
    for ending in ("en", "er", "es", "em", "e"):
        if low.endswith(ending):
            return low[: -len(ending)]
    return low


def _base_noun(noun: str, lex: Lexicon) -> str:
    """A masculine role noun without a case ending: "Präsidenten" -> "Präsident",
    "Kanzlers" -> "Kanzler", when what is left is still a role noun."""
    for ending in ("en", "es", "s", "n"):
        stem = noun[: -len(ending)]
        if (
            noun.endswith(ending)
            and len(stem) > 3
            and any(stem.lower().endswith(r) for r in lex.roles if len(r) >= 4)
        ):
            return stem
    return noun
