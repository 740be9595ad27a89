"""The cue: a speech verb at a token, its particle, and whether its clause is passive.

Why: a verb is a cue only in its full form ("gab … bekannt" with its particle, "heißt
es" with its subject), never as an adjective before a noun ("wegen wiederholten
Fouls"); and in a passive clause ("wurde … kritisiert") its subject is not the speaker.
"""

from __future__ import annotations

from functools import cache

from newsgraph.analyze.statements.patterns.found import FINAL, SEPARATORS
from newsgraph.analyze.statements.phrases.words import mood_adjective
from newsgraph.analyze.statements.rules import Rules, VerbForm
from newsgraph.analyze.statements.tokens import Token
from newsgraph.lang import load

PASSIVE = frozenset(["wird", "wurde", "wurden", "werden", "worden", "ist", "sind", "war", "waren"])


_ACTIVE = frozenset(["hat", "hatte", "hatten", "haben", "habe"])


_BE = frozenset(["be", "been", "being", "is", "are", "was", "were"])  # English passive


def finite_verb(t: Token, rules: Rules) -> bool:
    """A lowercase word that can be a finite verb after a subject: a speech verb, an
    auxiliary, or a past-tense form ("begründete", "hatte")."""
    low = t.lower
    if t.cap or not t.word or t.quoted or low in rules.determiners:
        return False
    if low in rules.prepositions or low in rules.pronouns:
        return False
    return low in rules.verbs or low in rules.auxiliaries or low.endswith(("te", "ten", "t"))


def verb_after(toks: list[Token], k: int, rules: Rules) -> int:
    """Index of the finite verb at or after ``k``: the first lowercase word that is no
    preposition or article and no adjective before its noun ("über Stoibers Äußerungen
    brachte die Sprecherin" -> "brachte")."""
    for j in range(k, len(toks)):
        t = toks[j]
        if t.quoted or not t.word or t.cap or t.text[:1].isdigit():
            continue
        if t.lower in rules.prepositions or t.lower in rules.determiners:
            continue
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if mood_adjective(t) and nxt is not None and nxt.cap:
            continue
        return j
    return k


def is_cue(toks: list[Token], i: int, rules: Rules) -> bool:
    """Whether the token at ``i`` is a speech verb in its full form."""
    return speech_verb(toks, i, rules) is not None


def speech_verb(toks: list[Token], i: int, rules: Rules) -> VerbForm | None:
    """The speech verb at ``i``: a particle verb only with its particle in the clause
    ("gab … bekannt"), an impersonal one only with its subject ("heißt es")."""
    tok = toks[i]
    if tok.cap and (i > 0 or rules.language == "de"):
        return None
    if _formula(toks, i, rules):
        return None  # "Ehrlich gesagt, …", "needless to say"
    if (
        0 < i < len(toks) - 1
        and rules.language == "de"
        and toks[i - 1].lower in rules.prepositions
        and toks[i + 1].cap
        and toks[i + 1].word
        and mood_adjective(tok)
    ):
        return None  # an adjective before its noun: "wegen wiederholten Fouls"
    for form in rules.particle_verbs.get(tok.lower, ()):
        if _particle(toks, i, form) is not None:
            return form
    verb = rules.verbs.get(tok.lower)
    if verb is None or verb.particle:
        return None
    if verb.impersonal:
        near = toks[max(0, i - 1) : i + 2]
        if not any(t.lower in rules.impersonal_subjects for t in near):
            return None
    return verb


def _formula(toks: list[Token], i: int, rules: Rules) -> bool:
    """Whether ``toks[i]`` ends a set phrase at the start of a clause that frames no one's
    words ("Ehrlich gesagt", "fast möchte man sagen"; ``[phrases] formulas``)."""
    for words in _formulas(rules.language):
        a = i - len(words) + 1
        if a < 0 or [t.lower for t in toks[a : i + 1]] != list(words):
            continue
        if a == 0 or not toks[a - 1].word or toks[a - 1].lower in rules.leading_particles:
            return True
    return False


@cache
def _formulas(language: str) -> tuple[tuple[str, ...], ...]:
    phrases = load(language, "statements").get("phrases", {}).get("formulas", [])
    return tuple(tuple(str(p).lower().split()) for p in phrases)


def _particle(toks: list[Token], i: int, verb: VerbForm) -> int | None:
    for j in range(i + 1, min(len(toks), i + 25)):
        t = toks[j]
        if t.quoted or (t.text in SEPARATORS + FINAL and t.text != ","):
            return None
        if t.text == "," and j + 1 < len(toks) and not toks[j + 1].cap:
            if toks[j + 1].lower == verb.particle:
                return j + 1
            return None  # a new clause, not an apposition
        if t.lower == verb.particle:
            return j
    return None


def cue_end(toks: list[Token], i: int, rules: Rules) -> int:
    """Index of the last token of the cue: the particle or "es" when there is one."""
    verb = speech_verb(toks, i, rules)
    if verb is None:
        return i
    if verb.particle:
        return _particle(toks, i, verb) or i
    if verb.impersonal and i + 1 < len(toks) and toks[i + 1].lower in rules.impersonal_subjects:
        return i + 1
    return i


def is_passive(toks: list[Token], i: int, rules: Rules) -> bool:
    """ "wurde … bestätigt", "sind … angekündigt", "have been criticised": the subject
    is not the speaker."""
    if rules.language != "de":
        k = i - 1
        if k > 0 and toks[k].lower.endswith("ly"):
            k -= 1  # "was widely criticised"
        return k >= 0 and toks[k].lower in _BE
    clause: list[str] = []
    for t in toks[max(0, i - 12) : i + 3]:
        if t.text in SEPARATORS + FINAL:
            if t.start < toks[i].start:
                clause = []
                continue
            break
        clause.append(t.lower)
    return bool(PASSIVE.intersection(clause)) and not _ACTIVE.intersection(clause)


def passive_participle(toks: list[Token], i: int, rules: Rules) -> bool:
    """A passive clause whose cue is a participle ("wurde vorgeworfen", "werden
    beschuldigt"), not a future infinitive ("wird sagen")."""
    low = toks[i].lower
    return is_passive(toks, i, rules) and (not low.endswith("en") or "ge" in low[:-3])
