"""Statements framed by a source phrase: "laut X", "X zufolge", "so X", "wie X mitteilte".

Why: reported speech is often marked by a phrase rather than a verb ("nach Angaben
von X", "according to X", "…, so der Minister", "Wie die Polizei mitteilte, …"); the
phrase names the speaker and the rest of the sentence, on both sides, is the content.
"""

from __future__ import annotations

from newsgraph.analyze.statements.patterns.cues import speech_verb
from newsgraph.analyze.statements.patterns.found import FINAL, SEPARATORS, Found, kind_of, trim
from newsgraph.analyze.statements.phrases.apposition import cut_relative
from newsgraph.analyze.statements.phrases.describe import describe
from newsgraph.analyze.statements.phrases.mention import MAX_SPEAKER, Mention
from newsgraph.analyze.statements.phrases.noun_phrase import noun_phrase
from newsgraph.analyze.statements.phrases.words import initials_stop, mood_adjective
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token, Unit


def so_frame(unit: Unit, i: int, rules: Rules) -> Found | None:
    """ "…, so der Minister." after a quote or a content clause."""
    toks = unit.tokens
    if i == 0 or (toks[i - 1].text != "," and not (toks[i - 1].quoted and not toks[i - 1].word)):
        return None
    at = i + 1
    if _verb_after_so(toks, at, rules):
        at += 1  # "so argwöhnte die Musikerin": a verb the lists lack, then the speaker
    cue = (toks[at - 1].start, toks[at - 1].end)
    phrase = noun_phrase(toks, at, rules)
    if not phrase:
        return None
    tail = toks[toks.index(phrase[-1]) + 1 :]
    if tail and tail[-1].text in FINAL:
        tail = tail[:-1]
    colon = next((c for c, t in enumerate(tail) if t.text == ":" and not t.quoted), None)
    if colon is not None and colon <= 3 and all(t.word for t in tail[:colon]):
        # "…, so Elshorst weiter: „…“": the content before and the quote after
        rest = [q for q in unit.quotes if q.start >= tail[colon].end]
        content = toks[: i - 1] if toks[i - 1].text == "," else toks[:i]
        if rest and sum(t.word for t in content) >= 3:
            parts = [trim(content, keep_final=False), (rest[0].start, rest[-1].end)]
            return Found("mixed", parts, describe(phrase, rules), cue)
    # "…, so der Minister." / "…, so Guttenberg wörtlich." / "…, so X am Montag."
    if len(tail) > 3 or any(not t.word or t.quoted for t in tail):
        return _so_inside(unit, i, phrase, rules, cue)
    content = toks[: i - 1] if toks[i - 1].text == "," else toks[:i]
    if sum(t.word for t in content) < 3:
        return None
    span = trim(content, keep_final=False)
    speaker = describe(phrase, rules)
    return Found(kind_of(unit, span), [span], speaker, cue)


def _verb_after_so(toks: list[Token], at: int, rules: Rules) -> bool:
    """Whether the word after "so" is a verb: in German a lower-case word there that is no
    determiner or pronoun ("so argwöhnte die Musikerin", "so spottete er")."""
    if rules.language != "de" or at + 1 >= len(toks):
        return False
    t = toks[at]
    low = t.text.lower()
    return t.word and not t.cap and low not in rules.determiners and low not in rules.pronouns


