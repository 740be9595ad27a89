"""Put trafilatura's blocks back on the page, to fix two of its slips.

When trafilatura falls back to its baseline extraction (pages it cannot
score), it keeps cookie banners and reader comments and drops subheadings.
Aligning each block with the page element it came from (by text, in
document order) lets us see both: a block inside a noise box (cookie
banner, reader comments) that holds only a small part of the article is
dropped, and an ``h2``–``h6`` that stands between two kept blocks but is
missing from the output is put back as a heading.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from newsgraph.article import BlockKind
from newsgraph.extract.html_classes import matches

Blocks = list[tuple[BlockKind, str]]

_WORD = re.compile(r"\w+")
_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "td")
_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_MAX_HEADING = 150
_MINORITY = 0.3  # a noise box holding less than this share of the blocks is not the article
_ANCESTORS = 12
# A subheading is put back only before a body paragraph, not before a footer line.
_MIN_FOLLOWING_WORDS = 20


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def restore(tree: Any, blocks: Blocks) -> Blocks:
    """``blocks`` without noise-box blocks and with dropped subheadings back."""
    elements = [el for el in tree.iter(_TAGS)]
    positions = _positions(elements, {_key(text) for _, text in blocks})
    where = _align(blocks, positions)
    found = [i for i in where if i is not None]
    if len(found) < 2:
        return blocks
    noise = _noise_boxes([elements[i] for i in found])
    kept_keys = {_key(text) for _, text in blocks}
    out: Blocks = []
    last: int | None = None
    for (kind, text), pos in zip(blocks, where, strict=True):
        if pos is not None:
            if noise.get(elements[pos]) is not None:
                continue
            if last is not None and len(text.split()) >= _MIN_FOLLOWING_WORDS:
                out.extend(_missing_headings(elements[last + 1 : pos], kept_keys))
            last = pos
        out.append((kind, text))
    return out


def _positions(elements: list[Any], keys: set[str]) -> dict[str, list[int]]:
    """Where each of ``keys`` stands among the elements. An element whose first word
    starts no key is passed over before its words are all listed: most elements of
    a page hold no block (menus, teasers, the cells and items around the article)."""
    firsts = {key.split(" ", 1)[0] for key in keys}
    positions: dict[str, list[int]] = {}
    for i, el in enumerate(elements):
        text = el.text_content().lower()
        first = _WORD.search(text)
        if (first.group() if first else "") in firsts:
            key = " ".join(_WORD.findall(text))
            if key in keys:
                positions.setdefault(key, []).append(i)
    return positions


def _align(blocks: Blocks, positions: dict[str, list[int]]) -> list[int | None]:
    """The element index of each block, increasing through the page; None when
    a block has no element of its own (joined lists, tables, glued text)."""
    where: list[int | None] = []
    last = -1
    for _, text in blocks:
        candidates = positions.get(_key(text), [])
        k = bisect_right(candidates, last)
        if k < len(candidates):
            last = candidates[k]
            where.append(last)
        else:
            where.append(None)
    return where


def _noise_boxes(aligned: list[Any]) -> dict[Any, Any]:
    """For each aligned element, the noise box around it (None if none, or
    if that box holds a large share of the article, e.g. a page wrapper)."""
    box_of: dict[Any, Any] = {}
    counts: dict[Any, int] = {}
    for el in aligned:
        box = _box(el)
        box_of[el] = box
        if box is not None:
            counts[box] = counts.get(box, 0) + 1
    limit = _MINORITY * len(aligned)
    return {
        el: (box if box is not None and counts[box] < limit else None) for el, box in box_of.items()
    }


def _box(el: Any) -> Any:
    node = el.getparent()
    for _ in range(_ANCESTORS):
        if node is None or node.tag in ("body", "html"):
            return None
        if matches(node, "noise"):
            return node
        node = node.getparent()
    return None


def _missing_headings(between: list[Any], kept: set[str]) -> Blocks:
    out: Blocks = []
    for el in between:
        if el.tag in _HEADINGS:
            text = " ".join(el.text_content().split())
            if text and len(text) <= _MAX_HEADING and _key(text) not in kept and _box(el) is None:
                out.append(("heading", text))
    return out
