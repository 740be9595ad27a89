"""The statements stage: who said what, in German and English.

Entry point ``stage(article)``: finds direct, indirect, mixed and reported
statements in the lead (``article.teaser``, when the body does not hold it) and in
``article.text`` (headings skipped), with speaker and cue, and sets
``article.statements``. Rules are data in ``lang/<language>/statements.toml``;
a language without a folder is read with the English rules. The dependency parses it
made are handed on in ``article.parses`` (by part: "teaser", "text") for the later
stages.
"""

from __future__ import annotations

from newsgraph.analyze.statements import quotes as quote_marks
from newsgraph.analyze.statements import syntax, things
from newsgraph.analyze.statements.interview import answers
from newsgraph.analyze.statements.patterns.finder import find_all
from newsgraph.analyze.statements.patterns.found import Found, Reading
from newsgraph.analyze.statements.resolve import Memory
from newsgraph.analyze.statements.rules import rules as load_rules
from newsgraph.analyze.statements.tokens import paragraphs, units
from newsgraph.analyze.statements.voices import authors_words, voiceless
from newsgraph.article import Article, Entity, Parse, Span, Speaker, Statement

__all__ = ["find", "stage"]


def stage(article: Article) -> Article:
    """Statements of the lead (a teaser the body does not hold) and of the body,
    read in that order with one memory of who is who; none in the author's voice or an
    unnamed document's (``voices``)."""
    regions = [(b.start, b.end) for b in article.blocks if b.kind != "heading"]
    if not article.blocks:
        regions = [(0, len(article.text))]
    language = article.language or "de"
    memory = _known(article)
    people = [e for e in article.entities if e.type == "PER"]
    rules, authors = load_rules(language), authors_words(article.authors)
    lead: list[Statement] = []
    teaser = article.teaser or ""
    if teaser.strip() and teaser.strip() not in article.text:
        lead, parse = _find(teaser, language, None, memory, people)
        _hand_on(article, "teaser", parse)
        lead = [s for s in lead if not voiceless(s, authors, rules)]
        for n, s in enumerate(lead, 1):
            s.id, s.part = f"t{n}", "teaser"
    body, parse = _find(article.text, language, regions, memory, people)
    _hand_on(article, "text", parse)
    body = [s for s in body if not voiceless(s, authors, rules)]
    for n, s in enumerate(body, 1):
        s.id = f"s{n}"
    article.statements = lead + body
    return article


def _hand_on(article: Article, part: str, parse: Parse | None) -> None:
    if parse is None:
        article.parses.pop(part, None)
    else:
        article.parses[part] = parse


def _known(article: Article) -> Memory:
    """A memory that knows who the entity stage found as people, and what as not."""
    forms = [
        (e.type, form) for e in article.entities for form in {e.name, *(m.text for m in e.mentions)}
    ]
    people = frozenset(w.lower() for kind, form in forms if kind == "PER" for w in form.split())
    things = frozenset(form.lower() for kind, form in forms if kind != "PER")
    return Memory(people=people, things=things)


def find(
    text: str,
    language: str,
    regions: list[tuple[int, int]] | None = None,
    memory: Memory | None = None,
    people: list[Entity] | None = None,
) -> list[Statement]:
    """Every statement in ``text`` (or in the given ``(start, end)`` regions);
    ``memory`` may start with what the entity stage knows of who is who, and ``people``
    are its persons (who an interview's "Rick:" is)."""
    return _find(text, language, regions, memory, people)[0]


def _find(
    text: str,
    language: str,
    regions: list[tuple[int, int]] | None = None,
    memory: Memory | None = None,
    people: list[Entity] | None = None,
) -> tuple[list[Statement], Parse | None]:
    """``find``, and the dependency parse it made of ``text`` (None: none made)."""
    rules = load_rules(language)
    if regions is None:
        regions = [(0, len(text))]
    marks = quote_marks.find(text)
    sentences = units(text, regions, marks, rules)
    found = find_all(Reading(text, rules, memory or Memory()), sentences)
    out = [_statement(text, f, n, rules.language) for n, f in enumerate(found, 1)]
    bounds = [(u.start, u.end) for u in sentences]
    parsed, parse = syntax.find(text, bounds, rules, out)
    for s in parsed:
        s.language = rules.language
    out += parsed
    out = things.reread(parse, out, rules)
    said = answers(text, paragraphs(text, regions), people or [], out, rules.language)
    out = [s for s in out if not any(a.start < s.end and s.start < a.end for a in said)] + said
    out = [s for s in out if not _authors_own(s, rules.author)]
    out = sorted(out, key=lambda s: (s.start, s.end))
    for n, s in enumerate(out, 1):
        s.id = f"s{n}"
    return out, parse


def _authors_own(s: Statement, author: frozenset[str]) -> bool:
    """Whether the frame's speaker is the author ("I think that …", "wie wir berichteten"):
    the article's own claim, which the guideline counts as no one's statement. Quoted
    first-person words keep their speaker: the frame around them names someone else."""
    return s.speaker is not None and s.speaker.text.strip().lower() in author


def _statement(text: str, f: Found, n: int, language: str) -> Statement:
    speaker = None
    if f.speaker is not None:
        m = f.speaker
        said = text[m.start : m.end]
        # "Laut Diplomaten": the phrase is the role, no role of its own beside a name
        role = f.role if f.role not in (f.name, said) else None
        speaker = Speaker(said, m.start, m.end, f.name, role)
    cue = Span(text[f.cue[0] : f.cue[1]], f.cue[0], f.cue[1]) if f.cue else None
    spans = [Span(text[a:b], a, b) for a, b in f.parts] if len(f.parts) > 1 else []
    return Statement(
        id=f"s{n}",
        kind=f.kind,  # type: ignore[arg-type]
        text=text[f.start : f.end],
        start=f.start,
        end=f.end,
        speaker=speaker,
        cue=cue,
        language=language,
        spans=spans,
    )
