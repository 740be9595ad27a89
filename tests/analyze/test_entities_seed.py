"""Acceptance on the seed article (../shared): sixteen people with their roles, and
places whose keys equal those of the English article on the same events."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.analyze.entities import keys
from newsgraph.article import Article, Entity
from tests.conftest import ROOT

# Surname -> roles the article gives (each must be among the entity's roles), in the
# nominative they are shown in ("die ukrainische Präsident" -> "ukrainischer Präsident").
PEOPLE = {
    "Waltz": ["Nationaler Sicherheitsberater der USA"],
    "Rubio": ["US-Außenminister"],
    "Jermak": ["Leiter des ukrainischen Präsidentenbüros"],
    "Sybiha": ["ukrainischer Außenminister"],
    "Umerow": ["ukrainischer Verteidigungsminister"],
    "Palissa": ["Vizechef der ukrainischen Präsidialkanzlei"],
    "Selenskyj": ["ukrainischer Präsident"],
    "Trump": ["US-Präsident"],
    "Putin": ["Russlands Präsident", "russischer Präsident"],
    "Peskow": ["Kreml-Sprecher"],
    "Ratcliffe": ["CIA-Chef"],
    "Naryschkin": [],
    "Baerbock": ["deutsche Außenministerin", "Grüne"],
    "von der Leyen": ["Kommissionspräsidentin der Europäischen Union"],
    "Costa": ["EU-Ratspräsident"],
    "Macron": ["Frankreichs Präsident"],
}


def _person(article: Article, surname: str) -> Entity:
    found = [e for e in article.entities if e.type == "PER" and e.name.endswith(surname)]
    assert len(found) == 1, f"{surname}: {[e.name for e in found]}"
    return found[0]


@pytest.mark.parametrize("surname", PEOPLE)
def test_every_person_with_roles(seed: Article, surname: str) -> None:
    person = _person(seed, surname)
    for role in PEOPLE[surname]:
        assert role in person.roles, (surname, person.roles)


def test_exactly_these_people(seed: Article) -> None:
    people = [e for e in seed.entities if e.type == "PER" and not e.key.startswith("anon:")]
    assert len(people) == len(PEOPLE), [e.name for e in people]


def test_mentions_point_into_their_parts(seed: Article) -> None:
    for entity in seed.entities:
        for m in entity.mentions:
            assert seed.part(m.part)[m.start : m.end] == m.text, (entity.name, m)


def test_places_share_keys_with_the_english_article(seed: Article) -> None:
    english = newsgraph.process(
        text=(ROOT / "examples" / "en_meridian_geneva_energy.html").read_text(encoding="utf-8"),
        format="html",
    )
    english_keys = {e.key: e for e in english.entities if e.type == "LOC"}
    for german, name in [("Kyjiw", "Kyiv"), ("Moskau", "Moscow"), ("Washington", "Washington")]:
        entity = next(e for e in seed.entities if e.name == german)
        assert entity.type == "LOC"
        assert entity.key in english_keys and english_keys[entity.key].name == name
    dschidda = next(e for e in seed.entities if e.name == "Dschidda")
    assert dschidda.type == "LOC" and dschidda.key == keys.place("Jeddah")


def test_people_keys_match_english_spellings(seed: Article) -> None:
    assert _person(seed, "Selenskyj").key == keys.person("Volodymyr Zelensky")
    assert _person(seed, "Peskow").key == keys.person("Dmitry Peskov")
    assert _person(seed, "Jermak").key == keys.person("Andriy Yermak")
    assert _person(seed, "Naryschkin").key == keys.person("Sergei Naryshkin")


def test_same_event_in_two_languages_shares_people() -> None:
    german = newsgraph.process(
        text=(ROOT / "examples" / "de_dump_weltecho_genf.txt").read_text(encoding="utf-8"),
        format="text",
    )
    english = newsgraph.process(
        text=(ROOT / "examples" / "en_meridian_geneva_energy.html").read_text(encoding="utf-8"),
        format="html",
    )

    def people(a: Article) -> set[str]:
        return {e.key for e in a.entities if e.type == "PER"}

    assert len(people(german) & people(english)) >= 4
