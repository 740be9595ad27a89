"""Plain-text dumps of web pages (inscriptis, html2text, text browsers,
copy-paste) to Articles: a line classifier.

No library reads these: the page's structure is gone, only lines are left.
The steps: ``textdump_lines`` strips markdown into flags, ``textdump_classify``
gives every line a kind and picks the main-content span, this module reads
the header before the span (kicker, headline, dateline, teaser, byline, URL)
and turns the span into blocks, images, agencies and notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.article import Article, BlockKind, Image
from newsgraph.extract import agencies
from newsgraph.extract.authors import clean_authors
from newsgraph.extract.credits import split_credit
from newsgraph.extract.dates import find_dates
from newsgraph.extract.repeats import without_repeats
from newsgraph.extract.textdump_classify import (
    URL_LINE,
    classify,
    main_span,
    role_at,
    signature_agencies,
)
from newsgraph.extract.textdump_lines import Line, parse_lines
from newsgraph.extract.textdump_rules import (
    Rules,
    names_host,
    phrase_key,
    publisher_for_url,
    rules,
)
from newsgraph.extract.urls import canonical
from newsgraph.lang import SUPPORTED
from newsgraph.read.base import RawDocument

_HEADER_WINDOW = 15  # lines looked at before the body for headline, dateline, …
_TAIL_WINDOW = 8  # lines looked at after the body for signature and notes
_SENTENCE_END = re.compile(r"[.!?…:;,]['\"”“«»‘’)\]]*$")
_QUOTED = re.compile(r"^[\"„“”«»‚‘’'].*[\"„“”«»‚‘’']$")
_CAMEL = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß])")
_LEAD_KINDS = ("image", "caption", "credit", "date", "byline", "url")
_KICKER_SPLIT = re.compile(r"\s+[|/·•>»]\s+")


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
    first = _read_header(article, lines, first, last, language_rules)
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


# -- header --------------------------------------------------------------------


def _read_header(article: Article, lines: list[Line], first: int, last: int, r: Rules) -> int:
    """Fill kicker, headline, dates, byline and teaser from the lines around
    the start of the body; returns the index where body text begins."""
    window = _header_window(lines, first)
    head_at = _find_headline(lines, window, first, r)
    if head_at is not None:
        article.headline = lines[head_at].text
        article.kicker = _kicker(lines, head_at, window)
    meta_lines = [i for i in window if head_at is None or i > head_at]
    meta_lines += list(range(first, min(last + 1, first + 6)))
    for i in meta_lines:
        line = lines[i]
        if line.kind == "date":
            _read_dateline(article, line.text, r)
        elif line.kind == "byline" and not article.authors:
            article.authors, found = clean_authors(_byline_names(line.text, r))
            _extend(article.agencies, found)
    start = first if head_at is None or head_at < first else head_at + 1
    floor = -1 if head_at is None else head_at
    while start - 1 > floor and lines[start - 1].kind in _LEAD_KINDS:
        start -= 1  # the lead image and the dateline between headline and body
    teaser_at = _find_teaser(lines, start, last)
    if teaser_at is not None:
        article.teaser = lines[teaser_at].text
        lines[teaser_at].kind = "teaser"
    if head_at is not None and head_at >= first:
        lines[head_at].kind = "headline"
    return start


def _header_window(lines: list[Line], first: int) -> list[int]:
    """Indices before the body that may hold header lines, nearest last; the
    window ends at a run of navigation."""
    out: list[int] = []
    i, nav_run = first - 1, 0
    while i >= 0 and len(out) < _HEADER_WINDOW:
        kind = lines[i].kind
        if kind in ("nav", "end", "comments") or lines[i].bullet:
            nav_run += 1
            if nav_run >= 2 or (out and lines[i].bullet):
                break
        else:
            nav_run = 0
            out.append(i)
        i -= 1
    return out[::-1]


def _find_headline(lines: list[Line], window: list[int], first: int, r: Rules) -> int | None:
    """A level-1 markdown heading, else the title-like line nearest the body."""
    candidates: list[int] = [*window, *range(first, min(first + 3, len(lines)))]
    for i in candidates:
        if lines[i].heading == 1:
            return i
    found = [i for i in reversed(window) if _headline_like(lines[i], r) and not _is_alt(lines, i)]
    if not found:
        return None
    head = found[0]
    above = head - 1
    if len(found) > 1 and found[1] == above and _standfirst_below(lines[above], lines[head]):
        return above
    return head


def _headline_like(line: Line, r: Rules) -> bool:
    """A title-like line that is not a dateline ("Published 3 hours ago")."""
    text = line.text
    return _title_like(line) and not (r.published.match(text) or r.updated.match(text))


def _is_alt(lines: list[Line], i: int) -> bool:
    """An image's alt text: directly above its caption, no blank line between."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt is not None and nxt.kind == "caption" and not nxt.blank_before


