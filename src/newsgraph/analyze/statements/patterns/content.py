"""Where the content of a statement starts and ends around its cue.

Why: content follows the cue ("sagte, der Ball sei …", "said that …", "erklärte: „…“")
or stands before it ("„…“, sagte Trump", "…, the minister said"); it ends before a
second speaker's frame ("…, doch Y erklärte, …") and keeps the words outside the
statements already found.
"""

from __future__ import annotations

from itertools import takewhile

from newsgraph.analyze.statements import mood
from newsgraph.analyze.statements.patterns.clauses import adverbial_phrase, has_verb, parenthetical
from newsgraph.analyze.statements.patterns.cues import is_cue
from newsgraph.analyze.statements.patterns.found import FINAL, SEPARATORS, Found, first_clause, trim
from newsgraph.analyze.statements.phrases.after_verb import after_verb
from newsgraph.analyze.statements.phrases.describe import describe
from newsgraph.analyze.statements.phrases.mention import MAX_SPEAKER, Mention
from newsgraph.analyze.statements.phrases.noun_phrase import noun_phrase
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token, Unit


def outside_statements(
    unit: Unit, parts: list[tuple[int, int]], out: list[Found]
) -> list[tuple[int, int]]:
    """The parts cut back to the tokens outside the statements in ``out``."""
    taken = [(f.start, f.end) for f in out]
    taken += [(f.speaker.start, f.speaker.end) for f in out if f.speaker is not None]
    kept = []
    for a, b in parts:
        run: list[Token] = []
        runs = []
        for t in unit.tokens:
            if t.start < a or t.end > b:
                continue
            if any(x <= t.start < y for x, y in taken):
                runs.append(run)
                run = []
            else:
                run.append(t)
        runs.append(run)
        best = max(runs, key=lambda r: sum(t.word for t in r))
        while best and best[0].text in SEPARATORS:
            best = best[1:]
        if sum(t.word for t in best) >= 3:
            kept.append(trim(best, keep_final=False))
    return kept


def content_after(
    unit: Unit, i: int, end: int, rules: Rules
) -> tuple[tuple[int, int], list[Token]] | None:
    """The content after the cue ending at ``end``, and the words between them (where a
    subject after the verb stands); None when no content clause or quote follows."""
    toks = unit.tokens
    j = end + 1
    while j < len(toks) and toks[j].text not in SEPARATORS:
        if (
            rules.language == "de"
            and toks[j].lower in rules.and_words
            and j + 1 < len(toks)
            and is_cue(toks, j + 1, rules)
        ):
            # "verteidigte die Souveränität und betonte, „…“": the content is the second
            # verb's; the first reports what it governs
            return None
        if toks[j].quoted:
            # a quoted name inside the frame ("in der Meldung von „con energy“ wörtlich:")
            q = next((x for x in unit.quotes if x.start <= toks[j].start < x.end), None)
            k = j
            while k < len(toks) and q is not None and toks[k].start < q.end:
                k += 1
            if (
                rules.language != "de"
                or q is None
                or k >= len(toks)
                or not toks[k].word
                or toks[k].quoted
                or sum(t.word for t in toks[j:k]) > 4
            ):
                break
            j = k
            continue
        if (
            rules.language != "de"
            and toks[j].lower in rules.content_openers
            and (j == end + 1 or (toks[j].lower == "that" and j - end <= 6))
        ):
            break
        j += 1
    middle = toks[end + 1 : j]
    if (
        rules.language != "de"
        and (j >= len(toks) or toks[j].text in SEPARATORS)
        and not (j + 1 < len(toks) and toks[j].text in SEPARATORS and toks[j + 1].quoted)
    ):
        if j == end + 1 and j < len(toks) and parenthetical(toks, i):
            # "… because, he said, quality is key": the rest, without its "that"
            first_word = j + 1 + (toks[j + 1].lower == "that")
            return trim(toks[first_word:], False), []
        k = end + 1 + (toks[end].lower in ("told", "tells"))
        if middle and _english_bare(toks[: j if j < len(toks) else len(toks)], k - 1, rules):
            return trim(toks[k:j] if j < len(toks) else toks[k:], False), []
        return None
    if j >= len(toks):
        return None
    first = toks[j]
    if first.text in SEPARATORS:
        if j + 1 >= len(toks):
            return None
        rest = toks[j + 1 :]
    else:
        rest = toks[j:]
    head = rest[0]
    if head.lower in rules.not_content and not (
        # "erklärte, damit solle …": an adverb opening a verb-second clause
        len(rest) > 1 and rest[1].lower in rules.konjunktiv and rules.language == "de"
    ):
        return None
    if first.quoted and rules.language == "de":
        return None  # "sprach von einer „Entwicklung“": an object, no content clause
    if head.quoted and not head.word:
        quote = next(q for q in unit.quotes if q.start == head.start)
        tail = [t for t in rest if t.start >= quote.end and t.word]
        if not tail:
            return (quote.start, quote.end), middle
    ok = (
        head.lower in rules.content_openers
        or rules.language != "de"
        or mood.konjunktiv(rest, rules)
        or mood.infinitive_clause(first_clause(rest), rules)
        or (any(t.quoted for t in rest) and first.text == ",")
    )
    if not ok:
        return None
    for c in range(len(rest) - 1):
        if rest[c].text == ":" and not rest[c].quoted and rest[c + 1].quoted:
            # "heißt es zur Begründung, warum …: „…“": the quote is the content
            opening = next((q for q in unit.quotes if q.start == rest[c + 1].start), None)
            if opening is not None:
                return (opening.start, unit.quotes[-1].end), middle
    if rules.language == "de":
        rest = _before_next_frame(toks, rest, rules)
    return trim(rest, keep_final=False), middle


