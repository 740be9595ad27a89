"""trafilatura's byline search (``trafilatura.metadata.extract_author``), without
copying the page and without XPath.

trafilatura copies the page, deletes the parts where a name is not the author's
(comments, sidebars, dates, figures…) and asks three XPaths in turn for the first
element with a plausible text. On a news page that takes about 10 ms: the copy, and
four XPaths over every element (``//*`` is slow in libxml2, and ``re:test`` calls
Python's ``re`` per element). Here one walk over the page finds the elements each
XPath would select; only for those few the discarded parts above and inside them are
looked for, and their text is read as trafilatura would read it in its pruned copy,
where a deleted element's tail is joined to the text before it.

tests/extract/test_html_author_search.py checks every alternative of trafilatura's
XPaths against this module, and fails when trafilatura changes them.
"""

from __future__ import annotations

import re
from typing import Any

from trafilatura.json_metadata import normalize_authors
from trafilatura.utils import trim

_MAX_LENGTH = 120  # trafilatura's len_limit for authors

# trafilatura.xpaths.AUTHOR_XPATHS, one test each, in its order.
_TAGS_1 = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_CLASS_1 = re.compile("author-?name|AuthorName|authorName")
_TAGS_2 = frozenset({"a", "div", "h3", "h4", "p", "span"})
_ID_2 = re.compile("author|zuozhe|bianji|xiaobian")
_CLASS_2 = re.compile(
    "author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name"
)
_ID_3 = re.compile("[Aa]uthor")
_CLASS_3 = re.compile("[Aa]uthor|screenname|writer|[Bb]yline")
# Every class or id that any of the three can select holds one of these words.
_ANY = re.compile("uthor|zuozhe|bianji|xiaobian|channel-name|submitted-by|posted-by"
                  "|journalist-name|screenname|writer|[Bb]yline|username|byl|BBL")  # fmt: skip

# trafilatura.xpaths.AUTHOR_DISCARD_XPATHS: the parts deleted before the search.
_DISCARD_TAGS = frozenset({"a", "div", "section", "span"})
_DISCARD_ID = re.compile("^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(
    "^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram"
    "|article-(?:share|support)|print|category|meta-date|meta-reviewer"
)


def author_search(tree: Any) -> str | None:
    """What ``trafilatura.metadata.extract_author(tree)`` returns."""
    for candidates in _candidates(tree):
        for el in candidates:
            if _dropped_above(el, tree):
                continue
            content = trim(" ".join(_texts(el)))
            if content and 2 < len(content) < _MAX_LENGTH:
                return normalize_authors(None, content)
    return None


def _candidates(tree: Any) -> tuple[list[Any], list[Any], list[Any]]:
    """The elements each of trafilatura's three XPaths selects, in document order
    (the deleted parts are left out later: a test here reads the element alone)."""
    first: list[Any] = []
    second: list[Any] = []
    third: list[Any] = []
    rel_children = next(tree.iter("rel"), None) is not None
    for el in tree.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        cls, ident = el.get("class"), el.get("id")
        itemprop = el.get("itemprop")
        named = bool(cls and _ANY.search(cls)) or bool(ident and _ANY.search(ident))
        if named or itemprop or tag == "author" or el.get("rel") or el.get("data-testid"):
            if _first(el, tag, cls, ident, itemprop, rel_children):
                first.append(el)
            if _second(tag, cls, ident, itemprop):
                second.append(el)
        elif rel_children and tag in _TAGS_1 and _rel_me(el):
            first.append(el)
        component = el.get("data-component")
        if (named or itemprop or component) and _third(cls, ident, itemprop, component):
            third.append(el)
    return first, second, third


def _first(el: Any, tag: str, cls: str | None, ident: str | None, itemprop: str | None,
           rel_children: bool) -> bool:  # fmt: skip
    if tag == "author":
        return True
    if tag not in _TAGS_1:
        return False
    return (
        el.get("rel") == "author"
        or ident == "author"
        or cls == "author"
        or itemprop == "author name"
        or (rel_children and _rel_me(el))
        or el.get("data-testid") in ("AuthorCard", "AuthorURL")
        or bool(cls and _CLASS_1.search(cls))
    )


def _second(tag: str, cls: str | None, ident: str | None, itemprop: str | None) -> bool:
    if tag not in _TAGS_2:
        return False
    return (
        cls in ("byline", "username", "byl", "BBL")
        or bool(itemprop and "author" in itemprop)
        or bool(ident and _ID_2.search(ident))
        or bool(cls and _CLASS_2.search(cls))
    )


def _third(cls: str | None, ident: str | None, itemprop: str | None, component: str | None) -> bool:
    return (
        bool(component and "Byline" in component)
        or bool(itemprop and "author" in itemprop)
        or bool(ident and _ID_3.search(ident))
        or bool(cls and _CLASS_3.search(cls))
    )


def _rel_me(el: Any) -> bool:
    """XPath ``rel='me'``: a child <rel> whose text (in the pruned page) is "me"."""
    return any(child.tag == "rel" and "".join(_texts(child)) == "me" for child in el)


def _deleted(el: Any) -> bool:
    """Does trafilatura delete this element before its search?"""
    tag = el.tag
    if tag in ("time", "figure"):
        return True
    if tag not in _DISCARD_TAGS:
        return False
    cls, ident = el.get("class"), el.get("id")
    component = el.get("data-component")
    return (
        ident == "comments"
        or cls in ("comments", "title", "date")
        or bool(ident and _DISCARD_ID.search(ident))
        or bool(cls and _DISCARD_CLASS.search(cls))
        or bool(component and "Figure" in component)
    )


def _dropped_above(el: Any, top: Any) -> bool:
    """Is ``el`` deleted, or inside a deleted part? (``top`` itself is never deleted.)"""
    node = el
    while node is not None and node is not top:
        if _deleted(node):
            return True
        node = node.getparent()
    return False


def _texts(el: Any) -> list[str]:
    """``el.itertext()`` in trafilatura's pruned copy: a deleted element goes with its
    text, and its tail is joined to the text before it (the previous sibling's tail,
    else the parent's text), so that it is no piece of its own."""
    out: list[str] = []
    _collect(el, out)
    return out


def _collect(el: Any, out: list[str]) -> None:
    piece = el.text or ""
    for child in el:
        if isinstance(child.tag, str) and _deleted(child):
            piece += child.tail or ""
            continue
        if piece:
            out.append(piece)
        if isinstance(child.tag, str):
            _collect(child, out)
        piece = child.tail or ""
    if piece:
        out.append(piece)
