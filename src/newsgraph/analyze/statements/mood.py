"""The German Konjunktiv test: does a clause report speech?

Why: "sagte, der Ball *sei* im Feld" is reported speech because of the
mood alone. Forms that differ from the indicative (the shipped table of
``lang/de/konjunktiv.txt`` plus the irregular list in ``statements.toml``)
mark it; forms that are also frequent other words ("eine") never do.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token


def konjunktiv(
    tokens: Iterable[Token], rules: Rules, strong: bool = False, first: bool = False
) -> bool:
    """True when a verb outside quotes is in the Konjunktiv. ``strong``: only
    forms sure enough to carry a statement without a speech verb; ``first``: only
    Konjunktiv I ("sei", "habe"), never the writer's own conditional ("wäre")."""
    forms = rules.strong_konjunktiv if strong else rules.konjunktiv
    if first:
        forms = rules.first_konjunktiv
    return any(not t.quoted and not t.cap and t.lower in forms for t in tokens)


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
