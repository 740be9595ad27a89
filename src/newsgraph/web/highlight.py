"""An article's text cut into pieces, statements marked, for the template.

The template escapes every piece; this module only decides where statements
start and end, so no markup is ever built from article text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Piece:
    text: str
    statement: dict[str, Any] | None = None


def paragraphs(
    blocks: list[dict[str, Any]], statements: list[dict[str, Any]]
) -> list[tuple[str, list[Piece]]]:
    """Each block as ``(kind, pieces)``; a piece inside a statement carries it.
    Overlapping statements: the earlier one wins."""
    out = []
    for b in blocks:
        start, end = b["start_at"], b["end_at"]
        pos, pieces = start, []
        inside = sorted(
            (s for s in statements if s["start_at"] < end and start < s["end_at"]),
            key=lambda s: (s["start_at"], s["n"]),
        )
        for s in inside:
            s_start, s_end = max(s["start_at"], pos), min(s["end_at"], end)
            if s_end <= s_start:
                continue
            if s_start > pos:
                pieces.append(Piece(b["text"][pos - start : s_start - start]))
            pieces.append(Piece(b["text"][s_start - start : s_end - start], s))
            pos = s_end
        if pos < end:
            pieces.append(Piece(b["text"][pos - start :]))
        out.append((b["kind"], pieces))
    return out
