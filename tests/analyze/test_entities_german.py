"""German tagger pieces: BILOU decoding and the gazetteer features of the CRF."""

from __future__ import annotations

from newsgraph.analyze.entities import features, german


def test_spans_from_bilou_and_bio() -> None:
    assert german.spans(["U-PER", "U-PER", "B-ORG", "I-ORG", "L-ORG", "O"]) == [
        (0, 1, "PER"),
        (1, 2, "PER"),
        (2, 5, "ORG"),
    ]
    assert german.spans(["B-LOC", "I-LOC", "B-LOC", "O", "I-PER"]) == [
        (0, 2, "LOC"),
        (2, 3, "LOC"),
        (4, 5, "PER"),
    ]
    assert german.spans(["L-LOC", "I-PER"]) == [(0, 1, "LOC"), (1, 2, "PER")]


GAZ = {
    "china": "LOC",
    "moskau": "LOC",
    "vereinigten staaten": "LOC",
    "staaten": "low ~8:1",
    "und": "low ~8:2",
}


def _feats(words: list[str]) -> list[list[str]]:
    return features.sentence(words, GAZ, features.Lexicon(roles=frozenset(), org_heads=frozenset()))


def test_genitive_and_hyphen_parts_find_the_gazetteer_class() -> None:
    chinas, flughafen = _feats(["Chinas", "Moskau-Scheremetjewo"])
    assert "gs=LOC" in chinas and "g=LOC" not in chinas
    assert "gpa=LOC" in flughafen and "gpz=LOC" not in flughafen


def test_place_names_of_several_words_and_clusters() -> None:
    words = ["in", "den", "Vereinigten", "Staaten", "und"]
    feats = _feats(words)
    assert "mb=LOC" in feats[2] and "mi=LOC" in feats[3]
    assert "cl~8:1" in feats[3] and "g=low" in feats[3] and "g=~8:1" not in feats[3]
    assert "1cl~8:2" not in feats[3]  # neighbours: the 256 level only
