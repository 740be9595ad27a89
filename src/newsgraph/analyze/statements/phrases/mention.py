"""A speaker mention: the phrase that names who speaks, and what its words say.

Why: every pattern that finds a statement hands its speaker on as this one record
(tokens, name, role, kind, gender, number), so the memory of who is who
(``resolve.py``) reads one shape whatever pattern found it.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.analyze.statements.tokens import Token

MAX_SPEAKER = 25  # tokens; a longer "speaker" is a misread clause


@dataclass
class Mention:
    """A speaker phrase: tokens, and what the words say about who it is."""

    tokens: list[Token]
    name: str | None
    role: str | None
    kind: str  # "person", "body", "pronoun", "unknown"
    gender: str = "any"  # m, f, any
    plural: bool | None = None
    definite: bool = False  # "der Minister": a description to resolve

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end
