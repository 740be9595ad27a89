"""Statements point to their speaker's entity (``Speaker.entity``)."""

from __future__ import annotations

import newsgraph
from newsgraph.analyze import link
from newsgraph.analyze.entities import keys
from newsgraph.article import Article, Entity, Mention, Speaker, Statement
from newsgraph.pipeline import stage_names

TEXT = "US-Außenminister Marco Rubio sagte, man sei bereit. Rubio und Waltz reisten ab."


def _article(speakers: list[Speaker]) -> Article:
    article = newsgraph.process(text=TEXT, format="text")
    rubio = [Mention(17, 28, "Marco Rubio"), Mention(52, 57, "Rubio")]
    article.entities = [
        Entity("e1", "PER", "Marco Rubio", keys.person("Marco Rubio"), [], rubio),
        Entity("e2", "PER", "Waltz", keys.person("Waltz"), [], [Mention(62, 67, "Waltz")]),
        Entity("e3", "ORG", "Tass", keys.key("ORG", "Tass"), [], []),
    ]
    article.statements = [
        Statement(f"s{i}", "indirect", "x", 0, 1, speaker=s) for i, s in enumerate(speakers, 1)
    ]
    return article


def test_speaker_mention_overlapping_a_person() -> None:
    article = link.stage(_article([Speaker("US-Außenminister Marco Rubio", 0, 28)]))
    assert article.statements[0].speaker is not None
    assert article.statements[0].speaker.entity == "e1"


def test_pronoun_and_surname_by_resolved_name() -> None:
    article = link.stage(
        _article([Speaker("er", 5, 7, name="Marco Rubio"), Speaker("Rubio", 5, 7, name="Rubio")])
    )
    assert [s.speaker.entity for s in article.statements if s.speaker] == ["e1", "e1"]


def test_organisation_by_name_group_and_unknown_are_none() -> None:
    article = link.stage(
        _article(
            [
                Speaker("die Agentur Tass", 2, 4, name="Tass"),
                Speaker("Rubio und Waltz", 52, 67, name="Rubio und Waltz"),
                Speaker("Experten", 2, 4, name="Experten"),
            ]
        )
    )
    assert [s.speaker.entity for s in article.statements if s.speaker] == ["e3", None, None]


def test_round_trip_and_stage_order() -> None:
    article = link.stage(_article([Speaker("Rubio", 52, 57, name="Marco Rubio")]))
    back = Article.from_json(article.to_json())
    assert back.statements[0].speaker == article.statements[0].speaker
    assert back.statements[0].speaker is not None and back.statements[0].speaker.entity == "e1"
    old: dict[str, object] = article.to_dict()
    del old["statements"][0]["speaker"]["entity"]  # type: ignore[index]
    assert Article.from_dict(old).statements[0].speaker.entity is None  # type: ignore[union-attr]
    names = stage_names()
    assert names.index("entities") < names.index("link")
    assert names.index("statements") < names.index("link")


def test_seed_rubio_statements_point_to_marco_rubio(seed: Article) -> None:
    rubio = [e for e in seed.entities if e.name == "Marco Rubio"]
    assert len(rubio) == 1
    said = [s for s in seed.statements if s.speaker and s.speaker.name == "Marco Rubio"]
    assert said and all(s.speaker and s.speaker.entity == rubio[0].id for s in said)
    ids = {e.id for e in seed.entities}
    linked = [s.speaker.entity for s in seed.statements if s.speaker and s.speaker.entity]
    assert all(i in ids for i in linked) and len(linked) >= len(said)
