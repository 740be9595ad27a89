"""Speakers become entities (``Speaker.entity``): names, pronouns, descriptions, unnamed
sources. The sentences are ours, one per kind of error the attribution issue lists."""

from __future__ import annotations

import newsgraph
from newsgraph.analyze import speakers
from newsgraph.analyze.entities import keys
from newsgraph.article import Article, Entity, Mention, Span, Speaker, Statement
from newsgraph.pipeline import stage_names

TEXT = "US-Außenminister Marco Rubio sagte, man sei bereit. Rubio und Waltz reisten ab."


def _article(spoken: list[tuple[str, str | None]]) -> Article:
    """TEXT with the given speaker mentions (found in TEXT) and resolved names."""
    article = Article(source=newsgraph.Source("<test>"), format="plain", language="de")
    article.text = TEXT + " Die Agentur Tass meldete, Experten seien skeptisch. Er ging."
    rubio = [Mention(17, 28, "Marco Rubio"), Mention(52, 57, "Rubio")]
    tass = article.text.index("Tass")
    article.entities = [
        Entity("e1", "PER", "Marco Rubio", keys.person("Marco Rubio"), ["Außenminister"], rubio),
        Entity("e2", "PER", "Waltz", keys.person("Waltz"), [], [Mention(62, 67, "Waltz")]),
        Entity("e3", "ORG", "Tass", keys.key("ORG", "Tass"), [], [Mention(tass, tass + 4, "Tass")]),
    ]
    article.statements = []
    for i, (said, name) in enumerate(spoken, 1):
        start = article.text.index(said)
        end = start + len(said)
        speaker = Speaker(said, start, end, name=name)  # the words follow their speaker
        statement = Statement(f"s{i}", "indirect", "x", end, end + 1, speaker=speaker)
        article.statements.append(statement)
    return article


def _entities(article: Article) -> list[str | None]:
    return [s.speaker.entity for s in article.statements if s.speaker]


def test_speaker_mention_naming_a_person() -> None:
    article = speakers.stage(_article([("US-Außenminister Marco Rubio", "Marco Rubio")]))
    assert _entities(article) == ["e1"]


def test_pronoun_and_surname_by_resolved_name_carry_the_canonical_name() -> None:
    article = speakers.stage(_article([("Er", "Marco Rubio"), ("Rubio", "Rubio")]))
    assert _entities(article) == ["e1", "e1"]
    assert all(s.speaker and s.speaker.name == "Marco Rubio" for s in article.statements)


def test_body_group_and_unnamed_source() -> None:
    article = speakers.stage(
        _article([("Die Agentur Tass", "Tass"), ("Rubio und Waltz", None), ("Experten", None)])
    )
    tass, group, experts = _entities(article)
    assert (tass, group) == ("e3", None)
    unnamed = next(e for e in article.entities if e.id == experts)
    assert unnamed.key.startswith("anon:") and unnamed.name == "Experten"


def test_round_trip_and_stage_order() -> None:
    article = speakers.stage(_article([("Rubio", "Marco Rubio")]))
    back = Article.from_json(article.to_json())
    assert back.statements[0].speaker == article.statements[0].speaker
    old: dict[str, object] = article.to_dict()
    old["schema"] = "newsgraph.article/1"
    del old["statements"][0]["part"]  # type: ignore[index]
    assert Article.from_dict(old).statements[0].part == "text"
    names = stage_names()
    assert names.index("entities") < names.index("speakers")
    assert names.index("statements") < names.index("speakers")


def test_pronoun_mentions_are_kept_on_the_entity_but_are_no_name_forms() -> None:
    article = newsgraph.process(
        "Finance minister Ruth Okafor presented the budget on Tuesday. "
        '"This is a fair budget," she said.',
        format="plain",
        language="en",
    )
    okafor = next(e for e in article.entities if e.name == "Ruth Okafor")
    kinds = {m.text: m.kind for m in okafor.mentions}
    assert kinds.get("she") == "pronoun"
    assert all(s.speaker and s.speaker.entity == okafor.id for s in article.statements)


def test_seed_rubio_statements_point_to_marco_rubio(seed: Article) -> None:
    rubio = [e for e in seed.entities if e.name == "Marco Rubio"]
    assert len(rubio) == 1
    said = [s for s in seed.statements if s.speaker and s.speaker.name == "Marco Rubio"]
    assert said and all(s.speaker and s.speaker.entity == rubio[0].id for s in said)
    ids = {e.id for e in seed.entities}
    linked = [s.speaker.entity for s in seed.statements if s.speaker and s.speaker.entity]
    assert all(i in ids for i in linked) and len(linked) >= len(said)


def _eva_lang(text: str) -> Entity:
    """The person Eva Lang, named once in ``text``."""
    at = text.index("Eva Lang")
    return Entity(
        "e1", "PER", "Eva Lang", keys.person("Eva Lang"), [], [Mention(at, at + 8, "Eva Lang")]
    )


