"""spaCy's German ``ner`` with static vectors, for comparison (``bench/de_ner_spacy.py``)."""

from __future__ import annotations

import random

import numpy as np
import pytest
from bench import de_ner_spacy as sp
from spacy.attrs import LOWER
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed

TRAIN = [
    (["Merkel", "besucht", "Berlin", "."], ["B-PER", "O", "B-LOC", "O"]),
    (["Scholz", "besucht", "Paris", "."], ["B-PER", "O", "B-LOC", "O"]),
    (["Die", "Bahn", "streikt", "."], ["O", "B-ORG", "O", "O"]),
]


def _trained(words: list[str] | None, matrix: np.ndarray | None) -> object:
    fix_random_seed(0)
    nlp = sp.pipeline(words, matrix, width=32, rows=200)
    examples = [Example(Doc(nlp.vocab, words=w), Doc(nlp.vocab, words=w, ents=t)) for w, t in TRAIN]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(30):
        random.Random(0).shuffle(examples)
        nlp.update(examples, drop=0.0, sgd=optimizer)
    return nlp


def test_the_pipeline_learns_names_and_reads_vectors_by_the_lower_case_form() -> None:
    words = ["merkel", "scholz", "berlin", "paris", "bahn"]
    matrix = np.random.default_rng(0).standard_normal((5, 8)).astype("float32")
    nlp = _trained(words, matrix)
    doc = Doc(nlp.vocab, words=["MERKEL"])  # type: ignore[attr-defined]
    assert nlp.vocab.vectors.attr == LOWER and doc[0].has_vector  # type: ignore[attr-defined]
    tags = sp.tag(nlp, TRAIN)
    assert tags == [t for _, t in TRAIN]


def test_training_is_deterministic() -> None:
    one, two = _trained(None, None), _trained(None, None)
    assert one.to_bytes() == two.to_bytes()  # type: ignore[attr-defined]


def test_the_fold_is_the_cv_fold_and_an_empty_sentence_gets_no_tags() -> None:
    data = [([f"w{i}"], ["O"]) for i in range(12)]
    fit, held = sp.fold(data, 2)
    assert [w[0] for w, _ in held] == ["w2", "w7"] and len(fit) == 10
    nlp = _trained(None, None)
    assert sp.tag(nlp, [([], [])]) == [[]]


def test_vectors_are_the_same_in_every_run() -> None:
    pytest.importorskip("gensim")
    text = [["die", "bahn", "streikt", "in", "berlin"], ["merkel", "besucht", "berlin"]] * 20
    (w1, m1), (w2, m2) = sp.train_vectors(text, 8, 2, 2), sp.train_vectors(text, 8, 2, 2)
    assert w1 == w2 and "berlin" in w1 and np.array_equal(m1, m2)
