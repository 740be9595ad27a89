"""The German NER data in ``../shared/data/ner``, read as sentences of words and BIO tags
over PER/ORG/LOC/MISC, in GermEval 2014's conventions.

- GermEval 2014 dev + test (CC BY 4.0): the last ``HOLDOUT`` test sentences are kept aside.
- Europeana newspapers (CC0): historical OCR text, trained on as another domain.
- SmartData (DFKI, CC BY 4.0; news, RSS and tweets): documents with typed character spans,
  cut into tokens and sentences by newsgraph's own tokenizer (what the tagger sees at run
  time). ``test.json.gz`` is kept aside; its news documents are the benchmark.
- MobIE (DFKI, CC BY 4.0; tweets and traffic reports, CoNLL format): ``test`` kept aside.

SmartData and MobIE type more than names: "Berliner" (an adjective) and "Klinikkette" (a
common noun) are locations and companies there, GermEval's ``LOCderiv`` and no name. Their
mentions are kept as names only where GermEval would tag them (``as_name``): every word
capitalised but inner connecting words, a single word no common noun, no "-er"/"-isch"
derivation of a place. Streets and stops are LOC, as in GermEval; routes ("S4", "A 7"),
dates, numbers, positions and triggers are no names.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgraph.analyze.entities.features import Lexicon, lexicon
from newsgraph.analyze.entities.tokens import sentences, tokenize

HOLDOUT = 1100  # sentences at the end of GermEval's test file
Sentence = tuple[list[str], list[str]]

# SmartData and MobIE types -> ours; anything else is no name.
DFKI_TYPES = {
    "person": "PER",
    "organization": "ORG",
    "organization-company": "ORG",
    "location": "LOC",
    "location-city": "LOC",
    "location-street": "LOC",
    "location-stop": "LOC",
}
# Lower-case words that may stand inside a name ("Bank of England", "Institut für Arbeit").
_INNER = frozenset(
    [
        "von",
        "van",
        "der",
        "den",
        "des",
        "dem",
        "de",
        "du",
        "la",
        "le",
        "of",
        "and",
        "the",
        "for",
        "für",
        "und",
        "am",
        "an",
        "im",
        "in",
        "zu",
        "zur",
        "zum",
        "auf",
        "bei",
        "&",
        "-",
        "/",
        ".",
        "y",
        "e",
        "i",
    ]
)
_DERIV = re.compile(r"(er|ern|isch|ische|ischen|ischer|isches|ischem)$")


# -- GermEval and Europeana ----------------------------------------------------------------------
def _germeval_tag(tag: str) -> str:
    """Outer GermEval tag -> BIO over PER/ORG/LOC/MISC; derivations and parts are not names."""
    if tag == "O" or tag.endswith(("deriv", "part")):
        return "O"
    prefix, kind = tag.split("-", 1)
    return f"{prefix}-{'MISC' if kind == 'OTH' else kind}"


def read_germeval(path: Path) -> list[Sentence]:
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#"):
                continue
            if len(cols) < 3:
                if words:
                    out.append((words, tags))
                words, tags = [], []
                continue
            words.append(cols[1])
            tags.append(_germeval_tag(cols[2]))
    if words:
        out.append((words, tags))
    return out


def read_europeana(path: Path, longest: int = 60) -> list[Sentence]:
    """The OCR newspapers have no sentence breaks: cut after full stops (or every
    ``longest`` tokens), never inside a name."""
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            cols = line.split()
            if len(cols) != 2:
                continue
            tag = cols[1] if cols[1] != "I-MISC" else "O"
            words.append(cols[0])
            tags.append(tag)
            if (cols[0] in ".!?" or len(words) >= longest) and tag == "O":
                out.append((words, tags))
                words, tags = [], []
    if words:
        out.append((words, tags))
    return out


def germeval(shared: Path) -> tuple[list[Sentence], list[Sentence]]:
    """``(train, kept_aside)`` of GermEval 2014."""
    ner = shared / "data" / "ner" / "germeval2014"
    test = read_germeval(ner / "NER-de-test.tsv.gz")
    return read_germeval(ner / "NER-de-dev.tsv.gz") + test[:-HOLDOUT], test[-HOLDOUT:]


def europeana_sentences(shared: Path) -> list[Sentence]:
    out: list[Sentence] = []
    for path in sorted((shared / "data" / "ner" / "europeana-de").glob("*.bio.gz")):
        out += read_europeana(path)
    return out


# -- SmartData and MobIE -------------------------------------------------------------------------
def as_name(words: list[str], kind: str, lex: Lexicon) -> bool:
    """Whether a SmartData/MobIE mention is a name in GermEval's sense (see the module)."""
    words = [w.lstrip("#@") for w in words]
    if not words or (not words[0][:1].isupper() and not words[0][:1].isdigit()):
        return False
    if any(not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _INNER) for w in words):
        return False
    if len(words) == 1:
        word = words[0]
        if lex.noun(word) == "nn" or (kind == "LOC" and _DERIV.search(word.lower())):
            return False  # "Klinikkette", "Konzern"; "Berliner", "Schweizer", "bayerischen"
    return True


