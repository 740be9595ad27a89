"""Blocks that repeat. A long paragraph is kept once (a page that prints its
article twice). Short blocks that stand in a body more than once are page
furniture: a gallery heading repeated per slide, a consent box per embedded
post, a traffic widget a renderer printed twice. Shared by the HTML and
text-dump extractors. Kept: long paragraphs; lines of fewer than four words
("Pros", "Cons", "Fazit" per product reviewed: structure, not furniture);
"Label: value" fields of a listing ("Team Size: 11 – 50 employees"); and
headings repeated with prose between them (a section heading per product
reviewed), where a gallery's heading has only a slide's title between.
"""

from __future__ import annotations

import re
from itertools import pairwise

from newsgraph.article import BlockKind

Blocks = list[tuple[BlockKind, str]]

SHORT = 300  # characters: a repeated line of furniture is never longer
_MIN_WORDS = 4
_GAP_WORDS = 40  # mean words between two occurrences: more is a document's structure
_WORD = re.compile(r"\w+")
_COPIED = 0.8  # share of a long block's word 4-grams seen before: a second copy
_MAX_CHARS = 500_000  # five times the longest article: larger texts are not compared
_FIELD = re.compile(r"^[^:.!?]{1,30}:(?:\s+\S|$)")


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def repeated(blocks: Blocks) -> set[tuple[BlockKind, str]]:
    """``(kind, key)`` of the short blocks that occur more than once as that kind
    (headings: with little text between the occurrences)."""
    where: dict[tuple[BlockKind, str], list[int]] = {}
    for i, (kind, text) in enumerate(blocks):
        if len(text) > SHORT or len(text.split()) < _MIN_WORDS:
            continue
        if kind != "heading" and _FIELD.match(text):
            continue
        where.setdefault((kind, _key(text)), []).append(i)
    words = [len(text.split()) for _, text in blocks]
    found = set()
    for found_key, places in where.items():
        if len(places) < 2:
            continue
        between = sum(sum(words[a + 1 : b]) for a, b in pairwise(places))
        if found_key[0] != "heading" or between / (len(places) - 1) < _GAP_WORDS:
            found.add(found_key)
    return found


def is_repeated(kind: BlockKind, text: str, found: set[tuple[BlockKind, str]]) -> bool:
    return (kind, _key(text)) in found


def without_repeats(blocks: Blocks) -> Blocks:
    """``blocks`` without short repeated furniture and without second copies of
    long blocks (a page that prints its article twice)."""
    found = repeated(blocks)
    return [
        (kind, text) for kind, text in first_copies(blocks) if not is_repeated(kind, text, found)
    ]


def first_copies(blocks: Blocks) -> Blocks:
    """Long blocks once: an article never repeats a paragraph word for word, also
    not when its second copy runs several paragraphs into one block (most of its
    word 4-grams stood earlier)."""
    if sum(len(text) for _, text in blocks) > _MAX_CHARS:
        return blocks  # no article: the pipeline flags it as too long, as it is
    earlier: set[tuple[str, ...]] = set()
    out: Blocks = []
    for kind, text in blocks:
        grams = _grams(text)
        if len(text) > SHORT and grams and len(grams & earlier) >= _COPIED * len(grams):
            continue
        earlier |= grams
        out.append((kind, text))
    return out


def _grams(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return set(zip(words, words[1:], words[2:], words[3:], strict=False))
