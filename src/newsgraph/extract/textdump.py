"""Plain-text dumps of web pages (inscriptis, html2text, text browsers,
copy-paste) to Articles: a line/block classifier."""

from __future__ import annotations

from newsgraph.article import Article, BlockKind
from newsgraph.read.base import RawDocument


def extract(doc: RawDocument) -> Article:
    article = Article(source=doc.source, format="text", url=doc.url, language=doc.language)
    paragraphs = [p.strip() for p in doc.content.split("\n\n")]
    blocks: list[tuple[BlockKind, str]] = [("paragraph", p) for p in paragraphs if p]
    article.set_blocks(blocks)
    return article
