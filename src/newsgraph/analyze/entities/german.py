"""German names from the shipped CRF model (``newsgraph/models/de_ner.crfsuite``).

The model is trained by ``newsgraph.models.train_de_ner`` (``make model``) on
GermEval 2014 and Europeana newspapers; see NOTICE for the data's licences.
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


def find(text: str, tokens: list[Token]) -> list[Found]:
    """Every PER/ORG/LOC/MISC name the model tags, sentence by sentence."""
    tagger, gaz, lex = _tagger(), gazetteer(), features.lexicon("de")
    index = {id(t): i for i, t in enumerate(tokens)}
    out: list[Found] = []
    for sent in sentences(text, tokens):
        tags = tagger.tag(features.sentence([t.text for t in sent], gaz, lex))
        begin, kind = -1, ""
        for i, tag in enumerate([*tags, "O"]):
            if begin >= 0 and (tag == "O" or tag.startswith("B-") or tag[2:] != kind):
                out.append(Found(index[id(sent[begin])], index[id(sent[i - 1])], kind))
                begin = -1
            if tag != "O" and begin < 0:
                begin, kind = i, tag[2:]
    return out
