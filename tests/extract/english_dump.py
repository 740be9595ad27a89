"""A short English article for the text-dump tests, written for them: an
intro, a closing paragraph, and the shape inscriptis and html2text give a
dump (bullets as ``*``, headings as ``#``, links dropped)."""

from __future__ import annotations

from newsgraph.article import Article, Source
from newsgraph.extract import textdump
from newsgraph.read.base import RawDocument

HEADLINE = "Shops move their servers out of the back room"
INTRO = (
    "Small shops in the valley moved their accounts to rented servers this year, and most of "
    "them say the switch paid for itself within a few months of the move."
)
OUTRO = (
    "Not every owner is happy with the result. Some of them miss the control they had when the "
    "machines stood in the back room, and a few of them have already moved back again."
)


def extract_en(text: str) -> Article:
    return textdump.extract(RawDocument(Source("<test>"), "text", content=text, language="en"))
