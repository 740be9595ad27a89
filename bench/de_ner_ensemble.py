"""German NER: the CRF and the spaCy ``ner`` combined, span by span, chosen on a fold.

A combination takes a first model's names of some types, then adds the second model's names
of some types where they overlap none taken so far. Every such combination (first model,
its types, the other's types) is scored on the fold of the training data
(``bench/de_ner_cv.py --tags``, ``bench/de_ner_spacy.py --fold``); the best is then scored,
unchanged, on the kept-aside GermEval sentences and SmartData's test news, whose CRF tags
come from the shipped model.

    python bench/de_ner_ensemble.py --crf /tmp/crf0.jsonl \\
        --spacy /tmp/fold0/fold0.epoch9.jsonl --final /tmp/final --epoch 9
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

try:  # imported as bench.de_ner_ensemble (repo root on sys.path) or run as a script
    from bench import _common as c
except ImportError:  # pragma: no cover - script use
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench import _common as c

from newsgraph.models import ner_data, ner_score

SHARED = c.REPO_ROOT.parent / "shared"
Span = tuple[int, int, str]
Rule = tuple[str, frozenset[str], frozenset[str]]  # first model, its types, the other's types
TYPES = ("PER", "ORG", "LOC", "MISC")


def combine(first: set[Span], other: set[Span], mine: frozenset[str], its: frozenset[str]):
    """``first``'s names of the types ``mine``, then ``other``'s of ``its`` that overlap none."""
    out = {s for s in first if s[2] in mine}
    for s in sorted(other):
        if s[2] in its and not any(a < s[1] and s[0] < b for a, b, _ in out):
            out.add(s)
    return out


def score(gold: list[set[Span]], pred: list[set[Span]]) -> dict[str, tuple[int, int, int]]:
    counts: dict[str, list[int]] = {k: [0, 0, 0] for k in ner_score.TYPES}
    for g, p in zip(gold, pred, strict=True):
        for k in ner_score.TYPES:
            gk, pk = {s for s in g if s[2] == k}, {s for s in p if s[2] == k}
            counts[k][0] += len(gk & pk)
            counts[k][1] += len(pk)
            counts[k][2] += len(gk)
    return {k: (v[0], v[1], v[2]) for k, v in counts.items()}


def micro(counts: dict[str, tuple[int, int, int]]) -> float:
    return ner_score.prf(*(sum(v[i] for v in counts.values()) for i in range(3)))[2]


def apply(rule: Rule, crf: list[set[Span]], spacy: list[set[Span]]) -> list[set[Span]]:
    first, mine, its = rule
    a, b = (crf, spacy) if first == "crf" else (spacy, crf)
    return [combine(x, y, mine, its) for x, y in zip(a, b, strict=True)]


def rules() -> list[Rule]:
    subsets = [
        frozenset(t) for n in range(len(TYPES) + 1) for t in itertools.combinations(TYPES, n)
    ]
    return [(f, m, i) for f in ("crf", "spacy") for m in subsets for i in subsets]


def read(path: Path) -> list[set[Span]]:
    with path.open(encoding="utf-8") as fh:
        return [ner_score.spans(json.loads(line)) for line in fh]


def shipped_crf(data: list[ner_data.Sentence]) -> list[set[Span]]:
    from newsgraph.analyze.entities import features, german

    tagger, gaz, lex = german._tagger(), german.gazetteer(), features.lexicon("de")
    return [ner_score.spans(tagger.tag(features.sentence(w, gaz, lex))) for w, _ in data]


def name(rule: Rule) -> str:
    first, mine, its = rule
    other = "spacy" if first == "crf" else "crf"
    return f"{first}[{','.join(sorted(mine))}] + {other}[{','.join(sorted(its))}]"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--fold", type=int, default=0)
    ap.add_argument("--crf", type=Path, required=True, help="the fold CRF's tags")
    ap.add_argument("--spacy", type=Path, required=True, help="the fold spaCy model's tags")
    ap.add_argument("--final", type=Path, help="folder of the final spaCy model's tags")
    ap.add_argument("--epoch", type=int, help="the final model's epoch (chosen on the fold)")
    ap.add_argument("--show", type=int, default=8, help="print the best this many")
    args = ap.parse_args(argv)
    data, _ = ner_data.germeval(args.shared)
    data += ner_data.dfki(args.shared, "train")
    held = data[args.fold :: 5]
    gold = [ner_score.spans(t) for _, t in held]
    crf, spacy = read(args.crf), read(args.spacy)
    ranked = sorted(rules(), key=lambda r: -micro(score(gold, apply(r, crf, spacy))))
    every = frozenset(TYPES)
    named = [("crf", every, frozenset()), ("spacy", every, frozenset())]
    print(f"fold {args.fold} ({len(held)} sentences), micro F1 PER/ORG/LOC:")
    for rule in named + ranked[: args.show]:
        counts = score(gold, apply(rule, crf, spacy))
        line = " ".join(f"{k} {ner_score.prf(*v)[2]:.3f}" for k, v in counts.items())
        print(f"  {micro(counts):.4f}  {name(rule)}  ({line})")
    if args.final and args.epoch:
        best = ranked[0]
        sets = {
            "germeval": ner_data.germeval(args.shared)[1],
            "smartdata": ner_data.smartdata_news_test(args.shared),
        }
        for label, sents in sets.items():
            g = [ner_score.spans(t) for _, t in sents]
            c_tags = shipped_crf(sents)
            s_tags = read(args.final / f"{label}.epoch{args.epoch}.jsonl")
            for rule in [*named, best]:
                counts = score(g, apply(rule, c_tags, s_tags))
                print(f"{label} {name(rule)}:\n{ner_score.report(counts)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
