"""Word clusters for the German tagger (``models/ner_clusters.py``)."""

from __future__ import annotations

import gzip
from pathlib import Path

from newsgraph.models import ner_clusters, ner_gazetteer


def test_word_clusters_group_words_used_alike_and_are_deterministic() -> None:
    text = []
    for city in ("Berlin", "Paris", "Rom", "Wien"):
        for verb in ("liegt", "wächst", "feiert"):
            text.append(["Die", "Stadt", city, verb, "am", "Fluss", "."])
    for noun in ("Hund", "Katze", "Maus"):
        for verb in ("schläft", "frisst", "spielt"):
            text.append(["Der", noun, verb, "heute", "viel", "."])
    clusters = ner_clusters.word_clusters(text, levels=(6,), least=2, contexts=50, dims=5)
    assert clusters == ner_clusters.word_clusters(text, levels=(6,), least=2, contexts=50, dims=5)
    assert len({clusters[w][0] for w in ("berlin", "paris", "rom", "wien")}) == 1
    assert len({clusters[w][0] for w in ("hund", "katze", "maus")}) == 1
    assert clusters["berlin"] != clusters["hund"]
    gaz = ner_gazetteer.add_clusters({"berlin": "LOC"}, clusters)
    assert gaz["berlin"].startswith("LOC ~6:")


def test_speech_paragraphs_are_read_once_as_words(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "text-de"
    folder.mkdir(parents=True)
    lines = "Der Präsident sprach in Bonn.\n\nDer Präsident sprach in Bonn.\nDanke, Frau Roth!\n"
    with gzip.open(folder / "reden.paragraphs.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write(lines)
    assert ner_clusters.speech_text(tmp_path) == [
        ["Der", "Präsident", "sprach", "in", "Bonn", "."],
        ["Danke", ",", "Frau", "Roth", "!"],
    ]
