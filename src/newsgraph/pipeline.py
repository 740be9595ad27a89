"""The pipeline: read → extract → analyze stages, with the error policy.

``STAGES`` is the one place that lists the analysis stages in order. Every
stage is isolated: if it raises, the document gets an ``extractor-error``
problem naming the stage, keeps what earlier stages produced, and the run
goes on. ``Summary`` accounts for every document read. A stage's module
(and its models) is imported the first time the stage runs, so a run that
skips the analysis starts fast.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from newsgraph import problems
from newsgraph.article import Article, Problem
from newsgraph.extract import EXTRACTORS
from newsgraph.lang import SUPPORTED
from newsgraph.read import DEFAULT_MAX_BYTES, RawDocument, read

# Far longer than any article (a long read is ~100,000 characters).
DEFAULT_MAX_ANALYSIS_CHARS = 1_000_000


@dataclass(frozen=True)
class Options:
    """Run-wide settings. ``languages``: the languages a run expects; others
    are flagged (None: accept any). ``skip``: names of analysis stages not to
    run (e.g. ``{"statements"}`` for extraction alone). ``min_confidence``: statements
    the confidence model scores lower are left out."""

    languages: tuple[str, ...] | None = SUPPORTED
    max_bytes: int = DEFAULT_MAX_BYTES
    skip: frozenset[str] = frozenset()
    max_analysis_chars: int = DEFAULT_MAX_ANALYSIS_CHARS
    min_confidence: float = 0.0


@dataclass(frozen=True)
class Stage:
    """One analysis step. ``linguistic`` stages read the text closely (entities,
    statements): they are skipped, with a problem, on texts too long to be an
    article, so that one 20 MB "page" cannot hold up a batch."""

    name: str
    run: Callable[[Article, Options], Article]
    linguistic: bool = False


def _language(article: Article, options: Options) -> Article:
    from newsgraph.analyze import language

    return language.stage(article, options.languages)


def _entities(article: Article, options: Options) -> Article:
    from newsgraph.analyze import entities

    return entities.stage(article)


def _statements(article: Article, options: Options) -> Article:
    from newsgraph.analyze import statements

    return statements.stage(article)


def _speakers(article: Article, options: Options) -> Article:
    if not article.statements:
        return article  # nothing to link: the stage's rules need not load
    from newsgraph.analyze import speakers

    return speakers.stage(article)


def _confidence(article: Article, options: Options) -> Article:
    if not article.statements:
        return article
    from newsgraph.analyze import confidence

    return confidence.stage(article, options.min_confidence)


def _checks(article: Article, options: Options) -> Article:
    from newsgraph.analyze import checks

    return checks.stage(article)


# The analysis stages, in order. Each takes and returns the Article.
STAGES: list[Stage] = [
    Stage("language", _language),
    Stage("entities", _entities, linguistic=True),
    Stage("statements", _statements, linguistic=True),
    Stage("speakers", _speakers),
    Stage("confidence", _confidence),
    Stage("checks", _checks),
]


def process_document(doc: RawDocument, options: Options = Options()) -> Article:
    """One raw document through extraction and every stage; never raises."""
    extractor = EXTRACTORS.get(doc.format)
    article = Article(source=doc.source, format=doc.format, url=doc.url, language=doc.language)
    if extractor is not None:
        try:
            article = extractor(doc)
        except Exception as exc:
            article.add_problem(_code(exc), "extract", _describe(exc))
    article.problems[:0] = doc.problems
    if extractor is not None:
        article = _analyse(article, options)
    article.finalize_id()
    if doc.doc_id is not None:
        article.id = doc.doc_id
    return article


def _analyse(article: Article, options: Options) -> Article:
    too_long = len(article.text) > options.max_analysis_chars
    if too_long:
        article.add_problem(
            problems.TOO_LONG,
            "pipeline",
            f"{len(article.text)} characters of text: over {options.max_analysis_chars}, "
            "entities and statements are not analysed",
        )
    for stage in STAGES:
        if stage.name in options.skip or (too_long and stage.linguistic):
            continue
        try:
            article = stage.run(article, options)
        except Exception as exc:
            article.add_problem(_code(exc), stage.name, _describe(exc))
    return article


def run(
    paths: Iterable[str], format: str = "auto", options: Options = Options()
) -> Iterator[Article]:
    """Every document under ``paths`` as an Article, streamed in input order."""
    for doc in read(paths, format=format, max_bytes=options.max_bytes):
        yield process_document(doc, options)


def stage_names() -> list[str]:
    """The analysis stages, in the order they run."""
    return [stage.name for stage in STAGES]


def parse_skip(text: str) -> frozenset[str]:
    """The stages named in a comma-separated list (``--skip``); ValueError names the
    ones that do not exist."""
    skip = frozenset(x.strip() for x in text.split(",") if x.strip())
    unknown = skip - set(stage_names())
    if unknown:
        raise ValueError(f"unknown stage(s) {', '.join(sorted(unknown))}")
    return skip


def _code(exc: Exception) -> str:
    return problems.OUT_OF_MEMORY if isinstance(exc, MemoryError) else problems.EXTRACTOR_ERROR


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:500]


@dataclass
class Summary:
    """Counts for a run: every document read is extracted or has problems."""

    read: int = 0
    extracted: int = 0
    with_problems: int = 0
    problems: Counter[str] = field(default_factory=Counter)

    def add(self, article: Article) -> None:
        self.read += 1
        if article.text.strip():
            self.extracted += 1
        if article.problems:
            self.with_problems += 1
        self.problems.update(p.code for p in _unique(article.problems))

    def line(self) -> str:
        detail = ", ".join(f"{code} {n}" for code, n in sorted(self.problems.items()))
        return (
            f"read {self.read}, extracted {self.extracted}, "
            f"with problems {self.with_problems}" + (f" ({detail})" if detail else "")
        )


def _unique(found: list[Problem]) -> list[Problem]:
    seen: set[str] = set()
    out = []
    for p in found:
        if p.code not in seen:
            seen.add(p.code)
            out.append(p)
    return out
