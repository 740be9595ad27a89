"""One statement per sentence of reported speech.

Why: the rules let a Konjunktiv I sentence go on with the statement before it ("Sie sagte,
man sei bereit. Eine Einigung sei möglich."), and so grow one record over several
sentences of reported speech. A reader (and the team's annotation guideline,
``docs/annotation.md``) counts each sentence as a claim of its own: each has its own
offsets and can be checked and cited alone. A quote in one pair of quotation marks stays
whole, and so does a statement whose content is split by its frame.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsgraph.article import Speaker, Statement

__all__ = ["by_sentence"]

_SPACE = re.compile(r"\s+")


def by_sentence(
    text: str, statements: list[Statement], sentences: list[tuple[int, int]]
) -> list[Statement]:
    """``statements`` with every indirect or mixed one that covers several of
    ``sentences`` (the stage's units, which keep a multi-sentence quote together) cut at
    their boundaries; the cue stays with its sentence, the speaker with all of them."""
    out: list[Statement] = []
    for statement in statements:
        out += _cut(text, statement, sentences)
    return out


def _cut(text: str, statement: Statement, sentences: list[tuple[int, int]]) -> list[Statement]:
    if statement.kind not in ("indirect", "mixed") or statement.spans:
        return [statement]
    bounds = [
        b
        for a, b in sentences
        if statement.start < b < statement.end and text[b : statement.end].strip()
    ]
    if not bounds:
        return [statement]
    pieces = []
    start = statement.start
    for b in [*bounds, statement.end]:
        a = start + len(text[start:b]) - len(text[start:b].lstrip())
        end = a + len(text[a:b].rstrip())
        if end > a:
            pieces.append((a, end))
        start = b
    if len(pieces) < 2:
        return [statement]
    cue, sp = statement.cue, statement.speaker
    # the piece that keeps the cue: the one holding it, else the first (a frame before
    # the content) or the last (a frame after it)
    holder = 0
    if cue is not None:
        inside = [i for i, (a, b) in enumerate(pieces) if a <= cue.start < b]
        holder = inside[0] if inside else (len(pieces) - 1 if cue.start >= statement.end else 0)
    out = []
    for i, (a, b) in enumerate(pieces):
        speaker = Speaker(sp.text, sp.start, sp.end, sp.name, sp.role, sp.entity) if sp else None
        cut = cue if i == holder else None
        out.append(replace(statement, text=text[a:b], start=a, end=b, cue=cut, speaker=speaker))
    return out
