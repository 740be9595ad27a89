"""Which entity a definite description means ("der Kanzler", "die Expertin"): the one
that holds the role, else the person named just before. Separate from the linker's walk
because both read only the article: what was named, where, and what was said there."""

from __future__ import annotations

from functools import cache

from newsgraph.analyze.entities import keys
from newsgraph.analyze.speakers.gender import gender
from newsgraph.analyze.speakers.heads import Head, words
from newsgraph.analyze.statements.rules import Rules, rules
from newsgraph.article import Article, Entity, Span, Statement

# How far back (characters) a described person ("der Neurologe") may have been named.
_FAR = 1500
# Reading order of the parts that hold statements: the lead, then the body.
_ORDER = {"teaser": 0, "text": 1}


def holder(
    article: Article,
    h: Head,
    before: int,
    part: str,
    roles: tuple[str, ...] = (),
    wanted: str | None = None,
) -> Entity | None:
    """The entity last mentioned before ``before`` whose role ends with the head noun
    ("Bundeskanzler" for "der Kanzler"), or, for a body, whose name does. A compound head
    is matched by its last part that is a role of ``roles`` ("der Übergangstrainer" is
    the last "…trainer" named, "Thüringens AfD-Chef" the last "…chef"); what comes
    before a hyphen must be in the role too ("der CDU-Spitzenkandidat" is no
    "AfD-Spitzenkandidat"). Never a person of the other gender than ``wanted`` ("die
    43-Jährige" is not "der 46-Jährige")."""
    folded = keys.fold(h.noun)
    noun = _compound_head(folded, roles)
    whose = set(folded.split("-")[:-1])  # "CDU-Spitzenkandidat": a CDU one
    here = (_ORDER.get(part, 2), before)
    best: tuple[tuple[int, int], Entity] | None = None
    for e in article.entities:
        if e.key.startswith("anon:"):
            continue
        words = [keys.fold(w) for r in e.roles for w in r.replace("-", " ").split()]
        if h.role == "body" and e.type != "PER":
            words += [keys.fold(w) for w in e.name.replace("-", " ").split()]
        elif h.role == "body" or e.type != "PER":
            continue
        if not any(len(noun) > 3 and w.endswith(noun) for w in words):
            continue
        if not whose <= set(words):
            continue  # "der CDU-Spitzenkandidat" is not the AfD's
        if wanted is not None and gender(e, rules(article.language or "de")) not in (wanted, None):
            continue
        for m in e.mentions:
            at = (_ORDER.get(m.part, 2), m.start)
            if at < here and (best is None or at > best[0]):
                best = (at, e)
    return best[1] if best else None


def last_person(
    article: Article,
    previous: Statement | None,
    statement: Statement,
    wanted: str | None,
    near: int,
) -> Entity | None:
    """The person who spoke in ``previous``, the statement just before, when it is within
    ``near`` in the same part and not of the other gender than ``wanted``: what a definite
    description with no role to match means ("erinnert sich der junge Mann")."""
    sp = previous.speaker if previous is not None else None
    if previous is None or sp is None or sp.entity is None:
        return None
    if previous.part != statement.part or statement.start - previous.end > near:
        return None
    found = next((e for e in article.entities if e.id == sp.entity), None)
    if found is None or found.type != "PER":
        return None
    known = gender(found, rules(article.language or "de"))
    return found if wanted is None or known in (wanted, None) else None


def said_spans(article: Article, part: str) -> list[tuple[int, int]]:
    """Where someone's words are in ``part``: names there are talked about, not
    subjects or speakers."""
    return [
        (p.start, p.end)
        for s in article.statements
        if s.part == part
        for p in (s.spans or [Span(s.text, s.start, s.end)])
    ]