def _before_next_frame(toks: list[Token], rest: list[Token], rules: Rules) -> list[Token]:
    """The content up to a second speaker's frame joined by "doch"/"aber": "X sagte, A sei
    tot, doch Y erklärte, …" — Y's statement is Y's, not part of X's."""
    for c in range(1, len(rest) - 2):
        if rest[c].text != "," or rest[c + 1].lower not in rules.contrast_words:
            continue
        for m in range(c + 2, min(len(rest), c + 14)):
            t = rest[m]
            if t.quoted or t.text in SEPARATORS + FINAL:
                break
            if is_cue(toks, toks.index(t), rules) and any(x.cap for x in rest[c + 2 : m]):
                return rest[:c]
    return rest


def _english_bare(toks: list[Token], end: int, rules: Rules) -> bool:
    """English "said the talks were useful": a clause follows the verb directly."""
    rest = [t for t in toks[end + 1 :] if t.word]
    if len(rest) < 3:
        return False
    head = rest[0].lower
    return head not in rules.prepositions and head not in rules.not_content


def content_before(
    unit: Unit, i: int, rules: Rules
) -> tuple[tuple[int, int], Mention | None] | None:
    """The content before the cue at ``i`` ("„…“, sagte X", "…, the minister said") and
    the speaker phrase of the frame; None when the words before it are no content."""
    toks = unit.tokens
    k = i - 1
    speaker_toks: list[Token] = []
    if rules.language != "de":
        # "…, the minister said" / "“…,” he said"
        k = i - 1
        while k >= 0 and not toks[k].quoted and toks[k].text != ",":
            k -= 1
        if k < i - 1:
            speaker_toks = toks[k + 1 : i]
            first = speaker_toks[0].lower
            if first in rules.and_words or first in rules.not_content or first in rules.relatives:
                # "…, and organizers reported …", "…, where Tipton said the chain …": a
                # clause of its own, no frame
                return None
            if noun_phrase(speaker_toks, 0, rules) != speaker_toks:
                return None
    if rules.language == "de" and k > 1 and not toks[k].quoted and toks[k].text != ",":
        # "„…“, hatte der Minister gesagt": an auxiliary, the subject, the participle
        c = k
        while c > 0 and toks[c].text != "," and not toks[c].quoted and k - c < MAX_SPEAKER:
            c -= 1
        if (
            c < k - 1
            and (toks[c].text == "," or (toks[c].quoted and not toks[c].word))
            and toks[c + 1].lower in rules.auxiliaries
            and not toks[c + 1].cap
        ):
            np = after_verb(toks, c + 2, rules)
            gap = toks[toks.index(np[-1]) + 1 : i] if np else []
            if (
                np
                and all(
                    t.word and not t.cap and not t.quoted and t.lower not in rules.verbs
                    for t in gap
                )
                and len(gap) <= 3
            ):
                speaker_toks = np  # "…, hatte Koch-Mehrin damals gesagt"
                k = c
    if (
        rules.language == "de"
        and k > 0
        and toks[k].lower in rules.so_frame
        and toks[k - 1].text == ","
    ):
        k -= 1  # "…, so heißt es in der Erklärung"
    if k < 0:
        return None
    if toks[k].text != "," and not (toks[k].quoted and not toks[k].word):
        return None
    content_end = k if toks[k].text == "," else k + 1
    content = toks[:content_end]
    if sum(t.word for t in content) < 3:
        return None
    if rules.language != "de" and toks[k].text == "," and adverbial_phrase(content, rules):
        return None  # "On the strength of that evidence, the administration urged …"
    if rules.language != "de" and parenthetical(toks, i):
        return None  # "… because, he said, quality is key": what was said follows
    if rules.language == "de" and toks[k].text == ",":
        lead = 0
        while lead < len(content) and content[lead].lower in rules.leading_particles:
            lead += 1
        phrase = noun_phrase(content, lead, rules)
        if (phrase and phrase[-1].end >= content[-1].end) or not has_verb(content, rules):
            return None  # "Lars Schauer, Manager von Energie Cottbus, bezeichnete …": the
            # subject and its apposition, no content
    if not speaker_toks:
        speaker_toks = after_verb(toks, i + 1, rules)
        rest = toks[i + 1 :]
        after = [t for t in rest if not speaker_toks or t.start >= speaker_toks[-1].end]
        # "X, a spokeswoman, said the bridge would open": a verb right after the phrase
        # makes it the subject of the content, which follows the cue (English)
        clause = takewhile(lambda t: t.text != "," and not t.quoted, after)
        if rules.language != "de" and any(t.lower in rules.auxiliaries for t in clause):
            return None
        if after and after[0].text == "," and not after[0].quoted:
            after = after[1:]  # the comma closing an apposition
        # "…, sagte er, „…“": the frame is inside the quote; fine. Else another clause.
        if (
            any(t.text == "," and not t.quoted for t in after)
            and not any(t.quoted for t in after)
            and not _apposition_tail(after, rules)
        ):
            return None
    speaker = describe(speaker_toks, rules) if speaker_toks else None
    quoted = [q for q in unit.quotes if q.end <= toks[content_end - 1].end]
    if quoted and quoted[0].start == toks[0].start:
        return (quoted[0].start, quoted[-1].end), speaker
    if quoted and quoted[-1].end == toks[content_end - 1].end:
        # "… äußerte sich X zu den Vorgängen: „…“, sagte er": the frame right after the
        # quote claims it; the words before the colon are another frame
        q = quoted[-1]
        before = [t for t in content if t.end <= q.start]
        if before and before[-1].text == ":":
            return (q.start, q.end), speaker
    return trim(content, keep_final=False), speaker


def _apposition_tail(toks: list[Token], rules: Rules) -> bool:
    words = [t for t in toks if t.word]
    if not words or len(words) >= 12:
        return False
    if any(rules.role_of(t.text) for t in words):
        return True
    # ", kanadischer General und Kommandeur des Einsatzes am Montag.": no verb in it
    return rules.language == "de" and not has_verb(toks, rules)
