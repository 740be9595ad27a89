"""Who wrote the page: the first source that names a person, else what the
page names in a person's place.

Sources, most trusted first: metadata (JSON-LD, meta tags, microdata), the
visible byline near the headline, links to an author's page near the
headline, a "Written by" label beside a name, trafilatura's byline search.
A wire story's closing credit line ("Reporting by …") names its authors
when none of them names a person. Only when nothing names a person does the
page's own answer count instead: the site itself ("Swoogo" on its own blog),
a bare team word ("Redaktion") or, from metadata, the login of whoever posted
the page. (Without the site, author accuracy on wcxb falls from 0.845 to
0.725, below trafilatura's 0.747: the gold names the site too.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from newsgraph.extract.authors import clean_authors, fallback_authors
from newsgraph.extract.html_author_search import author_search
from newsgraph.extract.html_byline import byline
from newsgraph.extract.html_classes import has_matching_ancestor
from newsgraph.extract.html_header import host_of
from newsgraph.extract.html_meta import PageMeta
from newsgraph.lang import load, merged

_MAX_NAME = 60
_PROSE_WORDS = 25  # a paragraph this long is the article's text, past the byline
Source = tuple[Callable[[], list[str]], bool]  # (names, from structured markup?)


def page_authors(
    meta: PageMeta,
    tree: Any,
    scope: Any,
    site: str | None,
    url: str | None,
    credited: list[str] | None = None,
) -> tuple[list[str], list[str]]:
    """``(authors, agencies)`` of an HTML page. ``credited``: the writers a wire story's
    closing credit line names, its authors when no source of the page names a person."""
    sources: list[Source] = [
        (lambda: meta.authors or _microdata(tree), True),
        (lambda: _one(byline(scope)), False),
        (lambda: _author_links(scope, url), True),
        (lambda: _labelled(scope), False),
        (lambda: _library(tree), False),
    ]
    host = host_of(url)
    seen: list[tuple[list[str], bool]] = []
    agencies: list[str] = []
    winner: list[str] = []
    for index, (names_of, structured) in enumerate(sources):
        if winner and index >= 2:
            break  # metadata and byline are always read: the byline adds the agency
        names = names_of()
        seen.append((names, structured))
        authors, found = clean_authors(names, site, host)
        if index < 2 or authors:  # agencies of metadata and byline, and of the winner
            agencies = _merge(agencies, found)
        winner = winner or authors
    if winner:
        return winner, agencies
    writers = clean_authors(credited or [], site, host)[0]
    if writers:
        return writers, agencies
    for names, structured in seen:
        instead = fallback_authors(names, site, host, handles=structured)
        if instead:
            return instead, agencies
    return [], agencies


def _one(text: str | None) -> list[str]:
    return [text] if text else []


def _microdata(tree: Any) -> list[str]:
    """``itemprop="author"`` elements: their ``name`` property, else their text."""
    names = []
    for el in tree.xpath("//*[@itemprop='author']")[:5]:
        inner = el.xpath(".//*[@itemprop='name']")
        node = inner[0] if inner else el
        text = node.get("content") or " ".join(node.text_content().split())
        if text and len(text) <= _MAX_NAME and text not in names:
            names.append(text)
    return names


@cache
def _author_paths() -> frozenset[str]:
    return frozenset(load("common", "bylines").get("author_paths", []))


def _author_links(scope: Any, url: str | None) -> list[str]:
    """Texts of links to an author's page on the same site ("/authors/trevor-jackins",
    "/autor/anna-berger/") between the headline and the first paragraph of prose:
    links further down name the authors of other articles."""
    names: list[str] = []
    for link in _links_before_prose(scope):
        parts = urlsplit(urljoin(url or "", link.get("href") or ""))
        if url and host_of(parts.geturl()) != host_of(url):
            continue
        segments = [s for s in parts.path.lower().split("/") if s]
        if len(segments) < 2 or _author_paths().isdisjoint(segments[:-1]):
            continue
        text = " ".join(link.text_content().split())
        if text and len(text) <= _MAX_NAME and text not in names:
            names.append(text)
    return names


def _links_before_prose(scope: Any) -> Iterator[Any]:
    if scope is None:
        return
    for el in scope.iter("a", "p"):
        if el.tag == "p":
            if len(el.text_content().split()) >= _PROSE_WORDS:
                return
        elif not has_matching_ancestor(el, "foreign", stop=scope):
            yield el


@cache
def _labels() -> frozenset[str]:
    common = load("common", "bylines").get("prefixes", [])
    return frozenset(w.lower() for w in [*merged("bylines", "prefixes"), *common])


def _labelled(scope: Any) -> list[str]:
    """A name in the element after a label that is only a byline word
    ("<p>Written by</p><p>Edzel Tabing</p>")."""
    if scope is None:
        return []
    for el in scope.iter():
        if not isinstance(el.tag, str) or len(el) or el.tag in ("script", "style"):
            continue
        label = " ".join((el.text or "").split()).rstrip(":").lower()
        if label not in _labels():
            continue
        after = el.getnext()
        if after is not None:
            text = " ".join(after.text_content().split())
            if text and len(text) <= _MAX_NAME:
                return [text]
    return []


def _library(tree: Any) -> list[str]:
    """trafilatura's byline search (rel=author, author classes, blog footers)."""
    found = author_search(tree)
    return found.split(";") if found else []


def _merge(first: list[str], second: list[str]) -> list[str]:
    return first + [a for a in second if a not in first]
