"""What a speaker mention is: a pronoun, a name, or a description, and where its head is.

Why: the head of a noun phrase decides what it refers to. "Ein Bäcker aus Erfurt" is a
baker, not Erfurt; "a spokesperson for the employers" is a spokesperson; "Lumen's chief
executive" is a person, not the company; "Angaben des Statistischen Bundesamts" is the
office, since "Angaben" only says where the words come from. German and English put the
head noun before the prepositional or genitive phrase that modifies it, so the head
region is the mention up to the first such phrase (after an English possessive), and a
source noun hands the head on to its genitive. The word lists are the statements
stage's, in ``lang/<language>/statements.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsgraph.analyze.statements.rules import Rules
from newsgraph.lang import load, nouns

_TOKEN = re.compile(r"[\w’'.-]+|[^\w\s]")


@dataclass(frozen=True)
class Words:
    """The word lists of ``lang/<language>/speakers.toml``, lowercase."""

    definite: frozenset[str]
    possessives: frozenset[str]
    genitive: frozenset[str]
    modifiers: frozenset[str]
    possessive_endings: tuple[str, ...]
    documents: frozenset[str]
    papers: frozenset[str]
    capitalised_nouns: bool
    not_speakers: frozenset[str]
    plural_determiners: frozenset[str]
    singular_endings: tuple[str, ...]
    plural_endings: tuple[str, ...]
    person_endings: tuple[str, ...]
    person_nouns: frozenset[str]
    companies: frozenset[str]
    masculine: frozenset[str]
    feminine: frozenset[str]


@cache
def words(language: str) -> Words:
    data = load(language, "speakers") or load("en", "speakers")

    def get(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key, []))

    return Words(
        get("definite"), get("possessives"), get("genitive"), get("modifiers"),
        _endings(data, "possessive_endings"), get("documents"), get("papers"),
        bool(data.get("capitalised_nouns", False)), get("not_speakers"),
        get("plural_determiners"), _endings(data, "singular_endings"),
        _endings(data, "plural_endings"), _endings(data, "person_endings"), get("person_nouns"),
        get("companies"), get("masculine"), get("feminine"),
    )  # fmt: skip


def _endings(data: dict[str, object], key: str) -> tuple[str, ...]:
    found = data.get(key, [])
    return tuple(str(w).lower() for w in found) if isinstance(found, list) else ()


_QUOTES = frozenset('„“”"«»‚‘’')


@dataclass(frozen=True)
class Head:
    """``kind``: "pronoun", "description" or "other"; ``start``/``end``: the head region
    in the article's offsets; ``noun``: its last word; ``role``: "person", "body" or None
    for that noun."""

    kind: str
    start: int
    end: int
    noun: str
    role: str | None
    plural: bool = False
    named_from: int | None = None  # where the speaker's own words start, after a source noun


def head(text: str, start: int, end: int, rules: Rules) -> Head:
    """The head of the mention ``text[start:end]``."""
    lists = words(rules.language)
    found = _TOKEN.finditer(text[start:end])
    tokens = [(m.group(), start + m.start(), start + m.end()) for m in found]
    tokens = [w for w in tokens if w[0] not in ",;:"]
    if not tokens:
        return Head("other", start, end, "", None)
    lows = [w[0].lower() for w in tokens]
    if len(tokens) == 1 and lows[0] in rules.pronouns:
        plural = rules.pronouns[lows[0]][1] == "pl"
        return Head("pronoun", start, end, tokens[0][0], "person", plural)
    if lows[0] in lists.possessives and len(tokens) <= 3:
        return Head("pronoun", tokens[0][1], tokens[0][2], tokens[0][0], "person")
    first, source = 0, False
    for i, (w, _, _) in enumerate(tokens):
        if lists.possessive_endings and w.endswith(lists.possessive_endings):
            first = i + 1  # "Lumen's chief executive": the executive
    for i, low in enumerate(lows[:-1]):
        if low in rules.source_nouns and lows[i + 1] in lists.genitive:
            first, source = i + 2, True  # "Angaben des Statistischen Bundesamts": the office
            break
    last = len(tokens)
    for i in range(first + 1, len(tokens)):
        low = lows[i]
        if not any(_noun(tokens[j][0], lows[j], rules, lists) for j in range(first, i)):
            continue  # "Der von der Hamas kontrollierte Zivilschutz": no head yet
        if tokens[i][0] == "(" or tokens[i][0] in _QUOTES:
            last = i  # "die Partei „Die Mitte“": the name in quotation marks is no head
            break
        if low in rules.prepositions or low in lists.modifiers or low in lists.genitive:
            last = i
            break
    region = tokens[first:last] or tokens
    noun = region[-1][0]
    role = None if noun.lower() in lists.documents else rules.role_of(noun)
    if role is None and a_person(noun, rules.language):
        role = "person"
    det = lows[first] in rules.determiners if first < len(lows) else False
    kind = "description" if role is not None or det else "other"
    named_from = region[0][1] if source else None
    plural = _plural(lows[first] if first < len(lows) else "", noun.lower(), lists)
    return Head(kind, region[0][1], region[-1][2], noun, role, plural, named_from)


def a_person(noun: str, language: str) -> bool:
    """A noun the role list lacks that names a person: by its ending ("Neurologe",
    "Aktivistin", "45-Jährige"), as one of ``person_nouns`` ("Frau", "Israeli"), or by a
    feminine form in "-in" that the noun list knows ("Läuferin"), also as that feminine
    form ("Niederländerin" of "Niederländer"). A compound counts by its last part
    ("Deutsch-Israeli")."""
    lists = words(language)
    low = noun.lower()
    if lists.person_endings and low.endswith(lists.person_endings) and len(low) > 5:
        return True
    noun = noun.rsplit("-", 1)[-1]
    if noun.lower() in lists.person_nouns:
        return True
    if not lists.capitalised_nouns or not noun[:1].isupper():
        return False
    known = nouns(language)
    stem = noun[:-1] if noun.endswith("e") else noun
    if noun in known and (stem + "in" in known or noun + "in" in known):
        return True
    masculine = noun[:-2]
    return noun.endswith("in") and noun in known and masculine in known and len(masculine) > 4


def _plural(first: str, noun: str, lists: Words) -> bool:
    """Whether a description names several ("die Experten", "the analysts"): a plural
    determiner before a noun without a singular ending ("die Expertin" is one), or a
    plural ending."""
    if first in lists.plural_determiners and not noun.endswith(lists.singular_endings):
        return True
    return bool(lists.plural_endings) and noun.endswith(lists.plural_endings)


def _noun(word: str, low: str, rules: Rules, lists: Words) -> bool:
    """Could be the head noun: a capitalised word where nouns are (German), else any
    content word."""
    if low in rules.determiners or not word[:1].isalpha():
        return False
    return word[:1].isupper() or not lists.capitalised_nouns
