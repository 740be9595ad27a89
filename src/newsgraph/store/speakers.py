"""Which entity a statement's speaker is, so statements join people by key.

The statements stage names the speaker ("State Marco Rubio", "He" resolved to
"Taras Melnychuk") but does not link it to an entity; the store needs the
identity key so that one person's statements meet across spellings.
"""

from __future__ import annotations

import re

from newsgraph.article import Article, Entity, Statement


def speaker_key(article: Article, statement: Statement) -> str | None:
    """The key of the entity the speaker is: the one the analysis linked
    (``Speaker.entity``), else one named at the speaker's place in the text,
    else the entity whose name form is the longest whole-word part of the
    speaker's name (people first). None when no entity fits."""
    speaker = statement.speaker
    if speaker is None:
        return None
    linked = getattr(speaker, "entity", None)  # set by the analysis when it links speakers
    for entity in article.entities:
        if linked is not None and entity.id == linked:
            return entity.key
    for entity in _people_first(article.entities):
        for m in entity.mentions:
            if m.part == "text" and m.start < speaker.end and speaker.start < m.end:
                return entity.key
    name = speaker.name or speaker.text
    best: tuple[int, int, str] | None = None
    for rank, entity in enumerate(_people_first(article.entities)):
        for form in {entity.name, *(m.text for m in entity.mentions if m.kind == "name")}:
            if len(form) > 2 and _contains(name, form):
                score = (len(form), -rank, entity.key)
                if best is None or score[:2] > best[:2]:
                    best = score
    return best[2] if best else None


def _people_first(entities: list[Entity]) -> list[Entity]:
    return sorted(entities, key=lambda e: e.type != "PER")


def _contains(name: str, form: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(form)}(?!\w)", name) is not None
