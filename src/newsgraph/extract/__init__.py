"""Extractors: one per document form, ``RawDocument -> Article``.

``EXTRACTORS`` maps a document format to its extractor; a new form is a new
module registered here. Every extractor returns an Article (possibly empty,
with problems) and never raises on bad content. Each extractor's module (and
its libraries: trafilatura for HTML) is imported when its first document comes.
"""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.article import Article
from newsgraph.read.base import RawDocument

Extractor = Callable[[RawDocument], Article]


def _html(doc: RawDocument) -> Article:
    from newsgraph.extract import html

    return html.extract(doc)


def _text(doc: RawDocument) -> Article:
    from newsgraph.extract import textdump

    return textdump.extract(doc)


def _plain(doc: RawDocument) -> Article:
    from newsgraph.extract import plain

    return plain.extract(doc)


EXTRACTORS: dict[str, Extractor] = {"html": _html, "text": _text, "plain": _plain}

__all__ = ["EXTRACTORS", "Extractor"]
