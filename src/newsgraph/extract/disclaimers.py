"""The publisher network's disclaimer line: a short block in which the site
names itself and the group it belongs to ("*lokalbote-nordheide.de ist ein
Angebot von NORDMEDIA", "The Riverton Ledger is part of the Lakeside News
Network"). It is page furniture that networks put under every article.

Two signals together find it, so the article's own sentences about other
outlets stay: the block names the page's own site (``og:site_name``, the
host of its canonical URL), and a network phrase of ``lang/<lang>/html.toml``
("ist ein Angebot von", "is part of") follows the name as its predicate.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any
from urllib.parse import urlsplit

from newsgraph.extract.html_index import PageIndex, index_page
from newsgraph.lang import merged

_MAX_CHARS = 300  # a disclaimer is one or two short sentences
_GAP = 40  # characters between the site's name and the network phrase
_SITE_META = ("og:site_name", "application-name")
_SITE_NAMED = ("og:site_name", "application-name")  # values of a <meta name=…> naming the site


@cache
def _phrases() -> re.Pattern[str]:
    words = sorted(merged("html", "network_phrases"), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(r"\W+(?:\w+\W+){0,2}?(?:" + alt + ")")


def site_names(tree: Any, index: PageIndex | None = None) -> tuple[str, ...]:
    """How the page names its own site: its site name and its host, lower-cased."""
    index = index or index_page(tree)
    names: list[str] = []
    for el in index.meta:
        key = (el.get("property") or el.get("name") or "").lower()
        if _names_site(el) and key in _SITE_META and (el.get("content") or "").strip():
            names.append(" ".join(el.get("content").split()).lower())
    for url in _urls(index.head):
        host = (urlsplit(url.strip()).hostname or "").lower().removeprefix("www.")
        if "." in host:
            names.append(host)
    return tuple(dict.fromkeys(n for n in names if len(n) > 2))


def _names_site(meta: Any) -> bool:
    """``meta[@property='og:site_name' or @name='og:site_name' or @name='application-name']``"""
    return meta.get("property") == "og:site_name" or meta.get("name") in _SITE_NAMED


def _urls(head: list[Any]) -> list[str]:
    """``//link[@rel='canonical']/@href | //meta[@property='og:url']/@content``"""
    out = []
    for el in head:
        if el.tag == "link":
            value = el.get("href") if el.get("rel") == "canonical" else None
        else:
            value = el.get("content") if el.get("property") == "og:url" else None
        if value is not None:
            out.append(value)
    return out


def is_disclaimer(text: str, names: tuple[str, ...]) -> bool:
    """A short block whose subject is the site, saying which network it belongs
    to: a network phrase right after the site's name."""
    if not names or len(text) > _MAX_CHARS:
        return False
    low = text.lower()
    for found in _names_re(names).finditer(low):
        if _phrases().match(low, found.end(), found.end() + _GAP):
            return True
    return False


@lru_cache(maxsize=64)
def _names_re(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(_name_re(name) for name in names))


def _name_re(name: str) -> str:
    """The name as a whole word, its words joined by a space, a hyphen or nothing
    ("lokalbote nordheide" finds "lokalbote-nordheide.de")."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", name) if w]
    return r"(?<![\w-])" + r"[\s-]?".join(words) + r"(?![\w-])"
