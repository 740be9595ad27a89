"""Plain-text dumps of web pages (inscriptis, html2text, text browsers,
copy-paste) to Articles: a line classifier.

No library reads these: the page's structure is gone, only lines are left.
The steps: ``textdump_lines`` strips markdown into flags, ``textdump_classify``
gives every line a kind, ``textdump_span`` picks the article's span, ``textdump_header``
reads the header before the span (kicker, headline, dateline, teaser, byline),
and this module turns the span into blocks, images, agencies and notes, and
finds the page's URL and publisher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.article import Article, BlockKind, Image
from newsgraph.extract.credits import split_credit
from newsgraph.extract.repeats import without_repeats
from newsgraph.extract.textdump_classify import URL_LINE, classify, signature_agencies
from newsgraph.extract.textdump_header import extend, read_header
from newsgraph.extract.textdump_lines import Line, parse_lines
from newsgraph.extract.textdump_rules import (
    Rules,
    names_host,
    phrase_key,
    publisher_for_url,
    rules,
)
from newsgraph.extract.textdump_span import lists_in_body, main_span, tables_in_body
from newsgraph.extract.urls import canonical
from newsgraph.lang import SUPPORTED
from newsgraph.read.base import RawDocument

_TAIL_WINDOW = 8  # lines looked at after the body for signature and notes
_SENTENCE_END = re.compile(r"[.!?…:;,]['\"”“«»‘’)\]]*$")
_QUOTED = re.compile(r"^[\"„“”«»‚‘’'].*[\"„“”«»‚‘’']$")


@dataclass
class _State:
    """What the body pass collects besides blocks."""

    blocks: list[tuple[BlockKind, str]] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def extract(doc: RawDocument) -> Article:
    """A text dump to an Article; never raises on odd text (empty body instead)."""
    article = Article(source=doc.source, format="text", url=doc.url, language=doc.language)
    lines = parse_lines(doc.content)
    if not lines:
        return article
    language_rules = rules(_languages(doc.language))
    classify(lines, language_rules)
    first, last = main_span(lines)
    if last < first:
        return article
    first = read_header(article, lines, first, last, language_rules)
    lists_in_body(lines, first, last, language_rules)
    tables_in_body(lines, first, last)
    last = _include_tail(lines, last)
    state = _State()
    _read_body(lines, first, last, state, language_rules)
    article.set_blocks(without_repeats(state.blocks))
    article.images = state.images
    article.agencies = state.agencies
    article.notes = state.notes
    _read_url_and_publisher(article, lines, language_rules)
    return article


def _languages(language: str | None) -> tuple[str, ...]:
    """The rule languages: the given one when supported, else all."""
    return (language,) if language in SUPPORTED else SUPPORTED


# -- body ----------------------------------------------------------------------


def _include_tail(lines: list[Line], last: int) -> int:
    """Extend the body over signature and note lines just after it."""
    end = last
    for j in range(last + 1, min(len(lines), last + 1 + _TAIL_WINDOW)):
        kind = lines[j].kind
        if kind in ("signature", "note"):
            end = j
        elif kind in ("end", "comments", "prose", "item"):
            break
    return end


def _read_body(lines: list[Line], first: int, last: int, state: _State, r: Rules) -> None:
    """Blocks, images, agencies and notes from the span ``first..last``."""
    alt_of = _alt_lines(lines, first, last)
    prose_indent = _prose_indent(lines, first, last)
    items: list[str] = []
    for i in range(first, last + 1):
        line = lines[i]
        kind = line.kind
        if kind != "item" and items:
            state.blocks.append(("list", "\n".join(items)))
            items = []
        if i in alt_of:
            continue
        if kind == "prose":
            state.blocks.append(("quote" if line.quote else "paragraph", line.text))
        elif kind == "item":
            items.append(line.text)
        elif kind in ("heading", "short", "title"):
            _short_line(lines, i, last, prose_indent, state)
        elif kind in ("caption", "credit", "image"):
            _add_image(lines, i, alt_of, state)
        elif kind == "signature":
            found = signature_agencies(line.text, phrase_key(line.text), r)
            extend(state.agencies, found or [])
        elif kind == "note":
            state.notes.append(line.text)
    if items:
        state.blocks.append(("list", "\n".join(items)))


def _short_line(
    lines: list[Line], i: int, last: int, prose_indent: int | None, state: _State
) -> None:
    """A short line in the body: a section heading, a short paragraph, the line
    that opens a list ("Creating this culture requires:"), or noise."""
    line = lines[i]
    nxt = _next_kind(lines, i, last)
    if line.heading and nxt in ("prose", "item", "short", "heading"):
        state.blocks.append(("heading", line.text))
        return
    if _heading_like(line) and nxt in ("prose", "item"):
        if prose_indent is None or line.indent == prose_indent:
            state.blocks.append(("heading", line.text))
        return
    if line.kind == "title" and nxt == "prose" and _prev_kind(lines, i) == "prose":
        state.blocks.append(("paragraph", line.text))
        return
    if line.words >= 2 and line.text.endswith(":") and nxt in ("item", "prose"):
        state.blocks.append(("paragraph", line.text))  # "Creating this culture requires:"
        return
    density = line.stops / line.words if line.words else 0.0
    if line.words >= 3 and density >= 0.2 and line.text.endswith((".", "!", "?", '"', "“")):
        state.blocks.append(("paragraph", line.text))


def _heading_like(line: Line) -> bool:
    """Short, no final punctuation unless it is a quotation in quotation marks."""
    if not 1 <= line.words <= 16 or len(line.text) > 140 or line.bullet:
        return False
    if not (line.text[0].isupper() or line.text[0].isdigit() or _QUOTED.match(line.text)):
        return False
    return bool(_QUOTED.match(line.text)) or not _SENTENCE_END.search(line.text)


def _next_kind(lines: list[Line], i: int, last: int) -> str:
    """The kind of the next line that is not an image or credit."""
    for j in range(i + 1, last + 1):
        if lines[j].kind not in ("image", "caption", "credit"):
            return lines[j].kind
    return "none"


def _prev_kind(lines: list[Line], i: int) -> str:
    """The kind of the previous line that is not an image or credit."""
    for j in range(i - 1, -1, -1):
        if lines[j].kind not in ("image", "caption", "credit"):
            return lines[j].kind
    return "none"


def _prose_indent(lines: list[Line], first: int, last: int) -> int | None:
    """The indentation most prose lines share (inscriptis indents), or None."""
    counts: dict[int, int] = {}
    for i in range(first, last + 1):
        if lines[i].kind == "prose":
            counts[lines[i].indent] = counts.get(lines[i].indent, 0) + 1
    if not counts:
        return None
    indent = max(counts, key=lambda k: counts[k])
    return indent if indent > 0 else None


def _alt_lines(lines: list[Line], first: int, last: int) -> dict[int, int]:
    """Lines that are an image's alt text: directly above a caption (no blank
    line between) and not a finished sentence. Maps alt line -> caption line."""
    out: dict[int, int] = {}
    for i in range(max(first, 1), last + 1):
        if lines[i].kind != "caption" or lines[i].blank_before:
            continue
        above = lines[i - 1]
        if above.kind in ("prose", "short", "title") and not above.text.endswith((".", "!", "?")):
            out[i - 1] = i
    return out


def _add_image(lines: list[Line], i: int, alt_of: dict[int, int], state: _State) -> None:
    """An image from a markdown image, a caption line or a credit line."""
    line = lines[i]
    if line.kind == "image" and line.image:
        alt, src = line.image
        state.images.append(Image(src=src or None, alt=alt or None))
        return
    caption, credit = split_credit(line.text)
    alt_text = next((lines[a].text for a, c in alt_of.items() if c == i), None)
    last_image = state.images[-1] if state.images else None
    if last_image is not None and last_image.caption is None and last_image.credit is None:
        last_image.caption, last_image.credit = caption or None, credit
        return
    state.images.append(Image(alt=alt_text, caption=caption or None, credit=credit))


# -- page-level metadata -----------------------------------------------------------


def _read_url_and_publisher(article: Article, lines: list[Line], r: Rules) -> None:
    """The page URL (a bare or "Permalink" link line) and the publisher, from
    the URL's host or from a navigation phrase naming the site."""
    if article.url is None:
        for line in lines:
            if line.kind == "url" and line.kind:
                m = URL_LINE.match(line.text)
                url = canonical(m.group("url")) if m else None
                if url:
                    article.url = url
                    break
    article.publisher = publisher_for_url(article.url)
    if article.publisher is None:
        article.publisher = _publisher_from_phrases(lines, r, article.url)


def _publisher_from_phrases(lines: list[Line], r: Rules, url: str | None) -> str | None:
    """The site name from phrases like "Zu weiteren Angeboten der DW springen",
    when it fits the page's host."""
    edge = lines[:40] + lines[-40:] if len(lines) > 80 else lines
    for line in edge:
        for pattern in r.publisher_patterns:
            m = pattern.search(line.text)
            if m and names_host(m.group("name"), url):
                return m.group("name").strip()
    return None
