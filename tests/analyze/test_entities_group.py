"""Grouping rules (``analyze/entities/group.py``)."""

from __future__ import annotations

from newsgraph.analyze.entities import group
from newsgraph.analyze.entities.features import lexicon
from newsgraph.analyze.entities.found import Found
from newsgraph.analyze.entities.tokens import Token, tokenize


def _recurrences(text: str, found: list[Found]) -> list[str]:
    tokens = tokenize(text)
    added = group._recur(tokens, found, lexicon("en"))[len(found) :]
    return [" ".join(t.text for t in tokens[f.first : f.last + 1]) for f in added]


def test_a_recurrence_inside_a_longer_name_is_not_taken() -> None:
    text = "Explorer is old. Users of Internet Explorer and Explorer Tools left."
    assert _recurrences(text, [Found(0, 0, "ORG")]) == []


def test_recurrences_after_a_role_or_a_sentence_opener_are_taken() -> None:
    text = "Trump spoke. President Trump left. When Trump came, Trump smiled."
    assert _recurrences(text, [Found(0, 0, "PER")]) == ["Trump", "Trump", "Trump"]


def test_a_surname_alone_is_the_person_of_that_surname_named_last() -> None:
    from newsgraph.analyze.entities import find

    text = (
        "Vitali Klitschko regiert Kiew. Sein Bruder Wladimir Klitschko war Boxer; "
        "Klitschko lebt heute in Hamburg."
    )
    people = {e.name: [m.text for m in e.mentions] for e in find(text, "de") if e.type == "PER"}
    assert people["Wladimir Klitschko"] == ["Wladimir Klitschko", "Klitschko"]
    assert people["Vitali Klitschko"] == ["Vitali Klitschko"]


def _span(tokens: list[Token], words: str, nth: int = 0) -> tuple[int, int]:
    """Token indices of the ``nth`` occurrence of ``words`` in ``tokens``."""
    parts = words.split()
    hits = [
        i
        for i in range(len(tokens) - len(parts) + 1)
        if [t.text for t in tokens[i : i + len(parts)]] == parts
    ]
    return hits[nth], hits[nth] + len(parts) - 1


def _found(tokens: list[Token], names: list[tuple[str, str, int]]) -> list[Found]:
    """``(words, type, nth)`` -> the tagger's finds at those words."""
    return [Found(*_span(tokens, words, nth), kind) for words, kind, nth in names]


def test_a_double_surname_alone_is_the_person_named_in_full() -> None:
    text = (
        "Geschäftsführer Kevin Holland-Moritz führt den Betrieb. Hans-Peter Ebel hilft. "
        "„Wir schlachten selbst“, sagt Holland-Moritz. Hans-Peter kommt später."
    )
    tokens = tokenize(text)
    found = _found(
        tokens,
        [
            ("Kevin Holland-Moritz", "PER", 0),
            ("Hans-Peter Ebel", "PER", 0),
            ("Holland-Moritz", "PER", 1),
            ("Hans-Peter", "PER", 1),
        ],
    )
    people = {
        e.name: [m.text for m in e.mentions]
        for e in group.entities(text, tokens, found, lexicon("de"))
    }
    assert people["Kevin Holland-Moritz"] == ["Kevin Holland-Moritz", "Holland-Moritz"]
    # A double first name alone is the one person named in full with it.
    assert people["Hans-Peter Ebel"] == ["Hans-Peter Ebel", "Hans-Peter"]


def test_a_german_name_opening_with_a_person_in_the_genitive_is_that_person() -> None:
    text = (
        "Aviv Atzili wurde getötet. Avivs Tod traf sie. Die Autorin Patricia Evangelista "
        "schreibt; Patricia Evangelistas Recherchen dauerten Jahre. Berlins Senat tagt."
    )
    tokens = tokenize(text)
    found = _found(
        tokens,
        [
            ("Aviv Atzili", "PER", 0),
            ("Avivs Tod", "ORG", 0),
            ("Patricia Evangelista", "PER", 0),
            ("Patricia Evangelistas Recherchen", "ORG", 0),
            ("Berlins Senat", "ORG", 0),
        ],
    )
    kept = group._retype(tokens, found, lexicon("de"))
    names = [(f.type, " ".join(t.text for t in tokens[f.first : f.last + 1])) for f in kept]
    assert ("PER", "Avivs") in names and ("PER", "Patricia Evangelistas") in names
    assert ("ORG", "Berlins Senat") in names  # no person of that name in the text


def test_a_lone_person_written_only_after_an_article_is_a_place() -> None:
    """ "auf dem Wasen": German writes a person's name without an article, so the tagger's
    person is a place, and "sie" means the singer named before it."""
    from newsgraph.analyze.entities import find

    text = (
        "Das Lied stammt von der Sängerin Nina Chuba. Nach ihrem Auftritt beim Festival auf "
        "dem Wasen bezeichnete sie das Publikum als müde."
    )
    types = {e.name: e.type for e in find(text, "de")}
    assert types.get("Wasen") != "PER" and types["Nina Chuba"] == "PER"


def test_a_first_name_alone_is_the_one_person_named_in_full_with_it() -> None:
    """ "sagt Liat" after "Liat Atzili": one person, unless two share the first name."""
    import newsgraph

    def people(names: str) -> dict[str, list[str]]:
        text = (
            f"{names} war Lehrerin in Nir Oz. Ihr Mann Aviv Atzili starb am 7. Oktober. "
            "„Ich wusste nicht, was mit ihm geschehen war“, sagt Liat."
        )
        article = newsgraph.process(text, format="plain", language="de")
        return {e.name: [m.text for m in e.mentions] for e in article.entities if e.type == "PER"}

    assert people("Liat Atzili")["Liat Atzili"] == ["Liat Atzili", "Liat"]
    found = people("Liat Atzili und Liat Cohen")
    assert found["Liat Atzili"] == ["Liat Atzili"] and found["Liat Cohen"] == ["Liat Cohen"]