def _two(first: str, second: str) -> Article:
    """A person quoted, then a quote whose mention is ``second``, both in one text."""
    article = Article(source=newsgraph.Source("<test>"), format="plain", language="de")
    article.text = f"{first} sagte, man investiere. „Sie muss einen Mehrwert bieten“, so {second}."
    article.entities = [_eva_lang(article.text)]
    article.statements = []
    for i, said in enumerate((first, second), 1):
        start = article.text.index(said)
        content = article.text.index("„") if i == 2 else start + len(first) + 7
        speaker = Speaker(said, start, start + len(said))
        article.statements.append(
            Statement(f"s{i}", "direct", "x", content, content + 5, speaker=speaker)
        )
    return article


def test_a_thing_is_no_speaker_the_quote_goes_on_with_who_spoke_last() -> None:
    """ "die Technik" names a thing (a common noun, no role): the quote is the last
    speaker's; a name the noun list lacks ("die Haspa") stays the speaker."""
    article = speakers.stage(_two("Rektorin Eva Lang", "die Technik"))
    assert _entities(article) == ["e1", "e1"]
    article = speakers.stage(_two("Rektorin Eva Lang", "die Haspa"))
    haspa = article.statements[1].speaker
    assert haspa is not None and haspa.text == "die Haspa" and haspa.entity != "e1"


def test_a_place_before_the_head_only_says_whose() -> None:
    """ "Irans Justiz": the place says whose judiciary speaks; "Washington" alone speaks."""
    for said, expected in (("Irans Justiz", None), ("Washington", "e9")):
        article = Article(source=newsgraph.Source("<test>"), format="plain", language="de")
        article.text = f"{said} erklärte, der Bericht sei Propaganda."
        word = said.split()[0]
        place = Entity("e9", "LOC", word, keys.key("LOC", word), [], [Mention(0, len(word), word)])
        article.entities = [place]
        speaker = Speaker(said, 0, len(said))
        article.statements = [Statement("s1", "indirect", "x", 24, 48, speaker=speaker)]
        speakers.stage(article)
        found = article.statements[0].speaker
        assert found is not None and (found.entity == "e9") == (expected == "e9"), said


def _continued(between: str, kind: str = "direct", cue: bool = False) -> Article:
    """Eva Lang quoted, then ``between``, then a quote without a frame of its own."""
    article = Article(source=newsgraph.Source("<test>"), format="plain", language="de")
    first = "„Die KI erklärt alles“, sagt die Schülerin Eva Lang."
    article.text = f"{first} {between} „Man kann es mehrfach lesen.“"
    article.entities = [_eva_lang(article.text)]
    if "Jan Ott" in between:
        ott = article.text.index("Jan Ott")
        article.entities.append(
            Entity(
                "e2",
                "PER",
                "Jan Ott",
                keys.person("Jan Ott"),
                [],
                [Mention(ott, ott + 7, "Jan Ott")],
            )
        )
    said = article.text.index("die Schülerin")
    speaker = Speaker("die Schülerin Eva Lang", said, said + 22)
    quote = article.text.rindex("„")
    article.statements = [
        Statement("s1", "direct", "x", 0, 22, speaker=speaker),
        Statement(
            "s2",
            kind,
            "x",
            quote,
            len(article.text),  # type: ignore[arg-type]
            cue=Span("sagt", 0, 0) if cue else None,
        ),
    ]
    return speakers.stage(article)


def test_a_quote_without_a_frame_goes_on_with_who_spoke_last() -> None:
    """A quote after sentences that name no one else is the last speaker's; someone named
    in between, a cue of its own ("hieß es") or a reported statement keep it unknown."""
    assert _entities(_continued("Nicht besser als der Lehrer. Aber schneller.")) == ["e1", "e1"]
    assert _entities(_continued("Ihr Lehrer Jan Ott sieht das anders.")) == ["e1"]
    assert _entities(_continued("Aber schneller.", cue=True)) == ["e1"]
    assert _entities(_continued("Aber schneller.", kind="reported")) == ["e1"]
    far = " ".join(["Die Klasse lernt weiter."] * 14)
    assert _entities(_continued(far)) == ["e1"]


def test_a_body_named_with_its_seat_is_the_body_not_the_place() -> None:
    """ "Das Verwaltungsgericht Berlin teilte mit": the court, a body of its own when the
    entity stage tagged only the place (or nothing: "Landgericht München I"); "das
    Gericht" then means it."""
    for court in ("Verwaltungsgericht Berlin", "Landgericht München I"):
        text = (
            f"Das {court} teilte mit, die Klage sei abgewiesen. Die Stadt habe richtig "
            "gehandelt, erklärte das Gericht."
        )
        article = newsgraph.process(text, format="plain", language="de")
        names = [s.speaker.name for s in article.statements if s.speaker is not None]
        assert names == [court, court]
        found = [e for e in article.entities if e.name == court]
        assert len(found) == 1 and found[0].type == "ORG"
