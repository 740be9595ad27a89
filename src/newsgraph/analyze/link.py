"""Statements point to their speaker's entity: ``statement.speaker.entity`` is the id of
the entity in ``article.entities`` that the speaker is (or None).

Runs after the entities and statements stages. A speaker is matched, in this order:
1. by place: a person's mention in the body overlaps the speaker's mention
   ("US-Außenminister Marco Rubio" contains the mention "Marco Rubio");
2. by name: the resolved ``speaker.name`` ("Marco Rubio" for "er"; "Tass" for "die
   Nachrichtenagentur Tass") has the identity key of an entity, or is the surname of
   exactly one person.
A speaker that matches no entity, or several people ("Rubio und Waltz"), keeps
``entity`` None; a place inside a description ("Verbündete der Ukraine") is no speaker.
"""

from __future__ import annotations

from newsgraph.analyze.entities import keys
from newsgraph.article import Article, Entity, Speaker


def stage(article: Article) -> Article:
    for statement in article.statements:
        if statement.speaker is not None:
            found = speaker_entity(statement.speaker, article.entities)
            statement.speaker.entity = found.id if found else None
    return article


def speaker_entity(speaker: Speaker, entities: list[Entity]) -> Entity | None:
    """The entity ``speaker`` is: the person named in the speaker's mention, else the
    entity whose identity key the resolved name has. Several people ("Rubio und Waltz")
    are a group, no one entity."""
    people = {
        e.id: e
        for e in entities
        if e.type == "PER"
        for m in e.mentions
        if m.part == "text" and m.start < speaker.end and speaker.start < m.end
    }
    if people:
        return next(iter(people.values())) if len(people) == 1 else None
    for name in (speaker.name, speaker.text):
        if name and name.strip():
            found = _by_name(name, entities)
            if found is not None:
                return found
    return None


def _by_name(name: str, entities: list[Entity]) -> Entity | None:
    person = keys.person(name)
    for candidates in (
        [e for e in entities if e.type == "PER" and e.key == person],
        [e for e in entities if e.type == "PER" and e.key.startswith(person + ":")],
        [e for e in entities if e.type != "PER" and e.key == keys.key(e.type, name)],
    ):
        if len(candidates) == 1 and person != "per:":
            return candidates[0]
    return None
