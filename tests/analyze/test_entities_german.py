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


def test_words_that_introduce_an_organisation_mark_the_next_words() -> None:
    lex = features.lexicon("de")
    assert lex.org_trigger("Spielzeughersteller") and lex.org_trigger("Fußballklub")
    assert not lex.org_trigger("Bürgermeister")
    feats = features.sentence(["Der", "Spielzeughersteller", "Mattel", "wächst"], GAZ, lex)
    assert "ot" in feats[1] and "-1ot" in feats[2] and "-1ot" not in feats[1]


def test_an_organisation_word_before_a_place_is_marked_on_both() -> None:
    lex = features.lexicon("de")
    words = ["an", "der", "Universität", "Moskau", "und", "in", "Moskau"]
    feats = features.sentence(words, GAZ, lex)
    assert "orgplace>" in feats[2] and "<orgplace" in feats[3]
    assert "<orgplace" not in feats[6]


def test_words_of_a_short_quoted_stretch_are_marked() -> None:
    lex = features.lexicon("de")
    words = ["laut", "„", "Ostsee-Zeitung", "“", "und", "dem", "„", "Blatt", "“", "sagte", "er"]
    feats = features.sentence(words, GAZ, lex)
    assert "q" in feats[2] and "qos" in feats[2] and "q" in feats[7]
    assert "q" not in feats[1] and "q" not in feats[4] and "q" not in feats[10]
    opened = features.sentence(["„", "Er", "kam", "nicht"], GAZ, lex)
    assert not any("q" in f for f in opened)