def _so_inside(
    unit: Unit, i: int, phrase: list[Token], rules: Rules, cue: tuple[int, int]
) -> Found | None:
    """ "Doch sei es, so der Schriftsteller X in einem Blog, ein Haufen …": the frame
    inside the content, closed by a comma; the content is on both sides."""
    if rules.language != "de" or _comma_before(unit.tokens, i) is None:
        return None
    toks = unit.tokens
    k = toks.index(phrase[-1]) + 1
    if k < len(toks) and toks[k].text == ",":
        after = cut_relative(toks[k:], rules)  # ", der bei … arbeitet,"
        if not after:
            k = next((c for c in range(k + 1, len(toks)) if toks[c].text == ","), len(toks))
    # a few adverbials ("in einem Blogeintrag auf der Website") up to the closing comma
    j = k
    while j < len(toks) and toks[j].text != "," and j - k < 14:
        t = toks[j]
        if t.text in FINAL + ";:" or (t.word and not t.cap and not _frame_word(t, rules)):
            return None
        j += 1
    if j >= len(toks) or toks[j].text != ",":
        return None
    left = [t for t in toks[: i - 1] if t.word]
    right = toks[j + 1 :]
    if len(left) < 1 or sum(t.word for t in right) < 2 or len(left) + len(right) < 4:
        return None
    parts = [trim(toks[: i - 1], keep_final=False), trim(right, keep_final=False)]
    speaker = describe(phrase, rules)
    kind = "mixed" if unit.quotes else "indirect"
    return Found(kind, parts, speaker, cue)


def source_frame(
    unit: Unit, rules: Rules, used: list[tuple[int, int]] | None = None
) -> Found | None:
    """ "laut X", "nach Angaben von X", "X zufolge", "according to X", "demnach"."""
    toks = unit.tokens
    for i, tok in enumerate(toks):
        if tok.quoted or any(a <= tok.start < b for a, b in used or ()):
            continue
        low = tok.lower
        if low in rules.source_self:
            # "Demnach seien …": the source is the one just named; the word stands for it
            found = _sourced(unit, i, i, [tok], tok.end, rules, after=True)
            if found is not None:
                found.speaker = Mention([tok], None, None, "pronoun")
                return found
        for phrase in rules.source_before.get(low, ()):
            n = len(phrase)
            if tuple(t.lower for t in toks[i : i + n]) == phrase:
                np = _according_phrase(toks, i + n, rules) or noun_phrase(toks, i + n, rules)
                if np:
                    return _sourced(unit, i, i + n - 1, np, toks[i + n - 1 + len(np)].end, rules)
        if low == "nach" and rules.source_nouns:
            # "nach ukrainischen Angaben", "Nach Polizeiangaben", "Nach einer Studie"
            np = noun_phrase(toks, i + 1, rules)
            head = next((t for t in np if t.cap and t.word), None)
            # the head noun must name a source: not "nach dem Abgang von Parteichef X"
            if head is not None and (
                _source_noun(head.lower, rules) or rules.role_of(head.text) == "body"
            ):
                found = _sourced(unit, i, i, np, np[-1].end, rules)
                if found is not None:
                    return found
        if low == "nach" and rules.source_nouns and i > 0:
            # "Seiner Meinung nach", "Dem Vernehmen nach", "Angaben der Polizei nach"
            np = _phrase_before(toks, i, rules)
            if np and any(_source_noun(t.lower, rules) for t in np if t.cap):
                found = _sourced(unit, i, i, np, tok.end, rules, after=True)
                if found is not None:
                    return found
        if low in rules.source_after and i > 0:
            np = _phrase_before(toks, i, rules)
            if np and any(t.cap for t in np):
                return _sourced(unit, i, i, np, tok.end, rules, after=True)
        if low in rules.as_frame and (i == 0 or toks[i - 1].text == ","):
            found = as_frame(unit, i, rules)
            if found is not None:
                return found
    return None


def _according_phrase(toks: list[Token], i: int, rules: Rules) -> list[Token]:
    """English "according to X": X runs to the next comma or the sentence end
    ("according to a technical report published alongside the model, …"); empty when
    that is no short phrase (German "laut X" takes no comma: ``noun_phrase`` decides)."""
    if rules.language == "de":
        return []
    k = i
    while k < len(toks) and not toks[k].quoted and (
        toks[k].text not in SEPARATORS + FINAL or initials_stop(toks, k)
    ):
        if toks[k].lower in rules.auxiliaries or toks[k].lower in rules.verbs:
            return []  # a clause: "according to X the plan was …" has no phrase end
        k += 1
    return toks[i:k] if 0 < k - i <= MAX_SPEAKER else []


