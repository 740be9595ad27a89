"""Clean text in, untouched: ``article.text`` is exactly the input.

Blocks are the paragraphs between blank lines, with offsets into the
unchanged text, so every later offset points into the user's own string.
"""

from __future__ import annotations

import re

from newsgraph.article import Article, Block
from newsgraph.read.base import RawDocument

_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t\r\f\v]*(?:\n|$)))*", re.UNICODE)


def extract(doc: RawDocument) -> Article:
    article = Article(source=doc.source, format="plain", url=doc.url, language=doc.language)
    article.text = doc.content
    article.blocks = [
        _block(doc.content, m.start(), m.end()) for m in _PARAGRAPH.finditer(doc.content)
    ]
    return article


def _block(text: str, start: int, end: int) -> Block:
    # Trim trailing whitespace of the paragraph so the block text equals its slice.
    while end > start and text[end - 1].isspace():
        end -= 1
    return Block("paragraph", text[start:end], start, end)
