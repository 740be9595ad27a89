"""The header of a text dump: the lines just before the article body hold the
kicker, headline, dateline, byline and a standfirst (teaser). Read from the
line kinds ``textdump_classify`` set; the body begins where this ends.
"""

from __future__ import annotations

import re

from newsgraph.article import Article
from newsgraph.extract import agencies
from newsgraph.extract.authors import clean_authors
from newsgraph.extract.dates import find_dates
from newsgraph.extract.textdump_classify import role_at
from newsgraph.extract.textdump_lines import Line
from newsgraph.extract.textdump_rules import Rules

_HEADER_WINDOW = 15  # lines looked at before the body for headline, dateline, …
_CAMEL = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß])")
_LEAD_KINDS = ("image", "caption", "credit", "date", "byline", "url")
_KICKER_SPLIT = re.compile(r"\s+[|/·•>»]\s+")


def read_header(article: Article, lines: list[Line], first: int, last: int, r: Rules) -> int:
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
            extend(article.agencies, found)
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


def extend(target: list[str], items: list[str]) -> None:
    """Append the items not yet in ``target``, in order."""
    for item in items:
        if item not in target:
            target.append(item)
