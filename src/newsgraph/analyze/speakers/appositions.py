"""Appositions in a speaker mention: who a name beside a description is.

Why: news names a speaker with a description beside the name, in either order: "Mike
Waltz, ein früherer Berater Trumps" is Waltz, and "Der Präsident des Landes, Nicolás
Maduro" is Maduro, however many other names the description holds. A genitive owner
before a role ("Thüringens AfD-Chef") makes the description definite: one holder of the
role, whom the article has named.
"""

from __future__ import annotations

from newsgraph.analyze.speakers.heads import Head
from newsgraph.analyze.speakers.names import by_name
from newsgraph.analyze.statements.rules import Rules
from newsgraph.article import Entity, Speaker
from newsgraph.lang import nouns


def people(entities: list[Entity]) -> list[Entity]:
    """The named people (not the unnamed sources)."""
    return [e for e in entities if e.type == "PER" and not e.key.startswith("anon:")]


def leading(entities: list[Entity], sp: Speaker, part: str) -> Entity | None:
    """The person whose name opens the mention, an apposition after the comma: "Waltz,
    ein ehemaliger Sicherheitsberater Trumps" is Waltz, not Trump."""
    if "," not in sp.text:
        return None
    opening = sp.start + len(sp.text) - len(sp.text.lstrip())
    for e in people(entities):
        for m in e.mentions:
            here = m.part == part and m.kind == "name" and m.start == opening
            if here and sp.text[m.end - sp.start :].lstrip().startswith(","):
                return e
    return None


def after_comma(
    entities: list[Entity], sp: Speaker, part: str, rules: Rules
) -> tuple[Entity | None, str | None]:
    """The one person named after a comma in the mention ("Der Sprecher der Polizei, Lars
    Beringer"; a place or body there is no speaker: "ein Bäcker aus Erfurt"), else the
    name there that the entity stage missed, found by its key or given back to be made a
    person ("…, Nicolás Maduro")."""
    comma = sp.text.find(",")
    if comma < 0:
        return None, None
    after = sp.start + comma
    found = {
        e.id: e
        for e in people(entities)
        for m in e.mentions
        if m.part == part and m.kind == "name" and after < m.start < sp.end
    }
    if len(found) == 1:
        return next(iter(found.values())), None
    rest = sp.text[comma + 1 :].split()
    if found or not 2 <= len(rest) <= 3 or not all(capitalised(w) for w in rest):
        return None, None
    if set(rest) & nouns(rules.language):
        return None, None  # "…, Generalsekretär Klaus": a role, not all name
    named = by_name(" ".join(rest), entities)
    if named is None:
        return None, " ".join(rest)
    return (named, None) if named.type == "PER" else (None, None)


def whose(sp: Speaker, h: Head, language: str) -> bool:
    """A name in the genitive before the head noun makes it definite: "Thüringens
    AfD-Chef" is "der AfD-Chef Thüringens"."""
    before = sp.text.split()[:-1]
    return (
        len(before) == 1
        and sp.text.split()[-1] == h.noun
        and capitalised(before[0])
        and before[0].endswith("s")
        and before[0] not in nouns(language)
    )


def capitalised(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").replace(".", "").isalpha()
