"""What a reader yields: one raw document with its source, before extraction."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.article import Problem, Source


@dataclass
class RawDocument:
    """One document as read. ``content`` is decoded text; ``format`` names the
    extractor that handles it (``html``, ``text``, ``plain``) or ``none`` when
    the reader could not get a document out at all (see ``problems``)."""

    source: Source
    format: str
    content: str = ""
    url: str | None = None
    doc_id: str | None = None
    language: str | None = None
    problems: list[Problem] = field(default_factory=list)

    def problem(self, code: str, message: str) -> RawDocument:
        self.problems.append(Problem(code, "read", message))
        return self
