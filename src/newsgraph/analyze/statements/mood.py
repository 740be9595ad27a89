"""The German Konjunktiv test: does a clause report speech?

Why: "sagte, der Ball *sei* im Feld" is reported speech because of the
mood alone. Forms that differ from the indicative (the shipped table of
``lang/de/konjunktiv.txt`` plus the irregular list in ``statements.toml``)
mark it; forms that are also frequent other words ("eine") never do, and a form in
"-e" is no verb where its neighbours make it an adjective or the first person
("der steife Katholizismus", "eine breite Mehrheit", "Dann schweige ich"). A verb in
"-eln" has its Konjunktiv I both ways ("handle", "handele").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token
from newsgraph.lang import load


def konjunktiv(
    tokens: Iterable[Token], rules: Rules, strong: bool = False, first: bool = False
) -> bool:
    """True when a verb outside quotes is in the Konjunktiv. ``strong``: only
    forms sure enough to carry a statement without a speech verb; ``first``: only
    Konjunktiv I ("sei", "habe"), never the writer's own conditional ("wäre")."""
    toks = tokens if isinstance(tokens, Sequence) else list(tokens)
    return any(marker(toks, i, rules, strong, first) for i in range(len(toks)))


def marker(
    toks: Sequence[Token], i: int, rules: Rules, strong: bool = False, first: bool = False
) -> bool:
    """Whether ``toks[i]`` is a Konjunktiv verb outside quotes (``strong``, ``first``: as
    for ``konjunktiv``). A table form in "-e" between an article, a determiner or a
    preposition and a noun is an adjective ("der steife Katholizismus"; "Das zeichne ein
    Bild" is a verb); next to the first-person pronoun it is the indicative ("ich
    verlasse", "schweige ich"): the Konjunktiv I in "-e" and these words share one
    spelling. The listed markers ("habe", "wolle") are always verbs."""
    forms = rules.strong_konjunktiv if strong else rules.konjunktiv
    if first:
        forms = rules.first_konjunktiv
    t = toks[i]
    if t.quoted or t.cap or (t.lower not in forms and _contracted(t.lower) not in forms):
        return False
    markers, first_person = _listed(rules.language)
    if not t.lower.endswith("e") or t.lower in markers:
        return True
    before = toks[i - 1].lower if i > 0 else ""
    after = toks[i + 1] if i + 1 < len(toks) else None
    noun = after is not None and after.cap and after.word
    if noun and (before in rules.determiners or before in rules.prepositions):
        return False
    return not ({before, after.lower if after else ""} & first_person)


def _contracted(word: str) -> str:
    """The table's spelling of a verb in "-eln": "handele" is written "handle" there."""
    return word[:-3] + "le" if word.endswith("ele") and len(word) > 5 else ""


@cache
def _listed(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The listed markers and the first-person singular pronoun(s) (``[mood] markers``,
    ``first_person``)."""
    mood = load(language, "statements").get("mood", {})
    return tuple(  # type: ignore[return-value]
        frozenset(str(w).lower() for w in mood.get(key, [])) for key in ("markers", "first_person")
    )


def infinitive_clause(tokens: list[Token], rules: Rules) -> bool:
    """ "…, die Lizenz zu entziehen": the content of "forderte", "kündigte an"."""
    words = [t for t in tokens if t.word and not t.quoted]
    if not words or not rules.infinitive:
        return False
    last = words[-1].lower
    if len(words) >= 2 and words[-2].lower == rules.infinitive:
        return True
    zu = rules.infinitive
    return rules.language == "de" and len(last) > 6 and zu in last[2:-3] and last.endswith("en")
