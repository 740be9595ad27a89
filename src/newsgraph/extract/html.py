"""HTML pages to Articles, on top of trafilatura.

trafilatura removes boilerplate and finds the main text and metadata; this
module maps its structured body to our blocks and adds what it does not give:
clean authors, agencies, images with caption and credit, canonical URL.
"""

from __future__ import annotations

from lxml import etree
from trafilatura import bare_extraction

from newsgraph.article import Article, BlockKind, Image
from newsgraph.extract.authors import clean_authors
from newsgraph.extract.credits import split_credit
from newsgraph.extract.dates import normalize_iso
from newsgraph.extract.urls import canonical
from newsgraph.read.base import RawDocument

_KINDS: dict[str, BlockKind] = {
    "p": "paragraph",
    "head": "heading",
    "list": "list",
    "quote": "quote",
}


def extract(doc: RawDocument) -> Article:
    article = Article(
        source=doc.source, format="html", url=canonical(doc.url), language=doc.language
    )
    result = bare_extraction(
        doc.content,
        url=doc.url,
        with_metadata=True,
        include_images=True,
        include_formatting=True,
        include_tables=False,
    )
    if result is None:
        return article
    article.headline = result.title
    article.publisher = result.sitename
    article.teaser = result.description
    article.published = normalize_iso(result.date)
    article.url = canonical(result.url) or article.url
    authors = result.author.split(";") if result.author else []
    article.authors, article.agencies = clean_authors(authors, result.sitename)
    blocks: list[tuple[BlockKind, str]] = []
    if result.body is not None:
        for element in result.body:
            if element.tag == "graphic":
                caption, credit = split_credit(element.get("title") or "")
                article.images.append(
                    Image(element.get("src"), element.get("alt"), caption or None, credit)
                )
                continue
            kind = _KINDS.get(element.tag)
            text = " ".join(etree.tostring(element, method="text", encoding="unicode").split())
            if kind and text:
                blocks.append((kind, text))
    article.set_blocks(blocks)
    return article
