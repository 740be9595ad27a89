"""Acronyms an article defines: "die University and College Union (UCU)", "die EZB
(Europäische Zentralbank)". The short form is then one entity with the long form, here and
wherever else the article uses it, found by the tagger or not.
"""

from __future__ import annotations

from newsgraph.analyze.entities.found import Found
from newsgraph.analyze.entities.tokens import Token

_SMALL = frozenset(
    ["of", "and", "the", "for", "für", "und", "der", "die", "das", "des", "de", "du", "la", "von"]
)


def is_acronym(word: str) -> bool:
    """Two to eight letters, the first and at least one more a capital ("UCU", "EZB", "BfV")."""
    return (
        2 <= len(word) <= 8
        and word.isalpha()
        and word[0].isupper()
        and sum(c.isupper() for c in word) >= 2
    )


def initials_fit(short: str, long_words: list[str]) -> bool:
    """The short form's capitals are initials of the long form's words or parts, in
    order ("UCU" in "University and College Union", "EZB" in "Europäische Zentralbank",
    "BfV" in "Bundesamt für Verfassungsschutz")."""
    letters = "".join(long_words).lower()
    capitals = [c.lower() for c in short if c.isupper()]
    if not capitals or capitals[0] != long_words[0][:1].lower():
        return False
    pos = 0
    for c in capitals:
        pos = letters.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def defined(tokens: list[Token], found: list[Found]) -> dict[str, Found]:
    """Short form -> the long form's name that the article defines it by: a name followed
    by the short form in brackets, or a short form followed by its long form in brackets."""
    out: dict[str, Found] = {}
    by_first = {f.first: f for f in found}
    for f in found:
        if f.type == "PER":
            continue
        words = [t.text for t in tokens[f.first : f.last + 1] if t.text.lower() not in _SMALL]
        after = tokens[f.last + 1 : f.last + 4]
        if (
            len(words) >= 2
            and len(after) == 3
            and after[0].text == "("
            and after[2].text == ")"
            and is_acronym(after[1].text)
            and initials_fit(after[1].text, words)
        ):
            out.setdefault(after[1].text, f)
            continue
        # "die EZB (Europäische Zentralbank)"
        word = tokens[f.first].text
        if f.first == f.last and is_acronym(word) and f.last + 2 < len(tokens):
            inner = by_first.get(f.last + 2)
            if tokens[f.last + 1].text == "(" and inner is not None:
                long_words = [
                    t.text
                    for t in tokens[inner.first : inner.last + 1]
                    if t.text.lower() not in _SMALL
                ]
                if len(long_words) >= 2 and initials_fit(word, long_words):
                    out.setdefault(word, inner)
    return out


_LONGEST = 8  # words of a long form found by its short form


def long_forms(tokens: list[Token], found: list[Found]) -> list[Found]:
    """The names, with long forms the tagger missed or cut short taken from the short
    form after them: "die Gewerkschaft Deutscher Lokomotivführer (GDL)", "das Bundesamt
    für Migration und Flüchtlinge (BAMF)" (tagged as "Bundesamt für Migration")."""
    out = list(found)
    for i in range(1, len(tokens) - 2):
        short = tokens[i + 1].text
        if tokens[i].text != "(" or tokens[i + 2].text != ")" or not is_acronym(short):
            continue
        if any(f.last == i - 1 and f.type != "PER" and f.first < f.last for f in out):
            continue  # a long form the tagger found whole (checked by ``defined``)
        start = _long_start(tokens, i, short)
        if start < 0:
            continue
        kind = next((f.type for f in out if f.first == f.last == i + 1), "ORG")
        kind = "ORG" if kind == "PER" else kind
        out = [f for f in out if f.last < start or f.first > i - 1]
        out.append(Found(start, i - 1, kind))
    return out


def _long_start(tokens: list[Token], bracket: int, short: str) -> int:
    """The first token of the longest run of capitalised words (and small connecting
    words) before ``bracket`` whose initials give ``short``; -1 when there is none."""
    best = -1
    for k in range(bracket - 1, max(bracket - 1 - _LONGEST, -1), -1):
        word = tokens[k].text
        if tokens[k + 1].newline and k + 1 < bracket:
            break
        if not (word[:1].isupper() or word.lower() in _SMALL):
            break
        words = [t.text for t in tokens[k:bracket] if t.text.lower() not in _SMALL]
        if word.lower() not in _SMALL and len(words) >= 2 and initials_fit(short, words):
            best = k
    return best


def with_acronyms(tokens: list[Token], found: list[Found]) -> tuple[list[Found], dict[str, Found]]:
    """The names with every untagged use of a defined short form added (typed as its long
    form), and the definitions."""
    found = long_forms(tokens, found)
    forms = defined(tokens, found)
    if not forms:
        return found, forms
    taken = {i for f in found for i in range(f.first, f.last + 1)}
    out = list(found)
    for i, tok in enumerate(tokens):
        if tok.text in forms and i not in taken:
            out.append(Found(i, i, forms[tok.text].type))
    for f in out:
        if f.first == f.last and tokens[f.first].text in forms:
            f.type = forms[tokens[f.first].text].type
    return out, forms
