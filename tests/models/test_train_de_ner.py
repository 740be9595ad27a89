"""Training the German CRF (``models/train_de_ner.py``) on a few sentences written here."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite

from newsgraph.analyze.entities import features
from newsgraph.models import train_de_ner as trainer


def _sentence(text: str) -> tuple[list[str], list[str]]:
    """ "Anna/B-PER Berger/I-PER wohnt" -> words and tags (O where none is given)."""
    pairs = [[*w.split("/"), "O"][:2] for w in text.split(" ")]
    return [w for w, _ in pairs], [t for _, t in pairs]


_DATA = [
    _sentence("Anna/B-PER Berger/I-PER arbeitet in Kassel/B-LOC ."),
    _sentence("Die Firma Volta/B-ORG baut in Gera/B-LOC ."),
    _sentence("Jonas/B-PER Keller/I-PER wohnt in Jena/B-LOC ."),
]
_OTHER = [_sentence("Die Firma Kobalt/B-ORG liefert nach Suhl/B-LOC .")]


def _tag(model: Path, words: list[str]) -> list[str]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    return [str(tag) for tag in tagger.tag(features.sentence(words, {}))]


def test_training_is_deterministic_and_learns_its_sentences(tmp_path: Path) -> None:
    a, b = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    for out in (a, b):
        trainer.train(_DATA, {}, out, 50, c1=0.0, c2=0.01, domains=[("d:", _OTHER)])
    assert a.read_bytes() == b.read_bytes()
    assert _tag(a, _DATA[0][0]) == ["B-PER", "L-PER", "O", "O", "U-LOC", "O"]


def test_another_domain_adds_its_own_copies_of_the_features(tmp_path: Path) -> None:
    plain, more = tmp_path / "plain.crfsuite", tmp_path / "more.crfsuite"
    trainer.train(_DATA, {}, plain, 50, c1=0.0, c2=0.01)
    trainer.train(_DATA, {}, more, 50, c1=0.0, c2=0.01, domains=[("d:", _OTHER)])

    def attributes(model: Path) -> set[str]:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        return {attr for (attr, _label) in tagger.info().state_features}

    added = attributes(more) - attributes(plain)
    assert any(x.startswith("d:") for x in added)
    assert "d:w=kobalt" in added and "w=kobalt" in added  # shared and the domain's own
