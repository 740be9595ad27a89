"""The published and updated dates of an HTML page, each from the best witness.

The markup (JSON-LD, meta tags) is the first witness, but it is not always
the first publication: CMSs rewrite ``datePublished`` when a page is
republished, and templates fill it with the date of the last site build
("Jun 24, 2025", not ISO 8601 as schema.org asks). The page has other,
independent witnesses: the visible dateline, the day in the URL, and
htmldate's search of the page for its original date. The markup date stands
unless no other witness confirms it and two of them agree on another day, or it is not ISO
8601 and htmldate's original date contradicts it: then the reader's date is
the one that was meant, and no published date lies years away from the
page's own dateline.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from htmldate import find_date

from newsgraph.extract import dateparse
from newsgraph.extract.dates import normalize_iso
from newsgraph.extract.html_byline import dateline
from newsgraph.extract.html_meta import PageMeta
from newsgraph.extract.urls import url_day

_ISO = re.compile(r"\s*\d{4}-\d{2}-\d{2}")
_SAME = 1  # days apart that still name the same publication (timezones)


def page_dates(
    meta: PageMeta, tree: Any, scope: Any, url: str | None
) -> tuple[str | None, str | None]:
    """``(published, updated)``: JSON-LD and meta tags first, then the visible
    dateline; htmldate (original vs. most recent date) only when neither
    gives a publication date, or to check a markup date the page contradicts."""
    shown_published, shown_updated = dateline(scope)
    in_url = url_day(url or meta.url)
    local = shown_published or in_url
    marked = _first_date(meta.published)
    published = _local_day(marked, local) or shown_published
    updated = _local_day(_first_date(meta.updated), shown_updated) or shown_updated
    if marked is not None and published == marked:
        published = _checked(marked, _is_iso(meta.published), shown_published, in_url, tree, url)
    if published is None:
        published = normalize_iso(_htmldate(tree, url, original=True))
        if updated is None and published is not None:
            updated = normalize_iso(_htmldate(tree, url, original=False))
    if updated == published:
        updated = None
    return published, updated


def _checked(
    marked: str, iso: bool, shown: str | None, in_url: str | None, tree: Any, url: str | None
) -> str:
    """The markup date, unless the page's other witnesses outvote it."""
    if iso and not _apart(marked, shown) and not _apart(marked, in_url):
        return marked
    found = normalize_iso(_htmldate(tree, None, original=True))  # without the URL: independent
    if any(w is not None and not _apart(marked, w) for w in (shown, in_url)):
        return marked  # the page confirms it (htmldate may read the same markup: no witness)
    given = [w for w in (shown, in_url, found) if w is not None]
    witnesses = [w for w in given if not _swapped(marked, w)]
    for i, one in enumerate(witnesses):
        if any(not _apart(one, other) for other in witnesses[i + 1 :]):
            return one
    if not iso and found is not None and _apart(marked, found) and not _swapped(marked, found):
        return found
    return marked


def _swapped(a: str, b: str | None) -> bool:
    """``b`` is ``a`` with day and month swapped: "09/10/2024" read the other way."""
    return b is not None and a[:4] == b[:4] and a[5:7] == b[8:10] and a[8:10] == b[5:7]


def _is_iso(values: list[str]) -> bool:
    """Whether the markup's first date is written as ISO 8601."""
    return bool(values) and bool(_ISO.match(values[0]))


def _apart(a: str | None, b: str | None) -> bool:
    """Two dates more than a day apart (unknown dates are never apart)."""
    if a is None or b is None:
        return False
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) > _SAME
    except ValueError:
        return False


def _local_day(stamp: str | None, shown: str | None) -> str | None:
    """A UTC timestamp from the markup, unless the page (or its URL) shows the
    adjacent calendar day: then the reader's (local) date is the one that was meant
    ("2018-12-31T23:11:59+00:00" in the markup, "1. Januar 2019" on the page)."""
    if stamp is None or shown is None or not stamp.endswith("+00:00"):
        return stamp
    try:
        gap = abs((date.fromisoformat(shown[:10]) - date.fromisoformat(stamp[:10])).days)
    except ValueError:
        return stamp
    return shown if gap == 1 else stamp


def _first_date(values: list[str]) -> str | None:
    for value in values:
        iso = normalize_iso(value)
        if iso:
            return iso
    return None


def _htmldate(tree: Any, url: str | None, original: bool) -> str | None:
    """htmldate's text search is slow; the updated date needs only the markup. Its
    fallback parser reads newsgraph's languages (``dateparse``)."""
    dateparse.install()
    try:
        found = find_date(tree, extensive_search=original, original_date=original, url=url)
    except (ValueError, TypeError):
        return None
    return str(found) if found else None
