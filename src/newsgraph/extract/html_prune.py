"""trafilatura's raw-page prunes, done in Python instead of by XPath.

Before it looks for the text, trafilatura deletes from the raw page the boxes of follow-up
articles (infinite scroll), share buttons and, as we extract without comments, the reader
comments. Its XPaths test every ``div`` (and more) with EXSLT regular expressions, which
lxml answers by calling back into Python per element: about 4 ms a page, much of it for
the comments prune that trafilatura itself does not run with its defaults. The same
selection by one walk per prune is several times cheaper. The selections are checked
against trafilatura's XPaths in the tests, which also fail when those XPaths change; the
whole Article is the same on every bench page.

``install()`` puts these in the place of trafilatura's lists (module globals its cascade
reads at call time); the answer for any caller is the same elements in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import trafilatura.core as _core

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


def install() -> None:
    """Use these selections in trafilatura's cascade (idempotent)."""
    _core.REMOVE_COMMENTS_AND_LISTS_XPATH = [comments_and_lists]  # type: ignore[attr-defined]
    _core.RAW_TREE_PRUNE_XPATH = [appended_articles, share_buttons]  # type: ignore[attr-defined]