def _standfirst_below(head: Line, below: Line) -> bool:
    """A headline directly above a much longer unpunctuated standfirst: the
    line nearest the body is the standfirst, not the headline."""
    return below.words >= 12 and head.words >= 3 and head.words * 3 <= below.words * 2


def _title_like(line: Line) -> bool:
    """3–30 words, no full stop at the end, not a date, credit or link."""
    if line.kind not in ("short", "heading", "prose", "title"):
        return False
    if not 2 <= line.words <= 30 or len(line.text) > 250:
        return False
    return not line.text.endswith((".", ":", ",", ";"))


def _kicker(lines: list[Line], head_at: int, window: list[int]) -> list[str]:
    """Topic tags on the line just above the headline ("KonflikteUkraine" → two
    tags); one line only, because the line above it is usually navigation."""
    before = [i for i in window if i < head_at][-1:]
    tags: list[str] = []
    for i in before:
        line = lines[i]
        if line.kind not in ("short", "heading") or line.words > 6 or len(line.text) > 60:
            tags = []
            continue
        for part in _KICKER_SPLIT.split(line.text.strip(" :")):
            tags.extend(p for p in _split_camel(part) if p)
    return tags


def _split_camel(text: str) -> list[str]:
    """Glued words ("KonflikteUkraine") apart; pieces shorter than 3 stay glued."""
    parts = _CAMEL.split(text)
    if len(parts) > 1 and all(len(p) >= 3 for p in parts):
        return [p.strip() for p in parts]
    return [text.strip()]


def _read_dateline(article: Article, text: str, r: Rules) -> None:
    """Published and updated dates from "Veröffentlicht …Zuletzt aktualisiert …"."""
    updated_at = [m.start() for m in r.updated.finditer(text)]
    for found in find_dates(text):
        is_update = any(
            u <= found.start and not r.published.search(text, u, found.start) for u in updated_at
        )
        if is_update:
            article.updated = article.updated or found.iso
        elif article.published is None:
            article.published = found.iso
        elif article.updated is None and found.iso != article.published:
            article.updated = found.iso


def _byline_names(text: str, r: Rules) -> str:
    """The names of a byline without job titles and datelines: "Von Jana
    Köhler, Bonn" and "Isla Fraser Scotland correspondent" keep the names only."""
    parts = [p.strip() for p in text.split(",")]
    kept: list[str] = []
    for n, part in enumerate(parts):
        words = part.split()
        at = role_at(words, r)
        if at is not None:
            # "Isla Fraser Scotland correspondent": two words of name, the rest title.
            name = words[: min(at, 2)] if n == 0 else []
            if name:
                kept.append(" ".join(name))
            continue
        if n > 0 and kept and _place_like(words):
            continue  # "…, Bonn": where the author writes from, not a second author
        kept.append(part)
    return ", ".join(kept)


def _place_like(words: list[str]) -> bool:
    """One capitalised word that is no agency: a place after the names."""
    return len(words) == 1 and words[0][:1].isupper() and agencies.normalize(words[0]) is None


def _find_teaser(lines: list[Line], start: int, last: int) -> int | None:
    """The first prose line when something other than prose (an image, link,
    dateline, byline) separates it from the next prose: a standfirst."""
    i = start
    while i <= last and lines[i].kind in ("date", "byline", "url", "nav", "short"):
        i += 1
    if i > last or lines[i].kind != "prose":
        return None
    separated = False
    for j in range(i + 1, min(last + 1, i + 8)):
        kind = lines[j].kind
        if kind == "prose":
            return i if separated else None
        if kind in ("image", "caption", "credit", "url", "date", "byline"):
            separated = True
    return None


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
            _extend(state.agencies, found or [])
        elif kind == "note":
            state.notes.append(line.text)
    if items:
        state.blocks.append(("list", "\n".join(items)))


def _short_line(
    lines: list[Line], i: int, last: int, prose_indent: int | None, state: _State
) -> None:
    """A short line in the body: a section heading, a short paragraph or noise."""
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


def _extend(target: list[str], items: list[str]) -> None:
    for item in items:
        if item not in target:
            target.append(item)