def _bio(words: list[str], mentions: list[tuple[int, int, str]], lex: Lexicon) -> list[str]:
    """BIO tags from ``(first, end, type)`` token mentions: outermost mentions first, the
    longer of two overlapping ones wins; mentions that are no names are dropped."""
    tags = ["O"] * len(words)
    for first, end, kind in sorted(mentions, key=lambda m: (m[0] - m[1], m[0])):
        if any(t != "O" for t in tags[first:end]) or not as_name(words[first:end], kind, lex):
            continue
        tags[first] = f"B-{kind}"
        for i in range(first + 1, end):
            tags[i] = f"I-{kind}"
    return tags


def _json_documents(path: Path) -> Iterator[dict[str, Any]]:
    """SmartData's files are a stream of pretty-printed JSON documents."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        text = fh.read()
    decoder, pos = json.JSONDecoder(), 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return
        doc, pos = decoder.raw_decode(text, pos)
        yield doc


def read_smartdata(
    path: Path, sources: tuple[str, ...] = ("news", "rss", "tweet")
) -> list[Sentence]:
    """SmartData documents of the given sources (``news``, ``rss``, ``tweet``) as sentences
    cut by newsgraph's tokenizer; a mention counts for the tokens it covers whole."""
    lex = lexicon("de")
    out: list[Sentence] = []
    for doc in _json_documents(path):
        refids = doc.get("refids") or {}
        if (refids.get("map") or {}).get("source") not in sources:
            continue
        text: str = doc["text"]["string"]
        spans = [
            (m["span"]["start"], m["span"]["end"], DFKI_TYPES[m["type"]])
            for m in (doc.get("conceptMentions") or {}).get("array", [])
            if m["type"] in DFKI_TYPES
        ]
        for sent in sentences(text, tokenize(text)):
            words = [t.text for t in sent]
            mentions = []
            for start, end, kind in spans:
                inside = [i for i, t in enumerate(sent) if start <= t.start and t.end <= end]
                if inside and inside[-1] - inside[0] + 1 == len(inside):
                    mentions.append((inside[0], inside[-1] + 1, kind))
            out.append((words, _bio(words, mentions, lex)))
    return out


def read_mobie(path: Path) -> list[Sentence]:
    """MobIE's CoNLL file (word, POS, chunk, BIO tag; blank lines between sentences)."""
    lex = lexicon("de")
    out: list[Sentence] = []
    words: list[str] = []
    mentions: list[tuple[int, int, str]] = []

    def flush() -> None:
        if words:
            out.append((list(words), _bio(words, mentions, lex)))
        words.clear()
        mentions.clear()

    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4 or cols[0].startswith("-DOCSTART-"):
                flush()
                continue
            tag = cols[3]
            kind = DFKI_TYPES.get(tag[2:], "")
            if tag.startswith("B-") and kind:
                mentions.append((len(words), len(words) + 1, kind))
            elif tag.startswith("I-") and kind and mentions and mentions[-1][1] == len(words):
                first, _, k = mentions[-1]
                mentions[-1] = (first, len(words) + 1, k)
            words.append(cols[0])
    flush()
    return out


def dfki(shared: Path, part: str) -> list[Sentence]:
    """SmartData (all sources) and MobIE, ``part`` "train" (MobIE's dev part included) or
    "test"."""
    ner = shared / "data" / "ner"
    out = read_smartdata(ner / "smartdata" / f"{part}.json.gz")
    for name in ("train", "dev") if part == "train" else (part,):
        out += read_mobie(ner / "mobie" / f"{name}.conll2003.gz")
    return out


def smartdata_news_test(shared: Path) -> list[Sentence]:
    """The benchmark's SmartData part: the news documents of the test file."""
    return read_smartdata(shared / "data" / "ner" / "smartdata" / "test.json.gz", ("news",))
