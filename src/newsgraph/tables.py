"""Readable fixed-width tables for people: the articles of a run, and who
said what in one article."""

from __future__ import annotations

import os
from collections.abc import Sequence

from newsgraph.article import Article


def render(rows: Sequence[Sequence[str]]) -> str:
    """Rows (the first is the header) as aligned columns under a rule."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(articles: list[Article]) -> str:
    """A fixed-width table: file, language, headline, published, counts, problems."""
    header = ("file", "lang", "headline", "published", "paras", "heads", "imgs", "problems")
    rows: list[tuple[str, ...]] = [header]
    for a in articles:
        where = os.path.basename(a.source.location) + (
            f"#{a.source.offset}" if a.source.offset is not None else ""
        )
        rows.append(
            (
                cut(where, 28),
                a.language or "-",
                cut(a.headline or "-", 48),
                (a.published or "-")[:10],
                str(sum(b.kind == "paragraph" for b in a.blocks)),
                str(sum(b.kind == "heading" for b in a.blocks)),
                str(len(a.images)),
                cut(",".join(sorted({p.code for p in a.problems})) or "-", 30),
            )
        )
    return render(rows)


def format_quotes(article: Article, width: int = 80) -> str:
    """Who said what: one row per statement (speaker, role, kind, cue, text)."""
    header = ("speaker", "role", "kind", "cue", "text")
    rows: list[tuple[str, ...]] = [header]
    for s in article.statements:
        speaker = s.speaker.name or s.speaker.text if s.speaker else "-"
        role = s.speaker.role if s.speaker and s.speaker.role else "-"
        rows.append(
            (
                cut(speaker, 30),
                cut(role, 28),
                s.kind,
                cut(s.cue.text if s.cue else "-", 16),
                cut(" ".join(s.text.split()), width),
            )
        )
    if len(rows) == 1:
        return "(no statements found)"
    return render(rows)
