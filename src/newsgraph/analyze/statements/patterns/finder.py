"""The pass over one text's sentences: each pattern in order of how sure it is.

Why: the patterns compete for the same words (a quote claimed by two frames, a source
phrase against a bare reporting verb), and a statement's speaker feeds the memory that
later pronouns and continuations read, so one loop decides per sentence and keeps the
memory in step.
"""

from __future__ import annotations

from newsgraph.analyze.statements.mood import konjunktiv
from newsgraph.analyze.statements.patterns.about import lead_subject, source_of
from newsgraph.analyze.statements.patterns.content import outside_statements
from newsgraph.analyze.statements.patterns.continuation import continuation
from newsgraph.analyze.statements.patterns.cues import is_cue
from newsgraph.analyze.statements.patterns.found import Found, Reading, trim
from newsgraph.analyze.statements.patterns.inserted import inserted_frame
from newsgraph.analyze.statements.patterns.quote_frames import colon_frame, quote_frame
from newsgraph.analyze.statements.patterns.sources import as_frame, so_frame, source_frame
from newsgraph.analyze.statements.patterns.verb_frames import (
    at_cue,
    coordinated_cue,
    opinion_frame,
)
from newsgraph.analyze.statements.phrases.describe import describe
from newsgraph.analyze.statements.phrases.mention import Mention
from newsgraph.analyze.statements.phrases.noun_phrase import noun_phrase
from newsgraph.analyze.statements.phrases.words import mood_adjective
from newsgraph.analyze.statements.tokens import Token, Unit

CONTINUATION_GAP = 1  # sentences without a statement that free indirect speech may skip


def find_all(r: Reading, units: list[Unit]) -> list[Found]:
    """The statements of ``units`` (one text's sentences), in order."""
    found: list[Found] = []
    dropped: list[Mention] = []  # speakers of frames given way
    last: Found | None = None
    last_unit = -99
    prev: Unit | None = None
    for n, unit in enumerate(units):
        if not unit.prose or not unit.tokens:
            prev = None
            continue
        here = [f for f in _unit(r, unit, dropped) if not _says_itself(f)]
        near = (
            last
            if last is not None
            and n - last_unit <= 1 + CONTINUATION_GAP
            and unit.paragraph - units[last_unit].paragraph <= 1
            else None
        )
        if not here:
            if (
                near is not None
                and prev is not None
                and last_unit < n - 1
                and (lead_subject(r, prev) or source_of(prev, r.rules)) is not None
            ):
                near = None  # a sentence between names someone else: "X nahm Stellung."
            # each sentence of free indirect speech is a statement of its own, as the
            # guideline counts them (one merged statement over several sentences misses
            # each of them: measured on the team corpus, train de 0.655 -> 0.666)
            adjacent = near is not None and last_unit == n - 1 and _in_konjunktiv(r, near, prev)
            framed = inserted_frame(r, unit) if r.rules.language == "de" else None
            here = (
                [framed]
                if framed is not None
                else continuation(r, unit, near, prev if near is None else None, adjacent)
            )
        for m in dropped:
            name, _ = r.memory.resolve(m, None)
            if name and m.kind != "pronoun":
                r.memory.add(name, m)
        dropped = []
        for f in here:
            if f.anaphoric and prev is not None and prev is units[n - 1]:
                found = _take_previous(found, f, prev)
            _speak(r, f, unit)
        found.extend(here)
        if here:
            last, last_unit = here[-1], n
        _remember(r, unit)
        prev = unit
    return found


def _in_konjunktiv(r: Reading, f: Found, unit: Unit | None) -> bool:
    """Whether the words of ``f`` in ``unit`` hold a Konjunktiv I verb ("sagte, sie
    komme"): reported speech that a Konjunktiv II sentence after it goes on with."""
    if unit is None:
        return False
    words = [t for t in unit.tokens if any(a <= t.start < b for a, b in f.parts)]
    return konjunktiv(words, r.rules, strong=True, first=True)


