"""Clean author lists: no "Von"/"By", no outlet or agency names, one person
per item ("Von Anna Berger und Tom Hale, DW" → ["Anna Berger", "Tom Hale"]).

An author is a person, or a team the byline names ("The Currency editors"):
never the publisher's firm ("Example Verlag GmbH") nor the address after it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from newsgraph.extract import agencies as agency_names
from newsgraph.lang import load, merged

_EMAIL = re.compile(r"\S+@\S+|@\w+")


@cache
def _prefix_re() -> re.Pattern[str]:
    """A byline word before the name, also when a renderer glued it on
    ("AuthorAndreas Kalt", "Veröffentlicht vonChris Jung")."""
    common = load("common", "bylines").get("prefixes", [])
    words = sorted({*merged("bylines", "prefixes"), *common}, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(
        r"^[^\w]*(?:(?i:" + alt + r")\b\s*:?\s*|(?i:" + alt + r")(?=[A-ZÄÖÜ][a-zäöüß]))"
    )


@cache
def _split_re() -> re.Pattern[str]:
    words = sorted(merged("bylines", "conjunctions"), key=len, reverse=True)
    alt = "|".join(re.escape(w) if not w.isalpha() else rf"\b{w}\b" for w in words)
    return re.compile(r"\s*(?:[,;|/•·]|" + alt + r")\s*", re.I)


def clean_authors(
    raw: list[str] | str | None, publisher: str | None = None, host: str = ""
) -> tuple[list[str], list[str]]:
    """``(authors, agencies)`` from byline strings; agencies found in the
    byline ("By Tom Hale, Reuters") are returned separately. The outlet, named
    as ``publisher`` or after its ``host``, is no author."""
    authors: list[str] = []
    found: list[str] = []
    for kind, part in _parts(raw, publisher, host):
        target = found if kind == "agency" else authors if kind == "person" else None
        if target is not None and part not in target:
            target.append(part)
    return authors, found


def fallback_authors(
    raw: list[str] | str | None, publisher: str | None, host: str = "", handles: bool = False
) -> list[str]:
    """What an author field names when it names no person: the site itself
    ("Swoogo" on swoogo.events), a bare team word ("Redaktion") or, from
    metadata (``handles``), the login of whoever posted it ("aawoods"). Used
    only when no source of the page names a person."""
    out: list[str] = []
    for kind, part in _parts(raw, publisher, host):
        wanted = kind in ("site", "team") or (handles and kind == "handle")
        if wanted and part not in out:
            out.append(part)
    return out


def _parts(
    raw: list[str] | str | None, publisher: str | None, host: str = ""
) -> Iterator[tuple[str, str]]:
    """Each name-sized part of the byline strings with its kind: person, agency,
    site (the outlet), team (a bare team word), handle (a login), or junk."""
    if not raw:
        return
    items = [raw] if isinstance(raw, str) else raw
    outlet = (publisher or "").strip()
    for item in items:
        item = _EMAIL.sub(" ", item)
        for raw_part in _split_re().split(item):
            part = " ".join(_after_inner_prefix(_without_prefixes(raw_part)).split())
            if not part:
                bare = " ".join(raw_part.split()).strip(" :")
                if bare.lower() in _common_words("bare_teams"):
                    yield "team", bare  # "Redaktion" alone is no label but the team
                continue
            if _is_company(part):
                break  # the firm, and its address after it
            part = _without_trailer(part, outlet)
            agency = agency_names.normalize(part)
            if agency:
                yield "agency", agency
                continue
            yield _kind(part, outlet, host), part


def _without_trailer(part: str, outlet: str) -> str:
    """A name without the outlet or a label after it ("Brian Truitt USA TODAY",
    "Adam Aaronson PhillyVoice Staff", "Sara Zinnecker Stand")."""
    words = part.split()
    for _ in range(2):
        cut = _trailer_length(words, outlet)
        if not cut or not _looks_like_name(" ".join(words[:-cut])) or len(words) - cut < 2:
            break
        words = words[:-cut]
    return " ".join(words)


def _trailer_length(words: list[str], outlet: str) -> int:
    low = [w.lower() for w in words]
    site = outlet.lower().split()
    if site and low[-len(site) :] == site:
        return len(site)
    for size in (2, 1):
        if " ".join(low[-size:]) in _trailers():
            return size
    return 0


@cache
def _trailers() -> frozenset[str]:
    return frozenset(w.lower() for w in merged("bylines", "trailers"))


def _kind(part: str, outlet: str, host: str) -> str:
    low = part.lower()
    if outlet and low.startswith(outlet.lower() + " ") and not _is_team(part):
        return "site"  # the outlet and a label ("Help Net Security Sponsored")
    if _is_site(low, outlet.lower(), host):
        return "site"
    if low in _common_words("bare_teams"):
        return "team"
    if low in _not_names():
        return "junk"
    if _looks_like_name(part) or _is_team(part):
        return "person"
    if _HANDLE.fullmatch(part) or _looks_like_name(part.title()):
        return "handle"  # "aawoods", "kirstin boatto", "Mobasir hassan"
    return "junk"


_HANDLE = re.compile(r"(?=.*[^\W\d_])[\w.-]{2,30}")


def _site_label(host: str) -> str:
    """The name part of a host: "presse-augsburg" of "presse-augsburg.de"."""
    labels = host.split(".")
    return labels[-2] if len(labels) > 1 else labels[0]


def _is_site(low: str, outlet: str, host: str) -> bool:
    """The outlet's name, one word of it ("Soliant" of "Soliant Health"), or the
    host's name written out ("Presse Augsburg" on presse-augsburg.de, "El
    Colombiano" on elcolumbiano.com)."""
    if outlet and (low == outlet or low in outlet.split()):
        return True
    if not host:
        return False
    words = low.split()
    names = {re.sub(r"\W", "", low)}
    if len(words) > 1 and words[0] in _common_words("articles"):
        names.add(re.sub(r"\W", "", "".join(words[1:])))  # "Die FURCHE" on furche.at
    hosts = {re.sub(r"\W", "", _site_label(host)), re.sub(r"\W", "", host)}
    return any(len(n) > 2 and n in hosts for n in names)  # "Interscenario" on interscenar.io


