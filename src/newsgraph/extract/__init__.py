"""Extractors: one per document form, ``RawDocument -> Article``.

``EXTRACTORS`` maps a document format to its extractor; a new form is a new
module registered here. Every extractor returns an Article (possibly empty,
with problems) and never raises on bad content.
"""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.article import Article
from newsgraph.extract import html, plain, textdump
from newsgraph.read.base import RawDocument

Extractor = Callable[[RawDocument], Article]

EXTRACTORS: dict[str, Extractor] = {
    "html": html.extract,
    "text": textdump.extract,
    "plain": plain.extract,
}

__all__ = ["EXTRACTORS", "Extractor"]
