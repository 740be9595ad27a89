"""Choose German NER features on the training data alone: train the CRF on four fifths of
the training sentences (GermEval's training part, SmartData and MobIE train), score on the
fifth (every fifth sentence from ``--fold``). Never reads the kept-aside GermEval part or
SmartData's test. For speed: no Europeana domain; the word clusters are the shipped
gazetteer's (unsupervised, from text only; the same for every arm), the name classes are
built from the four fifths.

    python bench/de_ner_cv.py --fold 0              # the shipped model's features
    python bench/de_ner_cv.py --fold 0 --known      # + well-known organisations (KORG)
    python bench/de_ner_cv.py --fold 0 --speeches   # clusters also from data/text-de
    python bench/de_ner_cv.py --fold 0 --no-codes   # no GeoNames codes ("CDU") as places
    python bench/de_ner_cv.py --fold 0 --tags crf0.jsonl  # keep the fold's tags (ensembles)
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

from newsgraph.models import ner_data
from newsgraph.models.ner_clusters import speech_text, web_text, word_clusters
from newsgraph.models.ner_gazetteer import build_gazetteer
from newsgraph.models.ner_score import evaluate, spans
from newsgraph.models.train_de_ner import GAZETTEER, train


def fold(data: list[ner_data.Sentence], k: int) -> tuple[list, list]:
    """``(fit, held out)``: every fifth sentence from the ``k``-th is held out."""
    return [s for i, s in enumerate(data) if i % 5 != k], data[k::5]


def shipped_clusters(path: Path = GAZETTEER) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, _, classes = line.rstrip("\n").partition("\t")
            ids = [c for c in classes.split() if c.startswith("~")]
            if ids:
                out[word] = ids
    return out


def errors(model: Path, test: list[ner_data.Sentence], gaz: dict[str, str]) -> str:
    """One line a wrong span: "miss"/"false", the type and the words."""
    import pycrfsuite

    from newsgraph.analyze.entities import features

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    lines = []
    for words, tags in test:
        gold, pred = spans(tags), spans(tagger.tag(features.sentence(words, gaz)))
        for kind, found in (("miss", gold - pred), ("false", pred - gold)):
            lines += [f"{kind}\t{t}\t{' '.join(words[a:b])}" for a, b, t in sorted(found)]
    return "\n".join(lines) + "\n"


def tags(model: Path, test: list[ner_data.Sentence], gaz: dict[str, str]) -> str:
    """The model's BILOU tags, one JSON list a held-out sentence."""
    import pycrfsuite

    from newsgraph.analyze.entities import features

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    return "".join(json.dumps(tagger.tag(features.sentence(w, gaz))) + "\n" for w, _ in test)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--fold", type=int, default=0, choices=range(5))
    ap.add_argument("--known", action="store_true", help="well-known organisations (KORG)")
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.03)
    ap.add_argument("--no-codes", action="store_true", help="no GeoNames codes as places")
    ap.add_argument(
        "--speeches", action="store_true", help="clusters recomputed, also from data/text-de"
    )
    ap.add_argument("--errors", type=Path, help="write the fold's missed and wrong names here")
    ap.add_argument("--tags", type=Path, help="write the fold's predicted tags here (JSON lines)")
    args = ap.parse_args(argv)
    t0 = time.time()
    data, _ = ner_data.germeval(args.shared)
    data += ner_data.dfki(args.shared, "train")
    fit, test = fold(data, args.fold)
    gaz = build_gazetteer(args.shared, fit, known=args.known, codes=not args.no_codes)
    clusters = shipped_clusters()
    if args.speeches:  # the shipped clusters' text (all training text, unlabelled) + speeches
        text = [w for w, _ in data] + [w for w, _ in ner_data.europeana_sentences(args.shared)]
        clusters = word_clusters(text + web_text(args.shared) + speech_text(args.shared))
    for word, ids in clusters.items():
        gaz[word] = " ".join([*gaz.get(word, "").split(), *ids])
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "fold.crfsuite"
        train(fit, gaz, model, args.iterations, args.c1, args.c2)
        print(f"fold {args.fold}, {vars(args)}, {len(fit)}/{len(test)} sentences")
        print(evaluate(model, test, gaz))
        if args.errors:
            args.errors.write_text(errors(model, test, gaz), encoding="utf-8")
        if args.tags:
            args.tags.write_text(tags(model, test, gaz), encoding="utf-8")
    print(f"{time.time() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
