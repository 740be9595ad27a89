"""A wire story's closing credit line: "(Reporting by Jane Doe in Oslo; Additional reporting
by Tom Hale; Editing by Ann Lee)".

The line says who made the story, not what it is about: left in the text, the reporters and
editors became people of the article. It is told apart by its form alone: a short block made
only of credit phrases (per-language data, ``credit_line_*`` in ``lang/<lang>/html.toml``),
each followed by names and nothing else. The names after a writer's phrase are returned:
they are the story's authors when the page has no byline; a news agency named anywhere in
the line ("With additional reporting by Reuters") is returned as an agency.
"""

from __future__ import annotations

import re
from functools import cache

from newsgraph.extract import agencies as agency_names
from newsgraph.lang import merged

_MAX_LINE = 300
_MAX_NAMES = 120  # the names after one phrase
_MAX_WORDS = 4  # words of one name
_PLACE = re.compile(r"\s+(?:in|aus)\s+\S.*$")  # "Ingvild Aasen in Oslo"
_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bund\b)\s*")
_PARTICLES = frozenset(("de", "da", "del", "van", "von", "der", "den", "le", "la", "al", "bin"))


@cache
def _phrases() -> re.Pattern[str]:
    """Writers' and others' phrases as one pattern, longest first ("additional reporting
    by" before "reporting by")."""
    writers = merged("html", "credit_line_writers")
    others = merged("html", "credit_line_others")

    def alternatives(items: list[str]) -> str:
        return "|".join(re.escape(p) for p in sorted(items, key=len, reverse=True))

    return re.compile(
        rf"(?:(?P<writer>{alternatives(writers)})|(?P<other>{alternatives(others)}))\s*",
        re.IGNORECASE,
    )


def credit_line(text: str) -> tuple[list[str], list[str]] | None:
    """``(writers, agencies)`` a credit line names (maybe no writer: "(Editing by Ann
    Lee)"), or None when ``text`` is no credit line."""
    line = text.strip()
    if len(line) > _MAX_LINE:
        return None
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1]
    line = line.strip().rstrip(".")
    writers: list[str] = []
    agencies: list[str] = []
    for segment in line.split(";"):
        m = _phrases().match(segment.strip())
        if m is None:
            return None
        names = _names(segment.strip()[m.end() :])
        if names is None:
            return None
        for name in names:
            agency = agency_names.normalize(name)
            if agency is not None:
                agencies += [agency] if agency not in agencies else []
            elif m.group("writer") and name not in writers:
                writers.append(name)
    return writers, agencies


def _names(text: str) -> list[str] | None:
    """The names of one credit ("Ingvild Aasen in Oslo and Knut Bjerke"), or None when the
    text is anything but names."""
    if not text or len(text) > _MAX_NAMES:
        return None
    names = []
    for part in _SPLIT.split(text):
        name = _PLACE.sub("", part).strip()
        if not name:
            continue
        words = name.split()
        if len(words) > _MAX_WORDS or not all(
            w[:1].isupper() or w.lower() in _PARTICLES for w in words
        ):
            return None
        names.append(name)
    return names or None
