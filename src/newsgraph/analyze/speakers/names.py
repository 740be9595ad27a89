"""Who a speaker's name is: an entity by identity key, and the name a title or a role
brings with it ("Ms. Okafor", "Mayor Ana Ruiz")."""

from __future__ import annotations

import re

from newsgraph.analyze.entities import keys
from newsgraph.analyze.entities.features import lexicon
from newsgraph.analyze.speakers.heads import Head
from newsgraph.analyze.statements.rules import Rules
from newsgraph.article import Entity, Speaker
from newsgraph.lang import nouns


def by_name(name: str, entities: list[Entity]) -> Entity | None:
    """The one entity with the identity key of ``name`` (a person's full key, else the
    one person with that surname, else the one body or place with that key)."""
    person = keys.person(name)
    named = [e for e in entities if not e.key.startswith("anon:")]
    for candidates in (
        [e for e in named if e.type == "PER" and e.key == person],
        [e for e in named if e.type == "PER" and e.key.startswith(person + ":")],
        [e for e in named if e.type != "PER" and e.key == keys.key(e.type, name)],
    ):
        if len(candidates) == 1 and person != "per:":
            return candidates[0]
    return None


_AFTER_TITLE = re.compile(r"\.?[ \t]+((?:[A-ZÄÖÜ][\w'’-]+)(?:[ \t]+[A-ZÄÖÜ][\w'’-]+)?)")


def name_after_title(sp: Speaker, text: str, language: str) -> bool:
    """ "Ms. Okafor said": the speaker is the title and the name after it, which a sentence
    split at the abbreviation's full stop cut off."""
    if sp.text.strip().rstrip(".").lower() not in lexicon(language).titles:
        return False
    found = _AFTER_TITLE.match(text, sp.end)
    if found is None:
        return False
    sp.end = found.end()
    sp.text = text[sp.start : sp.end]
    sp.name = found.group(1)
    return True


def a_persons_name(sp: Speaker, h: Head, language: str) -> bool:
    """Whether the statements stage read the mention as a person's name with a role or a
    title: two or three capitalised words ("Mayor Ana Ruiz" -> "Ana Ruiz", role "Mayor";
    "Dr. Silke Bargstädt-Franke, Leiterin der Abteilung …")."""
    words = (sp.name or "").split()
    if not 2 <= len(words) <= 3 or not all(
        w[:1].isupper() and w.replace("-", "").isalpha() for w in words
    ):
        return False
    first = sp.text.split()[0].rstrip(".").lower() if sp.text.split() else ""
    return (bool(sp.role) and h.kind == "other") or first in lexicon(language).titles


def named_after_role(sp: Speaker, rules: Rules) -> bool:
    """A one-word name right after a person's role: "Schülerin Diba", "Usyk-Promoter
    Krassyuk" (a role the list lacks ends in a known role, or the name is no noun)."""
    words = sp.text.split()
    name = (sp.name or "").split()
    if len(words) < 2 or len(name) != 1 or words[-1] != name[0]:
        return False
    if not name[0][:1].isupper() or not name[0].isalpha() or name[0] in nouns(rules.language):
        return False
    return rules.role_of(words[-2]) == "person"