def _without_prefixes(part: str) -> str:
    """Labels can stack ("Post author By Helge F."): strip them until none is left."""
    for _ in range(3):
        shorter = _prefix_re().sub("", part.strip(), count=1).strip(" .:-–—()~*")
        if shorter == part:
            break
        part = shorter
    return part


@cache
def _inner_prefix_re() -> re.Pattern[str]:
    """A one-word byline prefix, capitalised, after other words: the kicker or a
    section glued before the byline ("Capital Von Jemima Kelly")."""
    common = load("common", "bylines").get("prefixes", [])
    words = {w for w in (*merged("bylines", "prefixes"), *common) if " " not in w}
    alt = "|".join(re.escape(w.capitalize()) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"^\S.*?\s(?:" + alt + r")\s+(?=[A-ZÄÖÜ])")


def _after_inner_prefix(part: str) -> str:
    m = _inner_prefix_re().match(part)
    return part[m.end() :] if m else part


@cache
def _common_words(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load("common", "bylines").get(key, []))


def _is_company(text: str) -> bool:
    """A firm's name: one of its words is a legal form or "Verlag"."""
    words = {w.strip(".,()").lower() for w in text.split()}
    return len(words) > 1 and not words.isdisjoint(_common_words("companies"))


def _is_team(text: str) -> bool:
    """A named team: a team word last, a name before it ("BR24 Redaktion")."""
    words = text.split()
    if not 2 <= len(words) <= 5 or words[-1].lower() not in _common_words("teams"):
        return False
    roles = _common_words("roles") | _common_words("teams")
    return any(w[:1].isupper() and w.lower() not in roles for w in words[:-1])


@cache
def _not_names() -> frozenset[str]:
    """Words that stand where a name belongs but name no one ("Redaktion", "Name")."""
    common = load("common", "bylines").get("not_names", [])
    return frozenset(w.lower() for w in [*merged("bylines", "not_names"), *common])


@cache
def _particles() -> frozenset[str]:
    return frozenset(load("common", "bylines").get("particles", []))


def _looks_like_name(text: str) -> bool:
    """One to five words, starting upper-case, no digits; a lower-case word only
    as a name particle ("von der"): a person's name, not "Archiv anzeigen"."""
    words = text.split()
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in text) or len(text) > 60:
        return False
    lower = [w for w in words if not w[0].isupper()]
    return len(lower) < len(words) and all(w in _particles() for w in lower)
