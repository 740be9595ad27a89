"""Language of an article (ISO 639-1), by py3langid on its text.

A language given by the input (a JSON-lines ``language`` field, ``--language``)
wins; a detected language outside the expected set is recorded as a problem
so that a batch can be filtered, but the article is kept. A text whose words
are plainly one supported language's function words (``lang/<lang>/language.toml``)
is that language without py3langid, whose model takes a second to load.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsgraph import problems
from newsgraph.article import Article
from newsgraph.lang import SUPPORTED, load

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

_SAMPLE = 1200  # characters; more does not change the answer for news text, only the time
_MIN_WORDS = 25  # fewer words: py3langid decides
_SHARE = 0.2  # a language's function words make up at least this share of the words…
_OTHERS = 0.1  # …and every other supported language's at most this share
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@cache
def _function_words() -> dict[str, frozenset[str]]:
    return {lang: frozenset(load(lang, "language").get("function_words", [])) for lang in SUPPORTED}


def detect(text: str) -> tuple[str | None, float]:
    """``(language, confidence)``; None for text with too few letters."""
    sample = text[:_SAMPLE]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None, 0.0
    plain = _plainly(sample)
    if plain is not None:
        return plain
    language, confidence = _identifier().classify(sample)
    return str(language), float(confidence)


def _plainly(sample: str) -> tuple[str, float] | None:
    """A supported language whose function words fill the sample while the others'
    are nearly absent; the share is the confidence."""
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < _MIN_WORDS:
        return None
    shares = {
        lang: sum(w in found for w in words) / len(words)
        for lang, found in _function_words().items()
    }
    best = max(shares, key=lambda lang: shares[lang])
    if shares[best] >= _SHARE and all(s <= _OTHERS for lang, s in shares.items() if lang != best):
        return best, shares[best]
    return None


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
