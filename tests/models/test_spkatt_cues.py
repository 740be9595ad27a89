"""The German cue lexicon's builder: counts of cues, third-person cues and word forms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.models.spkatt_cues import verb_forms


def test_verb_forms_leave_out_adjectives_and_zu_infinitives() -> None:
    forms = {"warnte", "warnt", "warnende", "gewarnt", "gewarnten", "gewarnte"}
    assert verb_forms(forms) == ["gewarnt", "warnt", "warnte"]
    fused = {"ankündigte", "angekündigt", "angekündigten", "anzukündigen"}
    assert verb_forms(fused, "an") == ["angekündigt", "ankündigte"]


def _speech(path: Path) -> None:
    """Two speech events of our own, in SpkAtt's format: someone else's words and the
    speaker's own."""
    sentences = [
        "Die Ministerin räumte ein , dass die Frist knapp sei .",
        "Wir sehen , dass die Frist knapp ist .",
        "Die Kinder sehen den Film .",
    ]
    doc = {
        "Sentences": [{"SentenceId": k, "Tokens": s.split(" ")} for k, s in enumerate(sentences)],
        "Annotations": [
            {"Cue": ["0:2"], "Source": ["0:0", "0:1"], "Message": ["0:6", "0:7", "0:8", "0:9"]},
            {"Cue": ["1:1"], "Source": ["1:0"], "Message": ["1:4", "1:5", "1:6", "1:7"]},
        ],
    }
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def test_cues_are_counted_with_their_particle_and_whose_words_they_report(tmp_path: Path) -> None:
    pytest.importorskip("simplemma")
    from newsgraph.models.spkatt_cues import counts, split_particle

    _speech(tmp_path / "speech.json")
    cues, total, others = counts(tmp_path)
    assert cues["ein|räumen"] == 1 and others["ein|räumen"] == 1  # "die Ministerin"
    assert cues["sehen"] == 1 and total["sehen"] == 2 and others["sehen"] == 0  # "wir"
    assert split_particle("einräumen") == ("ein", "räumen")
    assert split_particle("antworten") == ("", "antworten")  # no verb "tworten"


def test_the_lexicon_rebuilds_byte_identically(tmp_path: Path) -> None:
    simplemma = pytest.importorskip("simplemma")
    if simplemma.__version__ != "2.0.0":
        pytest.skip("the lexicon is built with simplemma 2.0.0 (the model extra)")
    from newsgraph.models.spkatt_cues import DATA, OUT, counts, write

    data = Path(__file__).resolve().parents[2] / DATA
    if not data.is_dir():
        pytest.skip("needs ../shared/data/quotes-de-bundestag")
    write(*counts(data), path=tmp_path / "cues.tsv")
    assert (tmp_path / "cues.tsv").read_bytes() == OUT.read_bytes()
