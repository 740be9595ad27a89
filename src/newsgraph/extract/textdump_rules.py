"""The phrase data of the text-dump extractor (``lang/*/textdump.toml``,
``lang/common/publishers.toml``), loaded once per language and compiled.

Code never names a phrase; a new language is a new ``textdump.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsgraph.lang import SUPPORTED, load, merged

# Trimmed from a line before it is compared with a phrase.
_TRIM = " \t.:·|>»«›‹-–—/\\*#+"
_WORD = re.compile(r"\w+")
_COUNT = re.compile(r"^\d+\s+|\s*\(\d+\)$")


@dataclass(frozen=True)
class Rules:
    """Everything the classifier looks up, for one language (or all)."""

    stopwords: frozenset[str]
    boiler_lines: frozenset[str]
    boiler_prefixes: tuple[str, ...]
    end_phrases: frozenset[str]
    comment_phrases: frozenset[str]
    note_prefixes: tuple[str, ...]
    byline_prefixes: tuple[str, ...]
    byline_first_words: frozenset[str]
    agency_phrases: tuple[str, ...]
    agency_suffixes: tuple[str, ...]
    byline_roles: frozenset[str]
    byline_roles_lower: frozenset[str]
    published: re.Pattern[str]
    updated: re.Pattern[str]
    publisher_patterns: tuple[re.Pattern[str], ...]
    consent_words: frozenset[str]
    credit_markers: tuple[str, ...]
    credit_sources: frozenset[str]
    credit_symbols: tuple[str, ...]
    comment_prefixes: tuple[str, ...]

    def consent_hits(self, tokens: list[str]) -> int:
        """How many different cookie/consent words a line uses."""
        return len(self.consent_words.intersection(tokens))

    def may_credit(self, text: str, tokens: list[str]) -> bool:
        """False when ``split_credit`` cannot find a credit in ``text``: no
        marker word before a colon ("RubioBild:"), no credit symbol, no photo
        source's word. Keeps the slower split off most lines."""
        if not self.credit_sources.isdisjoint(tokens):
            return True
        low = text.lower()
        if any(s in low for s in self.credit_symbols):
            return True
        colon = low.find(":")
        while colon > 0:
            before = low[max(0, colon - 40) : colon].rstrip()
            if before.endswith(self.credit_markers):
                return True
            colon = low.find(":", colon + 1)
        return False

    def is_boiler(self, key: str) -> bool:
        """True for a navigation/cookie/share/ad line (``key`` from ``phrase_key``)."""
        return key in self.boiler_lines or key.startswith(self.boiler_prefixes)

    def all_boiler_words(self, tokens: list[str]) -> bool:
        """True for a row of buttons: every word a boilerplate line of its own
        ("Teilen Merken Drucken", "Share Print Email")."""
        return len(tokens) > 1 and all(map(self.boiler_lines.__contains__, tokens))

    def is_end(self, key: str) -> bool:
        """True for a heading that opens related articles, comments or footers."""
        return key in self.end_phrases

    def is_comments(self, key: str) -> bool:
        """True for a heading that opens reader comments."""
        return key in self.comment_phrases or key.startswith(self.comment_prefixes)

    def is_note(self, key: str) -> bool:
        return key.startswith(self.note_prefixes)


def phrase_key(text: str) -> str:
    """The form in which a line is compared with phrases: lower case, trimmed,
    without counts ("3 Kommentare", "Kommentare (0)" -> "kommentare")."""
    key = text.strip(_TRIM).lower()
    if (key[:1].isdigit() or key.endswith(")")) and _COUNT.search(key):
        key = _COUNT.sub("", key).strip(_TRIM)
    return key


