"""Scoring the German tagger: BIO/BILOU tags to spans, exact-span P/R/F1 per type."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pycrfsuite

from newsgraph.analyze.entities import features, german
from newsgraph.models.ner_data import Sentence

TYPES = ("PER", "ORG", "LOC")


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """BIO or BILOU tags -> ``(start, end, type)`` token spans (an I- without B- opens one)."""
    return set(german.spans(tags))


def bilou(tags: list[str]) -> list[str]:
    """BIO -> BILOU: the last word of a name is L-, a one-word name U-."""
    out = ["O"] * len(tags)
    for start, end, kind in spans(tags):
        if end - start == 1:
            out[start] = f"U-{kind}"
            continue
        out[start] = f"B-{kind}"
        for i in range(start + 1, end - 1):
            out[i] = f"I-{kind}"
        out[end - 1] = f"L-{kind}"
    return out


def score(gold: Iterable[list[str]], pred: Iterable[list[str]]) -> dict[str, tuple[int, int, int]]:
    """Per type ``(true positives, predicted, gold)`` over exact spans."""
    counts: Counter[tuple[str, str]] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for s in gs:
            counts[s[2], "gold"] += 1
        for s in ps:
            counts[s[2], "pred"] += 1
            counts[s[2], "tp"] += s in gs
    kinds = {k for k, _ in counts}
    return {k: (counts[k, "tp"], counts[k, "pred"], counts[k, "gold"]) for k in sorted(kinds)}


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def report(counts: dict[str, tuple[int, int, int]]) -> str:
    lines = []
    total = [0, 0, 0]
    for kind in TYPES:
        tp, pred, gold = counts.get(kind, (0, 0, 0))
        total = [total[0] + tp, total[1] + pred, total[2] + gold]
        p, r, f = prf(tp, pred, gold)
        lines.append(f"{kind}: P {p:.3f} R {r:.3f} F1 {f:.3f} (n={gold})")
    p, r, f = prf(*total)
    lines.append(f"micro PER/ORG/LOC: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return "\n".join(lines)


def evaluate(model: Path, data: list[Sentence], gaz: dict[str, str]) -> str:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    pred = [tagger.tag(features.sentence(words, gaz)) for words, _ in data]
    return report(score([t for _, t in data], pred))
