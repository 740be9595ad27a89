"""Sentences with no frame that go on with the last speaker.

Why: a bare quote or (German) a sentence in the Konjunktiv right after a statement is
still that speaker's; with no statement just before, the subject of the sentence
before is the likeliest speaker.
"""

from __future__ import annotations

from newsgraph.analyze.statements import mood
from newsgraph.analyze.statements.patterns.about import lead_subject, source_of
from newsgraph.analyze.statements.patterns.cues import finite_verb
from newsgraph.analyze.statements.patterns.found import FINAL, SEPARATORS, Found, Reading, trim
from newsgraph.analyze.statements.patterns.known import known_speaker
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token, Unit


def continuation(
    r: Reading, unit: Unit, last: Found | None, prev: Unit | None, adjacent: bool = False
) -> list[Found]:
    """A sentence with no cue that goes on with the last speaker: a bare quote, or
    (German) free indirect speech in the Konjunktiv. With no statement just before,
    the subject of the sentence before is the likeliest speaker ("Der Iran streitet
    dies ab. Sein Programm diene …"), else the speaker stays unknown. Right after
    (``adjacent``) a statement in indirect speech, the Konjunktiv II goes on with it too
    ("…, sagte sie. Zudem würden die Kosten steigen."): there it stands in for the
    Konjunktiv I that looks like the indicative."""
    toks = unit.tokens
    speaker = last.speaker if last is not None else None
    name, role = (last.name, last.role) if last is not None else (None, None)
    bare = (
        unit.quotes
        and unit.quotes[0].start == unit.start
        and sum(t.word and not t.quoted for t in toks) == 0
    )
    reported = adjacent and last is not None and last.kind in ("indirect", "mixed")
    konjunktiv = r.rules.language == "de" and mood.konjunktiv(toks, r.rules, strong=not reported)
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
        part = reported_part(toks, r.rules)
        whole = len(part) == len(toks)
        content = (unit.start, unit.end) if whole else trim(part, keep_final=False)
        kind = (
            "mixed" if any(content[0] <= q.start < content[1] for q in unit.quotes) else "indirect"
        )
        return [Found(kind, [content], speaker, None, name, role, True)]
    return []


DASHES = ("–", "—", "-")


def reported_part(toks: list[Token], rules: Rules) -> list[Token]:
    """The words of a sentence that are reported speech: all of them, unless the
    Konjunktiv first stands after a colon, a dash or a ", dass" clause and the words before
    hold none ("Lagarde hat deutlich gemacht, dass der Zyklus abgeschlossen sei" → "der
    Zyklus abgeschlossen sei"; "Sie sieht drei Bedingungen: Erstens müsse …"); the
    writer's own words before it are no part of what was said. A "dass" clause ends with
    its clause."""
    first = next((k for k in range(len(toks)) if mood.marker(toks, k, rules, strong=True)), None)
    if first is None:
        return toks
    bounds = [
        j
        for j in range(1, first)
        if not toks[j].quoted
        and (
            toks[j].text == ":"
            or toks[j].text in DASHES
            or (toks[j].lower in rules.content_openers and toks[j - 1].text == ",")
        )
    ]
    # the nearest boundary with a finite verb of the writer's just before it ("Die
    # Gegner, …, der Westen allgemein - sie alle hätten …": no verb before the dash)
    cut = next(
        (
            j
            for n, j in reversed(list(enumerate(bounds)))
            if any(finite_verb(t, rules) for t in toks[(bounds[n - 1] + 1 if n else 0) : j])
        ),
        None,
    )
    if cut is None or mood.konjunktiv(toks[:cut], rules):
        return toks
    if toks[cut].lower not in rules.content_openers:
        return toks[cut + 1 :]
    end = next(
        (
            k
            for k in range(first + 1, len(toks))
            if toks[k].text in SEPARATORS + FINAL and not toks[k].quoted
        ),
        len(toks),
    )
    return toks[cut + 1 : end]


def _sentence_quote(toks: list[Token]) -> bool:
    """A quote that is a whole sentence: several words, capitalised, closed by a stop."""
    words = [t for t in toks if t.word]
    stops = [t for t in toks if t.text in FINAL]
    return len(words) >= 4 and words[0].cap and bool(stops)
