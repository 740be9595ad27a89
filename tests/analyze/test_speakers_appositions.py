"""Speaker mentions with an apposition, a genitive owner or a paper as the head: whose
words they are. The sentences are ours."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.analyze import speakers
from newsgraph.analyze.speakers.names import named_after_role
from newsgraph.analyze.statements.rules import rules
from newsgraph.article import Article, Speaker, Statement


def _speakers(text: str, language: str = "de") -> list[str | None]:
    article = newsgraph.process(text, format="plain", language=language)
    return [s.speaker.name if s.speaker else None for s in _said(article)]


def _resolved(text: str, language: str = "de") -> list[str | None]:
    """The entity each speaker was resolved to (None: left unresolved)."""
    article = newsgraph.process(text, format="plain", language=language)
    names = {e.id: e.name for e in article.entities}
    return [names.get(s.speaker.entity or "") if s.speaker else None for s in _said(article)]


def _said(article: Article) -> list:  # type: ignore[type-arg]
    return sorted(article.statements, key=lambda s: (s.part != "headline", s.start))


def test_a_name_before_its_apposition_is_the_speaker_not_the_name_inside_it() -> None:
    text = (
        "Donald Trump hat am Montag neue Zölle angekündigt. "
        "„Die Vereinten Nationen haben versagt“, sagte Mike Waltz, ein früherer Berater Trumps, "
        "am Dienstag in New York."
    )
    assert _speakers(text)[-1] == "Mike Waltz"


def test_a_person_named_after_a_role_and_a_comma_is_the_speaker() -> None:
    text = (
        "Donald Trump drohte der Regierung in Caracas mit Sanktionen. "
        "Der Präsident des südamerikanischen Landes, Nicolás Maduro, wirft den USA vor, "
        "es vor allem auf das Öl abgesehen zu haben."
    )
    assert _speakers(text)[-1] == "Nicolás Maduro"


def test_a_person_described_with_a_place_is_not_the_place() -> None:
    text = (
        "Philipp Sander bewirtschaftet einen Hof mit 80 Kühen. „Wir brauchen echte "
        "Perspektiven“, sagt der Landwirt aus Salzkotten im Kreis Paderborn."
    )
    assert _speakers(text) == ["Philipp Sander"]


def test_a_genitive_owner_makes_a_description_definite() -> None:
    text = (
        "Der AfD-Landeschef Björn Höcke hat die Kampagne kritisiert. In einem Video "
        "empfiehlt Thüringens AfD-Chef den Firmen, „einfach mal die Klappe zu halten“."
    )
    assert _speakers(text)[-1] == "Björn Höcke"


def test_words_of_a_paper_go_on_with_the_author_just_named() -> None:
    text = (
        "Das Kulturministerium von Guatemala teilte mit, der Fund erweitere das Bild der "
        "Maya-Städte. Die Entdeckung sei ein Schatz von nationaler Bedeutung, heißt es in "
        "einer Erklärung."
    )
    speakers = _speakers(text)
    assert len(speakers) == 2 and speakers[0] == speakers[1] is not None


def test_a_paper_after_someone_else_is_named_is_not_carried() -> None:
    text = (
        "Das Kulturministerium von Guatemala teilte mit, der Fund sei bedeutend. Die "
        "Archäologin Ana Ruiz leitete die Grabung. Die Stadt sei 2.000 Jahre alt, heißt es "
        "in einer Erklärung."
    )
    assert _speakers(text)[-1] != _speakers(text)[0]


def test_an_and_inside_a_role_after_the_head_is_no_group() -> None:
    text = (
        "„Wir sind gut vorbereitet“, sagte Dr. Silke Bargstädt-Franke, Leiterin der "
        "Abteilung Sicherheit und Identitäten im Amt."
    )
    article = newsgraph.process(text, format="plain", language="de")
    speaker = article.statements[0].speaker
    assert speaker is not None and speaker.entity is not None
    assert speaker.name == "Silke Bargstädt-Franke"



@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Schülerin Diba", "Diba", True),  # a name after a person's role
        ("Mitschüler Nicolas", "Nicolas", True),
        ("Schülerin Diba", None, False),  # the statements stage gave no name
        ("die Zeitung Bild", "Bild", False),  # a body's noun, not a person's role
        ("Schülerin Technik", "Technik", False),  # a noun, no name
    ],
)
def test_a_one_word_name_after_a_persons_role(text: str, name: str | None, expected: bool) -> None:
    speaker = Speaker(text, 0, len(text), name=name)
    assert named_after_role(speaker, rules("de")) is expected


def test_a_question_word_is_no_speaker() -> None:
    text = (
        "Wer mich erreichen will, weiß, wie das geht. Warum soll ich einen Agenten "
        "entscheiden lassen, welche Drehbücher ich lese?"
    )
    article = newsgraph.process(text, format="plain", language="de")
    assert all(s.speaker is None or s.speaker.text != "Warum" for s in article.statements)



@pytest.mark.parametrize("word", ["Weder", "Warum"])
def test_a_negation_or_question_word_read_as_the_speaker_is_dropped(word: str) -> None:
    article = Article(source=newsgraph.Source("<test>"), format="plain", language="de")
    article.text = f"{word} äußerten sich zur Identität der Getöteten."
    speaker = Speaker(word, 0, len(word), name=word)
    article.statements = [Statement("s1", "reported", "x", 30, 40, speaker=speaker)]
    speakers.stage(article)
    assert article.statements[0].speaker is None


def test_a_body_before_a_persons_role_only_says_whose() -> None:
    text = (
        "Dr Carissa Etienne, Director of the Pan American Health Organization (PAHO), spoke "
        "on Wednesday. The PAHO Director also urged countries to keep testing capacity in "
        "place."
    )
    assert _speakers(text, "en")[-1] == "Carissa Etienne"


def test_two_roles_of_one_named_person_are_no_group() -> None:
    """ "die Frauenrechtlerin und Pädagogin María Teresa Blandón" is one person with two
    roles; "Der Minister und die Kanzlerin" are two."""
    text = (
        "In Managua gingen erneut Tausende auf die Straße. Dies ist der Beginn einer „neuen "
        "Stufe der Unterdrückung“, so die nicaraguanische Frauenrechtlerin und Pädagogin "
        "María Teresa Blandón."
    )
    assert _resolved(text)[-1] == "María Teresa Blandón"


def test_two_capitalised_roles_of_one_named_person_are_no_group() -> None:
    """ "Quayside Events Co-Owner and Lead Planner Erica Vanco": the entity stage takes the
    capitalised roles for bodies, but the word before "and" is a person's role; "The
    Kremlin and President Volkov" are two."""
    text = (
        "The festival opens on Friday with twelve bands on the quay.\n\n"
        '"This year, it is about the neighbours as much as the music," says Quayside Events '
        "Co-Owner and Lead Planner Erica Vanco."
    )
    assert _resolved(text, "en")[-1] == "Erica Vanco"
    two = "Talks ended early.\n\nThe Kremlin and President Pavel Volkov said talks would resume."
    assert _resolved(two, "en") == [None]


