"""Whether a speaker mention names several speakers ("Rubio und Waltz", "China and Russia").

A group is no one entity: its statement keeps ``entity`` None rather than go to one of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgraph.analyze.speakers.heads import Head
from newsgraph.analyze.statements.rules import Rules
from newsgraph.article import Mention, Speaker


def is_group(sp: Speaker, h: Head, named: Sequence[tuple[Mention, str]], rules: Rules) -> bool:
    """An "and" that no one name spans ("Ministerium für Umwelt und Naturschutz" is one),
    in the head region or between two people ("Die Präsidentin der Kommission, Ursula von
    der Leyen, und Ratspräsident António Costa"). "Leiterin der Abteilung für X und Y" is
    one person, so are two roles before one name with no article of their own ("die
    Frauenrechtlerin und Pädagogin María Teresa Blandón"), also when the entity stage took
    the first role for a body ("Quayside Events Co-Owner and Lead Planner Erica Vanco": the
    word before "and" is a person's role). ``named``: the names inside the mention, with
    their entity's type."""
    for m in re.finditer(r"\w+", sp.text):
        if m.group().lower() not in rules.and_words:
            continue
        at = sp.start + m.start()
        if any(x.start < at < x.end for x, _ in named):
            continue  # inside one name
        people = [x for x, kind in named if kind == "PER"]
        before = sp.text[: m.start()].split()
        role_before = bool(before) and rules.role_of(before[-1]) == "person"
        one = (role_before or not any(x.start < at for x, _ in named)) and _roles_of_one(
            sp, m.end(), people, rules
        )
        if h.start <= at < h.end and not one:
            return True
        if any(x.end <= at for x in people) and any(x.start > at for x in people):
            return True
    return False


def _roles_of_one(sp: Speaker, after: int, people: list[Mention], rules: Rules) -> bool:
    """Whether an "and" with no one named before it (ending at ``after`` in the mention)
    joins two roles of the one person named after it: one person, and no article after
    the "and"."""
    if len(people) != 1:
        return False
    following = sp.text[after:].split()
    return bool(following) and following[0].lower() not in rules.determiners
