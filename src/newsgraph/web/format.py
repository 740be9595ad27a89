"""How stored values read on a page: dates, quotation marks, image addresses,
JSON lists. Jinja filters; each returns plain text the template escapes."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from urllib.parse import urljoin, urlsplit

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
OPENING = "\"'„‚“‘«»‹›"
CLOSING = "\"'“‘”’»«›‹"
MARKS = {"de": ("\u201e", "\u201c")}  # „…“; every other language: “…”
DEFAULT_MARKS = ("\u201c", "\u201d")
KINDS = {
    "direct": "direct quote",
    "mixed": "partial quote",
    "indirect": "indirect speech",
    "reported": "reported speech",
}


def when(text: str | None) -> str:
    """``2025-04-09T19:42:00+01:00`` → ``9 April 2025, 19:42 (+01:00)``; a bare
    date → ``9 April 2025``; anything unreadable is shown as stored."""
    if not text:
        return ""
    try:
        stamp = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    day = f"{stamp.day} {MONTHS[stamp.month - 1]} {stamp.year}"
    if len(text) <= 10:
        return day
    out = f"{day}, {stamp:%H:%M}"
    offset = stamp.strftime("%z")
    if offset:
        out += f" ({offset[:3]}:{offset[3:]})"
    return out


def day(text: str | None) -> str:
    """Only the date of :func:`when`: ``9 April 2025``."""
    return when((text or "")[:10])


def quoted(text: str, language: str | None = None) -> str:
    """A direct quote in quotation marks, once: its own marks if it has them
    (a comma before the closing mark dropped), else the language's."""
    t = text.strip()
    if len(t) > 1 and t[0] in OPENING and t[-1] in CLOSING:
        return t[:-2].rstrip() + t[-1] if t[-2] in ",;" else t
    opening, closing = MARKS.get(language or "", DEFAULT_MARKS)
    return f"{opening}{t}{closing}"


def image_src(src: str | None, page_url: str | None) -> str | None:
    """An image's address to show, resolved against the article's URL; only
    ``http``/``https`` (never ``javascript:``, ``data:`` or a path on this site)."""
    if not src:
        return None
    full = urljoin(page_url or "", src.strip())
    parts = urlsplit(full)
    return full if parts.scheme in ("http", "https") and parts.netloc else None


def link(url: str | None) -> str | None:
    """An article's own address, only if it is ``http``/``https``."""
    return url if url and urlsplit(url).scheme in ("http", "https") else None


def names(stored: Any) -> list[str]:
    """A stored JSON list of names (authors, agencies) as a list; [] if unreadable."""
    if isinstance(stored, list):
        return [str(x) for x in stored]
    try:
        found = json.loads(stored or "[]")
    except (TypeError, ValueError):
        return []
    return [str(x) for x in found] if isinstance(found, list) else []


def confidence(value: float | None) -> str:
    """``0.8765`` → ``0.88``; unscored → ``unscored``."""
    return "unscored" if value is None else f"{value:.2f}"


FILTERS = {
    "when": when,
    "day": day,
    "quoted": quoted,
    "image_src": image_src,
    "link": link,
    "names": names,
    "confidence": confidence,
}