def test_a_body_named_after_a_person_is_no_second_speaker() -> None:
    """ "Helge Gößling vom Alfred-Wegener-Institut für Polar- und Meeresforschung (AWI)":
    the "und" is inside the institute's name, and the AWI only says where he works."""
    text = (
        "Die Ozeane sind so warm wie nie. Klimaforscher Helge Gößling vom "
        "Alfred-Wegener-Instituts für Polar- und Meeresforschung (AWI) geht davon aus, dass "
        "sich der warme Atlantik am stärksten bemerkbar macht."
    )
    assert _resolved(text)[-1] == "Helge Gößling"


def test_a_paper_with_its_author_named_is_the_authors() -> None:
    """ "Das Urteil der AfD" is the AfD's, not the last speaker's; "according to the
    release from the agency" is the agency's."""
    text = (
        "Die Grünen loben das Ticket. Es sei ein großer Erfolg, sagte der Fraktionschef "
        "Mathias Wagner.\n\nKritik im Landtag\n\nDas Urteil der AfD im Landtag fällt "
        "kritisch aus. Zwar vereinfache das Ticket die Tarife, doch es sei zu teuer."
    )
    assert _resolved(text)[-1] == "AfD"
    text = (
        "Agents seized 400 kilograms of cocaine near the island on Friday. According to a "
        "release from the Coast Guard, the boat was stopped at night."
    )
    assert _resolved(text, "en")[-1] == "Coast Guard"


def test_a_paper_with_its_owner_named_before_it_is_the_owners() -> None:
    text = (
        "Pellworth, the running app, counted more clubs than ever.\n\nPellworth’s trends "
        "report revealed that the number of run clubs on the app grew by 59% last year."
    )
    assert _resolved(text, "en") == ["Pellworth"]
