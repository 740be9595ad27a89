"""A body named with its seat: "Das Verwaltungsgericht Berlin", "das Landgericht München I".

Why: the entity stage often tags only the place ("Berlin") or nothing ("München I"), and
the speaker then became the place, or no one. The body's noun comes first and the name
of its seat follows; German only, where nouns are capitalised.
"""

from __future__ import annotations

import re

from newsgraph.analyze.speakers.heads import words
from newsgraph.analyze.statements.rules import Rules

# A body's noun and the name of its seat after it, with an article or none.
_SEATED = re.compile(
    r"(?:(?P<det>\w+)\s+)?(?P<noun>[A-ZÄÖÜ][\w-]+)\s+"
    r"(?P<name>[A-ZÄÖÜ][\w-]*(?:\s+(?:[A-ZÄÖÜ][\w-]*|[IVX]+))*)\s*$"
)


def seated(mention: str, rules: Rules, never: frozenset[str]) -> tuple[str, int] | None:
    """The body's name ("Verwaltungsgericht Berlin") and where its seat starts in
    ``mention``, when the mention is a body's noun followed by a name; ``never``: words
    that are no name ("Montag")."""
    found = _SEATED.fullmatch(mention.strip())
    if found is None or not words(rules.language).capitalised_nouns:
        return None
    det = found.group("det")
    if det is not None and det.lower() not in rules.determiners:
        return None
    if rules.role_of(found.group("noun")) != "body":
        return None
    name = found.group("name")
    if any(w.lower() in never for w in name.split()):
        return None  # "die Regierung Montag": a time, no seat
    at = len(mention) - len(mention.lstrip()) + found.start("name")
    return f"{found.group('noun')} {name}", at
