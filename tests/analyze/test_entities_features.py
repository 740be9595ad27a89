"""The German CRF's features: a Featuriser that remembers words gives the features of
each sentence as it stands, whatever it read before."""

from __future__ import annotations

from newsgraph.analyze.entities import features

GAZ = {
    "moskau": "LOC ~8:3",
    "new york": "LOC",
    "new": "low ~8:1",
    "york": "LOC",
    "zeitung": "low ~256:7",
}
LEX = features.Lexicon(roles=frozenset(["sprecher"]), org_heads=frozenset(["zeitung"]))

SENTENCES = [
    ["Die", "„", "Ostsee-Zeitung", "“", "berichtet", "aus", "New", "York", "."],
    ["Ostsee-Zeitung", "und", "New", "Moskau", "sagte", "der", "Sprecher", "."],
    ["Die", "„", "Ostsee-Zeitung", "“", "berichtet", "aus", "New", "York", "."],
]


def test_a_remembered_word_keeps_no_features_of_where_it_stood() -> None:
    """A quoted word ("q") or part of a longer name ("mb=") has those features only
    there: the next sentence's same word has none of them."""
    fz = features.Featuriser(GAZ, LEX)
    first, second, third = (fz.sentence(s) for s in SENTENCES)
    assert "q" in first[2] and "mb=LOC" in first[6]
    assert "q" not in second[0] and not any(f.startswith("mb=") for f in second[2])
    assert "1mb=LOC" not in second[1] and "1mb=LOC" in first[5]
    assert third == first


def test_the_same_features_with_a_full_memory_and_without() -> None:
    """A memory of two words gives what a fresh one gives."""
    small = features.Featuriser(GAZ, LEX, size=2)
    for words in SENTENCES:
        assert small.sentence(words) == features.Featuriser(GAZ, LEX).sentence(words)
        assert small.sentence(words) == features.sentence(words, GAZ, LEX)
