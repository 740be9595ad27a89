"""The entities stage on small texts written for these tests (German and English)."""

from __future__ import annotations

import newsgraph
from newsgraph.analyze.entities import find, keys
from newsgraph.article import Article, Entity, Mention, Source

GERMAN = (
    "Bundeskanzler Olaf Scholz hat am Montag in Berlin den französischen Präsidenten "
    "Emmanuel Macron empfangen. Scholz sagte, man sei sich in allen Fragen einig.\n\n"
    "Die deutsche Außenministerin Annalena Baerbock (Grüne) reiste unterdessen nach Kiew. "
    "Dort traf sie den Leiter des Präsidialamts, Andrij Jermak."
)
ENGLISH = (
    "Secretary of State Marco Rubio met Ukrainian officials in Jeddah on Tuesday. Rubio said "
    "the ball was now in Russia's court.\n\nKremlin spokesman Dmitry Peskov said Moscow would "
    "study the proposal carefully."
)


def _people(entities: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in entities if e.type == "PER"}


def test_german_people_roles_and_places() -> None:
    entities = find(GERMAN, "de")
    people = _people(entities)
    assert {"Olaf Scholz", "Emmanuel Macron", "Annalena Baerbock", "Andrij Jermak"} <= set(people)
    assert people["Olaf Scholz"].roles == ["Bundeskanzler"]
    assert [m.text for m in people["Olaf Scholz"].mentions] == ["Olaf Scholz", "Scholz"]
    assert people["Emmanuel Macron"].roles == ["französischer Präsident"]  # shown in the nominative
    assert people["Annalena Baerbock"].roles == ["deutsche Außenministerin", "Grüne"]
    assert people["Andrij Jermak"].roles == ["Leiter des Präsidialamts"]
    kiew = next(e for e in entities if e.name == "Kiew")
    assert kiew.type == "LOC" and kiew.key == keys.place("Kyiv")


def test_a_speech_verb_before_a_title_is_no_part_of_the_role() -> None:
    text = (
        "„Wir haben auf Elektromobilität gesetzt“, sagte Vorstandschef Ralf Degenhardt. "
        "Zuvor erklärte Regierungssprecher Steffen Hebestreit, die Lage sei ernst."
    )
    people = _people(find(text, "de"))
    assert people["Ralf Degenhardt"].roles == ["Vorstandschef"]
    assert people["Steffen Hebestreit"].roles == ["Regierungssprecher"]


def test_english_people_roles_and_places() -> None:
    entities = find(ENGLISH, "en")
    people = _people(entities)
    assert people["Marco Rubio"].roles == ["Secretary of State"]
    assert len(people["Marco Rubio"].mentions) == 2
    assert people["Dmitry Peskov"].roles == ["Kremlin spokesman"]
    assert people["Dmitry Peskov"].key == keys.person("Dmitri Peskow")
    places = {e.key for e in entities if e.type == "LOC"}
    assert {keys.place("Dschidda"), keys.place("Moskau"), keys.place("Russland")} <= places


def test_mentions_slice_the_text_and_ids_are_unique() -> None:
    for text, language in ((GERMAN, "de"), (ENGLISH, "en")):
        entities = find(text, language)
        assert len({e.id for e in entities}) == len(entities)
        for e in entities:
            assert e.mentions
            for m in e.mentions:
                assert text[m.start : m.end] == m.text


def test_no_common_noun_is_a_person() -> None:
    text = "Der Präsident sagte, die Russen und die Regierung seien bereit. Bild: dpa"
    assert not [e for e in find(text, "de") if e.type == "PER"]


def test_other_languages_and_empty_text_have_no_entities() -> None:
    assert find("Le président Emmanuel Macron a parlé.", "fr") == []
    assert find("   ", "de") == []


def test_stage_in_the_pipeline_and_json_round_trip() -> None:
    article = newsgraph.process(text=GERMAN, format="plain", language="de")
    assert any(e.name == "Olaf Scholz" for e in article.entities)
    for what, start, end, surface in article.spans():
        assert article.text[start:end] == surface, what
    again = Article.from_json(article.to_json())
    assert again.entities == article.entities


def test_entity_json_shape() -> None:
    article = Article(source=Source("x"), format="plain", text="Olaf Scholz")
    mention = Mention(0, 11, "Olaf Scholz")
    article.entities = [Entity("e1", "PER", "Olaf Scholz", "per:sholz:ol", [], [mention])]
    d = article.to_dict()["entities"][0]
    assert d == {
        "id": "e1",
        "type": "PER",
        "name": "Olaf Scholz",
        "key": "per:sholz:ol",
        "roles": [],
        "mentions": [
            {"start": 0, "end": 11, "text": "Olaf Scholz", "part": "text", "kind": "name"}
        ],
    }


def test_english_surname_first_names_and_lone_things() -> None:
    text = (
        "Wong Kwok-kin and Leung Yiu-chung won seats. Helena Wong and Michael Leung lost. "
        "The Hajj drew millions, Scientology said."
    )
    entities = find(text, "en")
    people = _people(entities)
    assert {"Wong Kwok-kin", "Leung Yiu-chung"} <= set(people), sorted(people)
    assert not any(e.type == "LOC" and e.name == "Scientology" for e in entities)
    assert "Hajj" not in people
