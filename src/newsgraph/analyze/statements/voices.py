"""Candidates whose speaker is no voice of its own: the article's author, or a text nobody
is named as having written.

Why: the guideline (docs/annotation.md) counts neither "the journalist's questions and own
claims" nor "research shows …" as statements, yet both have the shape of one: a reporter
on a TV station's page quotes herself ('"Are you saying …?" asked Pineda'), a service page
describes itself ("This guide explains what …"), a finding has a document as its subject
("The latest research says …", "according to a 2024 federal survey"). The frame's
speaker tells them apart: a name that is the byline's, or a document head noun with no
name in its phrase ("a study by Toast" and "the report", which points back to a named
one, stay). The document words are data in ``lang/<language>/voices.toml`` (English).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsgraph.analyze.statements.rules import Rules
from newsgraph.article import Statement
from newsgraph.lang import load, nouns

__all__ = ["authors_words", "by_author", "survey_share", "unnamed_document", "voiceless"]

_WORD = re.compile(r"[\w’'.-]+")
_POSSESSIVE = ("'s", "’s")


@dataclass(frozen=True)
class Words:
    """The word lists of ``lang/<language>/voices.toml``, read here and by ``mouths``.
    ``people``: common nouns for people and for bodies; ``spoken_texts``: documents and
    texts that speak for their authors."""

    documents: frozenset[str]
    countable: frozenset[str]
    self_determiners: frozenset[str]
    hedges: frozenset[str]
    shares: frozenset[str]
    counts: frozenset[str]
    people: frozenset[str]
    quantities: frozenset[str]
    person_endings: tuple[str, ...]
    spoken_texts: frozenset[str]
    plain_speech: frozenset[str]


@cache
def words(language: str) -> Words:
    data = load(language, "voices")

    def get(*keys: str) -> frozenset[str]:
        return frozenset(str(w).lower() for key in keys for w in data.get(key, []))

    return Words(
        get("documents"),
        get("countable"),
        get("self_determiners"),
        get("share_hedges"),
        get("shares"),
        get("counts"),
        get("people", "bodies"),
        get("quantities"),
        tuple(str(w).lower() for w in data.get("person_endings", [])),
        get("documents", "countable", "texts"),
        get("plain_speech"),
    )


def authors_words(authors: list[str]) -> list[frozenset[str]]:
    """Each byline name as the set of its name words ("Nina Pineda" -> {nina, pineda})."""
    out = []
    for name in authors:
        found = frozenset(w.lower() for w in _WORD.findall(name) if w[:1].isupper() and len(w) > 1)
        if found:
            out.append(found)
    return out


def by_author(statement: Statement, authors: list[frozenset[str]], rules: Rules) -> bool:
    """Whether the frame names the article's author as the speaker ("asked Pineda" under
    the byline "Nina Pineda"): every name word of the mention is one of an author's."""
    sp = statement.speaker
    if sp is None or not authors:
        return False
    names = {
        w.lower().removesuffix("'s").removesuffix("’s")
        for w in _WORD.findall(sp.text)
        if w[:1].isupper() and w.lower() not in rules.determiners
    }
    names -= rules.pronouns.keys()
    return bool(names) and any(names <= author for author in authors)


def unnamed_document(statement: Statement, rules: Rules) -> bool:
    """Whether the speaker is a document or finding with no author named in its phrase
    ("The latest research", "a 2024 federal survey", "This step-by-step guide to …");
    "the report" alone points back to a named one and stays."""
    lists = words(rules.language)
    sp = statement.speaker
    if sp is None or not lists.documents:
        return False
    tokens = _WORD.findall(sp.text)
    if not tokens:
        return False
    lows = [t.lower() for t in tokens]
    first = next((i + 1 for i, t in enumerate(lows) if t.endswith(_POSSESSIVE)), 0)
    last = len(tokens)
    for i in range(first + 1, len(tokens)):
        if lows[i] in rules.prepositions or lows[i] in ("of", "who", "which", "that"):
            last = i
            break
    if first >= last or lows[last - 1] not in lists.documents:
        return False
    common = nouns(rules.language)  # German writes nouns capitalised: no names, those
    rest = [t for i, t in enumerate(tokens) if i > 0 and i != last - 1]  # the head is no name
    if any(_named(t, common) for t in rest) or (_named(tokens[0], common) and first > 0):
        return False  # "a 2024 Gallup study", "a study by Toast": its author is named
    det = lows[first] if first < last else ""
    if det in lists.self_determiners:
        return True  # "This article", "this guide": the page about itself
    return not (det in rules.determiners and det != "a" and lows[last - 1] in lists.countable)


def _named(token: str, common: frozenset[str]) -> bool:
    """A capitalised word that is no common noun ("Gallup"; German "Forsa-Umfrage" is
    named by its first part)."""
    if not token[:1].isupper():
        return False
    if token in common:
        return False
    if "-" in token and token.rsplit("-", 1)[-1].capitalize() in common:
        return token.split("-", 1)[0] not in common
    return True


def survey_share(statement: Statement, rules: Rules) -> bool:
    """Whether the speaker is a share of those asked ("61% of consumers", "Nearly half of
    all respondents", "Three out of four shoppers", "one in five adults"): a survey's
    figure, which the guideline counts as no one's statement."""
    lists = words(rules.language)
    sp = statement.speaker
    if sp is None or not lists.shares:
        return False
    tokens = [t.lower() for t in _SHARE_WORD.findall(sp.text)]
    while tokens and tokens[0] in lists.hedges:
        tokens = tokens[1:]  # "Nearly", "An overwhelming", "more than"
    if len(tokens) < 3:
        return False
    first, second = tokens[0], tokens[1]
    if first.endswith("%") or second in ("%", "percent", "per"):
        return True  # "61.59% of …", "Ninety-seven percent of …", "49 per cent"
    if first in lists.shares and second == "of":
        return True  # "half of …", "a third of"
    counted = first.isdigit() or first in lists.counts
    return counted and second in ("out", "in") and len(tokens) > 3  # "three out of four"


_SHARE_WORD = re.compile(r"[\w.,-]+%?|%")


def voiceless(statement: Statement, authors: list[frozenset[str]], rules: Rules) -> bool:
    """Whether ``statement``'s speaker is the author, an unnamed document or a survey's
    share of those asked."""
    return (
        by_author(statement, authors, rules)
        or unnamed_document(statement, rules)
        or survey_share(statement, rules)
    )
