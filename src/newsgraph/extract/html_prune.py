"""trafilatura's prunes, done in Python instead of by XPath.

Before it looks for the text, trafilatura deletes from the raw page the boxes of follow-up
articles (infinite scroll), share buttons and, as we extract without comments, the reader
comments; then, in each candidate for the body, navigation, share, ad and hidden boxes
(``OVERALL_DISCARD_XPATH``). Its XPaths test every ``div`` (and more) with EXSLT regular
expressions, which lxml answers by calling back into Python per element: about 6 ms a
page on wcxb, part of it for the comments prune that trafilatura itself does not run with
its defaults. The same selections by one walk each take about a third of that. They are
checked against trafilatura's XPaths in the tests, which also fail when those XPaths
change; the whole Article is the same on every bench page.

``install()`` puts these in the place of trafilatura's lists (module globals its cascade
reads at call time); the answer for any caller is the same elements in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import trafilatura.core as _core
import trafilatura.external as _external
import trafilatura.main_extractor as _main
import trafilatura.xpaths as _xpaths
from lxml import etree

Selector = Callable[[Any], list[Any]]

_COMMENTS_ID = r"[Cc]omment(?!ary)|comol"
_COMMENTS_CLASS = re.compile(r"^[Cc]omment(?!ary)|(?:article|post)-comments")
_BOX_ID = re.compile(rf"^(?:{_COMMENTS_ID}|disqus_thread|dsq-comments)")
_LIST_ID = re.compile(rf"^(?:{_COMMENTS_ID})")
_BOXES = ("div", "list", "section", "details")
_LISTS = ("ol", "ul")
_SCROLL = re.compile(r"mvp-post-add-(?:box|wrap)|infinite-?scroll")
_APPENDED = re.compile(r"mvp-post-add-(?:box|wrap)")
_CONTAINERS = ("div", "section", "aside")


def comments_and_lists(tree: Any) -> list[Any]:
    """``REMOVE_COMMENTS_AND_LISTS_XPATH``: comment boxes, and ``ol``/``ul`` comment lists
    named by their own id or class (not by the disqus ids)."""
    found = []
    for el in tree.iterdescendants(*_BOXES, *_LISTS):
        ident, cls = el.get("id") or "", el.get("class") or ""
        by_id = _LIST_ID if el.tag in _LISTS else _BOX_ID
        if by_id.search(ident) or _COMMENTS_CLASS.search(cls):
            found.append(el)
    return found


def appended_articles(tree: Any) -> list[Any]:
    """``RAW_TREE_PRUNE_XPATH``'s first: infinite-scroll containers without the page's
    ``h1``, and the "mvp-post-add" boxes of follow-up articles."""
    found = []
    for el in tree.iterdescendants(*_CONTAINERS):
        ident, cls = el.get("id") or "", el.get("class") or ""
        if not (_SCROLL.search(ident) or _SCROLL.search(cls)):
            continue
        if _APPENDED.search(ident) or _APPENDED.search(cls) or next(el.iter("h1"), None) is None:
            found.append(el)
    return found


def share_buttons(tree: Any) -> list[Any]:
    """``RAW_TREE_PRUNE_XPATH``'s second: Elementor's share buttons."""
    return [
        el
        for el in tree.iterdescendants(*_CONTAINERS)
        if "elementor-share-buttons" in (el.get("class") or "")
    ]


def _pattern(index: int, test: str) -> re.Pattern[str]:
    """A regular expression of ``OVERALL_DISCARD_XPATH[index]``, read from the XPath itself
    (its token lists are long and composed in trafilatura; the tests pin the rest)."""
    path = _xpaths.OVERALL_DISCARD_XPATH[index].path
    found = re.search(rf"re:test\({re.escape(test)}, '([^']*)'\)", path)
    if found is None:
        raise LookupError(f"trafilatura's OVERALL_DISCARD_XPATH changed: no re:test({test})")
    return re.compile(found.group(1))


_DISCARD_TAGS = ("div", "item", "list", "p", "section", "span")
_NOISE_ID = _pattern(0, "@id")
_NOISE_CLASS = _pattern(0, "@class")
_HIDDEN_ID = _pattern(1, "@id")
_HIDDEN_CLASS = _pattern(1, "@class")


def _first_of(attrib: Any, one: str, other: str) -> str:
    """The XPath string of ``@one|@other``: the value of whichever the element names first."""
    for name, value in attrib.items():
        if name in (one, other):
            return str(value)
    return ""


def noise_boxes(tree: Any) -> list[Any]:
    """``OVERALL_DISCARD_XPATH``'s first: navigation, share, cookie, related, ad boxes…"""
    found = []
    for el in tree.iterdescendants(*_DISCARD_TAGS):
        a = el.attrib
        if (
            "data-lp-replacement-content" in a
            or "nav" in a.get("role", "").replace("N", "n")
            or "MostPopularStories" in a.get("data-component", "")
            or "cookie" in _first_of(a, "id", "class")
            or _NOISE_ID.search(a.get("id", ""))
            or _NOISE_CLASS.search(a.get("class", ""))
        ):
            found.append(el)
    return found


def hidden_parts(tree: Any) -> list[Any]:
    """``OVERALL_DISCARD_XPATH``'s second: hidden elements, reply and comment titles."""
    found = []
    for el in tree.iterdescendants(etree.Element):
        a = el.attrib
        if not a:
            continue
        style = a.get("style", "")
        if (
            a.get("class") == "comments-title"
            or _first_of(a, "id", "class").startswith("reply-")
            or "hidden" in _first_of(a, "id", "style")
            or "display:none" in style
            or "display: none" in style
            or _HIDDEN_ID.search(a.get("id", ""))
            or _HIDDEN_CLASS.search(a.get("class", ""))
            or a.get("aria-hidden") == "true"
        ):
            found.append(el)
    return found


def install() -> None:
    """Use these selections in trafilatura's cascade (idempotent)."""
    _core.REMOVE_COMMENTS_AND_LISTS_XPATH = [comments_and_lists]  # type: ignore[attr-defined]
    _core.RAW_TREE_PRUNE_XPATH = [appended_articles, share_buttons]  # type: ignore[attr-defined]
    discard = [noise_boxes, hidden_parts]
    _main.OVERALL_DISCARD_XPATH = discard  # type: ignore[attr-defined]
    _external.OVERALL_DISCARD_XPATH = discard  # type: ignore[attr-defined]
