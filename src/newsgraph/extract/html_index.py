"""The page's ``h1``, ``meta``, ``link`` and ``script`` elements, found in one walk.

The headline, the metadata, the canonical URL, JSON-LD and the site's own names each
asked the whole page with an XPath of their own (``//h1``, ``//script[…]``,
``//link[…]``…): each such question visits every node of the page, about 0.3 ms on a
news page. One walk for the four tags costs about as much as one of them; the
questions then filter short lists. Like ``//`` the walk covers the whole document,
also elements a broken page holds beside its root element.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from typing import Any

_TAGS = ("h1", "meta", "link", "script")
_JSONLD_TYPES = ("application/ld+json", "application/json+ld")


@dataclass
class PageIndex:
    """The elements of each tag in document order (``in_root``: under the root element)."""

    h1: list[Any] = field(default_factory=list)
    meta: list[Any] = field(default_factory=list)
    link: list[Any] = field(default_factory=list)
    script: list[Any] = field(default_factory=list)
    head: list[Any] = field(default_factory=list)  # link and meta together
    meta_in_root: list[Any] = field(default_factory=list)

    @property
    def first_h1(self) -> Any:
        """XPath ``//h1``'s first element, or None."""
        return self.h1[0] if self.h1 else None

    def jsonld(self) -> list[Any]:
        """``//script[@type='application/ld+json' or @type='application/json+ld']``"""
        return [s for s in self.script if s.get("type") in _JSONLD_TYPES]

    def canonical(self) -> list[str]:
        """``//link[@rel='canonical']/@href``"""
        return [
            h
            for el in self.link
            if el.get("rel") == "canonical" and (h := el.get("href")) is not None
        ]

    def laid_out_with_tables(self) -> bool:
        """``//h1/ancestor::td[count(.//p) > 2]`` selects something: a table cell holds
        the headline and several paragraphs."""
        return any(
            len(list(islice(td.iter("p"), 3))) > 2
            for h1 in self.h1
            for td in h1.iterancestors("td")
        )


def index_page(top: Any) -> PageIndex:
    """One walk over the document of ``top`` (the page's root element)."""
    index = PageIndex()
    lists = {"h1": index.h1, "meta": index.meta, "link": index.link, "script": index.script}
    before = list(top.itersiblings(preceding=True))
    for start in (*reversed(before), top, *top.itersiblings()):
        for el in start.iter(_TAGS):
            lists[el.tag].append(el)
            if el.tag in ("meta", "link"):
                index.head.append(el)
                if start is top and el.tag == "meta":
                    index.meta_in_root.append(el)
    return index
