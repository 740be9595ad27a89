"""Quotation marks paired into quotes, for every style news uses.

Why: a direct quote is the surest statement there is, but marks are
ambiguous ("“" opens in English and closes in German, "'" is also an
apostrophe). Pairing runs once over the text; a mark that finds no partner
is dropped, so unbalanced input never produces a quote that runs away.
A quote may run over several paragraphs when each one opens again
(the English convention); otherwise a quote ends at its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark -> the marks that may close it.
_DOUBLE = {"„": '“”"', "“": '”"“', "«": "»", "»": "«", '"': '"', "”": "”"}
_SINGLE = {"‚": "‘’'", "‘": "’'", "'": "'", "‹": "›", "›": "‹"}
MAX_QUOTE = 4000  # characters; a longer "quote" is a lost mark, not speech
# Any mark that may open a quote: the search jumps from one to the next (speed).
_OPENERS = re.compile("[" + re.escape("".join({**_DOUBLE, **_SINGLE})) + "]")


@dataclass(frozen=True)
class Quote:
    """``start`` is the opening mark, ``end`` is just after the closing mark."""

    start: int
    end: int


def _opens(text: str, i: int) -> bool:
    """A mark at ``i`` can open: start of text, after space or bracket or dash."""
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-/:"


def _closes(text: str, i: int) -> bool:
    """A mark at ``i`` can close: end of text or followed by no letter or digit."""
    return i + 1 >= len(text) or not text[i + 1].isalnum()


def _ambiguous_ok(text: str, i: int, opening: bool) -> bool:
    ch = text[i]
    if ch in "'’‘":  # apostrophes: don't, Jones', ’90s
        if i > 0 and text[i - 1].isalnum() and i + 1 < len(text) and text[i + 1].isalnum():
            return False
        return (
            _opens(text, i)
            if opening
            else (_closes(text, i) and i > 0 and not text[i - 1].isspace())
        )
    if ch in '"”' and opening:
        return _opens(text, i) or (i > 0 and text[i - 1] in "„“»«")
    return True


def find(text: str) -> list[Quote]:
    """The top-level quotes in ``text``, in order; nested quotes stay inside."""
    out: list[Quote] = []
    i = 0
    while (mark := _OPENERS.search(text, i)) is not None:
        i = mark.start()
        ch = text[i]
        closers = _DOUBLE.get(ch) or _SINGLE.get(ch)
        if closers is None or not _ambiguous_ok(text, i, True) or not _opens_here(text, i):
            i += 1
            continue
        end = _close(text, i, closers)
        if end is None:
            i += 1
            continue
        out.append(Quote(i, end))
        i = end
    return out


def _opens_here(text: str, i: int) -> bool:
    ch = text[i]
    if ch in "„‚«»‹›“‘":
        # a closing-looking German mark glued to a word ("Wort“ ") does not open
        return ch in "„‚" or _opens(text, i) or (i > 0 and text[i - 1] in '„"')
    return _opens(text, i)


def _close(text: str, start: int, closers: str) -> int | None:
    """Index after the mark closing the quote opened at ``start``, or None."""
    opener = text[start]
    limit = min(len(text), start + MAX_QUOTE)
    j = start + 1
    while j < limit:
        ch = text[j]
        if ch == "\n":
            nxt = j + 1
            while nxt < limit and text[nxt] in " \t\r\n":
                nxt += 1
            # English convention: the next paragraph opens again with the same mark
            if nxt < limit and text[nxt] == opener and text[j - 1] not in closers:
                j = nxt + 1
                continue
            return None
        if ch in closers and j > start + 1 and _ambiguous_ok(text, j, False) and _closes(text, j):
            if opener in _DOUBLE and ch in '"”' and ch == opener and not _closes(text, j):
                j += 1
                continue
            return j + 1
        j += 1
    return None


_NAME_GLUE = frozenset(
    [
        *("de", "la", "le", "du", "des", "da", "di", "del", "van", "von", "der", "den"),
        *("und", "and", "of", "the", "for", "in", "im", "am", "an", "zu", "zur", "zum"),
        *("e.v", "dello", "della", "do"),
    ]
)


def is_name(text: str, q: Quote) -> bool:
    """A quoted name or title, not speech: „Shenzhou 6“, „Dornier Do 228“, „L’Alliance pour
    la Planète“, a newspaper after its noun (Fachmagazin „Automobilwoche“)."""
    inner = text[q.start + 1 : q.end - 1].strip()
    words = [w for w in inner.replace("-", " ").split() if w[:1].isalnum()]
    if not words or len(words) > 8 or inner[-1:] in ".!?…":
        return False
    named = all(
        w[:1].isupper() or w[:1].isdigit() or w.lower().strip(",:;") in _NAME_GLUE for w in words
    )
    if named and (len(words) <= 4 or sum(w[:1].isupper() for w in words) >= len(words) - 2):
        return True
    before = text[max(0, q.start - 40) : q.start].rstrip()
    prev = before.split()[-1] if before.split() else ""
    # right after a noun that is not a sentence start: Zeitung „…“, Buch „…“
    return (
        len(words) <= 4
        and words[0][:1].isupper()
        and prev[:1].isupper()
        and prev[-1:].isalpha()
        and len(before.split()) > 1
        and before.split()[-2][-1:] not in ".!?:"
    )
