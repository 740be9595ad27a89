"""A recognised name before it becomes part of an entity."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from newsgraph.analyze.entities.tokens import Token


@dataclass
class Found:
    """Tokens ``first`` .. ``last`` (inclusive) of the article's token list are a
    name of ``type``; ``start``/``end`` are its character offsets."""

    first: int
    last: int
    type: str
    start: int = 0
    end: int = 0


def from_chars(
    tokens: list[Token], start: int, end: int, type_: str, starts: list[int] | None = None
) -> Found | None:
    """The tokens covering characters ``start``..``end`` (for spaCy's spans); ``starts``:
    the tokens' start offsets, when the caller has them (saves a pass per name)."""
    if starts is None:
        starts = [t.start for t in tokens]
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    last = bisect.bisect_left(starts, end) - 1
    if last < first or not tokens:
        return None
    if tokens[first].end <= start:
        first += 1
    return Found(first, last, type_) if first <= last else None


def with_offsets(found: list[Found], tokens: list[Token]) -> list[Found]:
    for f in found:
        f.start, f.end = tokens[f.first].start, tokens[f.last].end
    return found
