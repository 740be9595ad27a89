"""Name, role, kind and number of a speaker phrase (``phrases/describe.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements import find
from newsgraph.analyze.statements.phrases.describe import describe
from newsgraph.analyze.statements.rules import rules
from tests.analyze.statements.tokens_of import tokens

DE = (
    "US-Außenminister Marco Rubio, der an den Gesprächen teilnahm, sagte, der Ball sei nun "
    "im Feld der Russen. „Wenn sie nein sagen, wissen wir Bescheid.“ Die Gegenseite verstehe "
    "das.\n\nKreml-Sprecher Dmitri Peskow sagte, man werde die Erklärung prüfen. Rubio erklärte "
    "später, es gebe „keine Eile“. Er kündigte an, am Freitag zurückzukehren."
)


def test_speaker_name_role_and_cue() -> None:
    s = find(DE, "de")[0]
    assert s.speaker is not None and s.cue is not None
    assert s.speaker.text == "US-Außenminister Marco Rubio"
    assert s.speaker.role == "US-Außenminister"
    assert s.cue.text == "sagte"


def test_english_apposition_gives_name_and_role_and_passive_gives_no_speaker() -> None:
    text = (
        "Jonas Brekke, an analyst at Skagerrak Securities, said the cuts were overdue. "
        "Land managers have been criticised in the past for burning heather."
    )
    found = find(text, "en")
    assert len(found) == 1 and found[0].speaker is not None
    assert (found[0].speaker.name, found[0].speaker.role) == (
        "Jonas Brekke",
        "analyst at Skagerrak Securities",
    )


def test_a_role_of_several_words_is_no_part_of_the_name() -> None:
    (found,) = find("Secretary of State Marco Rubio said the talks would go on.", "en")
    assert found.speaker is not None
    assert (found.speaker.name, found.speaker.role) == ("Marco Rubio", "Secretary of State")


def test_a_name_inside_an_attribute_before_the_head_is_not_the_speakers_name() -> None:
    text = (
        "In einer am Donnerstagmorgen verbreiteten Mitteilung heißt es, die Brücke "
        "bleibe bis Ende Mai gesperrt."
    )
    (statement,) = find(text, "de")
    assert statement.speaker is not None and statement.speaker.name
    assert "Mitteilung" in statement.speaker.name
    assert "Donnerstagmorgen" not in statement.speaker.name


def test_two_people_joined_after_a_comma_are_both_speakers_and_then_they() -> None:
    text = (
        "Landtagspräsidentin Helga Brandt, und Bürgermeister Jonas Wirth betonten, "
        "der Ausbau habe Vorrang. Sie sprachen von einem „guten Tag für die Stadt“."
    )
    found = find(text, "de")
    names = [s.speaker.name for s in found if s.speaker]
    assert names[0] == "Helga Brandt und Jonas Wirth"
    assert names[-1] == "Helga Brandt und Jonas Wirth"  # "Sie" are the two of them


def test_english_brand_names_stay_whole() -> None:
    found = find(
        "Tripadvisor said it would end its booking features. DeepSeek said its prices "
        "would stay low.",
        "en",
    )
    assert [s.speaker.name for s in found if s.speaker] == ["Tripadvisor", "DeepSeek"]


def test_a_role_and_a_name_and_a_description_without_a_name() -> None:
    de = rules("de")
    named = describe(tokens("Kreml-Sprecher Dmitri Peskow"), de)
    assert named is not None
    assert (named.name, named.role, named.kind) == ("Dmitri Peskow", "Kreml-Sprecher", "person")
    described = describe(tokens("der Minister"), de)
    assert described is not None and described.name is None and described.definite
    assert (described.role, described.kind, described.gender) == ("Minister", "person", "m")
