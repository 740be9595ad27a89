"""The article span of a classified text dump, and what it holds.

The article body is the contiguous span with the best score (``main_span``: a
max-subarray, linear), because related articles and navigation around the
body also contain prose, but in short runs broken by lists and headings. The
span goes on past a box set into the article, and stops before teaser cards
and an author box. Inside it, lists and tables that read as navigation line
by line are the article's own (``lists_in_body``, ``tables_in_body``).
"""

from __future__ import annotations

import re
from itertools import pairwise

from newsgraph.extract.textdump_classify import boiler
from newsgraph.extract.textdump_lines import Line
from newsgraph.extract.textdump_rules import Rules, phrase_key

_DIGIT = re.compile(r"\d")
# A standfirst above the body: at most this many lines above it, at least this long.
_STANDFIRST_LINES = 12
_STANDFIRST_WORDS = 15
_LEAD_GAP = frozenset({"date", "byline", "image", "caption", "credit"})
# A footer after the article: a run of this many navigation lines, then at most this much prose.
_FOOTER_NAV = 6
_FOOTER_WORDS = 150
# An author box under the article: at most this many paragraphs, opened by the name and a verb.
_BOX_PARAGRAPHS = 3
_BIO_VERBS = "is|was|has|holds|writes|joined|leads|covers"
_NAME_WORD = re.compile(r"^[A-ZÄÖÜ][a-zäöüßéèáíóúñ'’-]+\.?$")

# Scores of a line for the max-subarray; prose counts by its words.
_SCORE = {
    "short": -1.5,
    "title": -1.0,
    "nav": -4.0,
    "end": -200.0,
    "comments": -1e9,
    "heading": -0.5,
}
_SHORT_PROSE_DISCOUNT = 10
# An article resumes after a box set into it: within this many lines, with a paragraph
# of at least this many words, and prose scoring at least this much before the next stop.
_BOX_LINES = 15
_RESUMED_WORDS = 30
_RESUMED_SCORE = 60.0
_PARAGRAPH_GAP = 2  # line steps between two paragraphs of one article


def score(line: Line) -> float:
    """The line's weight for the main span: prose by words, lists less, noise negative."""
    if line.kind == "prose":
        # Short prose is as typical of teaser cards as of articles: it counts less.
        return float(min(line.words, 150) - _SHORT_PROSE_DISCOUNT)
    if line.kind == "item":
        return line.words * 0.5
    return _SCORE.get(line.kind, 0.0)


def main_span(lines: list[Line]) -> tuple[int, int]:
    """``(first, last)`` indices of the best-scoring contiguous run; (0, -1) when none.
    Reader comments come after the article: the run is sought before the first
    comments heading when the text before it holds an article. The run goes on
    past a box a page set into the article ("Meistgelesen", an ad) when the
    article's prose resumes after it (or began before it). It ends before a
    heading of related articles or an author box unless article paragraphs follow."""
    cut = next((i for i, line in enumerate(lines) if line.kind == "comments"), len(lines))
    best, (first, last) = _best_run(lines[:cut])
    if best < _RESUMED_SCORE:
        best, (first, last) = _best_run(lines)
    while last >= first:
        resumed = _resumed(lines, last + 1)
        if resumed is None:
            break
        last = resumed
    backwards = lines[::-1]  # the article may also begin before a box
    while last >= first:
        resumed = _resumed(backwards, len(lines) - first)
        if resumed is None:
            break
        first = len(lines) - 1 - resumed
    last = _before_footer(lines, first, _before_cards(lines, first, last))
    return _with_standfirst(lines, first), _before_author_box(lines, first, last)


def _with_standfirst(lines: list[Line], first: int) -> int:
    """The run's start moved back to a standfirst that a row of share icons, a
    dateline or a credit set apart from the body: within a few lines above it,
    only lines without words ("*"), dates, bylines, images and one-to-three-word
    lines (an agency) stand between the first paragraph and that prose line."""
    for i in range(first - 1, max(-1, first - 1 - _STANDFIRST_LINES), -1):
        line = lines[i]
        if line.kind == "prose" and line.words >= _STANDFIRST_WORDS:
            return i
        if line.kind in _LEAD_GAP or (line.kind == "nav" and not line.words):
            continue
        if line.kind == "short" and line.words <= 3:
            continue
        break
    return first


def _before_footer(lines: list[Line], first: int, last: int) -> int:
    """The run's end before its last run of navigation lines when what follows
    is a little prose (a disclaimer, a newsletter box, the site's footer text):
    an article is not cut into a small last piece by a menu."""
    nav = 0
    for i in range(last, first, -1):
        nav = nav + 1 if lines[i].kind == "nav" else 0
        if nav < _FOOTER_NAV:
            continue
        after = i + nav
        while after <= last and lines[after].kind == "nav":
            after += 1
        tail = _prose_words(lines, after, last)
        if 0 < tail <= _FOOTER_WORDS and tail * 3 < _prose_words(lines, first, last):
            end = i - 1
            while end > first and lines[end].kind == "nav":
                end -= 1
            return end
        return last
    return last


def _prose_words(lines: list[Line], first: int, last: int) -> int:
    return sum(line.words for line in lines[first : last + 1] if line.kind in ("prose", "item"))


