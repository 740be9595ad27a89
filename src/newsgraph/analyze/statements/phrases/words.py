"""Word tests the speaker-phrase readers share: adjective, name word, modifier.

Why: without a parser a phrase is read by the shape of its words (capitalised,
inflected like an adjective, a function word); these few tests say what each
shape is, once, for the phrase readers and the patterns.
"""

from __future__ import annotations

import re

from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token

# Articles and pronouns that never inflect like an adjective ("die", "seine"); shared with
# the patterns. (Candidates for the per-language word lists in lang/*/statements.toml.)
FUNCTION_WORDS = frozenset(
    [
        "wie",
        "die",
        "der",
        "das",
        "dem",
        "den",
        "des",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "keine",
        "diese",
        "sie",
        "wir",
        "ihre",
        "seine",
        "ihr",
        "sein",
        "uns",
        "man",
        "alle",
        "beide",
        "the",
    ]
)


_INITIALS = re.compile(r"(?:\w\.)+\w")  # "U.S", "U.K": initials before their last full stop


def initials_stop(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is the full stop of initials inside a name ("U.S. Customs and
    Border Protection"), not the end of a phrase."""
    return (
        0 < k < len(toks) - 1
        and toks[k].text == "."
        and toks[k - 1].end == toks[k].start
        and _INITIALS.fullmatch(toks[k - 1].text) is not None
        and toks[k + 1].cap
    )


def adjective(tok: Token) -> bool:
    """A lowercase inflected adjective or participle, or a number."""
    if not tok.word or tok.cap or tok.lower in FUNCTION_WORDS:
        return False
    return tok.text[:1].isdigit() or (
        len(tok.text) > 3 and tok.lower.endswith(("e", "en", "er", "es", "em"))
    )


def english_modifier(t: Token, rules: Rules) -> bool:
    """A lowercase noun before an English head: "city council", "school board"."""
    return (
        rules.language == "en"
        and t.word
        and not t.cap
        and not t.quoted
        and t.lower not in rules.determiners
        and t.lower not in rules.verbs_and_function
        and t.lower not in rules.pronouns
    )


def name_word(t: Token, rules: Rules) -> bool:
    """A capitalised word outside quotes that may be part of a name."""
    return (
        t.cap
        and t.word
        and not t.quoted
        and t.lower not in rules.determiners
        and t.lower not in rules.not_names
        and t.lower not in rules.prepositions
        and t.lower not in rules.pronouns
    )


def glued_at(word: str) -> int:
    """Where a second capitalised word starts inside a token glued by a text dump
    ("UnionUrsula" -> 5), or 0."""
    for k in range(3, len(word) - 2):
        if word[k].isupper() and word[k - 1].islower() and word[k + 1].islower():
            return k
    return 0


def mood_adjective(tok: Token) -> bool:
    """A lowercase inflected adjective or participle ("gemeinsamen", "staatliche")."""
    return (
        tok.word
        and not tok.cap
        and len(tok.text) > 3
        and tok.lower not in FUNCTION_WORDS
        and tok.lower.endswith(("e", "en", "er", "es", "em"))
    )
