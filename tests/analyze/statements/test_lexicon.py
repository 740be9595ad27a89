"""The German cue lexicon from SpkAtt-2023 and what the statements stage takes from it."""

from __future__ import annotations

from newsgraph.analyze.statements import lexicon
from newsgraph.analyze.statements.rules import rules


def test_the_shipped_lexicon_counts_cues_and_whose_words_they_report() -> None:
    cues = lexicon.cues("de")
    assert cues["sagen"].ratio > 0.9
    assert cues["sein"].ratio < 0.1  # "ist" is seldom a cue
    proposal = cues["vor|schlagen"]
    assert proposal.particle == "vor" and "schlug" in proposal.separated
    assert "vorgeschlagen" in proposal.fused


def test_lemmas_are_chosen_by_cues_of_someone_elses_words() -> None:
    chosen = {c.lemma for c in lexicon.selected("de", 3, 0.5)}
    assert "vor|schlagen" in chosen  # "Die Kommission schlug vor, …"
    assert not chosen & {"lesen", "sein", "machen"}  # "ich lese"; "ist", "macht"


def test_a_listed_verb_the_lexicon_shows_reporting_makes_a_statement_of_its_own() -> None:
    verb = rules("de").verbs["verkündete"]
    assert verb.lemma == "verkünden" and verb.reporting


def test_an_unknown_lemma_has_no_ratio_and_english_has_no_lexicon() -> None:
    assert lexicon.ratio("de", "tanzen") == 0.0
    assert lexicon.cues("en") == {}


def test_umlaut_plurals_of_role_nouns_are_roles() -> None:
    de = rules("de")
    assert de.role_of("Verbände") == "body" and de.role_of("Jugendverbänden") == "body"
    assert de.role_of("Ärzte") == "person" and de.role_of("Anwälte") == "person"
    assert de.role_of("Stühle") is None
