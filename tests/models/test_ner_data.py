"""Reading SmartData and MobIE in GermEval's conventions (``models/ner_data.py``), on small
files written here."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from newsgraph.analyze.entities.features import lexicon
from newsgraph.models import ner_data


def test_only_names_in_germeval_s_sense_are_kept() -> None:
    lex = lexicon("de")
    assert ner_data.as_name(["Deutsche", "Bahn"], "ORG", lex)
    assert ner_data.as_name(["Bank", "of", "England"], "ORG", lex)
    assert not ner_data.as_name(["Berliner"], "LOC", lex)  # an adjective: LOCderiv
    assert not ner_data.as_name(["Konzern"], "ORG", lex)  # a common noun
    assert not ner_data.as_name(["Deutschlands", "größte", "Fluggesellschaft"], "ORG", lex)
    assert ner_data.as_name(["#DeutscheBahn"], "ORG", lex)  # a hashtag
    assert not ner_data.as_name(["#Bahn"], "ORG", lex)  # "Bahn" is a common noun


def _smartdata(path: Path, docs: list[tuple[str, str, list[tuple[str, str]]]]) -> None:
    """Documents as SmartData writes them: pretty-printed JSON one after another."""
    out = []
    for source, text, mentions in docs:
        concepts = []
        for surface, kind in mentions:
            m = re.search(rf"(?<!\w){re.escape(surface)}(?!\w)", text)
            assert m is not None, surface
            concepts.append({"span": {"start": m.start(), "end": m.end()}, "type": kind})
        doc = {
            "text": {"string": text},
            "refids": {"map": {"source": source}},
            "conceptMentions": {"array": concepts},
        }
        out.append(json.dumps(doc, indent=2))
    path.write_bytes(gzip.compress("\n".join(out).encode("utf-8")))


def test_smartdata_documents_become_sentences_with_bio_tags(tmp_path: Path) -> None:
    path = tmp_path / "test.json.gz"
    text = (
        "Die Berliner Vivantes Kliniken streiken. Verdi-Chef Frank Werneke ist in Berlin.\n"
        "Die S4 fährt."
    )
    mentions = [
        ("Berliner", "location-city"),
        ("Vivantes Kliniken", "organization-company"),
        ("Frank Werneke", "person"),
        ("Berlin", "location-city"),
        ("S4", "location-route"),
    ]
    _smartdata(path, [("news", text, mentions), ("tweet", "Stau auf der A7 bei Kassel", [])])
    sents = ner_data.read_smartdata(path, ("news",))
    assert len(sents) == 3
    tagged = [(w, t) for words, tags in sents for w, t in zip(words, tags, strict=True)]
    assert [t for w, t in tagged if t != "O"] == ["B-ORG", "I-ORG", "B-PER", "I-PER", "B-LOC"]
    assert len(ner_data.read_smartdata(path)) == 4  # all sources


def test_mobie_conll_with_nested_types_mapped(tmp_path: Path) -> None:
    path = tmp_path / "test.conll2003.gz"
    rows = [
        "-DOCSTART- -1- O O",
        "",
        "Störung\tNN\tI-NN\tB-trigger",
        "bei\tAPPR\tI-AP\tO",
        "der\tART\tI-AR\tO",
        "S-Bahn\tNN\tI-NN\tB-organization-company",
        "Hamburg\tNE\tI-NE\tI-organization-company",
        "am\tAPPR\tI-AP\tO",
        "Hauptbahnhof\tNN\tI-NN\tB-location-stop",
        "Altona\tNE\tI-NE\tI-location-stop",
        "",
    ]
    path.write_bytes(gzip.compress("\n".join(rows).encode("utf-8")))
    [(words, tags)] = ner_data.read_mobie(path)
    assert words[3:5] == ["S-Bahn", "Hamburg"]
    assert tags == ["O", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "I-LOC"]
