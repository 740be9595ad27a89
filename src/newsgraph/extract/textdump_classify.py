"""Line kinds of a text dump.

Each line gets one kind from its own features (``classify``): ``prose``,
``item`` (a list item that reads like prose), ``short``, ``heading``
(markdown), ``nav``, ``end`` (opens related articles, comments, footers),
``image``, ``caption``, ``credit``, ``date``, ``byline``, ``url``,
``signature``, ``note``. ``textdump_span`` then finds the article among them.
"""

from __future__ import annotations

import re

from newsgraph.extract import agencies
from newsgraph.extract.authors import clean_authors
from newsgraph.extract.credits import split_credit
from newsgraph.extract.dates import find_dates
from newsgraph.extract.textdump_lines import Line
from newsgraph.extract.textdump_rules import Rules, phrase_key

URL_LINE = re.compile(
    r"^(?:(?:permalink|kurzlink|short ?link|link|url|quelle|source)\s*:?\s*)?"
    r"(?P<url>(?:https?://|www\.)\S+)$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…:;]['\"”“«»‘’)\]]*$")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
# Only lines with one of these can hold a credit or an agency list; the cheap
# test keeps the slower helpers off the many navigation lines.
_CREDIT_HINT = re.compile(r"[:/©)]|\([cC]\)")
_SIGNATURE_HINT = re.compile(r"[(\[/]")

_PROSE_MIN_WORDS = 10
_PROSE_DENSITY = 0.22


def classify(lines: list[Line], rules: Rules) -> None:
    """Set ``kind`` and ``stops`` on every line."""
    stop = rules.stopwords
    for line in lines:
        line.stops = sum(map(stop.__contains__, line.tokens))
        line.kind = _kind(line, rules)


def _kind(line: Line, rules: Rules) -> str:
    """The kind of one line from its own text and markers."""
    text = line.text
    if not text:
        return "image" if line.image else "nav"
    if _LETTER.search(text) is None:
        return "nav"
    if (
        ("://" in text or "www." in text.lower())
        and len(text.split()) <= 3
        and URL_LINE.match(text)
    ):
        return "url"
    key = phrase_key(text)
    short = line.words <= 12
    if short and rules.is_end(key):
        return "end"
    if line.words <= 6 and rules.is_comments(key):
        return "comments"
    if boiler(line, key, rules):
        return "nav"
    if rules.is_note(key):
        return "note"
    if short and signature_agencies(text, key, rules) is not None:
        return "signature"
    if (
        line.words <= 60
        and len(text) <= 500
        and _CREDIT_HINT.search(text)
        and rules.may_credit(text, line.tokens)
    ):
        caption, credit = split_credit(text)
        if credit is not None and _credit_like(credit):
            return "caption" if caption else "credit"
    if line.words <= 20 and _DIGIT.search(text) and _is_dateline(line, rules):
        return "date"
    if short and (_is_byline(text, rules) or _is_role_byline(line, rules)):
        return "byline"
    if line.heading:
        return "heading"
    if _prose_like(line):
        if line.bullet:
            return "item"
        if line.words < 30 and not _SENTENCE_END.search(line.text):
            return "title"
        if rules.consent_hits(line.tokens) >= 3:
            return "nav"
        return "prose"
    if line.bullet or "|" in text:
        return "nav"
    return "short"


def boiler(line: Line, key: str, rules: Rules) -> bool:
    """A navigation, share or cookie line by its phrase, or a short row of buttons."""
    return rules.is_boiler(key) or (line.words <= 6 and rules.all_boiler_words(line.tokens))


def _prose_like(line: Line) -> bool:
    """Enough words, enough stopwords: a sentence, not a link or a name list."""
    density = line.stops / line.words if line.words else 0.0
    if line.words >= _PROSE_MIN_WORDS and density >= _PROSE_DENSITY:
        return True
    if line.words >= 40 and density >= 0.1:
        return True
    return line.words >= 5 and density >= 0.3 and bool(_SENTENCE_END.search(line.text))


def _credit_like(credit: str) -> bool:
    """A real credit is a few names, not the rest of a sentence."""
    return len(credit) <= 120 and len(credit.split()) <= 12 and not credit.endswith((".", "!", "?"))


def signature_agencies(text: str, key: str, rules: Rules) -> list[str] | None:
    """The agencies of a signature like "se/sti (afp, rtr)", "(dpa)", "mit
    Material von dpa", "PA Media contributed to this report"; None if it is none."""
    if key.endswith(rules.agency_suffixes):
        suffix = next(s for s in rules.agency_suffixes if key.endswith(s))
        return agencies.agencies_in(key[: -len(suffix)]) or None
    if _SIGNATURE_HINT.search(text) is None and not key.startswith(rules.agency_phrases):
        return None
    return agencies.signature(text) or None


def _is_dateline(line: Line, rules: Rules) -> bool:
    """A line that is mostly a date, or one opened by "Veröffentlicht"/"Updated"."""
    dates = find_dates(line.text)
    if not dates:
        return False
    if rules.published.match(line.text) or rules.updated.match(line.text):
        return True
    covered = sum(d.end - d.start for d in dates)
    return covered * 2 >= len(line.text) or line.words <= 8


def _is_byline(text: str, rules: Rules) -> bool:
    """A byline like "Von Anna Berger" or "By Jane Doe and Tom Hale"."""
    low = text.lower()
    if low.split(None, 1)[0].rstrip(":") not in rules.byline_first_words:
        return False
    for prefix in rules.byline_prefixes:
        if low.startswith(prefix) and len(text) > len(prefix):
            rest = text[len(prefix) :].lstrip(" :")
            if rest[:1].isupper() and text[len(prefix)] in " :":
                authors, _ = clean_authors(text)
                return bool(authors) and not _SENTENCE_END.search(text.rstrip(". "))
    return False


def _is_role_byline(line: Line, rules: Rules) -> bool:
    """A name followed by a job title: "Isla Fraser Scotland correspondent",
    "Jane Doe, Political Editor", "Daniel Berger Redakteur"."""
    if not 3 <= line.words <= 9 or rules.byline_roles_lower.isdisjoint(line.tokens):
        return False
    words = line.text.split()
    if len(words) < 3 or _SENTENCE_END.search(line.text):
        return False
    if not (words[0][:1].isupper() and words[1][:1].isupper()):
        return False
    at = role_at(words, rules)
    if at is None or at < 2:
        return False
    if any(w.endswith(",") for w in words[:at]):
        # "Jane Doe, Political Editor": a name, a comma, then the title.
        name = line.text.split(",", 1)[0].split()
        return 2 <= len(name) <= 3 and all(w[:1].isupper() for w in name)
    # Without a comma the title must be written as listed: "correspondent" lower-case
    # after a name, while "Movavi Video Editor" is a product.
    return at <= 4 and words[at].strip(",.;:()") in rules.byline_roles


def role_at(words: list[str], rules: Rules) -> int | None:
    """The index of the first job-title word among ``words``, or None."""
    for i, word in enumerate(words):
        if word.lower().strip(",.;:()") in rules.byline_roles_lower:
            return i
    return None
