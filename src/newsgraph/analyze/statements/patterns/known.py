"""Whether a phrase names someone who can speak: seen before, a role, a person after the verb.

Why: German capitalises every noun, so "Die Bluttat" or "Reflexartig" look like names;
where no speech verb vouches for a speaker, a role or body noun, a pronoun, or a
name already met in the text must.
"""

from __future__ import annotations

from newsgraph.analyze.statements.patterns.found import Reading
from newsgraph.analyze.statements.phrases.after_verb import after_verb
from newsgraph.analyze.statements.phrases.describe import describe
from newsgraph.analyze.statements.phrases.mention import Mention
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token


def common_noun(m: Mention, rules: Rules) -> bool:
    """ "Die Bluttat", "Ein DNA-Test", "Das Objekt": an article and one noun that is no
    role — German capitalises every noun, so this is a thing, not a name."""
    if rules.language != "de" or not m.tokens:
        return False
    words = [t for t in m.tokens if t.word or t.quoted]
    if not words or words[0].lower not in rules.determiners:
        return False
    if any(
        t.text == "," and k + 1 < len(m.tokens) and m.tokens[k + 1].cap
        for k, t in enumerate(m.tokens)
    ):
        return False  # a name in apposition: "Der ältere Bruder des Papstes, Georg Ratzinger"
    for k, t in enumerate(words[1:], 1):
        if t.quoted:
            return False  # "Die Zeitung „Yemen Observer“": a name follows
        if not t.cap:
            continue
        if rules.role_of(t.text) or t.lower in rules.article_names:
            return False
        nxt = words[k + 1] if k + 1 < len(words) else None
        # the head noun: one capitalised word, not a run of them ("Die Wiener Linien")
        return nxt is None or not nxt.cap or nxt.lower in rules.determiners
    return False


def person_after(
    toks: list[Token], post: int, rules: Rules, pronoun: bool = False
) -> Mention | None:
    """A phrase right after the finite verb that names a person or body (or, with
    ``pronoun``, a personal pronoun: "Der Politik schlug er vor")."""
    if rules.language != "de":
        return None
    m = describe(after_verb(toks, post, rules), rules)
    if m is not None and pronoun and m.kind == "pronoun" and m.tokens[0].lower != "sie":
        return m  # "sie" may be the object: "Die Forderung wies sie zurück" is ambiguous
    if m is None or m.kind not in ("person", "body") or not (m.name or m.role):
        return None
    return m


def agent_of(phrase: list[Token], rules: Rules) -> Mention | None:
    """The phrase as a speaker when it names a person or body, not a thing or an object."""
    m = describe(phrase, rules) if phrase else None
    if m is None or m.kind not in ("person", "body") or not (m.name or m.role):
        return None
    if common_noun(m, rules) or phrase[0].lower in rules.oblique:
        return None
    return m


def seen_before(r: Reading, m: Mention) -> bool:
    """Whether a word of the mention's name names someone already seen."""
    # capitalised words only: "der" in "Auswärtige Amt der Bundesrepublik" names no one
    words = [w.lower() for w in (m.name or "").split() if w[:1].isupper()]
    return any(w in e.name.lower().split() for e in r.memory.seen for w in words)


def known_speaker(r: Reading, m: Mention) -> bool:
    """A guessed speaker with no speech verb to vouch for it must show it speaks: a
    role or body noun, a pronoun, or a name already seen in the text. German
    capitalises every noun, so "Besondere Probleme" or "Teil der Lieferung" would
    otherwise read as names."""
    if r.rules.language != "de" or m.kind == "pronoun" or m.role:
        return True
    if any(r.rules.role_of(t.text) or t.lower in r.rules.article_names for t in m.tokens if t.word):
        return True
    return seen_before(r, m)


def unknown_word(r: Reading, phrase: list[Token]) -> bool:
    """A lone capitalised word opening a sentence that names no one seen so far and is
    no role or pronoun: an adverb or a noun ("Dagegen", "Reflexartig", "Einspareffekte"),
    capitalised only by its place. Used where no speech verb vouches for a subject."""
    words = [t for t in phrase if t.word]
    if len(words) != 1:
        return False
    low = words[0].lower
    if low in r.rules.pronouns or low in r.rules.demonstratives:
        return False
    if r.rules.role_of(words[0].text):
        return False
    return not any(low in e.name.lower().split() for e in r.memory.seen)
