"""HTML pages to Articles, on top of trafilatura and htmldate.

The page is parsed once; trafilatura finds the main text on (its copy of)
that tree, and the same tree gives what no library returns: the headline
without site suffix, kicker, teaser, published and updated dates apart,
clean authors and agencies, images with caption and credit, notes. The
modules beside this one hold each part: ``html_meta`` (JSON-LD, meta
tags), ``html_header`` (headline, publisher, kicker), ``html_body`` (blocks
and their clean-up), ``html_figures`` (images), ``html_lead`` (teaser and
the article's region of the page).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin

from trafilatura import bare_extraction

from newsgraph import problems
from newsgraph.article import Article
from newsgraph.extract.disclaimers import site_names
from newsgraph.extract.html_align import restore
from newsgraph.extract.html_authors import page_authors
from newsgraph.extract.html_body import Blocks, body_blocks, clean, heading_keys
from newsgraph.extract.html_boiler import strip_furniture
from newsgraph.extract.html_byline import header_scope
from newsgraph.extract.html_dates import page_dates
from newsgraph.extract.html_figures import find_images
from newsgraph.extract.html_header import headline, kicker, publisher
from newsgraph.extract.html_index import index_page
from newsgraph.extract.html_lead import article_root, find_teaser
from newsgraph.extract.html_links import NAVIGATION_SHARE, anchor_index, link_share
from newsgraph.extract.html_meta import PageMeta, read_meta
from newsgraph.extract.html_parse import parse_page
from newsgraph.extract.html_prune import install as _install_prunes
from newsgraph.extract.urls import canonical
from newsgraph.read.base import RawDocument

_install_prunes()  # trafilatura's raw-page prunes without EXSLT callbacks (html_prune)


def extract(doc: RawDocument) -> Article:
    article = Article(
        source=doc.source, format="html", url=canonical(doc.url), language=doc.language
    )
    tree = parse_page(doc.content) if doc.content.strip() else None
    if tree is None:
        return article
    index = index_page(tree)  # h1, meta, link, script: one walk, not an XPath each
    h1 = index.first_h1
    meta = read_meta(tree, index)
    article.url = _url(meta, doc.url) or article.url
    article.publisher = publisher(meta, article.url or doc.url)
    article.headline = headline(meta, article.publisher, article.url or doc.url)
    article.kicker = kicker(tree, h1, meta, article.headline)
    scope = header_scope(tree)
    body_tree = _body(tree, doc.url, index.laid_out_with_tables())
    blocks = restore(tree, body_blocks(body_tree)) if body_tree is not None else []
    root = article_root(tree, blocks)
    article.images = find_images(root)
    cleaned = clean(blocks, [i.caption for i in article.images if i.caption], heading_keys(tree))
    anchors = anchor_index(tree)
    share = link_share(anchors, cleaned.blocks)
    body = strip_furniture(
        _without_headline(cleaned.blocks, article.headline), anchors, site_names(tree, index)
    )
    article.teaser = find_teaser(body, meta.description, h1)
    article.set_blocks(body)
    if share >= NAVIGATION_SHARE:
        message = f"navigation: {share:.0%} of the body's words are link texts"
        article.add_problem(problems.NOT_AN_ARTICLE, "extract", message)
    article.notes = cleaned.notes
    article.authors, article.agencies = page_authors(
        meta, tree, scope, article.publisher, article.url or doc.url, cleaned.writers
    )
    article.agencies = _merge(article.agencies, cleaned.agencies)
    article.published, article.updated = page_dates(meta, tree, scope, doc.url)
    return article


def _without_headline(blocks: Blocks, title: str | None) -> Blocks:
    """trafilatura sometimes keeps the h1 as the first block (maybe with the
    kicker inside it); it is the headline."""
    if blocks and title and blocks[0][0] == "heading":
        words, head = _words(blocks[0][1]), _words(title)
        if head and words[-len(head) :] == head:
            return blocks[1:]
    return blocks


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _body(tree: Any, url: str | None, laid_out_with_tables: bool) -> Any:
    """trafilatura's body tree with its default choices of what to keep
    (tables, no comments: comments are not the article), except on pages
    laid out with tables (a table cell holds the headline and several paragraphs:
    older CMSs), where keeping tables returns the whole page as one table.
    trafilatura copies a tree it is given, so ours stays whole."""
    tables = not laid_out_with_tables
    result = bare_extraction(tree, url=url, include_comments=False, include_tables=tables)
    return getattr(result, "body", None)


def _url(meta: PageMeta, page_url: str | None) -> str | None:
    """The page's own canonical URL (resolved against the page URL), unwrapped."""
    if not meta.url:
        return None
    return canonical(urljoin(page_url, meta.url) if page_url else meta.url)


def _merge(first: list[str], second: list[str]) -> list[str]:
    return first + [a for a in second if a not in first]
