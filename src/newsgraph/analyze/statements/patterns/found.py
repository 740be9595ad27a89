"""What a pattern returns, what it reads with, and the token helpers all patterns share.

Why: every pattern turns a sentence into ``Found`` records (offsets, speaker mention,
cue) and reads the text through one ``Reading`` (the text, its rules, the memory of
who was named); trimming content and telling direct from mixed speech are the same
for all of them.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field

from newsgraph.analyze.statements.phrases.mention import Mention
from newsgraph.analyze.statements.resolve import Memory
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token, Unit

SEPARATORS = ",:;"  # marks that close a frame or a clause
FINAL = ".!?…"  # marks that end a sentence


@dataclass
class Found:
    """A statement before it gets its id: offsets, speaker mention, cue."""

    kind: str
    parts: list[tuple[int, int]]
    speaker: Mention | None
    cue: tuple[int, int] | None
    name: str | None = None
    role: str | None = None
    continued: bool = False
    anaphoric: bool = False  # "Dies bestätigte X": the content is the sentence before

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


@dataclass
class Reading:
    """What the patterns read one text with: the text, its rules, and the memory of who
    has been named so far (one memory for the lead and the body of an article)."""

    text: str
    rules: Rules
    memory: Memory = field(default_factory=Memory)


def kind_of(unit: Unit, content: tuple[int, int]) -> str:
    """ "direct" when the content is one quote, "mixed" when it holds one, else "indirect"."""
    a, b = content
    inside = [q for q in unit.quotes if a <= q.start and q.end <= b]
    if inside and inside[0].start == a and inside[-1].end >= b - 1 and len(inside) == 1:
        return "direct"
    return "mixed" if inside else "indirect"


def first_clause(toks: list[Token]) -> list[Token]:
    """The tokens up to the first separator or sentence end outside quotes."""
    for j, t in enumerate(toks):
        if t.text in SEPARATORS + FINAL and not t.quoted:
            return toks[:j]
    return toks


def trim(toks: list[Token], keep_final: bool) -> tuple[int, int]:
    """The offsets of ``toks`` without the separators and stops at their end."""
    a, b = 0, len(toks)
    while b > a + 1 and not toks[b - 1].quoted and toks[b - 1].text in FINAL + SEPARATORS:
        if keep_final and toks[b - 1].text in FINAL and b == len(toks):
            break
        b -= 1
    if keep_final:
        # a direct quote: up to its closing mark, not the sentence's full stop
        while b > a + 1 and not toks[b - 1].quoted:
            b -= 1
    return toks[a].start, toks[b - 1].end


def lower_word_outside(t: Token, *word_sets: Container[str]) -> bool:
    """A lowercase word in none of ``word_sets``: where a frame's verb may stand."""
    return t.word and not t.cap and not any(t.lower in words for words in word_sets)
