"""Dates written out in German and English ("12. März 2025", "March 12, 2025",
"12.03.2025, 16:30 Uhr", "2025-03-12T16:30:00+01:00") to ISO 8601.

htmldate finds dates in HTML markup; this module reads dates in running text
(datelines of text dumps, "Aktualisiert am …" lines), which no library does
for German month names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache

from newsgraph.lang import SUPPORTED, load


@dataclass(frozen=True)
class FoundDate:
    iso: str  # YYYY-MM-DD or YYYY-MM-DDTHH:MM
    start: int
    end: int


@cache
def _months() -> dict[str, int]:
    months: dict[str, int] = {}
    for language in SUPPORTED:
        months.update(load(language, "dates").get("months", {}))
    return months


@cache
def _zones() -> dict[str, str]:
    return dict(load("common", "timezones").get("offsets", {}))


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    names = "|".join(sorted((re.escape(m) for m in _months()), key=len, reverse=True))
    zones = "|".join(sorted((re.escape(z) for z in _zones()), key=len, reverse=True))
    # An optional clock time after the date: ", 16:30 Uhr", " - 11:47 Uhr", " um 8.15 Uhr",
    # ", 9:00 AM EDT", " 17.40 BST", " 16:30 Uhr (MEZ)". The lookahead keeps a following
    # date ("12.03.2025 - 14.03.2025") from being read as a time.
    time = (
        r"(?:\s*[,|·–-]?\s*(?:um\s+|at\s+)?(?P<h>[012]?\d)[:.](?P<mi>[0-5]\d)(?![.:]?\d)"
        r"(?:\s*(?P<ampm>[ap]\.?m\.?))?(?:\s*uhr)?"
        r"(?:\s*\(?(?P<tz>" + zones + r")\)?(?![\w]))?)?"
    )
    iso = (
        r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:[T ](?P<h>[012]\d):(?P<mi>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?P<off>Z|[+-]\d\d:?\d\d)?)?"
    )
    return [
        (re.compile(iso), "num"),
        (
            re.compile(
                r"\b(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>(?:19|20)?\d\d)\b" + time, re.I
            ),
            "num",
        ),
        (
            re.compile(
                r"\b(?P<d>[0-3]?\d)\.?\s+(?P<mn>" + names + r")\.?\s+(?P<y>(?:19|20)\d\d)" + time,
                re.I,
            ),
            "name",
        ),
        (
            re.compile(
                r"\b(?P<mn>"
                + names
                + r")\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)"
                + time,
                re.I,
            ),
            "name",
        ),
        (
            re.compile(r"\b(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b" + time, re.I),
            "num",
        ),
    ]


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text``, in order of appearance, without overlaps."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind in _patterns():
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            iso = _to_iso(m, kind)
            if iso:
                found.append(FoundDate(iso, m.start(), m.end()))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO 8601, or None."""
    dates = find_dates(text)
    return dates[0].iso if dates else None


def _to_iso(m: re.Match[str], kind: str) -> str | None:
    g = m.groupdict()
    try:
        year = int(g["y"])
        if year < 100:
            year += 2000
        month = (
            _months()[g["mn"].lower().rstrip(".")]
            if kind == "name" and g.get("mn")
            else int(g["m"])
        )
        day = date(year, month, int(g["d"]))
    except (ValueError, KeyError, TypeError):
        return None
    if not 1990 <= day.year <= 2100:
        return None
    if g.get("h") is None:
        return day.isoformat()
    hour, minute = int(g["h"]), int(g["mi"])
    ampm = (g.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    offset = _offset(g.get("off") or (_zones().get(g["tz"].upper()) if g.get("tz") else None))
    try:
        moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=offset)
    except ValueError:
        return day.isoformat()
    return moment.isoformat(timespec="minutes")


def _offset(text: str | None) -> timezone | None:
    """``+01:00``, ``-0400`` or ``Z`` as a fixed offset."""
    if not text:
        return None
    if text.upper() == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def normalize_iso(value: str | None) -> str | None:
    """Normalise a machine date (meta tags, JSON-LD) to ISO 8601, keeping the
    time and offset when given; None when it is not a date."""
    if not value:
        return None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return parse_date(value)
    if len(value) <= 10:
        return parsed.date().isoformat()
    return parsed.isoformat(timespec="seconds")
