"""Who a sentence without a speech verb is about: its opening subject, an agent, a document.

Why: the likeliest speaker of free indirect speech is the subject of the sentence
before ("Der Iran streitet dies ab. Sein Programm diene …"), and the speaker of a
passive frame is its agent ("von der Opposition") or the document it is in
("In einem Bericht der Salzburger Nachrichten wurde vermutet, …").
"""

from __future__ import annotations

from newsgraph.analyze.statements.patterns.cues import PASSIVE
from newsgraph.analyze.statements.patterns.found import (
    FINAL,
    SEPARATORS,
    Reading,
    lower_word_outside,
)
from newsgraph.analyze.statements.patterns.known import agent_of, common_noun, unknown_word
from newsgraph.analyze.statements.phrases.after_verb import after_verb
from newsgraph.analyze.statements.phrases.apposition import cut_relative
from newsgraph.analyze.statements.phrases.describe import describe
from newsgraph.analyze.statements.phrases.mention import Mention
from newsgraph.analyze.statements.phrases.noun_phrase import noun_phrase
from newsgraph.analyze.statements.phrases.words import mood_adjective
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token, Unit

_WERDEN = frozenset(["wird", "wurde", "wurden", "werden", "worden"])  # passive auxiliaries


def passive_agent(field_: list[Token], rules: Rules) -> Mention | None:
    """The agent of a passive clause: "wird vom Wetterdienst als … eingestuft", "wurde
    von der Polizei …" — "von" right after a form of "werden"."""
    if rules.language != "de":
        return None
    for k in range(1, len(field_) - 1):
        if field_[k].lower in ("von", "vom") and field_[k - 1].lower in _WERDEN:
            return agent_of(noun_phrase(field_, k + 1, rules), rules)
    return None


def source_of(unit: Unit, rules: Rules) -> Mention | None:
    """Who a sentence without a statement is about, when an adverbial opens it: the
    subject after the finite verb ("Langfristig strebt das Unternehmen …", "Trotz … gibt
    ROG keine Entwarnung"), or the agent of a passive ("… wird von Beobachtern als …
    gewertet")."""
    return source_in([t for t in unit.tokens if not t.quoted], rules)


def source_in(toks: list[Token], rules: Rules) -> Mention | None:
    """German: the agent of a passive ("von der Polizei") or the subject after the finite
    verb of a clause an adverbial opens, when it names a person or body."""
    if rules.language != "de":
        return None
    if any(t.lower in PASSIVE for t in toks):
        for k, t in enumerate(toks[:-1]):
            if t.lower in ("von", "vom"):
                m = agent_of(noun_phrase(toks, k + 1, rules), rules)
                if m is not None:
                    return m
    k = 0
    while k < len(toks) and (
        not toks[k].word
        or toks[k].cap
        or toks[k].text[:1].isdigit()
        or toks[k].lower in rules.prepositions
        or toks[k].lower in rules.determiners
        or mood_adjective(toks[k])
    ):
        if toks[k].text in SEPARATORS + FINAL:
            return None
        k += 1
    if k == 0 or k >= len(toks) or toks[0].lower in rules.pronouns:
        return None
    if toks[k].text == "," or (
        toks[k].word and not toks[k].cap and toks[0].lower in rules.prepositions
    ):
        # "Um die Zeit dafür zu gewinnen, will Oettinger …": a clause first, then the verb
        c = next((j for j in range(k, len(toks)) if toks[j].text == ","), None)
        if c is not None and c + 2 < len(toks):
            v = toks[c + 1]
            if not v.quoted and lower_word_outside(
                v,
                rules.determiners,
                rules.prepositions,
                rules.relatives,
                rules.and_words,
                rules.content_openers,
            ):
                found = agent_of(after_verb(toks, c + 2, rules), rules)
                if found is not None:
                    return found
    return agent_of(after_verb(toks, k + 1, rules), rules)


def document_in(field_: list[Token], rules: Rules) -> Mention | None:
    """The document a passive clause is found in: "In einem Bericht der Salzburger
    Nachrichten wurde vermutet, …" -> "einem Bericht der Salzburger Nachrichten"."""
    if len(field_) < 3 or field_[0].lower not in rules.place_prepositions | {"auf"}:
        return None
    phrase = noun_phrase(cut_relative(field_, rules), 1, rules)
    heads = [t for t in phrase if t.cap and t.word]
    if not heads or rules.role_of(heads[0].text) != "body":
        return None
    return describe(phrase, rules)


def lead_subject(r: Reading, unit: Unit) -> Mention | None:
    """The subject opening a sentence ("Das Robert-Koch-Institut sieht …"), when it
    names a person or a body."""
    toks = [t for t in unit.tokens if not t.quoted]
    k = 0
    while k < len(toks) and toks[k].lower in r.rules.leading_particles:
        k += 1
    phrase = noun_phrase(cut_relative(toks[k:], r.rules), 0, r.rules)
    if not phrase or k + len(phrase) >= len(toks) or unknown_word(r, phrase):
        return None
    nxt = toks[k + len(phrase)]
    if (nxt.cap or not nxt.word) and nxt.text != ",":
        return None
    m = describe(phrase, r.rules)
    if m is None or m.kind == "unknown" or (m.kind == "pronoun" and m.plural is None):
        return None
    if common_noun(m, r.rules) or phrase[0].lower in r.rules.oblique:
        return None  # "Die Widerspruchsfrist endet …", "Dem Einsatz … steht X gegenüber"
    return m
