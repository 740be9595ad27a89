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
from dataclasses import dataclass
from functools import cache
from importlib import resources

from newsgraph.analyze.confidence.features import NAMES, features
from newsgraph.analyze.statements.rules import rules as load_rules
from newsgraph.article import Article

__all__ = ["Model", "model", "stage"]

MODEL_FILE = "attribution.json"


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


def stage(article: Article) -> Article:
    found = model()
    if found is None or not article.statements:
        return article
    rules = load_rules(article.language or "de")
    kept = []
    for statement in article.statements:
        p = found.probability(features(article, statement, rules))
        statement.confidence = round(p, 3)
        if p >= found.drop_below:
            kept.append(statement)
    article.statements = kept
    return article
