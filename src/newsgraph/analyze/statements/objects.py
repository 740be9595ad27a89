"""What a reporting verb reports: the phrases it governs, not its whole sentence.

Why: the guideline's content of a reported statement is what the verb governs ("Die
Polizei warnte bereits vorab vor Verkehrsbehinderungen" → "vor Verkehrsbehinderungen",
"Der Minister wies die Vorwürfe zurück" → "die Vorwürfe"). The rules see no syntax and
give the whole sentence, so a long frame around the verb (the subject, an adverbial up
front) makes the content miss its gold, and of two reporting verbs joined by "und"
("wies die Vorwürfe zurück und rief zu mehr Respekt auf") one is lost. The parse knows
which phrases hang from each verb: its objects anywhere, its adverbials only after the
finite verb (what stands before it in a German main clause sets the scene: "Nach den
Enthüllungen haben Politiker Gegenmaßnahmen verlangt" → "Gegenmaßnahmen"). The labels
come from ``lang/<language>/syntax.toml`` (``reported_objects``, ``reported_front``); a
language without them keeps the rules' content.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsgraph.analyze.statements.rules import Rules
from newsgraph.article import Span, Statement

_BEFORE_FINITE = frozenset(["aux", "aux:pass"])
_QUOTE_MARKS = frozenset("\"„“”«»‚‘’'")


def narrow(
    text: str,
    sentences: list[tuple[int, int]],
    docs: list[Any],
    statements: list[Statement],
    rules: Rules,
    conf: dict[str, Any],
) -> list[Statement]:
    """Cuts each reported statement whose content is its whole sentence down to the phrases
    its cue verb governs in the parse of that sentence (in place; of two left with the
    same whole sentence, the second goes), and returns the statements of the reporting
    verbs coordinated with it (same speaker)."""
    objects = frozenset(conf.get("reported_objects", []))
    if not objects:
        return []
    front = frozenset(conf.get("reported_front", []))
    subjects = frozenset(conf.get("subject", []))
    reflexive = frozenset(conf.get("not_objects", []))
    verb_pos = frozenset(conf.get("verb_pos", []))
    where = {bounds: n for n, bounds in enumerate(sentences)}
    cues = {s.cue.start for s in statements if s.cue is not None}
    added: list[Statement] = []
    for s in statements:
        if s.kind != "reported" or s.cue is None or s.spans:
            continue
        n = where.get((s.start, s.end))
        if n is None:
            continue  # a source phrase's clause, or content the rules cut already
        offset, doc = sentences[n][0], docs[n]
        verb = next((t for t in doc if offset + t.idx == s.cue.start), None)
        if verb is None or (verb_pos and verb.pos_ not in verb_pos):
            continue
        skip = (s.speaker.start, s.speaker.end) if s.speaker is not None else (-1, -1)
        # words another statement says are not this one's ("… und betonte, „…“")
        others = [p for o in statements if o.kind != "reported" for p in _parts(o)]
        parts = governed(verb, offset, objects, front, skip, subjects, reflexive, others)
        if not parts:
            continue
        _set_content(s, text, parts)
        for other in _coordinated(verb, rules, verb_pos):
            at = offset + other.idx
            found = governed(other, offset, objects, objects, skip, subjects, reflexive, others)
            if at in cues or not found:
                continue
            cues.add(at)
            cue = Span(other.text, at, at + len(other.text))
            speaker = replace(s.speaker) if s.speaker is not None else None
            new = Statement("", "reported", "", 0, 0, speaker, cue, s.language)
            _set_content(new, text, found)
            added.append(new)
    # two reporting verbs of one sentence the parse could not tell apart: one statement
    seen: set[tuple[int, int]] = set()
    for s in list(statements):
        if s.kind == "reported" and (s.start, s.end) in where:
            if (s.start, s.end) in seen:
                statements.remove(s)
            seen.add((s.start, s.end))
    return added


def _parts(s: Statement) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in s.spans] or [(s.start, s.end)]


def _set_content(s: Statement, text: str, parts: list[tuple[int, int]]) -> None:
    s.start, s.end = parts[0][0], parts[-1][1]
    s.text = text[s.start : s.end]
    s.spans = [Span(text[a:b], a, b) for a, b in parts] if len(parts) > 1 else []


def _coordinated(verb: Any, rules: Rules, verb_pos: frozenset[str]) -> list[Any]:
    """The reporting verbs joined to ``verb`` by a conjunction ("wies … zurück und warf …
    vor"), either way round."""
    near = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        near.append(verb.head)
        near += [c for c in verb.head.children if c.dep_ == "conj" and c.i != verb.i]
    out = []
    for t in near:
        form = rules.verbs.get(t.lower_)
        if form is not None and form.reporting and (not verb_pos or t.pos_ in verb_pos):
            out.append(t)
    return out


def governed(
    verb: Any,
    offset: int,
    objects: frozenset[str],
    front: frozenset[str],
    skip: tuple[int, int] = (-1, -1),
    subjects: frozenset[str] = frozenset(),
    not_objects: frozenset[str] = frozenset(),
    others: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """The text offsets of the phrases ``verb`` governs with a label in ``objects``, as
    runs of adjacent words; a phrase before the finite verb only with a label in ``front``.
    A phrase whose head lies inside ``skip`` (the speaker mention) is left out, and so are
    the words of other phrases inside it; with a phrase labelled in ``subjects`` inside
    ``skip``, other such phrases count as objects. Words in ``not_objects`` (a reflexive
    "sich") are no phrase of their own; words inside ``others`` (what other statements
    say) are left out."""
    finite = min([verb.i] + [c.i for c in verb.children if c.dep_ in _BEFORE_FINITE])
    if verb.dep_ == "conj":
        finite = verb.left_edge.i  # "… und Zweifel geäußert": no forefield of its own

    def inside(t: Any) -> bool:
        return bool(skip[0] <= offset + t.idx < skip[1])

    # a verb has one subject: with the speaker one of them, another "subject" is an object
    # the parser mislabelled ("Dem Plan erteilte sie eine Absage", "wies die Vorwürfe zurück")
    second = any(c.dep_ in subjects and inside(c) for c in verb.children)
    keep: set[int] = set()
    for child in verb.children:
        label = "obj" if second and child.dep_ in subjects else child.dep_
        if label not in objects or (child.i < finite and label not in front):
            continue
        if inside(child) or child.lower_ in not_objects:
            continue
        for t in child.subtree:
            at = offset + t.idx
            if t.i != verb.i and not inside(t) and not any(a <= at < b for a, b in others or []):
                keep.add(t.i)
    return _runs(verb.doc, sorted(keep), offset)


def _runs(doc: Any, indices: list[int], offset: int) -> list[tuple[int, int]]:
    """Adjacent token indices as text offsets, without punctuation at either end."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    out = []
    for run in runs:
        while run and _loose(doc, run, 0):
            run = run[1:]
        while run and _loose(doc, run, -1):
            run = run[:-1]
        if run and sum(doc[i].text in _QUOTE_MARKS for i in run) % 2:
            # a quotation mark the parse hung elsewhere closes (or opens) the run's quote
            if run[-1] + 1 < len(doc) and doc[run[-1] + 1].text in _QUOTE_MARKS:
                run = [*run, run[-1] + 1]
            elif run[0] > 0 and doc[run[0] - 1].text in _QUOTE_MARKS:
                run = [run[0] - 1, *run]
        if run:
            last = doc[run[-1]]
            out.append((offset + doc[run[0]].idx, offset + last.idx + len(last.text)))
    return out


def _loose(doc: Any, run: list[int], at: int) -> bool:
    """Whether the token at the run's edge ``at`` (0 or -1) is punctuation to drop: a
    quotation mark stays when the run holds its partner (von einem „ersten Schritt“)."""
    t = doc[run[at]]
    if not (t.is_punct or t.is_space):
        return False
    if t.text in _QUOTE_MARKS:
        return sum(doc[i].text in _QUOTE_MARKS for i in run) < 2
    return True
