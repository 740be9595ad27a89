"""German names from the shipped CRF model (``newsgraph/models/de_ner.crfsuite``).

The model is trained by ``newsgraph.models.train_de_ner`` (``make model``) on
GermEval 2014, Europeana, SmartData and MobIE; see NOTICE for the data's licences. It
tags BILOU (begin, inside, last, unit-length, outside).
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from newsgraph.analyze.entities import features
from newsgraph.analyze.entities.found import Found
from newsgraph.analyze.entities.tokens import Token, sentences

MODEL = "de_ner.crfsuite"
GAZETTEER = "de_gazetteer.tsv.gz"


def _file(name: str) -> Path:
    path = Path(str(resources.files("newsgraph.models").joinpath(name)))
    if not path.is_file():
        raise FileNotFoundError(f"{name} is missing from newsgraph/models: run `make model`")
    return path


@cache
def gazetteer() -> dict[str, str]:
    with gzip.open(_file(GAZETTEER), "rt", encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t", 1) for line in fh)


@cache
def _tagger() -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(_file(MODEL)))
    return tagger


@cache
def _featuriser() -> features.Featuriser:
    """One for the whole run: it remembers the features of the words it has seen."""
    return features.Featuriser(gazetteer(), features.lexicon("de"))


def find(text: str, tokens: list[Token]) -> list[Found]:
    """Every PER/ORG/LOC/MISC name the model tags, sentence by sentence."""
    tagger, featuriser = _tagger(), _featuriser()
    index = {id(t): i for i, t in enumerate(tokens)}
    out: list[Found] = []
    for sent in sentences(text, tokens):
        tags = tagger.tag(featuriser.sentence([t.text for t in sent]))
        for begin, end, kind in spans(tags):
            out.append(Found(index[id(sent[begin])], index[id(sent[end - 1])], kind))
    return out


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """BILOU (or BIO) tags -> ``(start, end, type)`` token spans. A name ends after L- or
    U-, before B-, U- or O, or where the type changes; an I- or L- without B- opens one."""
    out: list[tuple[int, int, str]] = []
    begin, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if begin >= 0 and (tag == "O" or tag[:2] in ("B-", "U-") or tag[2:] != kind):
            out.append((begin, i, kind))
            begin = -1
        if tag != "O" and begin < 0:
            begin, kind = i, tag[2:]
        if tag[:2] in ("L-", "U-"):
            out.append((begin, i + 1, kind))
            begin = -1
    return out
