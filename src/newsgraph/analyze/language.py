"""Language of an article (ISO 639-1), by py3langid on its text.

A language given by the input (a JSON-lines ``language`` field, ``--language``)
wins; a detected language outside the expected set is recorded as a problem
so that a batch can be filtered, but the article is kept.
"""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from newsgraph import problems
from newsgraph.article import Article

_SAMPLE = 1200  # characters; more does not change the answer for news text, only the time


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str | None, float]:
    """``(language, confidence)``; None for text with too few letters."""
    sample = text[:_SAMPLE]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None, 0.0
    language, confidence = _identifier().classify(sample)
    return str(language), float(confidence)


def stage(article: Article, expected: tuple[str, ...] | None) -> Article:
    if article.language is None:
        basis = "\n".join(filter(None, [article.headline, article.teaser, article.text]))
        article.language, _ = detect(basis)
    if expected and article.language is not None and article.language not in expected:
        article.add_problem(
            problems.UNEXPECTED_LANGUAGE,
            "language",
            f"language {article.language!r} is not one of {', '.join(expected)}",
        )
    return article
