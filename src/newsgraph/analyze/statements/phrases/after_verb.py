"""The subject right after a verb ("sagte anschließend der Minister", "schrieb „Die Zeit“").

Why: German puts the subject after the finite verb whenever something else opens
the clause, and a frame after a quote ("„…“, sagte X") names its speaker there; a
few adverbs may stand between, an object never opens it.
"""

from __future__ import annotations

from newsgraph.analyze.statements.phrases.noun_phrase import noun_phrase
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token


def after_verb(toks: list[Token], i: int, rules: Rules) -> list[Token]:
    """The noun phrase starting at or shortly after ``toks[i]`` ("sagte anschließend der
    Minister"), skipping up to three adverbs."""
    skipped = 0
    while i < len(toks) and skipped < 3:
        t = toks[i]
        if t.quoted and not t.word and skipped == 0:
            return _quoted_name(toks, i)  # "…“, schrieb „Die Zeit“ in einem Nachruf"
        if t.quoted or not t.word:
            return []
        if t.lower in rules.oblique:
            return []  # an object ("kritisierte den Beschluss"), not the subject
        if t.lower in rules.pronouns or t.lower in rules.determiners or t.cap:
            break
        if t.lower in rules.prepositions:
            return []
        i += 1
        skipped += 1
    return noun_phrase(toks, i, rules)


def _quoted_name(toks: list[Token], i: int) -> list[Token]:
    """A short quoted name opening at ``toks[i]`` (a quotation mark): „Die Zeit“."""
    k = i + 1
    while k < len(toks) and toks[k].quoted and toks[k].word and k - i <= 4:
        k += 1
    if (
        k > i + 1
        and k < len(toks)
        and toks[k].quoted
        and not toks[k].word
        and all(t.cap or t.text[:1].isdigit() for t in toks[i + 1 : k])  # no slogan
        and (k + 1 >= len(toks) or not toks[k + 1].quoted)
    ):
        return toks[i : k + 1]
    return []
