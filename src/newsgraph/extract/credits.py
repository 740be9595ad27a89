"""Split photo captions from their credits.

Renderers glue the credit to the caption ("… Marco RubioBild: picture
alliance/dpa"); HTML pages put it in the same element. A credit is the tail
after a marker word from ``lang/*/credits.toml`` ("Bild:", "Photo:") or a
tail made only of known photo sources ("REUTERS/Leah Millis").
"""

from __future__ import annotations

import re
from functools import cache

from newsgraph.lang import load, merged


@cache
def _marker_re() -> re.Pattern[str]:
    words = sorted(merged("credits", "markers"), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    # The marker may be glued to the caption's last word ("RubioBild:"), so no
    # word boundary before it; it must be followed by a colon.
    return re.compile(
        r"(?:(?<=[^\W\d_])|(?<![^\s(\[|,;.–—-]))(?P<m>" + alt + r")\s*:\s*(?P<credit>\S.*)$"
    )


@cache
def _sources() -> tuple[str, ...]:
    return tuple(s.lower() for s in load("common", "credits").get("photo_sources", []))


@cache
def _symbols() -> tuple[str, ...]:
    return tuple(load("common", "credits").get("credit_symbols", []))


@cache
def _symbol_re() -> re.Pattern[str]:
    alt = "|".join(re.escape(s) for s in _symbols())
    return re.compile(r"(?:^|\s|(?<=[^\W\d_]))(?P<credit>(?:" + alt + r")\s*\S.*)$")


def split_credit(text: str) -> tuple[str, str | None]:
    """``(caption, credit)`` from a caption line; credit None when there is none."""
    text = " ".join(text.split())
    # Each pattern needs a character most lines lack (a colon, a symbol): look for it first.
    m = _marker_re().search(text) if ":" in text else None
    if m is None and any(s in text for s in _symbols()):
        m = _symbol_re().search(text)
    if m is not None:
        caption = text[: m.start()].rstrip(" |/-–—(").strip()
        credit = m.group("credit").strip().rstrip(")").strip()
        return caption, credit or None
    tail = _source_tail(text)
    if tail is not None:
        return text[: len(text) - len(tail)].rstrip(" |/-–—(").strip(), tail.strip(" ()")
    return text, None


def is_credit(text: str) -> bool:
    """True for a line that is nothing but a credit ("Foto: dpa", "REUTERS/X"), maybe
    after a label naming the image ("Rubriklistenbild: © …", "Header image: © …")."""
    return only_credit(*split_credit(text))


def only_credit(caption: str, credit: str | None) -> bool:
    """``is_credit`` on a line ``split_credit`` has already split."""
    return credit is not None and (not caption or _is_label(caption))


def _is_label(text: str) -> bool:
    return text.endswith(":") and len(text.split()) <= 2


_SOURCE_TAIL = re.compile(r"[\s(]((?:[\w .&-]+/)+[\w .&-]+|[\w .&-]+)\)?$")
_TAIL_WINDOW = 160


def _source_tail(text: str) -> str | None:
    """A trailing run like "picture alliance/dpa/AP" or "(REUTERS/Leah Millis)"."""
    # Only the end can hold a credit; scanning the whole line made long paragraphs slow.
    window = " " + text[-_TAIL_WINDOW:]
    if "/" not in window and not _ends_with_source(window):
        return None  # without a slash the tail is one part, which must end the line
    m = _SOURCE_TAIL.search(window)
    if m is None:
        return None
    tail = m.group(1)
    parts = [p.strip().lower() for p in tail.split("/")]
    if parts and parts[0] in _sources() and (len(parts) > 1 or len(tail) < len(text)):
        return text[len(text) - len(tail) - (1 if text.endswith(")") else 0) :]
    return None


def _ends_with_source(window: str) -> bool:
    """The line ends with a photo source, maybe in brackets ("… (Reuters)")."""
    return window.lower().removesuffix(")").rstrip().endswith(_sources())
