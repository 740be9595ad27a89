"""A person's gender as the article gives it (``speakers.gender``); names are ours."""

from __future__ import annotations

from newsgraph.analyze.entities import keys
from newsgraph.analyze.speakers.gender import gender, of_description
from newsgraph.analyze.statements.rules import rules
from newsgraph.article import Entity, Mention


def test_the_first_name_of_any_full_form_gives_the_gender() -> None:
    """ "Danni Büchner" is also "Daniela Büchner" in the article: a woman."""
    mentions = [Mention(0, 15, "Daniela Büchner"), Mention(40, 53, "Danni Büchner")]
    entity = Entity("e1", "PER", "Danni Büchner", keys.person("Danni Büchner"), [], mentions)
    assert gender(entity, rules("de")) == "f"


def test_an_unnamed_persons_description_gives_the_gender() -> None:
    de = rules("de")
    assert of_description("ein früherer Vizekanzler", "Vizekanzler", de) == "m"
    assert of_description("eine Sprecherin", "Sprecherin", de) == "f"
    assert of_description("die 43-Jährige", "43-Jährige", de) == "f"
    assert of_description("die Experten", "Experten", de) is None
    anonymous = Entity("e2", "PER", "ein früherer Vizekanzler", "anon:1", ["Vizekanzler"])
    assert gender(anonymous, de) == "m"


def test_a_description_linked_before_gives_the_gender() -> None:
    """ "schrieb der 46-Jährige" linked to him: "die 43-Jährige" is then not him."""
    mentions = [
        Mention(0, 13, "Ennesto Monté"),
        Mention(30, 44, "der 46-Jährige", kind="description"),
    ]
    entity = Entity("e1", "PER", "Ennesto Monté", keys.person("Ennesto Monté"), [], mentions)
    assert gender(entity, rules("de")) == "m"
