"""What the confidence model sees of one statement: a short list of numbers.

Why these: the errors found on real pages are cue look-alikes, quoted titles and terms,
speakers that are no one ("Erstmal", "Anfang März"), and unresolved or wrongly resolved
pronouns. Each feature is a general property of the statement, its cue, its speaker and
the speaker's entity — no word of a training page is a feature, so the model carries over
to pages nobody here has seen. The word lists are the statements stage's
(``lang/<language>/statements.toml``) and the speakers stage's (``speakers.toml``).
"""

from __future__ import annotations

import math
import re

from newsgraph.analyze.speakers import carry, heads
from newsgraph.analyze.statements import lexicon, syntax
from newsgraph.analyze.statements import quotes as quote_marks
from newsgraph.analyze.statements.rules import Rules
from newsgraph.article import Article, Entity, Statement

_WORD = re.compile(r"\w+")

NAMES: tuple[str, ...] = (
    "bias",
    "english",
    "direct",
    "indirect",
    "mixed",
    "reported",
    "cue",
    "cue_verb",
    "cue_source",
    "speaker",
    "speaker_pronoun",
    "speaker_description",
    "speaker_name",
    "speaker_document",
    "speaker_common_noun",
    "entity_body",
    "entity",
    "entity_person",
    "entity_anonymous",
    "entity_mentions_log",
    "speaker_words_log",
    "content_words_log",
    "content_quoted_share",
    "content_konjunktiv",
    "content_question",
    "content_capital_share",
    "one_quoted_phrase",
    "speaker_inside_content",
    "position",
    "speaker_gap_log",
    "others_between_log",
    "entity_speaks_log",
    "cue_subject_is_speaker",
    "cue_subject_is_other",
    "cue_lexicon_ratio",
)


def features(article: Article, statement: Statement, rules: Rules) -> list[float]:
    """The feature vector of ``statement`` (in the order of ``NAMES``)."""
    text = article.part(statement.part)
    content = statement.text
    words = _WORD.findall(content)
    sp = statement.speaker
    entity: Entity | None = None
    kind, noun, common = "none", "", False
    if sp is not None:
        entity = next((e for e in article.entities if e.id == sp.entity), None)
        found = heads.head(text, sp.start, sp.end, rules)
        kind, noun = found.kind, found.noun.lower()
        common = found.role is None and kind != "pronoun" and _common_noun(found.noun, rules)
    cue = statement.cue.text.lower().split() if statement.cue else []
    subject = syntax.cue_subject(article.parses.get(statement.part), statement, rules.language)
    quoted = sum(q.end - q.start for q in quote_marks.find(content))
    capitals = sum(1 for w in words if w[:1].isupper())
    return [
        1.0,
        float(rules.language == "en"),
        float(statement.kind == "direct"),
        float(statement.kind == "indirect"),
        float(statement.kind == "mixed"),
        float(statement.kind == "reported"),
        float(bool(cue)),
        float(bool(cue) and cue[0] in rules.verbs),
        float(bool(cue) and (cue[0] in rules.source_before or cue[0] in rules.source_after)),
        float(sp is not None),
        float(kind == "pronoun"),
        float(kind == "description"),
        float(kind == "other"),
        float(noun in heads.words(rules.language).documents),
        float(common),
        float(entity is not None and entity.type in ("ORG", "LOC")),
        float(entity is not None),
        float(entity is not None and entity.type == "PER"),
        float(entity is not None and entity.key.startswith("anon:")),
        math.log1p(len(entity.mentions)) if entity is not None else 0.0,
        math.log1p(len(sp.text.split())) if sp is not None else 0.0,
        math.log1p(len(words)),
        min(1.0, quoted / max(1, len(content))),
        float(any(w.lower() in rules.first_konjunktiv for w in words)),
        float(content.rstrip(" \"'“”„«»").endswith("?")),
        capitals / max(1, len(words)),
        float(statement.kind == "direct" and len(words) <= 3),
        float(sp is not None and statement.start <= sp.start < statement.end),
        statement.start / max(1, len(text)),
        *_distance(article, statement, entity),
        float(subject is True),
        float(subject is False),
        *_lexicon(cue, rules),
    ]


def _lexicon(cue: list[str], rules: Rules) -> list[float]:
    """How often the cue verb's lemma is a cue where it occurs in the SpkAtt lexicon: "sagen"
    nearly always, "halten" or "stellen" seldom."""
    verb = rules.verbs.get(cue[0]) if cue else None
    return [lexicon.ratio(rules.language, verb.lemma) if verb is not None else 0.0]


def _distance(article: Article, statement: Statement, entity: Entity | None) -> list[float]:
    """How far the speaker mention is from the words (a speaker carried from an earlier
    frame, or one found across a sentence, is more often wrong), how many other people
    and bodies are named in between, and how often the entity speaks in the article (the
    article's main voices are seldom the wrong ones)."""
    sp = statement.speaker
    if sp is None:
        return [0.0, 0.0, 0.0]
    gap = max(0, max(sp.start, statement.start) - min(sp.end, statement.end))
    low, high = sorted((min(sp.end, statement.end), max(sp.start, statement.start)))
    between = carry.named_between(article, statement.part, low, high, sp)
    speaks = sum(
        1 for s in article.statements if s.speaker is not None and s.speaker.entity == sp.entity
    )
    return [
        math.log1p(gap),
        math.log1p(between),
        math.log1p(speaks) if sp.entity else 0.0,
    ]


def _common_noun(word: str, rules: Rules) -> bool:
    """A word that names a thing, not someone: a German common noun ("Technik",
    "Deutschförderung"), an English word in lower case ("details")."""
    from newsgraph.analyze.entities.features import lexicon

    nouns = lexicon(rules.language).nouns
    return word in nouns if nouns else word[:1].islower()
