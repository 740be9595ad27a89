"""What the page shows under its headline: byline, dateline, breadcrumb.

Metadata (JSON-LD, meta tags) is the first source, but many pages carry
facts only in the visible header: the agency in "By Jane Doe, Reuters", the
update time in "zuletzt geändert: 19.06.2025, 07:10 Uhr", the topic trail
"Startseite > Lokales > Hohenbrück". We read them from elements near the
``<h1>`` whose class names say what they are (``lang/common/html.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from newsgraph.extract.dates import find_dates
from newsgraph.extract.html_classes import elements_of, has_matching_ancestor
from newsgraph.lang import SUPPORTED, load

_MAX_BYLINE = 200
_MAX_DATELINE = 200
_SCOPE_LEVELS = 4  # how far above the h1 the header may start


def header_scope(tree: Any) -> Any:
    """The element holding the headline and what stands around it."""
    h1 = tree.find(".//h1")
    if h1 is None:
        return None
    scope = h1
    for _ in range(_SCOPE_LEVELS):
        parent = scope.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        scope = parent
    return scope


def _near(scope: Any, kind: str) -> Iterator[Any]:
    """Elements in ``scope`` of class ``kind``, outermost first, outside foreign boxes."""
    if scope is None:
        return
    for el in elements_of(scope, kind):
        if el.tag in ("script", "style", "a"):
            continue
        if not has_matching_ancestor(el, "foreign", stop=scope):
            yield el


def byline(scope: Any) -> str | None:
    """The visible byline text ("Von Frauke Harms und Dirk Tjaden")."""
    for el in _near(scope, "byline"):
        text = " ".join(el.text_content().split())
        if text and len(text) <= _MAX_BYLINE and not find_dates(text):
            return text
    return None


@cache
def _updated_re() -> re.Pattern[str]:
    words: list[str] = []
    for language in SUPPORTED:
        words += load(language, "textdump").get("dateline", {}).get("updated", [])
    alt = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(r"(?:" + alt + r")\b", re.IGNORECASE)


def dateline(scope: Any) -> tuple[str | None, str | None]:
    """``(published, updated)`` from the visible dateline: a date after an
    "updated" phrase is the update, the first other date the publication."""
    published: str | None = None
    updated: str | None = None
    for el in _near(scope, "dateline"):
        text = " ".join(el.text_content().split())
        if not text or len(text) > _MAX_DATELINE:
            continue
        marker = _updated_re().search(text)
        for found in find_dates(text):
            if marker is not None and found.start >= marker.end():
                updated = updated or found.iso
            else:
                published = published or found.iso
        if published:
            break
    return published, updated


# (Only elements with a label are translated: a third faster than translating every element's.)
_LABELLED = "//*[@aria-label][translate(@aria-label, 'BREADCUM', 'breadcum') = 'breadcrumb']"


def breadcrumb(tree: Any, headline: str | None) -> list[str]:
    """The last two topics of a breadcrumb trail, without home and the article itself."""
    trails = elements_of(tree, "breadcrumb") or tree.xpath(_LABELLED)
    for el in trails:
        if el.tag in ("script", "style", "body", "html"):
            continue
        items = [
            " ".join(a.text_content().split())
            for a in el.iter("a")
            if urlsplit(a.get("href") or "").path.strip("/")  # not the home page
        ]
        items = [i for i in items if i and len(i) <= 60]
        if headline:  # a trail may end with the article itself
            items = [i for i in items if i.casefold() != headline.casefold()]
        if items:
            return items[-2:]
    return []
