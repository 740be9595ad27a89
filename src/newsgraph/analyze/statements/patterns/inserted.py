"""A frame set into reported speech whose verb the speech-verb lists lack.

Why: "Als Galerist gehe man mit, findet Lybke." and "Immerhin, fand der 31-Jährige, habe
man eine gute Show geboten." The Konjunktiv I makes the words someone's; the frame set
between commas, its verb first and its subject after it, says whose. There its verb need
not be a speech verb: one the cue lexicon (``lang/de/spkatt_cues.tsv``, SpkAtt) shows as a
cue in most of its uses ("finden", "wissen") is enough. Without this reading the sentence
goes on with the last speaker named, which puts it in the wrong mouth.
"""

from __future__ import annotations

from functools import cache

from newsgraph.analyze.statements import lexicon
from newsgraph.analyze.statements.mood import konjunktiv
from newsgraph.analyze.statements.patterns.cues import finite_verb
from newsgraph.analyze.statements.patterns.found import FINAL, Found, Reading, kind_of, trim
from newsgraph.analyze.statements.phrases.describe import describe
from newsgraph.analyze.statements.phrases.noun_phrase import noun_phrase
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token, Unit
from newsgraph.lang import load


def inserted_frame(r: Reading, unit: Unit) -> Found | None:
    """The statement of a Konjunktiv I sentence with a frame ", <verb> <subject>" after a
    comma, closed by a comma or the sentence's end; None when there is none."""
    toks = unit.tokens
    forms = _frame_verbs(r.rules.language)
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if t.quoted or t.cap or toks[i - 1].text != "," or t.lower not in forms:
            continue
        at = i + 1
        while at < len(toks) and toks[at].lower in r.rules.leading_particles:
            at += 1  # ", findet auch Harald Prüß"
        phrase = noun_phrase(toks, at, r.rules)
        if not phrase:
            continue
        end = toks.index(phrase[-1]) + 1
        closed = end == len(toks) or toks[end].text == ","
        if not closed and not _attached(toks[end:], r.rules):
            continue
        before, after = toks[: i - 1], toks[end + 1 :] if closed else []
        if after and after[0].lower in r.rules.relatives:
            after = []  # ", findet Lybke, der …": a clause about the speaker
        if not konjunktiv(before + after, r.rules, strong=True, first=True):
            continue
        speaker = describe(phrase, r.rules)
        if speaker is None:
            continue
        parts = [trim(p, keep_final=False) for p in (before, after) if _words(p)]
        kind = kind_of(unit, (parts[0][0], parts[-1][1]))
        return Found(kind, parts, speaker, (t.start, t.end))
    return None


def _attached(tail: list[Token], rules: Rules) -> bool:
    """Whether the words after the subject up to the sentence's end only describe it
    ("… Harald Prüß von der Charité (DZNE)."): no verb, no quote, nothing after a stop."""
    if not tail or tail[-1].text not in FINAL:
        return False
    return not any(t.quoted or t.text in FINAL or finite_verb(t, rules) for t in tail[:-1])


def _words(toks: list[Token]) -> bool:
    return any(t.word for t in toks)


@cache
def _frame_verbs(language: str) -> frozenset[str]:
    """Word forms of the lexicon's verbs without a particle that are a cue in at least
    ``lexicon_min_ratio`` of their uses ([verbs] in ``statements.toml``), beside the
    listed speech verbs."""
    data = load(language, "statements").get("verbs", {})
    least = float(data.get("lexicon_min_ratio", 1.0))
    return frozenset(
        form
        for cue in lexicon.cues(language).values()
        if cue.ratio >= least and cue.particle is None
        for form in cue.separated
    )
