"""Identity keys: the team's labelled pairs (bench/data/identity_pairs.tsv) and a few rules."""

from __future__ import annotations

from pathlib import Path

from newsgraph.analyze.entities import keys

PAIRS = Path(__file__).resolve().parents[2] / "bench" / "data" / "identity_pairs.tsv"


def _pairs() -> list[tuple[str, str, str, bool]]:
    out = []
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "type\t")) or not line.strip():
            continue
        kind, a, b, label = line.split("\t")
        out.append((kind, a, b, label == "same"))
    return out


def test_at_least_150_pairs_of_both_kinds() -> None:
    pairs = _pairs()
    assert len(pairs) >= 150
    assert sum(same for *_, same in pairs) >= 60
    assert sum(not same for *_, same in pairs) >= 60


def test_identity_pairs_precision_and_recall() -> None:
    tp = fp = fn = 0
    for kind, a, b, same in _pairs():
        equal = keys.key(kind, a) == keys.key(kind, b)
        tp += equal and same
        fp += equal and not same
        fn += same and not equal
    assert tp / (tp + fp) >= 0.97
    assert tp / (tp + fn) >= 0.90


def test_seed_spellings() -> None:
    assert keys.person("Wolodymyr Selenskyj") == keys.person("Volodymyr Zelenskyy")
    assert keys.person("Andrij Jermak") != keys.person("Andrij Sybiha")
    assert keys.place("Kyjiw") == keys.place("Kiew") == keys.place("Kyiv") == keys.place("Kiev")
    assert keys.place("Dschidda") == keys.place("Jeddah")
    assert keys.place("Russlands") == keys.place("Russia")


def test_name_parts() -> None:
    assert keys.person("Ursula von der Leyen").startswith("per:vonderleien:")
    assert keys.person("von der Leyen") == keys.person("Von der Leyen") == "per:vonderleien"
    assert keys.person("Baschar al-Assad") == keys.person("Bashar Assad")
    assert keys.person("Vitali Klitschko") != keys.person("Wladimir Klitschko")


def test_unknown_names_fall_back_to_skeletons() -> None:
    assert keys.place("Kleinkleckersdorf") == "loc:kleinklekersdorf"
    assert keys.organisation("Rheinmetall") == "org:rheinmetal"
    assert keys.key("MISC", "Oscar") == "misc:oscar"
