"""Matching elements by class-name fragments ("caption", "kicker", "credit").

Publishers name their elements after a shared vocabulary; the fragments live
in ``lang/common/html.toml``. Short fragments ("bu", "dek") must be a whole
class token, else they would match "button" or "deck"; longer ones may sit
inside a token ("CaptionText-bHjzlu", "article__kicker").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

from newsgraph.lang import load

_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
# Utility-CSS tokens ("text-caption", "font-lead") describe looks, not roles.
_UTILITY = re.compile(r"(?:^|\s)(?:text|font|bg|border|leading)-\S*")
_SHORT = 3


@cache
def fragments(kind: str) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """``(long fragments as one pattern, short whole-token fragments)`` of one kind."""
    items = [f.lower() for f in load("common", "html").get("classes", {}).get(kind, [])]
    long = [re.escape(f) for f in items if len(f) > _SHORT]
    return (
        re.compile("|".join(long)) if long else None,
        frozenset(f for f in items if len(f) <= _SHORT),
    )


def class_of(el: Any) -> str:
    """An element's class and id, lower-cased (both name the same idea),
    without utility-CSS tokens."""
    cls, ident = el.get("class"), el.get("id")
    if not cls and not ident:
        return ""
    return _clean_names(f"{cls or ''} {ident or ''}")


@lru_cache(maxsize=1 << 14)
def _clean_names(names: str) -> str:
    names = names.lower()
    return _UTILITY.sub(" ", names).strip() if "-" in names else names.strip()


def matches(el: Any, kind: str) -> bool:
    """True when the element's class or id carries a fragment of ``kind``."""
    cls, ident = el.get("class"), el.get("id")
    if not cls and not ident:
        return False
    return _names_match(f"{cls or ''} {ident or ''}", kind)


@lru_cache(maxsize=1 << 15)
def _names_match(raw: str, kind: str) -> bool:
    """Pages repeat the same class names many times: decide each pair once."""
    names = _clean_names(raw)
    if not names:
        return False
    long, short = fragments(kind)
    if long is not None and long.search(names):
        return True
    return bool(short) and not short.isdisjoint(_TOKEN_SPLIT.split(names))


def has_matching_ancestor(el: Any, kind: str, stop: Any = None, limit: int = 12) -> bool:
    """True when ``el`` or one of its ancestors (up to ``stop``) matches ``kind``."""
    node = el
    for _ in range(limit):
        if node is None or node is stop:
            return False
        if isinstance(node.tag, str) and matches(node, kind):
            return True
        node = node.getparent()
    return False


class _Named:
    """A page's elements that have a class or id, in document order, with their
    names. The extractor asks for several kinds in several parts of the header;
    looking at every such element once per page, not once per question, halves
    the time spent here."""

    def __init__(self, top: Any) -> None:
        # One walk over the page: half the time of the XPath "//*[@class or @id]".
        self.elements: list[Any] = []
        self.names: list[str] = []
        for el in _document(top):
            cls, ident = el.get("class"), el.get("id")
            if cls is not None or ident is not None:
                self.elements.append(el)
                self.names.append(f"{cls or ''} {ident or ''}")
        self.at = {el: i for i, el in enumerate(self.elements)}

    def under(self, root: Any, kind: str) -> list[Any]:
        """The elements of ``kind`` under ``root``: a run of the page's list, from
        the first element with a name under ``root`` to the last."""
        span = self._span(root)
        if span is None:
            return []
        start, end = span
        named = range(start, end + 1)
        return [self.elements[i] for i in named if _names_match(self.names[i], kind)]

    def _span(self, root: Any) -> tuple[int, int] | None:
        """Where the named elements under ``root`` (itself included) start and end in
        the list. Found by walking the tree, which stops near where it starts: an XPath
        for the first and the last one collects every named element under ``root``
        (twice as slow per page as the list's run is to read)."""
        start = next((self.at[el] for el in root.iter() if el in self.at), None)
        if start is None:
            return None
        node = _last_inside(root)
        while node not in self.at:  # back through the document to a named element
            before = node.getprevious()
            node = node.getparent() if before is None else _last_inside(before)
        return start, self.at[node]


def _document(top: Any) -> Iterator[Any]:
    """Every node of the document: a broken page may hold elements beside its root element."""
    before = list(top.itersiblings(preceding=True))
    for start in (*reversed(before), top, *top.itersiblings()):
        yield from start.iter()


def _last_inside(el: Any) -> Any:
    """The last node under ``el`` in document order (``el`` itself when it is empty)."""
    while len(el):
        el = el[-1]
    return el


# The page asked about last, with its table. One slot, held strongly: a weak key would
# never go, since the table holds the page's elements (the root among them when it has a
# class), and each page's table stayed for the whole run. Pages are read one at a time.
_PAGE: list[tuple[Any, _Named]] = []


def elements_of(root: Any, kind: str) -> list[Any]:
    """Elements under ``root`` (itself included) whose class or id says ``kind``,
    in document order. The page must not change between calls (the extractor
    only reads it)."""
    top = root.getroottree().getroot()
    if not _PAGE or _PAGE[0][0] is not top:
        _PAGE[:] = [(top, _Named(top))]
    return _PAGE[0][1].under(root, kind)
