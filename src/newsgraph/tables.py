"""Readable fixed-width tables for people: the articles of a run, and who
said what in one article.

Every cell is made safe for a terminal first: control characters (ESC, BEL,
carriage return, bidirectional overrides …) in article text are shown as
escapes (``\x1b``) instead of being obeyed, and line breaks become spaces.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from newsgraph.article import Article

Rows = list[dict[str, Any]]
Table = list[tuple[str, ...]]

_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SPACE = re.compile(r"[\n\r\t\v\f\u2028\u2029]+")


def escape(text: str) -> str:
    """``text`` for a terminal: runs of line breaks and tabs as one space, other
    control characters (C0, DEL, C1) and bidirectional controls as escapes."""
    text = _SPACE.sub(" ", text)
    return "".join(_escaped(ch) for ch in text)


def _escaped(ch: str) -> str:
    if ch in _BIDI or unicodedata.category(ch) == "Cc":
        code = ord(ch)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return ch


def render(rows: Sequence[Sequence[str]], widths: Sequence[int | None] | None = None) -> str:
    """Rows (the first is the header) as aligned columns under a rule; each cell
    escaped for the terminal and, with ``widths``, cut to its column's width
    (None: never cut)."""
    cells = [
        [cut(escape(c), w) if widths and (w := widths[i]) else escape(c) for i, c in enumerate(r)]
        for r in rows
    ]
    sizes = [max(len(r[i]) for r in cells) for i in range(len(cells[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, sizes, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in sizes))
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


def format_quotes(article: Article, width: int | None = 80) -> str:
    """Who said what: one row per statement (speaker, role, kind, cue, text);
    the text cut at ``width`` characters (None: whole, like every other cell)."""
    header = ("speaker", "role", "kind", "cue", "text")
    rows: list[tuple[str, ...]] = [header]
    for s in article.statements:
        speaker = s.speaker.name or s.speaker.text if s.speaker else "-"
        role = s.speaker.role if s.speaker and s.speaker.role else "-"
        rows.append((speaker, role, s.kind, s.cue.text if s.cue else "-", s.text))
    if len(rows) == 1:
        return "(no statements found)"
    return render(rows, None if width is None else (30, 28, None, 16, width))


# The rows of the store's listings as table rows (header first), and the width
# each column is cut to unless the whole text is asked for (--wide).
STATEMENT_WIDTHS = (10, 24, 24, None, None, 70, 40)


def statement_table(found: Rows) -> Table:
    rows: Table = [("date", "speaker", "role", "kind", "conf", "text", "article")]
    for r in found:
        rows.append(
            (
                (r["date"] or "-")[:10], r["speaker"] or "-", r["role"] or "-", r["kind"],
                "-" if r["confidence"] is None else f"{r['confidence']:.2f}",
                " ".join(r["text"].split()), r["headline"] or "-",
            )
        )  # fmt: skip
    return rows


PEOPLE_WIDTHS = (28, None, None, 48, None)


def people_table(found: Rows) -> Table:
    rows: Table = [("person", "statements", "articles", "roles", "latest")]
    for r in found:
        rows.append(
            (
                r["name"], str(r["statements"]), str(r["articles"]),
                ", ".join(r["roles"]) or "-", (r["latest"] or "-")[:10],
            )
        )  # fmt: skip
    return rows


EVENT_WIDTHS = (10, None, 24, 70, 40)


def event_table(found: Rows) -> Table:
    rows: Table = [("date", "kind", "speaker", "text", "article")]
    for r in found:
        rows.append(
            (
                (r["date"] or "-")[:10], r["kind"], r["speaker"] or "-",
                " ".join((r["text"] or "").split()), r["headline"] or "-",
            )
        )  # fmt: skip
    return rows
