"""The entities stage: people, organisations and places, with roles and identity keys.

Entry point ``stage(article)`` sets ``article.entities``. German text is tagged by
the CRF model shipped in ``newsgraph/models`` (trained here, ``make model``),
English by spaCy's ``en_core_web_sm``; both then go through the same rules:
clean-up (``clean``), grouping into entities (``group``), roles (``roles``) and
identity keys (``keys``). Other languages get no entities.
"""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.analyze.entities import english, german
from newsgraph.analyze.entities.clean import clean
from newsgraph.analyze.entities.features import lexicon
from newsgraph.analyze.entities.found import Found
from newsgraph.analyze.entities.group import entities
from newsgraph.analyze.entities.tokens import Token, tokenize
from newsgraph.article import Article, Entity

__all__ = ["RECOGNISERS", "find", "stage"]

Recogniser = Callable[[str, list[Token]], list[Found]]

# Which tagger reads which language.
RECOGNISERS: dict[str, Recogniser] = {"de": german.find, "en": english.find}


def stage(article: Article) -> Article:
    article.entities = find(article.text, article.language or "")
    return article


def find(text: str, language: str) -> list[Entity]:
    """The entities named in ``text``; offsets point into ``text``."""
    recognise = RECOGNISERS.get(language)
    if recognise is None or not text.strip():
        return []
    tokens = tokenize(text)
    lex = lexicon(language)
    found = clean(recognise(text, tokens), tokens, lex)
    return entities(text, tokens, found, lex)
