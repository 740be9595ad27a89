"""Where the article sits in the page, and its teaser (lead paragraph).

trafilatura returns text, not the nodes it came from; the article's region
is found again by matching its paragraphs to the page's ``<p>`` elements and
taking their common ancestor (widened to the enclosing ``<article>``), so
that figures of other articles on the page are left out.

The teaser is the article's lead: the standfirst element next to the
headline, or the first body paragraph the page's description repeats. A
lead paragraph stays in ``text`` too (it belongs to the article, and the
analysis reads it there); the statements stage reads ``teaser`` only when
the body does not hold it.
"""

from __future__ import annotations

import re
from typing import Any

from newsgraph.article import BlockKind
from newsgraph.extract.html_classes import elements_of

_KEY_LEN = 80
_PROBE = 6  # paragraphs matched at each end of the body
_MIN_LEAD, _MAX_LEAD = 40, 700
_WORD = re.compile(r"\w+")

Blocks = list[tuple[BlockKind, str]]


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))[:_KEY_LEN]


def article_root(tree: Any, blocks: Blocks) -> Any:
    """The element holding the article: the common ancestor of its paragraphs,
    or the enclosing ``<article>``; the whole page when nothing matches."""
    paragraphs = [t for k, t in blocks if k == "paragraph" and len(t) > 30]
    wanted = {_key(t) for t in paragraphs[:_PROBE] + paragraphs[-_PROBE:]}
    found = [p for p in tree.iter("p") if _key(p.text_content()) in wanted]
    if not found:
        return tree
    root = found[0]
    for el in found[1:]:
        root = _common(root, el)
    for node in (root, *root.iterancestors()):
        if node.tag == "article":
            return node
    parent = root.getparent()
    return parent if parent is not None and parent.tag != "html" else root


def _common(a: Any, b: Any) -> Any:
    ancestors = {a, *a.iterancestors()}  # elements, not id(): lxml proxies are recycled
    for node in (b, *b.iterancestors()):
        if node in ancestors:
            return node
    return a


def find_teaser(blocks: Blocks, description: str | None, h1: Any) -> str | None:
    """The lead paragraph (matched by a lead-class element or the description)
    among the first blocks, which keep it; else the standfirst element next to
    the headline, which the body lacks."""
    lead = _dom_lead(h1)
    for candidate in (lead, description):
        if not candidate:
            continue
        for kind, text in blocks[:3]:
            if kind == "paragraph" and _same(candidate, text):
                return text
    return lead


def _same(summary: str, paragraph: str) -> bool:
    """The paragraph is the summary, maybe cut short ("…") by the meta tag."""
    a, b = _key(summary), _key(paragraph)
    if not a or not b:
        return False
    return a == b or (len(a) >= 40 and b.startswith(a[: min(len(a), _KEY_LEN) - 5]))


def _dom_lead(h1: Any) -> str | None:
    """A lead element ("lead", "teaser", "intro", …) next to the page's first h1."""
    if h1 is None:
        return None
    scope = h1.getparent()
    for _ in range(3):
        if scope is None:
            return None
        for el in elements_of(scope, "teaser"):
            if el is h1 or el.tag not in ("p", "div", "span", "h2"):
                continue
            text = " ".join(el.text_content().split())
            if _MIN_LEAD <= len(text) <= _MAX_LEAD and len(el) < 6:
                return text
        scope = scope.getparent()
    return None
