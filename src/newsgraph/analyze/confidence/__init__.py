"""The confidence stage: how likely each statement is real and in the right mouth.

Entry point ``stage(article)``; runs after the speakers stage. The rules of the statements
stage propose; a logistic regression trained on the team's annotated news pages
(``newsgraph/models/attribution.json``, ``make model``) scores each statement from the
general features in ``features``. ``Statement.confidence`` is that probability; the
model's fold-calibrated ``drop_below`` removes the candidates that are more often wrong
than right on the training pages. Without the model file every confidence stays None.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from newsgraph.analyze.confidence.features import NAMES, features
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.rules import rules as load_rules
from newsgraph.article import Article, Statement
from newsgraph.lang import load

__all__ = ["Model", "confident", "model", "stage"]

MODEL_FILE = "attribution.json"
_WORD = re.compile(r"[\w’']+")


@dataclass(frozen=True)
class Model:
    """A logistic regression over standardised features."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float
    drop_below: float

    def probability(self, x: list[float]) -> float:
        z = self.intercept + sum(
            w * (v - m) / s
            for w, v, m, s in zip(self.weights, x, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def model() -> Model | None:
    path = resources.files("newsgraph.models").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != NAMES:
        return None  # trained on other features: retrain with `make model`
    return Model(
        tuple(data["mean"]),
        tuple(data["scale"]),
        tuple(data["weights"]),
        float(data["intercept"]),
        float(data["drop_below"]),
    )


def stage(article: Article, min_confidence: float = 0.0) -> Article:
    """Scores every statement; drops those ruled out, those under the model's own
    ``drop_below`` and those under ``min_confidence`` (a user's stricter choice)."""
    if not article.statements:
        return article
    rules = load_rules(article.language or "de")
    found = model()
    kept = []
    for statement in article.statements:
        if ruled_out(article, statement, rules):
            continue
        if found is not None:
            p = round(found.probability(features(article, statement, rules)), 3)
            statement.confidence = p
            if p < max(found.drop_below, min_confidence):
                continue
        kept.append(statement)
    article.statements = kept
    return article


def ruled_out(article: Article, statement: Statement, rules: Rules) -> bool:
    """A candidate that is no statement by ``lang/<language>/decisions.toml``: its cue is
    negated ("äußerte sich nicht", "did not say") or follows a modal ("can recommend"),
    or a verb of attitude ("hofft, dass") whose content no Konjunktiv I marks as reported
    speech."""
    if statement.cue is None:
        return False
    attitudes, negations, idioms, modals = _decisions(rules.language)
    cue = statement.cue
    form = rules.verbs.get(cue.text.split()[0].lower()) if cue.text.split() else None
    attitude = form is not None and form.lemma in attitudes
    if attitude and statement.kind in ("indirect", "reported"):  # a quote is speech
        words = _WORD.findall(statement.text)  # a verb is lowercase ("preise", not "Preise")
        if not any(w in rules.first_konjunktiv for w in words if w[:1].islower()):
            return True
    text = article.part(statement.part)
    start = max(0, cue.start - 40)
    if statement.end <= cue.start:
        start = max(start, statement.end)  # „…“, sagte er: the quote is no part of the frame
    before = _WORD.findall(text[start : cue.start].lower())[-2:]
    if any(w in modals for w in before):
        return True  # "A pro can recommend …": could be said, was not
    # after the cue: up to the content when it follows, else the next words
    after_end = statement.start if statement.start > cue.end else cue.end + 40
    after = _WORD.findall(text[cue.end : after_end].lower())[:2]
    # one more word, to see an idiom after a negation ("nicht nur")
    words = before + after + _WORD.findall(text[cue.end : cue.end + 60].lower())[len(after) :][:1]
    return any(
        w in negations and (i + 1 >= len(words) or words[i + 1] not in idioms)
        for i, w in enumerate(words[: len(before) + len(after)])
    )


@cache
def _decisions(
    language: str,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Attitude verbs, negations, the words that keep a negation from negating, and the
    modals that make a cue no more than possible."""
    data = load(language, "decisions")

    def words(key: str) -> frozenset[str]:
        return frozenset(data.get(key, []))

    return words("attitudes"), words("negations"), words("not_negating"), words("modals")


def confident(article: Article, min_confidence: float) -> Article:
    """``article`` without the statements scored below ``min_confidence`` (for articles
    analysed earlier, e.g. ``ingest --articles``); unscored statements stay."""
    if min_confidence > 0:
        article.statements = [
            s for s in article.statements if s.confidence is None or s.confidence >= min_confidence
        ]
    return article
