"""Which entity a definite description means (``speakers.describe``); sentences are ours."""

from __future__ import annotations

import newsgraph
from newsgraph.analyze.entities import keys
from newsgraph.analyze.speakers.describe import holder, salient
from newsgraph.analyze.speakers.heads import head
from newsgraph.analyze.statements.rules import rules
from newsgraph.article import Article, Entity, Mention, Statement


def _article(text: str, people: dict[str, list[str]]) -> Article:
    article = Article(source=newsgraph.Source("<test>"), format="plain", language="de")
    article.text = text
    article.entities = []
    for n, (name, roles) in enumerate(people.items(), 1):
        at = text.index(name)
        mention = Mention(at, at + len(name), name)
        article.entities.append(Entity(f"e{n}", "PER", name, keys.person(name), roles, [mention]))
    return article


def test_the_holder_of_the_role_not_the_last_person() -> None:
    text = "Bundeskanzler Jo Brand traf Eva Lang. Der Kanzler sagte, man sei einig."
    article = _article(text, {"Jo Brand": ["Bundeskanzler"], "Eva Lang": []})
    at = text.index("Der Kanzler")
    h = head(text, at, at + 11, rules("de"))
    found = holder(article, h, at, "text")
    assert found is not None and found.name == "Jo Brand"


def test_the_person_named_last_outside_quoted_words() -> None:
    text = "Die Ärztin Eva Lang warnt. „Jo Brand irrt“, sagte die Ärztin."
    article = _article(text, {"Eva Lang": [], "Jo Brand": []})
    quote = text.index("„")
    article.statements = [
        Statement("s1", "direct", text[quote : quote + 15], quote, quote + 15, speaker=None)
    ]
    at = text.index("die Ärztin.")
    h = head(text, at, at + 10, rules("de"))
    found = salient(article, h, at, "text")
    assert found is not None and found.name == "Eva Lang"
    article.statements = []
    found = salient(article, h, at, "text")
    assert found is not None and found.name == "Jo Brand"


def test_a_plural_description_is_no_one() -> None:
    text = "Die Ärztin Eva Lang warnt. Die Experten sagten, man sei besorgt."
    article = _article(text, {"Eva Lang": []})
    at = text.index("Die Experten")
    h = head(text, at, at + 12, rules("de"))
    assert salient(article, h, at, "text") is None



def _speaker_of(text: str, words: str) -> str | None:
    """The speaker's name of the statement of ``text`` whose words hold ``words``."""
    article = newsgraph.process(text, format="plain", language="de")
    said = [s for s in article.statements if words in s.text]
    assert said, f"no statement with {words!r}"
    return said[0].speaker.name if said[0].speaker else None


def test_a_person_noun_the_role_list_lacks_is_no_thing() -> None:
    """ "sagt der Neurologe": a person (by the noun's ending) named just before, not a
    thing whose words no one says."""
    text = (
        "Harald Prüß forscht an der Charité zu Impfschäden. Ob es einen Zusammenhang gebe, "
        "könne nur selten nachgewiesen werden, sagt der Neurologe."
    )
    assert _speaker_of(text, "nachgewiesen") == "Harald Prüß"


def test_a_compound_role_means_the_last_holder_of_its_last_part() -> None:
    """ "der Übergangstrainer" is the "Interimstrainer" named last, not the sacked
    "Trainer" named before him."""
    text = (
        "Der MSV hat Trainer Boris Schommers entlassen. Das Team übernimmt bis zum Saisonende "
        "Interimstrainer Uwe Schubert. Der Klub steht vor dem Abstieg. Dennoch betont der "
        "Übergangstrainer: „Wir wollen so viele Punkte wie möglich holen.“"
    )
    assert _speaker_of(text, "Punkte") == "Uwe Schubert"


def test_a_qualified_role_is_not_someone_elses_with_another_qualifier() -> None:
    """ "der CDU-Spitzenkandidat" is not the "AfD-Spitzenkandidat" named before."""
    text = (
        "AfD-Spitzenkandidat Björn Höcke hatte die Kampagne kritisiert. Mario Voigt hielt "
        "dagegen. Er lasse sich nicht unterstellen, die Unwahrheit zu sagen, sagte der "
        "CDU-Spitzenkandidat am Abend."
    )
    assert _speaker_of(text, "Unwahrheit") != "Björn Höcke"


def test_a_celebrity_noun_is_a_persons_role() -> None:
    text = (
        "Kim Kardashian stellt in einem Video einen neuen BH vor. „Egal wie heiß es ist, du "
        "wirst immer aussehen, als ob dir kalt wäre“, erklärt der US-Promi."
    )
    assert _speaker_of(text, "heiß") == "Kim Kardashian"


def test_a_company_noun_means_the_company_named_last() -> None:
    """ "teilte das Geldhaus mit": the bank named before, not an unnamed source of its
    own; company names seldom say what they are."""
    text = (
        "Der Aufsichtsrat der Commerzbank hat Jan Vos für eine zweite Amtszeit nominiert. "
        "Das Gremium habe dies einstimmig beschlossen, teilte das Geldhaus mit."
    )
    assert _speaker_of(text, "einstimmig") == "Commerzbank"


def test_a_company_noun_means_the_subject_not_a_court_or_a_ministry() -> None:
    """ "Das Unternehmen" after "Siemens will Teile von Osram kaufen": the company that
    opens the sentence; a body whose name says it is another kind ("Bundesministerium")
    is never meant."""
    text = (
        "Siemens will Teile von Osram kaufen. Das Prüfverfahren liegt beim Bundesministerium "
        "für Wirtschaft und Klimaschutz. Das Unternehmen erklärte, es rechne mit einer "
        "Zustimmung."
    )
    assert _speaker_of(text, "Zustimmung") == "Siemens"


def test_a_nationality_or_age_describes_a_person() -> None:
    """ "sagt der Deutsch-Israeli", "so die 45-Jährige": a person named before, not a
    thing that says nothing."""
    text = (
        "Noam Adler war zwei Jahre in Geiselhaft. Zwei Jahre lang sei er gedemütigt worden, "
        "sagt der Deutsch-Israeli."
    )
    assert _speaker_of(text, "gedemütigt") == "Noam Adler"
    text = "Petra Links führt den Hof seit 2010. Die Ernte sei gut, so die 45-Jährige."
    assert _speaker_of(text, "Ernte") == "Petra Links"


def test_a_feminine_description_is_not_the_man_named_last() -> None:
    """ "sagte die Niederländerin": the woman named before, not the man named after her."""
    text = (
        "Die Niederländerin Anouk de Vries gewann vor Karl Huber. Das Rennen sei hart "
        "gewesen, sagte die Niederländerin."
    )
    assert _speaker_of(text, "Rennen") == "Anouk de Vries"


def test_an_unmatched_definite_person_is_who_spoke_just_before() -> None:
    """ "erinnert sich der junge Mann": no role to match, so the man who spoke just
    before, not a new unnamed source."""
    text = (
        "Noam Adler war zwei Jahre in Geiselhaft. „Sie haben mir alles genommen“, sagt er. "
        "„Ich habe zu Gott gebetet“, erinnert sich der junge Mann in dem Interview."
    )
    assert _speaker_of(text, "Gott") == "Noam Adler"


def test_die_and_an_adjectival_noun_is_a_woman() -> None:
    """ "sagt die 43-Jährige": a woman, not the man named last."""
    text = (
        "Daniela Kurz und Ernst Maier haben sich getrennt. „Am Ende wird alles gut“, sagt "
        "die 43-Jährige."
    )
    assert _speaker_of(text, "alles gut") == "Daniela Kurz"