def _claimed(f: Found, unit: Unit, narrowed: bool) -> tuple[int, int]:
    """The words a statement takes from later cues: its content and speaker; of a bare
    reporting verb (the whole sentence, until the parse narrows it: ``narrowed``) only its
    frame, so a second verb in the sentence is read too ("wies die Vorwürfe zurück und
    betonte, „…“")."""
    a, b = f.cue if narrowed and _bare(f, unit) and f.cue is not None else (f.start, f.end)
    if f.speaker is not None:
        a, b = min(a, f.speaker.start), max(b, f.speaker.end)
    return a, b


def _bare(f: Found, unit: Unit) -> bool:
    """A bare reporting verb's statement: the whole sentence, until the parse narrows it to
    what the verb governs (``statements/objects.py``); two of them in one sentence are two
    statements ("wies die Vorwürfe zurück und forderte eine Prüfung")."""
    return f.kind == "reported" and f.parts == [(unit.start, unit.end)] and f.cue is not None


def _second_frame(r: Reading, out: list[Found], tok: Token) -> bool:
    """Whether ``tok`` stands in a second frame between a statement's cue and its
    quote, after a colon: "X kritisierte das Gesetz scharf: So sagte Y: „…“"."""
    for f in out:
        if f.cue is None or not (f.cue[1] <= tok.start < f.start):
            continue
        if ":" in r.text[f.cue[1] : tok.start] and r.text[tok.start : f.start].rstrip(
            ' „“"»«'
        ).endswith(":"):
            return True
    return False


def _stance(r: Reading, toks: list[Token], i: int) -> bool:
    """ "zeigte sich optimistisch, dass …": a stance verb, "sich", a lowercase word."""
    t = toks[i]
    return (
        i >= 2
        and t.word
        and not t.cap
        and toks[i - 1].lower == "sich"
        and toks[i - 2].lower in r.rules.stance_verbs
    )


def _take_previous(found: list[Found], f: Found, prev: Unit) -> list[Found]:
    """ "Dies bestätigte X": the sentence before is the content, unless it is a statement
    of its own already (a weaker reading of it, "reported", gives way)."""
    mine = [g for g in found if g.start >= prev.start]
    if any(g.kind != "reported" for g in mine) or not prev.tokens:
        return found
    f.parts.insert(0, trim(prev.tokens, keep_final=False))
    return [g for g in found if g.start < prev.start]


