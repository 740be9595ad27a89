"""Words, sentences and paragraphs with their offsets.

Why: every statement needs exact offsets into ``Article.text``, and German
news has no offline parser here; a regular-expression tokenizer and a
sentence splitter that knows abbreviations, ordinal dates ("am 28. Februar")
and quotes (a quote is never split) are enough for the rules that follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.analyze.statements.quotes import Quote
from newsgraph.analyze.statements.rules import Rules

# A full stop between a lowercase word and a capitalised one is a sentence end glued by a text
# dump ("sagte der Papst.Der Bruder"), not part of a token like "z.B" or "CNN.com". A comma
# between digits is part of the number ("2,000 jobs", "2,5 Prozent"), not a clause boundary.
_TOKEN = re.compile(
    r"\w+(?:[-'’&]\w+|\.(?!(?<=[a-zäöüß]{2}\.)[A-ZÄÖÜ][a-zäöüß])\w+|(?<=\d),\d+)*-?|[^\w\s]"
)
_END = ".!?…"
CLOSING = "“”\"»«’'‘›‹"


# A name opening with a short lowercase particle and a hyphen counts as capitalised:
# "al-Dschasira", "el-Baradei", "az-Zawahiri".
_PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-ZÄÖÜ]")
_ROMAN = re.compile(r"[IVX]{2,5}")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    quoted: bool = False  # inside a direct quote (marks included)
    # computed once: the finders ask these of every token many times
    lower: str = field(init=False, compare=False)
    cap: bool = field(init=False, compare=False)
    word: bool = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower())
        cap = self.text[:1].isupper() or bool(_PARTICLE_NAME.match(self.text))
        object.__setattr__(self, "cap", cap)
        object.__setattr__(self, "word", self.text[:1].isalnum())


@dataclass
class Unit:
    """A sentence (quotes kept whole) inside one paragraph."""

    start: int
    end: int
    paragraph: int
    tokens: list[Token]
    quotes: list[Quote] = field(default_factory=list)
    prose: bool = True  # False for headings, captions, link lines: no sentence punctuation


def tokenize(text: str, start: int, end: int, quotes: list[Quote]) -> list[Token]:
    out = []
    qi = 0
    for m in _TOKEN.finditer(text, start, end):
        while qi < len(quotes) and quotes[qi].end <= m.start():
            qi += 1
        quoted = qi < len(quotes) and quotes[qi].start <= m.start() < quotes[qi].end
        out.append(Token(m.group(), m.start(), m.end(), quoted))
    return out


def paragraphs(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines inside the regions (blocks): a text dump's single newlines end paragraphs."""
    out = []
    for start, end in regions:
        pos = start
        for line in text[start:end].split("\n"):
            a, b = pos, pos + len(line)
            pos = b + 1
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                out.append((a, b))
    return out


def units(
    text: str, regions: list[tuple[int, int]], quotes: list[Quote], rules: Rules
) -> list[Unit]:
    """Sentences of every paragraph, in order; a quote running over several
    paragraphs keeps them in one unit."""
    out: list[Unit] = []
    paras = paragraphs(text, regions)
    qi = 0
    p = 0
    while p < len(paras):
        start, end = paras[p]
        index = p
        # a quote that runs past this paragraph joins the following ones
        while qi < len(quotes) and quotes[qi].end <= start:
            qi += 1
        q = qi
        while q < len(quotes) and quotes[q].start < end:
            if quotes[q].end > end:
                while p + 1 < len(paras) and paras[p][1] < quotes[q].end:
                    p += 1
                end = max(end, paras[p][1])
            q += 1
        inside = [x for x in quotes[qi:q] if x.start >= start and x.end <= end]
        prose = text[end - 1] in _END + CLOSING + ":)"
        toks = tokenize(text, start, end, inside)
        for a, b in _split(text, toks, inside, rules):
            unit_toks = [t for t in toks if a <= t.start < b]
            unit_quotes = [x for x in inside if a <= x.start < b]
            out.append(Unit(a, b, index, unit_toks, unit_quotes, prose))
        p += 1
    return out


def _split(
    text: str, toks: list[Token], quotes: list[Quote], rules: Rules
) -> list[tuple[int, int]]:
    """Sentence boundaries inside one paragraph."""
    if not toks:
        return []
    bounds = []
    begin = toks[0].start
    for i, tok in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if tok.quoted and not _quote_end(tok, quotes):
            continue
        if tok.text in CLOSING and tok.quoted:
            if i == 0 or toks[i - 1].text not in _END:
                continue
        elif tok.text not in _END:
            continue
        if nxt.start == tok.end and nxt.text not in CLOSING and not _glued(toks, i):
            continue  # "z.B.x", "3.5"
        if nxt.text in CLOSING and nxt.quoted and _quote_end(nxt, quotes):
            continue  # the mark closes the quote: split after it
        if not (nxt.cap or nxt.text[:1].isdigit() or (nxt.quoted and not nxt.word)):
            continue
        if tok.text == "." and i > 0 and _no_stop(toks[i - 1], nxt, rules):
            continue
        bounds.append((begin, tok.end))
        begin = nxt.start
    bounds.append((begin, toks[-1].end))
    return bounds


def _glued(toks: list[Token], i: int) -> bool:
    """ "Papst.Der": a full stop glued between a lowercase word and a capitalised one."""
    if i == 0 or toks[i].text != "." or toks[i - 1].end != toks[i].start:
        return False
    prev, nxt = toks[i - 1].text, toks[i + 1].text
    return (
        len(prev) >= 2
        and prev[-2:].isalpha()
        and prev[-2:].islower()
        and len(nxt) >= 2
        and nxt[0].isupper()
        and nxt[1].islower()
    )


def _quote_end(tok: Token, quotes: list[Quote]) -> bool:
    return any(q.end == tok.end for q in quotes)


def _no_stop(prev: Token, nxt: Token, rules: Rules) -> bool:
    low = prev.lower
    if low in rules.abbreviations:
        return True
    if len(prev.text) == 1 and prev.cap:
        return True  # an initial: "John F. Kennedy"
    if _ROMAN.fullmatch(prev.text) and nxt.quoted and not nxt.word:
        return True  # a regnal number before a quote: "Benedikt XVI. „ist und bleibt …“"
    return prev.text.isdigit() and len(prev.text) <= 2 and nxt.lower in rules.months
