"""Choosing German NER features on folds of the training data (``bench/de_ner_cv.py``)."""

from __future__ import annotations

import gzip
from pathlib import Path

from bench import de_ner_cv

from newsgraph.models.train_de_ner import train


def test_every_fifth_sentence_is_held_out_and_never_fitted() -> None:
    data = [([f"w{i}"], ["O"]) for i in range(12)]
    fit, held = de_ner_cv.fold(data, 2)
    assert [w[0] for w, _ in held] == ["w2", "w7"]
    assert len(fit) == 10 and not set(map(str, held)) & set(map(str, fit))


def test_the_shipped_word_clusters_without_the_name_classes(tmp_path: Path) -> None:
    path = tmp_path / "gaz.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("berlin\tLOC ~64:3 ~256:17\ndpa\tKORG low\n")
    assert de_ner_cv.shipped_clusters(path) == {"berlin": ["~64:3", "~256:17"]}


def test_errors_list_missed_and_false_names(tmp_path: Path) -> None:
    data = [
        (["Merkel", "besucht", "Berlin", "."], ["B-PER", "O", "B-LOC", "O"]),
        (["Scholz", "besucht", "Paris", "."], ["B-PER", "O", "B-LOC", "O"]),
    ] * 5
    model = tmp_path / "m.crfsuite"
    train(data, {}, model, 20)
    test = [(["Berlin", "besucht", "Merkel", "."], ["B-ORG", "O", "B-PER", "O"])]
    lines = de_ner_cv.errors(model, test, {}).splitlines()
    assert "miss\tORG\tBerlin" in lines
    assert all(line.split("\t")[0] in ("miss", "false") for line in lines)


def test_tags_are_one_json_list_a_held_out_sentence(tmp_path: Path) -> None:
    data = [(["Merkel", "besucht", "Berlin", "."], ["B-PER", "O", "B-LOC", "O"])] * 5
    model = tmp_path / "m.crfsuite"
    train(data, {}, model, 20)
    lines = de_ner_cv.tags(model, data[:2], {}).splitlines()
    assert lines == ['["U-PER", "O", "U-LOC", "O"]'] * 2