def _unit(r: Reading, unit: Unit, dropped: list[Mention]) -> list[Found]:
    """The statements of one sentence; the speakers of frames that give way go to
    ``dropped`` (still someone named, for a later pronoun)."""
    toks = unit.tokens
    out: list[Found] = []
    used: list[tuple[int, int]] = []
    german = r.rules.language == "de"  # whose parse narrows bare reporting verbs (objects.py)
    if r.rules.language == "de":
        # "…, wie Burt Rutan, Chef der Firma, mitteilte": the frame names the speaker; its
        # verb is no cue for a statement of its own
        for i, tok in enumerate(toks):
            if (
                tok.lower in r.rules.as_frame
                and not tok.quoted
                and (i == 0 or toks[i - 1].text == ",")
            ):
                found = as_frame(unit, i, r.rules)
                if found is not None and found.cue is not None:
                    out.append(found)
                    used.append((min(found.start, tok.start), max(found.end, found.cue[1])))
    for i, tok in enumerate(toks):
        if tok.quoted or (
            any(a <= tok.start < b for a, b in used) and not _second_frame(r, out, tok)
        ):
            continue
        found = at_cue(r, unit, i) if is_cue(toks, i, r.rules) else None
        if found is None and german and is_cue(toks, i, r.rules):
            found = coordinated_cue(r, unit, i, out)
        if found is None and tok.lower in r.rules.so_frame:
            found = so_frame(unit, i, r.rules)
        if found is None and tok.lower in r.rules.opinion_nouns:
            found = opinion_frame(r, unit, i)
        if found is None and _stance(r, toks, i):
            found = opinion_frame(r, unit, i, i - 2)
        if found is not None:
            # one quote claimed by two frames ("äußerte sich X: „…“, sagte er"): the frame
            # right after it wins
            for f in out:
                if f.parts == found.parts and f.speaker is not None:
                    dropped.append(f.speaker)  # still someone named, for "er"
            both = german and _bare(found, unit)
            out = [f for f in out if f.parts != found.parts or (both and _bare(f, unit))]
            out.append(found)
            used.append(_claimed(found, unit, german))
    source = source_frame(unit, r.rules, used)
    bare = [
        f
        for f in out
        if german
        and f.kind == "reported"
        and f.parts == [(unit.start, unit.end)]
        and (f.speaker is None or f.speaker.kind != "person")
    ]
    if bare:
        # "Laut ROG wurden zwei Blogger verurteilt", "Dem Gericht zufolge drohen Samsung
        # Strafen": a sentence read as reported speech only for its reporting verb, with a
        # source phrase in it, is what the source says; the verb's subject is what it is
        # about. A person's verb stays theirs ("Laut des Daily Star sagte Reading … voraus")
        found = source or source_frame(unit, r.rules)
        if found is not None and found.speaker is not None:
            out = [f for f in out if f not in bare]
            source = found
    if source is not None and out and r.rules.language == "de":
        # "X sagte, … Laut Y …": a source of its own, outside the statements found
        source.parts = outside_statements(unit, source.parts, out)
        if not source.parts:
            source = None
    if source is not None and (not out or r.rules.language == "de"):
        out.append(source)
    for q in unit.quotes:
        if any(f.start <= q.start < f.end for f in out):
            continue
        if any(f.cue is not None and f.cue[0] <= q.start < f.start for f in out):
            continue  # a name in the frame: "heißt es in der Meldung von „con energy“:"
        found = colon_frame(r, unit, q) or quote_frame(r, unit, q, out)
        if found is not None:
            out.append(found)
    return sorted(out, key=lambda f: f.start)


def _speak(r: Reading, f: Found, unit: Unit) -> None:
    """Resolve the statement's speaker and remember who was named, for later pronouns."""
    if f.speaker is None or f.continued:
        return
    plural = None
    if f.cue is not None:
        verb = r.rules.verbs.get(r.text[f.cue[0] : f.cue[1]].split()[0].lower())
        plural = verb.plural if verb else None
    f.name, f.role = r.memory.resolve(f.speaker, plural)
    if f.name:
        r.memory.add(f.name, f.speaker)
        if f.speaker.kind == "pronoun":
            r.memory.seen[-1].role = f.role
    else:
        r.memory.add_unnamed(f.speaker)


def _remember(r: Reading, unit: Unit) -> None:
    """People named with a role ("Kreml-Sprecher Dmitri Peskow") for later pronouns."""
    toks = unit.tokens
    for i, t in enumerate(toks):
        if t.quoted or not t.word or r.rules.role_of(t.text) != "person":
            continue
        start = i
        while start > 0 and (
            toks[start - 1].cap
            or (
                mood_adjective(toks[start - 1])
                and toks[start - 1].lower not in r.rules.verbs  # "sagte Trainer X"
                and toks[start - 1].lower not in r.rules.auxiliaries
            )
            or toks[start - 1].lower in r.rules.determiners
        ):
            start -= 1
        m = describe(noun_phrase(toks, start, r.rules), r.rules)
        if m is not None and m.name and len(m.name.split()) >= 2 and m.kind == "person":
            r.memory.add(m.name, m)


def _says_itself(f: Found) -> bool:
    """Content that is its own speaker's phrase ("“…,” said Dr. X, MBA ’16, …" read once
    as a frame and once as "said <content>"): a misreading, never a statement."""
    m = f.speaker
    if m is None:
        return False
    return all(m.start <= a and b <= m.end for a, b in f.parts)
