"""How much of the body is link text: a page of nothing but navigation.

trafilatura returns the text of menus and topic lists when a page has no
article; their lines are the page's link texts. A body whose words are
mostly link texts is navigation, not an article, whatever its length.
"""

from __future__ import annotations

import re
from typing import Any

from newsgraph.article import BlockKind

Blocks = list[tuple[BlockKind, str]]

_WORD = re.compile(r"\w+")
NAVIGATION_SHARE = 0.5  # at least this share of the body's words are link texts


def anchor_index(tree: Any) -> dict[str, list[list[str]]]:
    """The words of every link to another page, by their first word, longest first
    (a contents list links the article's own headings with "#…": they stay text)."""
    by_first: dict[str, list[list[str]]] = {}
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue  # an anchor to jump to, or a link within the page
        words = _WORD.findall(a.text_content().lower())
        if words:
            by_first.setdefault(words[0], []).append(words)
    for options in by_first.values():
        options.sort(key=len, reverse=True)
    return by_first


def link_share(by_first: dict[str, list[list[str]]], blocks: Blocks) -> float:
    """The share of the blocks' words that are the words of a whole link (``by_first``
    from ``anchor_index``), matched in order (trafilatura may run a menu's items into
    one line)."""
    total = linked = 0
    for _, text in blocks:
        words = _WORD.findall(text.lower())
        total += len(words)
        linked += covered(words, by_first)
    return linked / total if total else 0.0


def covered(words: list[str], by_first: dict[str, list[list[str]]]) -> int:
    """How many of ``words`` are the words of a whole link, matched in order."""
    i = covered = 0
    while i < len(words):
        step = 1
        for anchor in by_first.get(words[i], ()):
            if words[i : i + len(anchor)] == anchor:
                step = len(anchor)
                covered += step
                break
        i += step
    return covered
