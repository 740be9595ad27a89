"""German NER: spaCy's CNN ``ner`` component trained on the CRF's data, for comparison.

Same training data as the shipped CRF (GermEval 2014 dev + test without the kept-aside
sentences, SmartData and MobIE training parts; ``newsgraph.models.ner_data``), gold tokens;
scored like the CRF on the kept-aside GermEval sentences and the SmartData test news
(exact spans, PER/ORG/LOC). A blank German pipeline with spaCy's default ``ner`` model
(hash-embedding CNN, width 96, depth 4), trained single-threaded for at most ``--seconds``
of CPU time or ``--epochs`` passes. Nothing is shipped: the result decides between the two.

    python bench/de_ner_spacy.py --seconds 900
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

try:  # imported as bench.de_ner_spacy (repo root on sys.path) or run as a script
    from bench import _common as c
except ImportError:  # pragma: no cover - script use
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench import _common as c

from newsgraph.models import ner_data, ner_score
from newsgraph.models import train_de_ner as trainer

SHARED = c.REPO_ROOT.parent / "shared"


def _bio(doc: object) -> list[str]:
    tags = ["O"] * len(doc)  # type: ignore[arg-type]
    for ent in doc.ents:  # type: ignore[attr-defined]
        tags[ent.start] = f"B-{ent.label_}"
        for i in range(ent.start + 1, ent.end):
            tags[i] = f"I-{ent.label_}"
    return tags


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=900, help="CPU seconds of training")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--out", type=Path, help="save the trained pipeline here")
    args = ap.parse_args(argv)
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.util import minibatch

    train, kept = trainer.splits(SHARED, dfki=True)
    news = ner_data.smartdata_news_test(SHARED)
    nlp = spacy.blank("de")
    ner = nlp.add_pipe("ner")
    for label in ("PER", "ORG", "LOC", "MISC"):
        ner.add_label(label)
    examples = []
    for words, tags in train:
        if words:
            gold = Doc(nlp.vocab, words=words, ents=tags)
            examples.append(Example(Doc(nlp.vocab, words=words), gold))
    random.seed(0)
    optimizer = nlp.initialize(lambda: examples[:2000])
    start = time.process_time()
    for epoch in range(args.epochs):
        random.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=64):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        spent = time.process_time() - start
        print(f"epoch {epoch + 1}: loss {losses.get('ner', 0):.0f}, {spent:.0f} CPU s", flush=True)
        for name, data in (("GermEval kept aside", kept), ("SmartData test news", news)):
            docs = nlp.pipe(Doc(nlp.vocab, words=w) for w, _ in data if w)
            pred = [_bio(d) for d in docs]
            gold = [t for w, t in data if w]
            print(f"{name}:\n{ner_score.report(ner_score.score(gold, pred))}", flush=True)
        if spent > args.seconds:
            break
    if args.out:
        nlp.to_disk(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
