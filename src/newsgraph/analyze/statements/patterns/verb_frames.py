"""Statements framed by a speech verb: content before or after it, or a bare reporting verb.

Why: the surest pattern; a speech verb with its subject and its content ("sagte, …",
"„…“, sagte X"), a passive one with its agent ("Ihm wurde vorgeworfen, …"), an
anaphoric one ("Dies bestätigte X"), a reporting verb alone ("Trump signalisierte …"),
or an opinion noun ("ist der Meinung, dass …").
"""

from __future__ import annotations

from newsgraph.analyze.statements.patterns.about import document_in, source_in
from newsgraph.analyze.statements.patterns.clauses import sets_scene
from newsgraph.analyze.statements.patterns.content import content_after, content_before
from newsgraph.analyze.statements.patterns.cues import (
    cue_end,
    is_cue,
    is_passive,
    passive_participle,
    speech_verb,
)
from newsgraph.analyze.statements.patterns.found import Found, Reading, kind_of
from newsgraph.analyze.statements.patterns.known import common_noun
from newsgraph.analyze.statements.patterns.subjects import subject_of
from newsgraph.analyze.statements.phrases.after_verb import after_verb
from newsgraph.analyze.statements.phrases.describe import describe
from newsgraph.analyze.statements.tokens import Unit


def opinion_frame(r: Reading, unit: Unit, n: int, v: int | None = None) -> Found | None:
    """ "X ist der Meinung, dass …", "kam zu dem Schluss, dass …": a verb and an opinion
    noun make the cue; the content clause follows. With ``v``, the verb is given: "zeigte
    sich optimistisch, dass …" (a stance verb, "sich", an adjective at ``n``)."""
    toks = unit.tokens
    if v is None:
        v = n - 1
        while v > 0 and (
            toks[v].lower in r.rules.determiners or toks[v].lower in r.rules.prepositions
        ):
            v -= 1
    if v < 1 or v == n - 1 or not toks[v].word or toks[v].cap or toks[v].quoted:
        return None
    after = content_after(unit, n, n, r.rules)
    if after is None or n + 1 >= len(toks) or toks[n + 1].text != ",":
        return None
    speaker = subject_of(r, toks, v, False, strict=True)
    if speaker is None or speaker.kind == "unknown":
        return None
    content, _ = after
    return Found(kind_of(unit, content), [content], speaker, (toks[v].start, toks[n].end))


def at_cue(r: Reading, unit: Unit, i: int) -> Found | None:
    """The statement a speech verb at ``i`` frames: content after or before it, the
    sentence before ("Dies bestätigte X"), or the sentence itself (a reporting verb)."""
    toks = unit.tokens
    verb = speech_verb(toks, i, r.rules)
    if verb is None:
        return None
    end = cue_end(toks, i, r.rules)
    cue = (toks[i].start, toks[end].end)
    before = content_before(unit, i, r.rules)
    after = content_after(unit, i, end, r.rules)
    if (
        before is not None
        and r.rules.language != "de"
        and (before[1] is not None or any(q.end == before[0][1] for q in unit.quotes))
    ):
        if after is not None and after[0] and sets_scene(unit, before[0], r.rules):
            # "In a notice viewed by STAT, HCA said employees …": the words before
            # set the scene; what was said follows the verb
            before = None
        else:
            # English: "“…,” she said, …" — the quote before wins; "“…,” said X,
            # director of …": what follows the verb is its speaker, never content
            after = None
    if after is not None:
        content, middle = after
        if (
            passive_participle(toks, i, r.rules)
            and not verb.impersonal
            and verb.lemma not in r.rules.passive_speaker
        ):
            # "Die Männer werden beschuldigt, …", "Klien wurde vorgeworfen, …": the
            # subject is who is talked about; the speaker is the agent, if named, or the
            # document it is in ("In einer Presseerklärung wurde verkündet, …")
            field_ = [t for t in toks[:i] if not t.quoted]
            speaker = source_in(field_, r.rules) or document_in(field_, r.rules)
        else:
            speaker = subject_of(r, toks, i, verb.impersonal) or (
                describe(after_verb(middle, 0, r.rules), r.rules) if middle else None
            )
        if speaker is not None and content:
            return Found(kind_of(unit, content), [content], speaker, cue)
        if (
            content
            and speaker is None
            and is_passive(toks, i, r.rules)
            and not verb.impersonal
            and kind_of(unit, content) == "indirect"
        ):
            # "Es wird erwartet, dass …", "Ihm wurde vorgeworfen, …": no one named, or the
            # agent ("Von der Opposition wurde kritisiert, dass …")
            agent = source_in([t for t in toks[:i] if not t.quoted], r.rules)
            return Found(kind_of(unit, content), [content], agent, cue)
    if before is not None:
        content, speaker = before
        if speaker is None and verb.impersonal:
            # "„…“ heißt es dazu in einer Pressemitteilung des CCC"
            speaker = subject_of(r, toks, i, True)
        if speaker is not None:
            return Found(kind_of(unit, content), [content], speaker, cue)
    if (
        r.rules.language == "de"
        and 0 < i <= 2
        and toks[i - 1].lower in r.rules.anaphors
        and (i == 1 or toks[0].lower in r.rules.leading_particles)
        and not verb.impersonal
    ):
        # "Dies bestätigte der Premierminister.": what he confirmed is the sentence before;
        # "Das teilten beide Delegationen … mit": the subject follows the verb, not the particle
        speaker = describe(after_verb(toks, i + 1, r.rules), r.rules)
        if speaker is not None and (speaker.name or speaker.kind != "unknown"):
            a = toks[i - 1]
            return Found("indirect", [(a.start, a.end)], speaker, cue, anaphoric=True)
    if verb.reporting and not is_passive(toks, i, r.rules):
        speaker = subject_of(r, toks, i, verb.impersonal, strict=True)
        if (
            speaker is not None
            and (speaker.name or speaker.kind != "unknown")
            and not common_noun(speaker, r.rules)
        ):
            return Found("reported", [(unit.start, unit.end)], speaker, cue)
    return None


def coordinated_cue(r: Reading, unit: Unit, i: int, out: list[Found]) -> Found | None:
    """ "verteidigte sie die Souveränität und betonte, „…“": a speech verb after "und" whose
    subject is the earlier verb's; its content follows it, its speaker is that verb's."""
    toks = unit.tokens
    if i == 0 or toks[i - 1].lower not in r.rules.and_words:
        return None
    verb = speech_verb(toks, i, r.rules)
    if verb is None:
        return None
    end = cue_end(toks, i, r.rules)
    after = content_after(unit, i, end, r.rules)
    if after is None or not after[0] or after[1]:
        return None  # no content, or words between verb and content: a subject of its own
    prior = [f for f in out if f.cue is not None and f.cue[1] <= toks[i].start and f.speaker]
    speaker = prior[-1].speaker if prior else None
    if speaker is None:
        # "plädierten sie auf nicht schuldig und erklärten, …": the earlier verb's subject
        first = next((k for k in range(i - 2, -1, -1) if is_cue(toks, k, r.rules)), None)
        speaker = None if first is None else subject_of(r, toks, first, False)
    if speaker is None:
        return None
    content = after[0]
    return Found(kind_of(unit, content), [content], speaker, (toks[i].start, toks[end].end))
