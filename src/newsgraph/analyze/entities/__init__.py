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


_SEPARATOR = "\n\n"


def stage(article: Article) -> Article:
    """Entities of the body, headline, teaser and photo captions, read as one text so
    that a person named in a caption and in the body is one entity."""
    parts = _parts(article)
    whole = _SEPARATOR.join(text for _, text in parts)
    article.entities = find(whole, article.language or "")
    bounds, pos = [], 0
    for name, text in parts:
        bounds.append((pos, pos + len(text), name))
        pos += len(text) + len(_SEPARATOR)
    for entity in article.entities:
        for m in entity.mentions:
            start, _, name = next(b for b in bounds if b[0] <= m.start < b[1])
            m.start, m.end, m.part = m.start - start, m.end - start, name
    return article


def _parts(article: Article) -> list[tuple[str, str]]:
    """``(part, text)`` for the body first, then headline, teaser and each distinct
    caption or alt text (an alt text repeated in its caption is read once)."""
    out = [("text", article.text)]
    seen = {article.text}
    candidates = [("headline", article.headline), ("teaser", article.teaser)]
    for i, image in enumerate(article.images):
        candidates += [(f"images[{i}].caption", image.caption), (f"images[{i}].alt", image.alt)]
    for name, text in candidates:
        if text and text.strip() and not any(text in s for s in seen):
            out.append((name, text))
            seen.add(text)
    return out


def find(text: str, language: str) -> list[Entity]:
    """The entities named in ``text``; offsets point into ``text``."""
    recognise = RECOGNISERS.get(language)
    if recognise is None or not text.strip():
        return []
    tokens = tokenize(text)
    lex = lexicon(language)
    found = clean(recognise(text, tokens), tokens, lex)
    return entities(text, tokens, found, lex)
