"""Who a pronoun, a description or a surname means: the last compatible one.

Why: news names a speaker once ("US-Außenminister Marco Rubio") and then
says "er", "der Minister" or "Rubio". Keeping the people and bodies seen so
far, most recent last, and taking the last one whose gender, number and
role fit is what readers do, and is right in most news prose.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.analyze.statements.phrases.mention import Mention


@dataclass
class Entity:
    name: str
    role: str | None
    kind: str
    gender: str
    plural: bool | None


@dataclass
class Memory:
    """People and bodies mentioned so far in one article.

    What the entity stage found, when it ran: ``people``, the words of the person
    names; ``things``, the names of organisations, places and the rest. A name
    that is no person ("the 2025 Index"; "president, Coastal Luxury Outdoors" where
    the company is an organisation) is then no one "he" or "she" can mean. A name
    with a person's role that the entity stage missed is still a person."""

    seen: list[Entity] = field(default_factory=list)
    people: frozenset[str] | None = None
    things: frozenset[str] = frozenset()

    def _kind(self, name: str, mention: Mention) -> str:
        if self.people is None or mention.kind != "person":
            return mention.kind
        if any(w.lower() in self.people for w in name.split()):
            return "person"
        return "person" if mention.role and name.lower() not in self.things else "unknown"

    def add(self, name: str | None, mention: Mention) -> None:
        if not name:
            return
        surname = name.split()[-1]
        for e in reversed(self.seen):
            if e.plural or mention.plural:
                continue
            if e.name.split()[-1] == surname and len(e.name) > len(name):
                name = e.name  # "Rubio" is the "Marco Rubio" already seen
                break
        entity = Entity(
            name, mention.role, self._kind(name, mention), mention.gender, mention.plural
        )
        self.seen = [e for e in self.seen if e.name != name]
        self.seen.append(entity)

    def add_unnamed(self, mention: Mention) -> None:
        """An unnamed source ("a spokesperson for the employers") is someone too: the
        "he" that follows means them, not a person named before them. Their name
        is the description itself; the speakers stage makes them an entity."""
        if mention.kind not in ("person", "body") or not mention.role or mention.plural:
            return
        name = " ".join(t.text for t in mention.tokens).strip(" ,;:")
        if name:
            self.seen = [e for e in self.seen if e.name != name]
            self.seen.append(Entity(name, mention.role, mention.kind, mention.gender, False))

    def resolve(self, m: Mention, plural_verb: bool | None) -> tuple[str | None, str | None]:
        """``(name, role)`` for a mention; the mention's own when it names someone."""
        if m.kind == "pronoun":
            plural = m.plural if m.plural is not None else plural_verb
            for e in reversed(self.seen):
                if plural and not e.plural and e.kind != "body":
                    continue
                if plural is False and e.plural:
                    continue
                if m.gender in ("m", "f") and e.gender not in (m.gender, "any"):
                    continue
                if m.gender in ("m", "f") and e.kind in ("body", "unknown") and not plural:
                    continue  # "he", "she": a person
                return e.name, e.role
            return None, None
        if m.name and len(m.name.split()) == 1 and m.kind != "body":
            for e in reversed(self.seen):
                if e.name.split()[-1] == m.name and e.name != m.name:
                    return e.name, m.role or e.role
            return m.name, m.role
        if m.name is None and m.definite and m.role:
            head = m.role.split()[-1].lower()
            for e in reversed(self.seen):
                if e.role and e.kind == "person" and _same_role(e.role, head):
                    return e.name, m.role
        return m.name, m.role


def _same_role(role: str, head: str) -> bool:
    """Whether ``head`` ("kanzler") names the ``role`` ("Bundeskanzler"); what comes before
    a hyphen must be in the role too ("cdu-spitzenkandidat" is no "AfD-Spitzenkandidat")."""
    last = role.split()[-1].lower() if role.split() else ""
    if not set(head.split("-")[:-1]) <= set(role.lower().replace("-", " ").split()):
        return False
    for word in role.lower().replace("-", " ").split():
        if word.endswith(head) or head.endswith(word):
            return True
    return last.endswith(head)
