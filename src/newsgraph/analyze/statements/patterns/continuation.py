"""Sentences with no frame that go on with the last speaker.

Why: a bare quote or (German) a sentence in the Konjunktiv right after a statement is
still that speaker's; with no statement just before, the subject of the sentence
before is the likeliest speaker.
"""

from __future__ import annotations

from newsgraph.analyze.statements import mood
from newsgraph.analyze.statements.patterns.about import lead_subject, source_of
from newsgraph.analyze.statements.patterns.found import FINAL, Found, Reading
from newsgraph.analyze.statements.patterns.known import known_speaker
from newsgraph.analyze.statements.tokens import Token, Unit


def continuation(r: Reading, unit: Unit, last: Found | None, prev: Unit | None) -> list[Found]:
    """A sentence with no cue that goes on with the last speaker: a bare quote, or
    (German) free indirect speech in the Konjunktiv. With no statement just before,
    the subject of the sentence before is the likeliest speaker ("Der Iran streitet
    dies ab. Sein Programm diene …"), else the speaker stays unknown."""
    toks = unit.tokens
    speaker = last.speaker if last is not None else None
    name, role = (last.name, last.role) if last is not None else (None, None)
    bare = (
        unit.quotes
        and unit.quotes[0].start == unit.start
        and sum(t.word and not t.quoted for t in toks) == 0
    )
    konjunktiv = r.rules.language == "de" and mood.konjunktiv(toks, r.rules, strong=True)
    if last is None and (bare or konjunktiv):
        if prev is not None:
            speaker = next(
                (
                    m
                    for m in (lead_subject(r, prev), source_of(prev, r.rules))
                    if m is not None and known_speaker(r, m)
                ),
                None,
            )
            if speaker is not None:
                name, role = r.memory.resolve(speaker, None)
        unsure = not konjunktiv or not mood.konjunktiv(toks, r.rules, strong=True, first=True)
        if speaker is None and not (bare and _sentence_quote(toks)) and unsure:
            return []
    if bare:
        q = unit.quotes[0]
        return [Found("direct", [(q.start, unit.quotes[-1].end)], speaker, None, name, role, True)]
    if konjunktiv:
        kind = "mixed" if unit.quotes else "indirect"
        return [Found(kind, [(unit.start, unit.end)], speaker, None, name, role, True)]
    return []


def _sentence_quote(toks: list[Token]) -> bool:
    """A quote that is a whole sentence: several words, capitalised, closed by a stop."""
    words = [t for t in toks if t.word]
    stops = [t for t in toks if t.text in FINAL]
    return len(words) >= 4 and words[0].cap and bool(stops)