def salient(
    article: Article, h: Head, before: int, part: str, wanted: str | None = None
) -> Entity | None:
    """For a definite description of a person with no role to match ("sagte der
    Neurologe", "so die Expertin"): the named person mentioned last before it, within
    ``_FAR``, outside what someone is quoted as saying, and not of the other gender than
    ``wanted`` ("m", "f": what the description says, ``gender.of_description``). Those
    are the article's subjects and speakers; names inside quoted words are what is
    talked about. Bodies are left out: "das Unternehmen" is too often another body than
    the last one named."""
    if h.role != "person" or h.plural:
        return None  # "die Experten": several, no one person
    said = said_spans(article, part)
    speaking = [
        (s.speaker.start, s.speaker.end) for s in article.statements if s.part == part and s.speaker
    ]
    best: tuple[int, Entity] | None = None
    for e in article.entities:
        if e.type != "PER" or e.key.startswith("anon:"):
            continue
        if wanted is not None and gender(e, rules(article.language or "de")) not in (wanted, None):
            continue  # "sagte die Niederländerin": not the man named last
        for m in e.mentions:
            if m.part != part or m.kind != "name" or not before - _FAR <= m.start < before:
                continue
            named = any(a <= m.start < b for a, b in speaking)
            if not named and any(a <= m.start < b for a, b in said):
                continue  # talked about in someone's words
            if best is None or m.start > best[0]:
                best = (m.start, e)
    return best[1] if best else None


def company(article: Article, h: Head, before: int, part: str, rules: Rules) -> Entity | None:
    """For a definite description of a company ("das Geldhaus", "das Unternehmen", "der
    Autokonzern"): the body named last before it, within ``_FAR`` and outside quoted words,
    whose name has no noun of another kind of body in it. Company names seldom say what
    they are ("Deutsche Bank" does, "Dolce&Gabbana" does not); a court or a ministry
    usually does ("Landgericht München I"), and is then not meant."""
    if h.plural or not _a_company(h.noun, rules):
        return None
    said = said_spans(article, part)
    named: list[tuple[int, Entity]] = []
    for e in article.entities:
        if e.type != "ORG" or e.key.startswith("anon:") or _other_body(e.name, rules):
            continue
        for m in e.mentions:
            if m.part != part or m.kind != "name" or not before - _FAR <= m.start < before:
                continue
            if any(a <= m.start < b for a, b in said):
                continue
            named.append((m.start, e))
    if not named:
        return None
    last = max(named, key=lambda c: c[0])  # the first of equals, as before
    return _subject(article.part(part), last, named, rules)


def _subject(
    text: str, last: tuple[int, Entity], named: list[tuple[int, Entity]], rules: Rules
) -> Entity:
    """The body that opens the sentence of the one named last, if one does ("Siemens will
    Teile von Osram kaufen. Das Unternehmen …" is Siemens): the subject, which a
    description most often points back to; else the one named last."""
    stop = text.rfind(". ", 0, last[0])
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, last[0]) + 1)
    for at, e in named:
        if start <= at < last[0]:
            lead = text[start:at].split()
            if not lead or (len(lead) == 1 and lead[0].lower() in rules.determiners):
                return e
    return last[1]


def _a_company(noun: str, rules: Rules) -> bool:
    """ "Geldhaus", "Autokonzern", "Unternehmens": a company noun of ``lang/<language>/
    speakers.toml``, also at the end of a compound or with a genitive ending."""
    low = keys.fold(noun).rsplit("-", 1)[-1]
    found = _companies(rules.language)
    return any(low.endswith(c) or low[:-1].endswith(c) or low[:-2].endswith(c) for c in found)


def _other_body(name: str, rules: Rules) -> bool:
    """Whether a body's name says it is a body of another kind than a company: a word of
    it is a body noun ("Landgericht", "Bundesministerium") and no company noun."""
    for word in name.replace("-", " ").split():
        if word[:1].isupper() and rules.role_of(word) == "body" and not _a_company(word, rules):
            return True
    return False


@cache
def _companies(language: str) -> tuple[str, ...]:
    return tuple(sorted({keys.fold(c) for c in words(language).companies}))


def _compound_head(noun: str, roles: tuple[str, ...]) -> str:
    """The longest ending of ``noun`` after a hyphen or a first part that is one of
    ``roles``: "afd-chef" -> "chef", "ubergangstrainer" -> "trainer"."""
    noun = noun.rsplit("-", 1)[-1]
    folded = _folded(roles)
    for i in range(1, len(noun) - 3):
        if noun[i:] in folded:
            return noun[i:]
    return noun


@cache
def _folded(roles: tuple[str, ...]) -> frozenset[str]:
    return frozenset(keys.fold(r) for r in roles)
