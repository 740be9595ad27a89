"""German NER: spaCy's CNN ``ner`` component trained on the CRF's data, for comparison.

Same training data as the shipped CRF (GermEval 2014 dev + test without the kept-aside
sentences, SmartData and MobIE training parts; ``newsgraph.models.ner_data``), gold tokens;
scored like the CRF (exact spans, PER/ORG/LOC). A blank German pipeline whose ``ner`` reads
hashed NORM/PREFIX/SUFFIX/SHAPE embeddings and, with ``--vectors``, static word vectors
trained offline here (gensim skip-gram, one thread, fixed seed) on permitted raw text only:
the training sentences, Europeana (CC0), the German paragraphs of ``data/extraction`` and the
speeches of ``data/text-de`` (CC BY-SA 4.0); never the kept-aside sentences.

Two uses, both single-threaded, the tags of every epoch written to ``--tags`` (JSON lines)
for ``bench/de_ner_ensemble.py``:
- ``--fold K``: train on four fifths of the training sentences, score on every fifth from
  the K-th (as ``bench/de_ner_cv.py``), stop after ``--patience`` epochs without a gain.
  This chooses the number of epochs and the ensemble; it never reads the kept-aside sets.
- without ``--fold``: train on all training sentences for ``--epochs`` epochs and tag the
  kept-aside GermEval sentences and SmartData's test news (the final figures only).

    python bench/de_ner_spacy.py --vectors /tmp/de.vec.npz --fold 0 --tags /tmp/fold0
    python bench/de_ner_spacy.py --vectors /tmp/de.vec.npz --epochs 12 --tags /tmp/final
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import zlib
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")

try:  # imported as bench.de_ner_spacy (repo root on sys.path) or run as a script
    from bench import _common as c
except ImportError:  # pragma: no cover - script use
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench import _common as c

from newsgraph.models import ner_data, ner_score
from newsgraph.models.ner_clusters import speech_text, web_text

SHARED = c.REPO_ROOT.parent / "shared"
Sentence = ner_data.Sentence


def training(shared: Path) -> list[Sentence]:
    """The CRF's training sentences: GermEval's training part, SmartData and MobIE train."""
    data, _ = ner_data.germeval(shared)
    return data + ner_data.dfki(shared, "train")


def fold(data: list[Sentence], k: int) -> tuple[list[Sentence], list[Sentence]]:
    """``(fit, held out)`` exactly as ``bench/de_ner_cv.py``: every fifth from the k-th."""
    return [s for i, s in enumerate(data) if i % 5 != k], data[k::5]


def raw_text(shared: Path, data: list[Sentence]) -> list[list[str]]:
    """Unlabelled German text for the vectors (lower-cased words), kept-aside sets excluded."""
    text = [w for w, _ in data] + [w for w, _ in ner_data.europeana_sentences(shared)]
    text += web_text(shared) + speech_text(shared)
    return [[w.lower() for w in words] for words in text if words]


def _crc(text: str) -> int:
    """A hash that is the same in every process (gensim seeds each vector with it)."""
    return zlib.crc32(text.encode("utf-8"))


def train_vectors(text: list[list[str]], dims: int, least: int, epochs: int) -> tuple[Any, Any]:
    """``(words, matrix)``: skip-gram vectors, one worker and a fixed seed (deterministic)."""
    import numpy as np
    from gensim.models import Word2Vec

    model = Word2Vec(
        sentences=text,
        vector_size=dims,
        window=5,
        min_count=least,
        sg=1,
        negative=10,
        workers=1,
        seed=0,
        epochs=epochs,
        hashfxn=_crc,
        sorted_vocab=1,
    )
    words = list(model.wv.index_to_key)
    return words, np.asarray(model.wv.vectors, dtype="float32")


def pipeline(words: list[str] | None, matrix: Any, width: int, rows: int) -> Any:
    """A blank German pipeline with one ``ner``; static vectors keyed by the lower-case form."""
    import spacy
    from spacy.vectors import Vectors

    nlp = spacy.blank("de")
    if words is not None:
        nlp.vocab.vectors = Vectors(
            strings=nlp.vocab.strings, data=matrix, keys=words, attr="LOWER"
        )
    embed = {
        "@architectures": "spacy.MultiHashEmbed.v2",
        "width": width,
        "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
        "rows": [rows, rows // 5, rows // 2, rows // 10],
        "include_static_vectors": words is not None,
    }
    encode = {
        "@architectures": "spacy.MaxoutWindowEncoder.v2",
        "width": width,
        "depth": 4,
        "window_size": 1,
        "maxout_pieces": 3,
    }
    model = {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 64,
        "maxout_pieces": 2,
        "use_upper": True,
        "tok2vec": {"@architectures": "spacy.Tok2Vec.v2", "embed": embed, "encode": encode},
    }
    ner = nlp.add_pipe("ner", config={"model": model})
    for label in ("PER", "ORG", "LOC", "MISC"):
        ner.add_label(label)
    return nlp


def bio(doc: Any) -> list[str]:
    tags = ["O"] * len(doc)
    for ent in doc.ents:
        tags[ent.start] = f"B-{ent.label_}"
        for i in range(ent.start + 1, ent.end):
            tags[i] = f"I-{ent.label_}"
    return tags


def tag(nlp: Any, data: list[Sentence]) -> list[list[str]]:
    from spacy.tokens import Doc

    docs = nlp.pipe(Doc(nlp.vocab, words=w or ["."]) for w, _ in data)  # no empty Doc
    return [bio(d)[: len(w)] for d, (w, _) in zip(docs, data, strict=True)]


def micro(counts: dict[str, tuple[int, int, int]]) -> float:
    tp, pred, gold = (sum(counts.get(k, (0, 0, 0))[i] for k in ner_score.TYPES) for i in range(3))
    return ner_score.prf(tp, pred, gold)[2]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--vectors", type=Path, help="word vectors (.npz; made here if missing)")
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--least", type=int, default=3, help="words seen this often get a vector")
    ap.add_argument("--vector-epochs", type=int, default=10)
    ap.add_argument("--fold", type=int, choices=range(5), help="train on 4/5, score the fifth")
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--patience", type=int, default=4, help="epochs without a gain (--fold)")
    ap.add_argument("--width", type=int, default=96)
    ap.add_argument("--rows", type=int, default=10000)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--tags", type=Path, help="write each epoch's tags into this folder")
    args = ap.parse_args(argv)
    import numpy as np
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    t0 = time.process_time()
    data = training(args.shared)
    words = matrix = None
    if args.vectors:
        if not args.vectors.exists():
            words, matrix = train_vectors(
                raw_text(args.shared, data), args.dims, args.least, args.vector_epochs
            )
            np.savez(args.vectors, words=np.array(words), matrix=matrix)
            print(f"vectors {matrix.shape} in {time.process_time() - t0:.0f} CPU s", flush=True)
        loaded = np.load(args.vectors)
        words, matrix = [str(w) for w in loaded["words"]], loaded["matrix"]
    if args.fold is not None:
        fit, held = fold(data, args.fold)
        sets = {f"fold{args.fold}": held}
    else:
        fit = data
        sets = {
            "germeval": ner_data.germeval(args.shared)[1],
            "smartdata": ner_data.smartdata_news_test(args.shared),
        }
    fix_random_seed(0)
    nlp = pipeline(words, matrix, args.width, args.rows)
    examples = [
        Example(Doc(nlp.vocab, words=w), Doc(nlp.vocab, words=w, ents=t)) for w, t in fit if w
    ]
    optimizer = nlp.initialize(lambda: examples)
    order = random.Random(0)
    best, best_epoch = -1.0, 0
    if args.tags:
        args.tags.mkdir(parents=True, exist_ok=True)
    for epoch in range(1, args.epochs + 1):
        order.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=args.batch):
            nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
        scores = []
        for name, sents in sets.items():
            pred = tag(nlp, sents)
            counts = ner_score.score([t for _, t in sents], pred)
            scores.append(micro(counts))
            line = " ".join(f"{k} {ner_score.prf(*v)[2]:.3f}" for k, v in counts.items())
            print(f"epoch {epoch} {name}: micro {scores[-1]:.4f} ({line})", flush=True)
            if args.tags:
                path = args.tags / f"{name}.epoch{epoch}.jsonl"
                path.write_text("".join(json.dumps(p) + "\n" for p in pred), encoding="utf-8")
        spent = time.process_time() - t0
        print(f"epoch {epoch}: loss {losses.get('ner', 0):.0f}, {spent:.0f} CPU s", flush=True)
        if args.fold is not None:
            if scores[0] > best:
                best, best_epoch = scores[0], epoch
            elif epoch - best_epoch >= args.patience:
                break
    if args.fold is not None:
        print(f"best epoch {best_epoch}: {best:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
