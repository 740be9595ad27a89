"""A person's gender as the article gives it, for the pronouns that carry one.

Why: "er" and "sie", "he" and "she" mean a man or a woman; binding one to a person of
the other gender puts words in the wrong mouth. News shows the gender by the first name
(``models/first_names.tsv.gz``, built by ``newsgraph.models.first_names``) or by a
feminine role ("Außenministerin", "spokeswoman"). A person with neither stays unknown
and agrees with every pronoun.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

from newsgraph.analyze.statements.rules import Rules
from newsgraph.article import Entity


@cache
def first_names() -> dict[str, str]:
    """Lower-case first name -> "m" or "f"."""
    raw = resources.files("newsgraph.models").joinpath("first_names.tsv.gz").read_bytes()
    rows = (line.split("\t") for line in gzip.decompress(raw).decode().splitlines())
    return {name: g for name, g in rows}


def gender(entity: Entity, rules: Rules) -> str | None:
    """ "m", "f" or None for a person entity."""
    if entity.type != "PER":
        return None
    words = entity.name.split()
    if len(words) > 1:
        found = first_names().get(words[0].lower())
        if found:
            return found
    for role in entity.roles:
        last = role.split()[-1] if role.split() else ""
        if _feminine(last, rules):
            return "f"
    return None


def agrees(entity: Entity, pronoun: str, rules: Rules) -> bool:
    """Whether a person pronoun ("er", "she") can mean ``entity``."""
    wanted = rules.pronouns.get(pronoun.lower(), ("any", "any"))[0]
    if wanted not in ("m", "f"):
        return True
    found = gender(entity, rules)
    return found is None or found == wanted


def _feminine(role: str, rules: Rules) -> bool:
    """ "Außenministerin", "Sprecherin" (German), "spokeswoman" (English)."""
    low = role.lower()
    if rules.language == "de":
        return low.endswith("in") and rules.role_of(role[:-2]) == "person"
    return low.endswith(("woman", "women")) or low == "actress"
