"""News agencies: normalise their many spellings (rtr → Reuters, afp → AFP)
and recognise agency signature lines ("se/sti (afp, rtr, ap, dpa)",
"(dpa)", "mit Material von dpa und AFP")."""

from __future__ import annotations

import re
from functools import cache

from newsgraph.lang import load, merged

_INITIALS = re.compile(r"^[a-zäöü]{1,4}$")  # lower-case editor initials: "se", "sti", "hrm"
_ONLY_INITIALS = re.compile(r"^[a-zäöü]{1,4}(?:\s*/\s*[a-zäöü]{1,4}){0,4}$")
_TOKEN_SPLIT = re.compile(r"\s*(?:[,;/+]|\bund\b|\band\b|&)\s*", re.I)
# "se/sti (afp, rtr)" or "(dpa)" or "dpa/AFP": optional editor initials, then agencies.
_SIGNATURE = re.compile(
    r"^\s*(?P<initials>[a-zäöü]{1,5}(?:\s*/\s*[a-zäöü]{1,5}){0,4})?\s*[(\[](?P<list>[^()\[\]]{1,120})[)\]]\s*\.?\s*$",
    re.I,
)


@cache
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for name, spellings in load("common", "agencies").get("agencies", {}).items():
        table[name.lower()] = name
        for spelling in spellings:
            table[spelling.lower()] = name
    return table


def normalize(token: str) -> str | None:
    """The canonical agency name for ``token``, or None if it is not one."""
    return _table().get(token.strip(" .()[]").lower())


def agencies_in(text: str, initials_allowed: bool = False) -> list[str] | None:
    """Agencies named in a list like "afp, rtr, ap, dpa"; None unless every
    item is an agency, or, in a signature, an editor's initials ("hrm/tj/dpa")."""
    items = [t for t in _TOKEN_SPLIT.split(text.strip(" .()[]")) if t]
    found = [normalize(t) for t in items]
    unknown = [t for t, f in zip(items, found, strict=True) if f is None]
    if not items or len(unknown) == len(items):
        return None
    if unknown and not (initials_allowed and all(_INITIALS.match(t) for t in unknown)):
        return None
    return _dedupe([f for f in found if f])


def signature(line: str) -> list[str] | None:
    """Agencies of a signature line, or None when ``line`` is not one."""
    line = line.strip()
    if len(line) > 160:
        return None
    if _ONLY_INITIALS.match(line):
        return []  # "cm", "ab/ch": the editors' initials, no agency
    m = _SIGNATURE.match(line)
    if m:
        return agencies_in(m.group("list"), initials_allowed=True)
    lowered = line.lower()
    for phrase in sorted(merged("bylines", "agency_phrases"), key=len, reverse=True):
        if lowered.startswith(phrase):
            rest = line[len(phrase) :].strip(" :")
            rest = re.sub(
                r"^(?:der|den|von|the)\s+(?:nachrichtenagenturen?|agenturen|agencies)\s*",
                "",
                rest,
                flags=re.I,
            )
            return agencies_in(rest) or ([] if not rest else None)
    bare = agencies_in(line) if len(line) < 40 and "/" in line else None
    return bare


def _dedupe(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
