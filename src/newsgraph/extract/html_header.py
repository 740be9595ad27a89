"""The article's header: headline, publisher and kicker.

``<title>`` and ``og:title`` usually carry the site and sometimes a date
("Gegenoffensive: Ziele, Chancen | DW | 28.04.2023"); trafilatura keeps
them. We strip such segments from both ends and prefer the JSON-LD
headline, which publishers write without them.
"""

from __future__ import annotations

from functools import cache
from typing import Any
from urllib.parse import urlsplit

from newsgraph.extract.dates import find_dates
from newsgraph.extract.html_byline import breadcrumb
from newsgraph.extract.html_classes import elements_of
from newsgraph.extract.html_meta import PageMeta
from newsgraph.lang import load

_MAX_KICKER = 80


@cache
def _separators() -> tuple[str, ...]:
    return tuple(load("common", "html").get("title", {}).get("separators", []))


@cache
def _hosts() -> dict[str, str]:
    return dict(load("common", "publishers").get("hosts", {}))


def host_of(url: str | None) -> str:
    """The host of ``url`` without "www.", lower-cased ("" when unknown)."""
    if not url:
        return ""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def publisher(meta: PageMeta, url: str | None) -> str | None:
    """og:site_name / JSON-LD publisher, else the host table."""
    if meta.publisher:
        return meta.publisher
    host = host_of(url)
    while host:
        if host in _hosts():
            return _hosts()[host]
        host = host.partition(".")[2] if host.count(".") > 1 else ""
    return None


def headline(meta: PageMeta, site: str | None, url: str | None) -> str | None:
    """The first of JSON-LD headline, og:title, h1, <title>, without site or date segments."""
    names = _site_names(site, url)
    for candidate in (meta.ld_headline, meta.og_title, meta.h1, meta.title):
        if candidate:
            cleaned = strip_site(candidate, names)
            if cleaned:
                return cleaned
    return None


def _site_names(site: str | None, url: str | None) -> list[str]:
    names = [site.lower()] if site else []
    host = host_of(url)
    if host:
        names += [host, host.split(".")[-2] if host.count(".") else host]
    return [n for n in names if n]


def strip_site(title: str, names: list[str]) -> str:
    """``title`` without leading/trailing segments that name the site or are a date."""
    title = " ".join(title.split())
    changed = True
    while changed:
        changed = False
        for sep in _separators():
            head, found, tail = title.rpartition(sep)
            if found and head and _is_site_segment(tail, names):
                title, changed = head.strip(), True
            head, found, tail = title.partition(sep)
            if found and tail and _is_site_segment(head, names):
                title, changed = tail.strip(), True
    return title


def _is_site_segment(segment: str, names: list[str]) -> bool:
    seg = segment.strip().lower()
    if not seg:
        return True
    dates = find_dates(seg)
    if dates and sum(d.end - d.start for d in dates) >= len(seg) - 6:
        return True
    squashed = seg.replace(" ", "").replace("-", "")
    for name in names:
        flat = name.replace(" ", "").replace("-", "")
        if flat and (flat in squashed or squashed in flat) and len(seg) <= len(name) + 25:
            return True
    return False


def kicker(tree: Any, h1: Any, meta: PageMeta, title: str | None) -> list[str]:
    """The topic line near the headline ``h1`` (class "kicker", "dachzeile", …),
    else the breadcrumb trail, else the sections the page declares."""
    scope = h1.getparent() if h1 is not None else None
    for _ in range(3):
        if scope is None:
            break
        found = _kicker_in(scope)
        if found:
            return found
        scope = scope.getparent()
    return breadcrumb(tree, title) or meta.sections[:2]


def _kicker_in(scope: Any) -> list[str]:
    for el in elements_of(scope, "kicker"):
        if el.tag not in ("script", "style"):
            text = " ".join(el.text_content().split()).strip(" :|-–")
            if text and len(text) <= _MAX_KICKER:
                return [text]
    return []