def _before_author_box(lines: list[Line], first: int, last: int) -> int:
    """The run's end before an author box that closes it: a line that is just a
    name ("Karina Cohen") over the run's last paragraphs, which open with that
    name and a verb ("Karina Cohen is the owner of …", "I'm Karina, …"). A
    section heading over its text ("Film Photography" / "Film photography has …")
    differs in case, and a section that goes on is no box."""
    end = last
    while end > first and lines[end].kind != "prose":
        end -= 1
    start = end
    while start - 1 > first and lines[start - 1].kind == "prose" and end - start < _BOX_PARAGRAPHS:
        start -= 1
    name_at = start - 1
    if name_at <= first or not _name_line(lines[name_at]):
        return last
    name = lines[name_at].text
    given = re.escape(name.split()[0])
    opening = (
        rf"^(?:{re.escape(name)}|{given}) (?:{_BIO_VERBS})\b|^I(?:'|’)?m {given}\b|^I am {given}\b"
    )
    return name_at - 1 if re.match(opening, lines[start].text) else last


def _name_line(line: Line) -> bool:
    """Two or three capitalised words and nothing else: a person's name."""
    words = line.text.split()
    return (
        line.kind in ("short", "title", "heading")
        and 2 <= len(words) <= 3
        and all(_NAME_WORD.match(w) for w in words)
    )


def _before_cards(lines: list[Line], first: int, last: int) -> int:
    """The run's end before a heading that opens related articles or an author
    box when what follows it inside the run is no article text: long teaser cards
    can outweigh the heading, but their excerpts stand apart (``_paragraphs_follow``)."""
    for i in range(first + 1, last + 1):
        if lines[i].kind == "end":
            return last if _paragraphs_follow(lines, i + 1, last) else i - 1
    return last


def _best_run(lines: list[Line]) -> tuple[float, tuple[int, int]]:
    best, best_span = 0.0, (0, -1)
    total, start = 0.0, 0
    for i, line in enumerate(lines):
        if total <= 0:
            total, start = 0.0, i
        total += score(line)
        if total > best:
            best, best_span = total, (start, i)
    return best, best_span


def _resumed(lines: list[Line], at: int) -> int | None:
    """The end of the article's prose resuming within a few lines of ``at`` after a
    box: the box holds no reader comments and little prose, and what follows it
    is long prose (paragraphs, not teaser cards) outweighing the box. After a
    heading that opens related articles or an author box, the prose must also
    read as an article's: two paragraphs with at most a subheading between, where
    teaser cards and author boxes put a headline, a date or a link between."""
    box, opened = 0.0, False
    for i in range(at, min(len(lines), at + _BOX_LINES)):
        kind = lines[i].kind
        if kind == "comments":
            return None
        if kind == "prose" and lines[i].words >= _RESUMED_WORDS:
            total, last = 0.0, None
            for j in range(i, len(lines)):
                if lines[j].kind in ("end", "comments"):
                    break
                total += score(lines[j])
                if total <= 0:
                    break
                if lines[j].kind == "prose":
                    last = j
            if last is None or total < _RESUMED_SCORE + box:
                return None
            return last if not opened or _paragraphs_follow(lines, i, last) else None
        opened = opened or kind == "end"
        box += abs(_SCORE.get(kind, 0.0)) if kind != "end" else 0.0
    return None


def _paragraphs_follow(lines: list[Line], first: int, last: int) -> bool:
    """Two prose lines in ``first..last`` with at most one other line between."""
    prose = [i for i in range(first, last + 1) if lines[i].kind == "prose"]
    return any(b - a <= _PARAGRAPH_GAP for a, b in pairwise(prose))


# Kinds of the lines around a list that make it the article's own list.
_TEXT_KINDS = frozenset({"prose", "item", "short", "title", "heading"})


def lists_in_body(lines: list[Line], first: int, last: int, rules: Rules) -> None:
    """Bullet lines inside the body that read as navigation (too few stopwords:
    "* Low utilization of existing resources", "1. Make a budget") are the
    article's list when article text stands on both sides of their run within
    the body: a menu or a link box is not wedged between paragraphs. Lines that
    are boilerplate by their phrase ("Click to share on X") stay navigation."""

    def listed(line: Line) -> bool:
        return line.kind == "nav" and line.bullet and not boiler(line, phrase_key(line.text), rules)

    i = first
    while i <= last:
        if not listed(lines[i]):
            i += 1
            continue
        j = i
        while j + 1 <= last and listed(lines[j + 1]):
            j += 1
        if i > first and j < last and {lines[i - 1].kind, lines[j + 1].kind} <= _TEXT_KINDS:
            for line in lines[i : j + 1]:
                line.kind = "item"
        i = j + 1


_TABLE_ROWS = 3  # consecutive lines of figures that make a table
_ROW_KINDS = frozenset({"short", "title", "nav"})


def tables_in_body(lines: list[Line], first: int, last: int) -> None:
    """A run of short lines that each hold a figure ("Connecticut 91.0", "Art 91
    61.49% 1,449") inside the body is a table of the article: its rows are kept
    as a list. Navigation rarely carries a number on every line."""
    i = first
    while i <= last:
        j = i
        while j <= last and _row_like(lines[j]):
            j += 1
        if j - i >= _TABLE_ROWS:
            for line in lines[i:j]:
                line.kind = "item"
        i = max(j, i + 1)


def _row_like(line: Line) -> bool:
    return (
        line.kind in _ROW_KINDS
        and not line.bullet
        and line.words <= 20
        and _DIGIT.search(line.text) is not None
    )