@cache
def rules(languages: tuple[str, ...] = SUPPORTED) -> Rules:
    """The compiled rules of ``languages`` merged (all supported by default)."""

    def get(*keys: str) -> list[str]:
        out: list[str] = []
        for language in languages:
            data = load(language, "textdump")
            for key in keys[:-1]:
                data = data.get(key, {})
            for item in data.get(keys[-1], []):
                if item not in out:
                    out.append(item)
        return out

    bylines = merged("bylines", "prefixes", languages)
    credit = _credit_words()
    return Rules(
        stopwords=frozenset(_stopwords(languages)),
        boiler_lines=frozenset(get("boilerplate", "lines")),
        boiler_prefixes=tuple(get("boilerplate", "prefixes")),
        end_phrases=frozenset(get("boilerplate", "end")),
        comment_phrases=frozenset(get("boilerplate", "comments")),
        comment_prefixes=tuple(get("boilerplate", "comments")),
        note_prefixes=tuple(get("notes", "prefixes")),
        byline_prefixes=tuple(bylines),
        byline_first_words=frozenset(p.split()[0] for p in bylines),
        agency_phrases=tuple(merged("bylines", "agency_phrases", languages)),
        agency_suffixes=tuple(get("byline", "agency_suffixes")),
        byline_roles=frozenset(get("byline", "roles")),
        byline_roles_lower=frozenset(w.lower() for w in get("byline", "roles")),
        published=_words_re(get("dateline", "published")),
        updated=_words_re(get("dateline", "updated")),
        publisher_patterns=tuple(re.compile(p) for p in get("publisher", "patterns")),
        consent_words=frozenset(get("boilerplate", "consent_words")),
        credit_markers=credit[0],
        credit_sources=credit[1],
        credit_symbols=credit[2],
    )


def _credit_words() -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """Marker endings, photo-source words and symbols of ``split_credit``'s data."""
    common = load("common", "credits")
    markers = tuple(w.lower().split()[-1] for w in merged("credits", "markers"))
    sources = frozenset(_WORD.findall(" ".join(common.get("photo_sources", [])).lower()))
    symbols = tuple(s.lower() for s in common.get("credit_symbols", []))
    return markers, sources, symbols


def _words_re(words: list[str]) -> re.Pattern[str]:
    """Any of ``words``, longest first, glued to the text before it or not."""
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?:" + alt + r")\b\s*:?", re.I)


def _stopwords(languages: tuple[str, ...]) -> set[str]:
    """jusText's stoplists (trafilatura ships them) for ``languages``."""
    import justext

    words: set[str] = set()
    for language in languages:
        name = load(language, "textdump").get("stoplist")
        if name:
            try:
                words |= {w.lower() for w in justext.get_stoplist(name)}
            except (ValueError, OSError):
                continue
    return words


@cache
def publisher_hosts() -> dict[str, str]:
    """Host -> publisher from ``lang/common/publishers.toml``."""
    hosts = load("common", "publishers").get("hosts", {})
    return {str(k).lower(): str(v) for k, v in hosts.items()}


def publisher_for_url(url: str | None) -> str | None:
    """The publisher of ``url``'s host or of its closest listed parent domain."""
    if not url:
        return None
    m = re.match(r"^[a-z][a-z0-9+.-]*://([^/?#:\s]+)", url.strip(), re.I)
    if m is None:
        return None
    host = m.group(1).lower()
    table = publisher_hosts()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = table.get(".".join(parts[i:]))
        if name:
            return name
    return None


def names_host(name: str, url: str | None) -> bool:
    """Whether a site name found in the dump's text fits the page's host ("Riverton
    Post" and rivertonpost.example): a copyright line or a phrase that names
    something else ("© Hosted by …", "U.S.") is no publisher. True without a URL."""
    if not url:
        return True
    m = re.match(r"^[a-z][a-z0-9+.-]*://([^/?#:\s]+)", url.strip(), re.I)
    if m is None:
        return True
    host = re.sub(r"[^a-z0-9]", "", m.group(1).lower())
    words = [w for w in re.findall(r"[a-z0-9]+", name.lower()) if len(w) >= 3]
    return any(w in host for w in words)
