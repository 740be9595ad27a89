"""Page furniture trafilatura leaves among the body blocks, removed by general
signals rather than by site:

- **phrases**: a short block that is a boilerplate line of the text-dump data
  (``lang/<lang>/textdump.toml``: "5 Kommentare", "Mehr zum Thema", "Read more")
  or starts with one of its prefixes ("Externer Inhalt", "Lesen Sie auch");
- **repetition** (``repeats``): a short block that stands in the body more than
  once as the same kind of block (a gallery heading per slide, a consent box per embed);
- **links**: a short block made of link texts (a teaser's headline, "Read more:
  <link>"), and a promo in brackets that holds a link ("[Newsletter: …]"); not a
  heading (a ranked list links each item's heading to its page), and lists and
  table rows only after the last paragraph of prose (related articles), since
  within the body they are content (a ranking, a list of sources);
- **disclaimers** (``disclaimers``): a short block in which the site names the
  network it belongs to ("*lokalbote-nordheide.de ist ein Angebot von …").

Long paragraphs are never touched: body text is worth more than a stray line.
"""

from __future__ import annotations

import re
from typing import Any

from newsgraph.article import BlockKind
from newsgraph.extract.disclaimers import is_disclaimer
from newsgraph.extract.html_links import covered
from newsgraph.extract.repeats import SHORT, first_copies, is_repeated, repeated
from newsgraph.extract.textdump_rules import phrase_key, rules

Blocks = list[tuple[BlockKind, str]]

_WORD = re.compile(r"\w+")
_LINKED_WORDS = 40  # a block of link texts has at most this many words…
_LINKED_SHARE = 0.75  # …and at least this share of them in links
_BRACKETS = (("[", "]"), ("(", ")"))
_PROSE_WORDS = 20


def strip_furniture(
    blocks: Blocks, anchors: dict[str, list[list[str]]], names: tuple[str, ...] = ()
) -> Blocks:
    """``blocks`` without boilerplate phrases, repeated short blocks, blocks of link texts
    (``anchors`` from ``html_links.anchor_index``) and the publisher network's line about
    the site (``names`` from ``disclaimers.site_names``)."""
    r = rules()
    blocks = first_copies(blocks)
    repeats = repeated(blocks)
    last_prose = max((i for i, (k, t) in enumerate(blocks) if _is_prose(k, t)), default=-1)
    out: Blocks = []
    for i, (kind, text) in enumerate(blocks):
        # Lists and table rows of links are content in the body (a ranking, sources),
        # furniture only after it (related articles).
        linkable = (kind == "paragraph" and " | " not in text) or i > last_prose
        if len(text) <= SHORT and (
            _is_phrase(text, r)
            or is_repeated(kind, text, repeats)
            or (linkable and kind != "heading" and _is_linked(text, anchors))
            or (kind == "paragraph" and is_disclaimer(text, names))
        ):
            continue
        out.append((kind, text))
    return out


def _is_prose(kind: BlockKind, text: str) -> bool:
    return kind == "paragraph" and len(text.split()) >= _PROSE_WORDS


def _is_phrase(text: str, r: Any) -> bool:
    key = phrase_key(text)
    if key in r.boiler_lines or key in r.end_phrases or key.rstrip(":") in r.end_phrases:
        return True
    return key.startswith(r.boiler_prefixes)


def _is_linked(text: str, anchors: dict[str, list[list[str]]]) -> bool:
    """Mostly link text; or a bracketed promo with a link in it."""
    words = _WORD.findall(text.lower())
    if not words or len(words) > _LINKED_WORDS:
        return False
    linked = covered(words, anchors)
    if linked >= _LINKED_SHARE * len(words):
        return True
    stripped = text.strip()
    return linked > 0 and any(stripped[0] == a and stripped[-1] == b for a, b in _BRACKETS)
