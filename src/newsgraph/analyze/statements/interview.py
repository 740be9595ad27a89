"""Answers in an interview or transcript: "Rick: I got into tech through …".

Why: interviews and transcripts print each answer as a paragraph after its speaker's name
and a colon, with no quotation marks and no speech verb, so the frame rules never see
them. A paragraph that opens with such a label is a direct statement of that person when
the label names one person of the article (the entity stage's people: "Rick" is Rick
Terrill when he is the only Rick). Labels that name no person are field names, link
lists and notices ("Öffnungszeiten:", "Related:", "Note:"), even when repeated, so they
never count. A paragraph that is only a question is the interviewer's and no statement.
Where the language lists first-person words (``[interview]`` of
``lang/<language>/statements.toml``), a person's answers count when one of them speaks
in the first person ("I got into tech …"; "Exactly." after it is hers too) or the label
is in capitals (a broadcast transcript): a list of products or tips under bold labels
("Reduce Bounce Rate: Keep users engaged …", "Babbel: Fast and effective way to learn …")
describes, and the entity stage sometimes takes such a label for a person.
"""

from __future__ import annotations

import re
from functools import cache

from newsgraph.article import Entity, Speaker, Statement
from newsgraph.lang import load

__all__ = ["answers"]

# A label: one to four capitalised words (or initials) and a colon, then the answer.
_LABEL = re.compile(
    r"(?P<label>[A-ZÄÖÜ][\w.'’-]*(?:[ \t]+[A-ZÄÖÜ][\w.'’-]*){0,3})[ \t]*:[ \t]+(?P<said>\S)"
)
_WORD = re.compile(r"\w+")
_MIN_WORDS = 5  # shorter lines after a label are captions, credits and field names


def answers(
    text: str,
    paragraphs: list[tuple[int, int]],
    people: list[Entity],
    known: list[Statement],
    language: str,
) -> list[Statement]:
    """Direct statements of the labelled answers in ``paragraphs`` where no statement in
    ``known`` with a frame of its own (a cue) is; the caller drops the frameless ones an
    answer covers (the rules read "Marissa: Ich habe …" as a Konjunktiv going on)."""
    found = []
    for a, b in paragraphs:
        m = _LABEL.match(text, a, b)
        if m is None:
            continue
        said = m.start("said")
        content = text[said:b].rstrip()
        if len(_WORD.findall(content)) < _MIN_WORDS or content.endswith("?"):
            continue
        found.append((m.group("label"), a, m.end("label"), said, said + len(content)))
    answered = _in_first_person(text, found, people, language)
    out = []
    for label, a, label_end, start, end in found:
        entity = _person(label, people)
        if entity is None or entity.id not in answered:
            continue
        if any(s.start < end and start < s.end and s.cue is not None for s in known):
            continue
        name = entity.name
        out.append(
            Statement(
                id="",
                kind="direct",
                text=text[start:end],
                start=start,
                end=end,
                speaker=Speaker(text[a:label_end], a, label_end, name),
                language=language,
            )
        )
    return out


def _in_first_person(
    text: str, found: list[tuple[str, int, int, int, int]], people: list[Entity], language: str
) -> set[str]:
    """The people (entity ids) who answer in the first person at least once, or under a
    label in capitals (a broadcast transcript's "ZEPH CAPO:"); every labelled person
    where the language lists no first-person words."""
    first = _first_person(language)
    out = set()
    for label, _, _, start, end in found:
        entity = _person(label, people)
        words = {w.lower() for w in _WORD.findall(text[start:end])}
        if entity is not None and (not first or words & first or label.isupper()):
            out.add(entity.id)
    return out


@cache
def _first_person(language: str) -> frozenset[str]:
    """Words of the first person an answer speaks in (empty: not checked)."""
    words = load(language, "statements").get("interview", {}).get("first_person", [])
    return frozenset(str(w).lower() for w in words)


def _person(label: str, people: list[Entity]) -> Entity | None:
    """The one person whose name holds every word of ``label``: "Rick" is Rick Terrill,
    also when the entity stage kept a lone "Rick" apart, but not when there are two
    Ricks."""
    words = _words(label)
    if not words:
        return None
    fits = [e for e in people if words <= _words(e.name)]
    whole = [e for e in fits if all(_words(f.name) <= _words(e.name) for f in fits)]
    return whole[0] if len(whole) == 1 else None


def _words(name: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(name)}