def _sourced(
    unit: Unit, c0: int, c1: int, np: list[Token], frame_end: int, rules: Rules, after: bool = False
) -> Found | None:
    toks = unit.tokens
    cue = (toks[c0].start, toks[c1].end)
    frame_start = np[0].start if after else toks[c0].start
    parts = []
    left = [t for t in toks if t.end <= frame_start]
    right = [t for t in toks if t.start >= frame_end]
    while left and left[-1].text in SEPARATORS:
        left.pop()
    while right and right[0].text in SEPARATORS:
        right.pop(0)
    if left and sum(t.word for t in left) >= 1:
        parts.append(trim(left, keep_final=False))
    if right and sum(t.word for t in right) >= 2:
        parts.append(trim(right, keep_final=False))
    if not parts or sum(t.word for t in left + right) < 3:
        return None
    speaker = describe(np, rules)
    nouns = tuple(rules.source_nouns)
    if (
        speaker is not None
        and speaker.name
        and nouns
        and all(w.lower().endswith(nouns) for w in speaker.name.split())
    ):
        speaker.name = None  # "Seiner Meinung nach": no one named
    return Found("reported", parts, speaker, cue)


def as_frame(unit: Unit, i: int, rules: Rules) -> Found | None:
    """ "Wie die Polizei mitteilte, …" / "…, as the ministry said"."""
    toks = unit.tokens
    if i + 2 < len(toks) and toks[i + 1].lower in rules.impersonal_subjects:
        return _as_impersonal(unit, i, rules)
    np = noun_phrase(toks, i + 1, rules)
    k = i + 1 + len(np)
    if not np or k >= len(toks):
        return None
    # the verb may come after a few words: "wie X am Montag mitteilte", or after an
    # apposition: "wie Burt Rutan, Chef der Firma Scaled Composites, mitteilte"
    apposition = toks[k].text == "," and rules.language == "de"
    for j in range(k, min(len(toks), k + (20 if apposition else 6))):
        if toks[j].text in FINAL + ";:" or toks[j].quoted:
            break
        if toks[j].text == "," and not (apposition and j == k):
            if not apposition or (toks[j + 1 : j + 2] and toks[j + 1].cap):
                break
            continue
        if speech_verb(toks, j, rules) is not None and not toks[j].cap:
            end = j + 1 if j + 1 < len(toks) and toks[j + 1].text == "," else j
            if apposition and j > k + 1:
                np = _with_apposition(toks, i + 1, k, j, rules)
            return _framed(unit, i, j, np, toks[end].end, rules)
    return None


def _as_impersonal(unit: Unit, i: int, rules: Rules) -> Found | None:
    """ "wie es auf einer Pressekonferenz in Oslo hieß": the source is the phrase after
    the preposition."""
    toks = unit.tokens
    for j in range(i + 2, min(len(toks), i + 16)):
        if toks[j].text == "." and toks[j - 1].text.isdigit():
            continue  # an ordinal: "am 13. Januar"
        if toks[j].text in SEPARATORS + FINAL or toks[j].quoted:
            return None
        verb = rules.verbs.get(toks[j].lower)
        if verb is not None and verb.impersonal and not toks[j].cap:
            p = next(
                (x for x in range(i + 2, j) if toks[x].lower in rules.prepositions),
                None,
            )
            np = noun_phrase(toks[:j], p + 1, rules) if p is not None else []
            end = j + 1 if j + 1 < len(toks) and toks[j + 1].text == "," else j
            found = _framed(unit, i, j, np or [toks[i + 1]], toks[end].end, rules)
            if found is not None and not np:
                found.speaker = None
            return found
    return None


def _with_apposition(toks: list[Token], a: int, k: int, j: int, rules: Rules) -> list[Token]:
    """The phrase at ``a`` (ending before the comma at ``k``) with its apposition, up
    to its closing comma before the verb at ``j`` or its own noun phrase."""
    inner = toks[k + 1 : j]
    close = [c for c, t in enumerate(inner) if t.text == ","]
    tail = inner[: close[-1]] if close else noun_phrase(inner, 0, rules)
    return toks[a : k + 1 + len(tail)] if tail else toks[a:k]


