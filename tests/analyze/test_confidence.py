"""The decision layer: the shipped model fits the features, scores lie in [0, 1], the
minimum confidence is honoured, and the ruled-out candidates are gone."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.analyze import confidence
from newsgraph.analyze.confidence.features import NAMES
from newsgraph.article import Statement
from newsgraph.pipeline import Options

TEXT = (
    "Bundeskanzler Olaf Scholz sagte am Montag, die Lage sei ernst. „Wir werden alles tun, "
    "was nötig ist“, sagte er. Die Ministerin hofft, dass die Preise bald sinken."
)


def test_the_shipped_model_fits_the_features() -> None:
    model = confidence.model()
    assert model is not None, "features changed: retrain with `make model`"
    assert len(model.weights) == len(model.mean) == len(model.scale) == len(NAMES)
    assert 0.0 <= model.drop_below <= 0.5


def test_every_statement_has_a_confidence_in_range() -> None:
    article = newsgraph.process(TEXT, format="plain", language="de")
    assert article.statements
    assert all(s.confidence is not None and 0 <= s.confidence <= 1 for s in article.statements)


def test_minimum_confidence_leaves_out_less_sure_statements() -> None:
    everything = newsgraph.process(TEXT, format="plain", language="de")
    scores = sorted(s.confidence or 0 for s in everything.statements)
    strict = newsgraph.process(
        TEXT, format="plain", language="de", options=Options(min_confidence=scores[-1])
    )
    assert 0 < len(strict.statements) <= len(everything.statements)
    assert all((s.confidence or 0) >= scores[-1] for s in strict.statements)
    assert confidence.confident(everything, 1.01).statements == []


def test_attitudes_are_ruled_out_but_speech_is_not() -> None:
    article = newsgraph.process(TEXT, format="plain", language="de")
    assert not any("Preise" in s.text for s in article.statements)
    assert any("Lage sei ernst" in s.text for s in article.statements)


def test_a_cue_after_a_modal_is_ruled_out() -> None:
    """English: "can recommend" says what could be said, "recommended" what was."""
    from newsgraph.analyze.statements import find
    from newsgraph.analyze.statements.rules import rules

    text = (
        "A good planner can recommend cheaper caterers for the party. "
        "The planner recommended cheaper caterers for the party."
    )
    article = newsgraph.process(
        text, format="plain", language="en", options=Options(skip=frozenset({"confidence"}))
    )
    found = find(text, "en")
    assert [s.cue.text for s in found if s.cue] == ["recommend", "recommended"]
    out = [confidence.ruled_out(article, s, rules("en")) for s in found]
    assert out == [True, False]


def test_training_is_deterministic() -> None:
    pytest.importorskip("sklearn")
    from newsgraph.models.train_attribution import train

    xs = [[1.0, float(i % 2), float(i % 3), i / 10] + [0.0] * (len(NAMES) - 4) for i in range(60)]
    ys = [int(i % 2 == 0 or i % 3 == 0) for i in range(60)]
    groups = [i // 6 for i in range(60)]
    assert train(xs, ys, groups, 50) == train(xs, ys, groups, 50)


def test_a_far_speaker_with_someone_named_between_is_told_apart() -> None:
    """The features see how far the speaker is from the words and who is named between."""
    from newsgraph.analyze.confidence.features import features
    from newsgraph.analyze.statements.rules import rules

    text = (
        "Kanzler Olaf Scholz sagte, die Lage sei ernst. Ministerin Eva Lang traf Jo Brand "
        "am Montag in Berlin. Man werde alles tun, um zu helfen."
    )
    article = newsgraph.process(text, format="plain", language="de", options=Options())
    near = article.statements[0]
    far = Statement(
        "s9",
        "indirect",
        "Man werde alles tun",
        text.index("Man"),
        len(text) - 1,
        speaker=near.speaker,
    )
    at = {name: i for i, name in enumerate(NAMES)}
    f_near = features(article, near, rules("de"))
    f_far = features(article, far, rules("de"))
    assert f_near[at["speaker_gap_log"]] < f_far[at["speaker_gap_log"]]
    assert f_near[at["others_between_log"]] == 0 < f_far[at["others_between_log"]]
    assert f_near[at["entity_speaks_log"]] > 0
