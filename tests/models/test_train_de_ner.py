"""The German NER trainer's pieces that need no ../shared: labels, place names, clusters."""

from __future__ import annotations

from newsgraph.models import train_de_ner as trainer


def test_bilou_keeps_the_spans_and_marks_ends() -> None:
    bio = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "I-ORG", "O", "I-PER"]
    out = trainer.bilou(bio)
    assert out == ["B-PER", "L-PER", "O", "U-LOC", "U-LOC", "B-ORG", "L-ORG", "O", "U-PER"]
    assert trainer.spans(out) == trainer.spans(bio)


def test_scores_count_exact_spans_of_either_scheme() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "L-PER", "O", "U-ORG"]]
    assert trainer.score(gold, pred) == {"LOC": (0, 0, 1), "ORG": (0, 1, 0), "PER": (1, 1, 1)}


def test_multi_word_place_names_with_inflected_adjectives() -> None:
    names = trainer.multi_word_places(
        ["Vereinigte Staaten", "Berlin", "New York", "bad name", "A B C D E"]
    )
    assert {"vereinigte staaten", "vereinigten staaten", "new york"} <= names
    assert "berlin" not in names and "bad name" not in names and "a b c d e" not in names


def test_word_clusters_group_words_used_alike_and_are_deterministic() -> None:
    text = []
    for city in ("Berlin", "Paris", "Rom", "Wien"):
        for verb in ("liegt", "wächst", "feiert"):
            text.append(["Die", "Stadt", city, verb, "am", "Fluss", "."])
    for noun in ("Hund", "Katze", "Maus"):
        for verb in ("schläft", "frisst", "spielt"):
            text.append(["Der", noun, verb, "heute", "viel", "."])
    clusters = trainer.word_clusters(text, levels=(6,), least=2, contexts=50, dims=5)
    assert clusters == trainer.word_clusters(text, levels=(6,), least=2, contexts=50, dims=5)
    assert len({clusters[w][0] for w in ("berlin", "paris", "rom", "wien")}) == 1
    assert len({clusters[w][0] for w in ("hund", "katze", "maus")}) == 1
    assert clusters["berlin"] != clusters["hund"]
    gaz = trainer.add_clusters({"berlin": "LOC"}, clusters)
    assert gaz["berlin"].startswith("LOC ~6:")


def test_listed_companies_with_and_without_their_legal_form() -> None:
    forms = frozenset({"ag", "se", "inc", "group", "co", "&", "kgaa"})
    assert trainer.company_forms("Deutz AG", forms) == {"Deutz AG", "Deutz"}
    assert trainer.company_forms("Adobe Inc.", forms) == {"Adobe Inc.", "Adobe"}
    assert trainer.company_forms("KSB SE & Co. KGaA", forms) == {"KSB SE & Co. KGaA", "KSB"}
    assert trainer.company_forms("Puma (brand)", forms) == {"Puma"}
    assert trainer.company_forms("Group", forms) == {"Group"}  # never emptied
    names = trainer.multi_word_names(["Deutsche Bank", "Siemens", "Munich Re", "1&1", "ab cd"])
    assert names == {"deutsche bank", "munich re"}