def _framed(
    unit: Unit, i: int, j: int, np: list[Token], frame_end: int, rules: Rules
) -> Found | None:
    toks = unit.tokens
    left = [t for t in toks if t.end <= toks[i].start]
    right = [t for t in toks if t.start >= frame_end]
    while left and left[-1].text in SEPARATORS:
        left.pop()
    while right and right[0].text in SEPARATORS:
        right.pop(0)
    parts = [trim(p, keep_final=False) for p in (left, right) if sum(t.word for t in p) >= 2]
    if not parts:
        return None
    return Found("reported", parts, describe(np, rules), (toks[j].start, toks[j].end))


def _source_noun(low: str, rules: Rules) -> bool:
    """ "Angaben", "Darstellungen", "Einschätzung": a noun naming a source, plural too."""
    nouns = tuple(rules.source_nouns)
    return bool(nouns) and (
        low.endswith(nouns) or low[:-1].endswith(nouns) or low[:-2].endswith(nouns)
    )


def _comma_before(toks: list[Token], i: int) -> int | None:
    """Index of the comma just before ``i``, if there is one."""
    return i - 1 if i > 0 and toks[i - 1].text == "," else None


def _frame_word(t: Token, rules: Rules) -> bool:
    """A lowercase word that may sit in an adverbial of a frame ("in einem Blogeintrag")."""
    low = t.lower
    return (
        low in rules.prepositions
        or low in rules.determiners
        or low in rules.and_words
        or low in rules.leading_particles
        or low in rules.not_subjects
        or mood_adjective(t)
        or low in ("wörtlich", "weiter", "gegenüber")
    )


def _phrase_before(toks: list[Token], i: int, rules: Rules) -> list[Token]:
    """The noun phrase just before a postposition ("Ermittlungen der Polizei zufolge",
    "Seiner Meinung nach"): nouns, adjectives, articles and genitives, back to a boundary."""
    k = i
    while k > 0:
        t = toks[k - 1]
        if t.quoted and t.word:
            k -= 1
            continue
        if t.quoted and k - 1 > 0 and toks[k - 2].quoted:
            k -= 1  # a closing mark of a quoted name: Zeitung „Die Welt“
            continue
        if not t.word and t.text not in "-":
            break
        if not t.cap and (
            t.lower in rules.auxiliaries or t.lower in rules.verbs or t.lower in rules.konjunktiv
        ):
            break  # "Im Juli waren offiziellen Angaben zufolge …": the verb ends the phrase
        if (
            t.cap
            and k < i
            and mood_adjective(toks[k])
            and not toks[k].lower.endswith("er")
            and t.lower not in rules.determiners
        ):
            # a noun before an adjective starts another phrase (but "Berichten britischer …");
            # the "adjective" right after it is the finite verb: "Sie entstammen
            # Zeitungsberichten zufolge …", "Dabei starben behördlichen Angaben zufolge …"
            k += 1
            break
        if t.cap or t.text[:1].isdigit() or mood_adjective(t) or t.lower in rules.determiners:
            k -= 1
            continue
        if t.lower in rules.np_prepositions or t.lower in rules.name_particles:
            k -= 1
            continue
        break
    out = toks[k:i]
    while (
        out
        and (
            out[0].lower in rules.prepositions
            or out[0].lower in rules.leading_particles
            or (out[0].lower in rules.not_subjects and out[0].lower not in rules.determiners)
            or not out[0].word
        )
        and not out[0].quoted
    ):
        out = out[1:]  # "Auch dem Korrespondenten zufolge": "auch" is no part of the source
    while out and not out[-1].cap and not out[-1].quoted:
        out = out[:-1]
    return out if any(t.cap for t in out) and len(out) <= MAX_SPEAKER else []
