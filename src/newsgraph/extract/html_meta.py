"""Page metadata from the markup publishers write for search engines and
social networks: JSON-LD (schema.org), Open Graph and other ``<meta>`` tags,
``<link rel=canonical>``.

trafilatura reads much of this too, but merges it into one value per field
(one date, one title with the site suffix still on); we need the published
and the updated date apart, the headline without " | Site", the section and
the teaser, so we read the sources ourselves from the tree we already parsed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from html import unescape
from typing import Any

from newsgraph.extract.html_index import PageIndex
from newsgraph.lang import load

_ARTICLE_TYPE = re.compile(r"article|posting|report|review|story", re.I)


@dataclass
class PageMeta:
    """What the page says about itself; every field may be missing."""

    title: str | None = None  # <title>
    og_title: str | None = None
    ld_headline: str | None = None
    h1: str | None = None
    description: str | None = None
    published: list[str] = field(default_factory=list)  # raw values, best first
    updated: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    sections: list[str] = field(default_factory=list)
    url: str | None = None


@cache
def _rules() -> dict[str, Any]:
    return load("common", "html")


def read_meta(tree: Any, index: PageIndex) -> PageMeta:
    """All metadata of a parsed page (an lxml HTML tree) with its ``index``."""
    meta = PageMeta()
    tags = meta_tags(index.meta_in_root)
    article, page, nodes = _jsonld_objects(index.jsonld())
    _from_jsonld(meta, article, page, nodes)
    _from_tags(meta, tags, tree, index.canonical())
    meta.title = _text(tree.find(".//title"))
    h1 = index.first_h1
    meta.h1 = _text(h1) if h1 is not None else None
    return meta


def meta_tags(metas: list[Any]) -> dict[str, str]:
    """``<meta>`` content by lower-cased property/name/itemprop; first one wins."""
    out: dict[str, str] = {}
    for el in metas:
        key = el.get("property") or el.get("name") or el.get("itemprop")
        value = el.get("content")
        if key and value and value.strip():
            out.setdefault(key.strip().lower(), value.strip())
    return out


def _from_tags(meta: PageMeta, tags: dict[str, str], tree: Any, canonical: list[str]) -> None:
    rules = _rules()["meta"]
    meta.og_title = tags.get("og:title") or tags.get("twitter:title")
    meta.description = meta.description or tags.get("og:description") or tags.get("description")
    meta.publisher = meta.publisher or tags.get("og:site_name") or tags.get("application-name")
    meta.published += [tags[k] for k in rules["published"] if k in tags]
    meta.updated += [tags[k] for k in rules["updated"] if k in tags]
    marked = tree.xpath("//*[@itemprop]")  # one pass for both (each was 1 % of the time)
    meta.published += _microdata(marked, "datePublished")
    meta.updated += _microdata(marked, "dateModified")
    if not meta.authors:
        meta.authors = [tags[k] for k in rules["author"] if k in tags and not _is_url(tags[k])]
    if not meta.sections:
        meta.sections = [tags[k] for k in rules["section"] if k in tags][:1]
    meta.url = meta.url or (canonical[0].strip() if canonical else None) or tags.get("og:url")


def _microdata(marked: list[Any], prop: str) -> list[str]:
    """The first value of ``prop`` among the elements with an ``itemprop``."""
    values = []
    for el in (el for el in marked if el.get("itemprop") == prop):
        value = el.get("content") or el.get("datetime") or _text(el)
        if value:
            values.append(value)
    return values[:1]


# -- JSON-LD -----------------------------------------------------------------------------------
Node = dict[str, Any]


def _jsonld_objects(scripts: list[Any]) -> tuple[Node | None, Node | None, dict[str, Node]]:
    """The article object (NewsArticle, BlogPosting, …), as a fallback for
    dates the first WebPage-like object with a date, and every object by its
    ``@id`` (an ``@graph`` names the author once and refers to it by id)."""
    article: Node | None = None
    page: Node | None = None
    nodes: dict[str, Node] = {}
    for script in scripts:
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        for obj in _walk(data):
            if isinstance(obj.get("@id"), str) and "name" in obj:
                nodes.setdefault(obj["@id"], obj)
            kinds = obj.get("@type")
            kinds = " ".join(kinds) if isinstance(kinds, list) else str(kinds or "")
            if article is None and _ARTICLE_TYPE.search(kinds) and "headline" in obj:
                article = obj
            elif page is None and "datePublished" in obj:
                page = obj
    return article, page, nodes


def _walk(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every typed object in a JSON-LD document (``@graph``, lists, nesting)."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk(item, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _walk(data[key], depth + 1)


def _from_jsonld(
    meta: PageMeta, article: Node | None, page: Node | None, nodes: dict[str, Node]
) -> None:
    for obj in (article, page):
        if obj is None:
            continue
        meta.published += _strings(obj.get("datePublished"))[:1]
        meta.updated += _strings(obj.get("dateModified"))[:1]
    if article is None:
        return
    meta.ld_headline = _first(article.get("headline"))
    meta.description = _first(article.get("description"))
    meta.authors = _names(article.get("author"), nodes)
    meta.publisher = _first(_names(article.get("publisher"), {}))
    meta.sections = _strings(article.get("articleSection"))[:3]
    url = article.get("url") or article.get("mainEntityOfPage")
    meta.url = _first(url if not isinstance(url, dict) else url.get("@id"))


def _names(value: Any, nodes: dict[str, Node]) -> list[str]:
    """Names of a schema.org Person/Organization value (string, object or list);
    an object with only an ``@id`` is looked up among the page's objects."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, dict) and "name" not in item:
            item = nodes.get(str(item.get("@id")), item)
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, list):
            name = name[0] if name else None
        if isinstance(name, str) and name.strip() and not _is_url(name):
            names.append(" ".join(unescape(name).split()))
    return names


def _strings(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [" ".join(unescape(v).split()) for v in items if isinstance(v, str) and v.strip()]


def _first(value: Any) -> str | None:
    found = _strings(value)
    return found[0] if found else None


def _is_url(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://", "/"))


def _text(el: Any) -> str | None:
    if el is None:
        return None
    text = " ".join(el.text_content().split())
    return text or None
