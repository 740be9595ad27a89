"""Statements framed by a quote: a quote with no speech verb beside it, or after a colon.

Why: news often quotes without a speech verb ("nannte dies einen „Militärputsch“",
"Merz: „Wir …“", "Teamchef Jean Todt stellt sich vor seinen Piloten: „…“"); the
subject of the sentence or the phrase before the colon said it, unless the quote is a
title or a name.
"""

from __future__ import annotations

from newsgraph.analyze.statements import mood
from newsgraph.analyze.statements import quotes as quote_marks
from newsgraph.analyze.statements.patterns.about import passive_agent
from newsgraph.analyze.statements.patterns.cues import finite_verb, verb_after
from newsgraph.analyze.statements.patterns.found import (
    SEPARATORS,
    Found,
    Reading,
    lower_word_outside,
)
from newsgraph.analyze.statements.patterns.known import (
    common_noun,
    person_after,
    seen_before,
    unknown_word,
)
from newsgraph.analyze.statements.patterns.subjects import subject_of
from newsgraph.analyze.statements.phrases.after_verb import after_verb
from newsgraph.analyze.statements.phrases.apposition import cut_relative
from newsgraph.analyze.statements.phrases.describe import describe
from newsgraph.analyze.statements.phrases.mention import Mention
from newsgraph.analyze.statements.phrases.noun_phrase import noun_phrase
from newsgraph.analyze.statements.phrases.words import mood_adjective
from newsgraph.analyze.statements.quotes import Quote
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token, Unit

MIN_BARE_QUOTE = 4  # words in a quote inside a sentence kept without a speaker
MAX_TERM = 8  # English: words of a quote that is a term unless speech frames it


def quote_frame(r: Reading, unit: Unit, q: Quote, out: list[Found]) -> Found | None:
    """A quote with no speech verb next to it ("nannte dies einen „Militärputsch“"):
    the subject of its sentence said it, or the speaker of a statement beside it."""
    toks = unit.tokens
    inner = [t for t in toks if q.start <= t.start < q.end and t.word]
    if not inner or quote_marks.is_name(r.text, q):
        return None  # a title or a name: „Shenzhou 6“, „Morning Star“
    if q.start == unit.start:
        # a bare quote is a continuation, decided by the caller; one with words after it
        # that frame nothing we know is kept, its speaker the last one (see ``finder.find_all``)
        tail = [t for t in toks if t.start >= q.end]
        if len(inner) >= MIN_BARE_QUOTE and any(t.word and not t.quoted for t in tail):
            speaker = _after_quote(tail, r.rules)
            verb = next((t for t in tail if t.word), None)
            cue = (verb.start, verb.end) if speaker is not None and verb is not None else None
            return Found("direct", [(q.start, q.end)], speaker, cue)
        return None
    if (
        r.rules.language == "en"
        and len(inner) < MAX_TERM
        and not _framed_as_speech(toks, q, r.rules)
    ):
        return None  # "felt it was not “better”", "beyond “get off my lawn” territory": a term
    if (
        r.rules.language == "de"
        and mood.konjunktiv(toks, r.rules, strong=True)
        and not _indicative_subject(toks, r.rules)
    ):
        return None  # free indirect speech: goes on with the last speaker
    for f in out:
        if f.speaker is not None:
            return Found("direct", [(q.start, q.end)], f.speaker, f.cue)
    field_ = [t for t in toks if t.end <= q.start]
    while field_ and (field_[0].lower in r.rules.leading_particles or not field_[0].word):
        field_ = field_[1:]
    agent = passive_agent(field_, r.rules)
    if agent is not None:
        # "Die Gefahr wird vom Wetterdienst als „sehr hoch“ eingestuft": the agent says it
        return Found("direct", [(q.start, q.end)], agent, None)
    phrase = noun_phrase(cut_relative(field_, r.rules), 0, r.rules)
    if phrase and len(phrase) < len(field_) and not field_[len(phrase)].cap:
        m = describe(phrase, r.rules)
        word = next((t for t in phrase if t.word), phrase[0])
        # a lone unknown word is an adverb or a thing ("Reflexartig", "Einspareffekte"),
        # but a name when a finite verb follows ("Stoiber begründete … „…“")
        lone = unknown_word(r, phrase) and (
            r.rules.adverb(word.text)
            or r.rules.thing(word.text)
            or word.lower.endswith(("ig", "lich", "isch", "weise"))
            or not finite_verb(field_[len(phrase)], r.rules)
        )
        if lone:
            # "Ursprünglich wollte er „…“": an adverb, the verb and a pronoun subject
            v = verb_after(field_, len(phrase), r.rules)
            if v + 1 < len(field_) and field_[v + 1].lower in r.rules.subject_pronouns:
                m = describe(field_[v + 1 : v + 2], r.rules)
                return Found("direct", [(q.start, q.end)], m, None)
        if m is None or m.kind == "unknown" or phrase[0].lower in r.rules.oblique:
            # "Hier sparte der Bundespräsident nicht mit Kritik: „…“", "Den Unmut der CDU
            # über … brachte die Sprecherin … zum Ausdruck: „…“": after the finite verb
            post = person_after(field_, verb_after(field_, len(phrase), r.rules) + 1, r.rules)
            if post is not None:
                return Found("direct", [(q.start, q.end)], post, None)
        if lone:
            if len(inner) < MIN_BARE_QUOTE and r.rules.language != "de":
                return None  # "janky sites “powered” by AI": a word in quotes, no one's
            return Found("direct", [(q.start, q.end)], None, None)
        if m is not None and (m.name or m.role or m.kind == "pronoun"):
            verb = field_[len(phrase)]
            cue = (verb.start, verb.end) if verb.word and not verb.quoted else None
            return Found("direct", [(q.start, q.end)], m, cue)
    if field_ and field_[0].lower in r.rules.prepositions:
        # "Mit den Worten „…“ entschuldigte sich Rooney": the subject after the quote
        tail = [t for t in toks if t.start >= q.end]
        after = _after_quote(tail, r.rules)
        if after is not None:
            return Found("direct", [(q.start, q.end)], after, None)
        # "In seiner Stellungnahme nannte der Premierminister den Angriff „…“": the
        # subject after the finite verb
        v = verb_after(field_, 1, r.rules)
        source = field_[0].lower in r.rules.source_before or field_[0].lower == "nach"
        if 0 < v < len(field_) and field_[v].word and not field_[v].cap and not source:
            post = person_after(field_, v + 1, r.rules)
            if (
                post is not None
                and (post.role or seen_before(r, post))
                and not common_noun(post, r.rules)
            ):
                return Found("direct", [(q.start, q.end)], post, None)
    if len(inner) >= MIN_BARE_QUOTE:
        return Found("direct", [(q.start, q.end)], None, None)  # quoted, speaker unknown
    return None


def _framed_as_speech(toks: list[Token], q: Quote, rules: Rules) -> bool:
    """Whether a colon before the quote ("put it simply: Renewables “are not a factor”") or
    a speech verb in the sentence, outside the quote, frames it ("noting that they're
    “very pricey”")."""
    if any(t.text == ":" and t.end <= q.start and not t.quoted for t in toks):
        return True
    lemmas = {f.lemma for f in rules.verbs.values()}
    for t in toks:
        if t.quoted or not t.word:
            continue
        low = t.lower
        if low in rules.verbs or (
            low.endswith("ing") and (low[:-3] in lemmas or low[:-3] + "e" in lemmas)
        ):
            return True
    return False


def _indicative_subject(toks: list[Token], rules: Rules) -> bool:
    """A sentence opening with a named person or body and an indicative verb ("Auch der
    Sprecher X will „…“ prüfen, ob … solle"): its own subject, even with a Konjunktiv in a
    subordinate clause, so no free indirect speech."""
    field_ = [t for t in toks if not t.quoted]
    while field_ and (field_[0].lower in rules.leading_particles or not field_[0].word):
        field_ = field_[1:]
    phrase = noun_phrase(cut_relative(field_, rules), 0, rules)
    k = len(phrase)
    while k < len(field_) and field_[k].text == ",":
        k += 1
    if not phrase or k >= len(field_):
        return False
    verb = field_[k]
    if verb.lower in rules.konjunktiv or not finite_verb(verb, rules):
        # "Ziel der Delegation bei den Verhandlungen sei …", "Insbesondere die Huthis
        # seien ein „…“", "Baerbock als „…“ zu sehen, sei …": no finite verb after the
        # phrase, so no subject of its own
        return False
    if verb.lower in rules.and_words:
        return False
    m = describe(phrase, rules)
    return (
        m is not None
        and m.kind in ("person", "body")
        and bool(m.name or m.role)
        and not common_noun(m, rules)
        and phrase[0].lower not in rules.oblique
    )


def _after_quote(tail: list[Token], rules: Rules) -> Mention | None:
    """The subject after the verb that follows a quote with a frame we do not know
    ("„…“, zeigte sich der Trainer zufrieden", "„…“, schrieb „Die Zeit“")."""
    while tail and tail[0].text in SEPARATORS and not tail[0].quoted:
        tail = tail[1:]
    if len(tail) < 2 or tail[0].cap or not tail[0].word or tail[0].quoted:
        return None
    if tail[0].lower in rules.prepositions or tail[0].lower in rules.determiners:
        return None
    phrase = after_verb(tail, 1, rules)
    m = describe(phrase, rules) if phrase else None
    if m is None or not (m.name or m.role or m.kind == "pronoun"):
        return None
    return m


def colon_frame(r: Reading, unit: Unit, q: Quote) -> Found | None:
    """ "Merz: „Wir …“" — a short speaker phrase, a colon, the quote."""
    toks = unit.tokens
    before = [t for t in toks if t.end <= q.start]
    if len(before) < 2 or before[-1].text != ":":
        return None
    np = noun_phrase(before[:-1], 0, r.rules)
    if np and len(np) == len(before) - 1:
        return Found("direct", [(q.start, q.end)], describe(np, r.rules), None)
    holder = _holder(before[:-1], r.rules)
    if holder is not None:
        return Found("direct", [(q.start, q.end)], holder, None)
    # a frame clause and a colon: "Teamchef Jean Todt stellt sich vor seinen Piloten: „…“"
    inner = [t for t in toks if q.start <= t.start < q.end and t.word]
    if len(inner) < 3 or quote_marks.is_name(r.text, q):
        return None
    frame = [t for t in before[:-1] if not t.quoted]
    rules = r.rules
    if rules.language == "de" and mood.konjunktiv(frame, rules, strong=True, first=True):
        # "Queensland sei dem Land zu Dank verpflichtet: „…“": reported speech goes on,
        # the quote is the last speaker's, not the frame's subject's
        return None
    lead = 0
    if rules.language == "de" and frame and frame[0].lower in rules.not_content:
        # "Da Brauereien … angewiesen sind, warnte der Geschäftsführer …: „…“": the
        # subordinate clause first, the main clause's verb after its comma
        lead = next((c + 1 for c, t in enumerate(frame) if t.text == ","), len(frame))
    for v, t in enumerate(frame):
        if v < lead:
            continue
        if (
            v > 0
            and lower_word_outside(
                t,
                rules.determiners,
                rules.prepositions,
                rules.name_particles,
                rules.leading_particles,
                rules.pronouns,
            )
            and not (mood_adjective(t) and v + 1 < len(frame) and frame[v + 1].cap)
        ):
            speaker = subject_of(r, frame, v, False)
            if speaker is not None and speaker.kind != "unknown":
                cue = (t.start, t.end)  # the frame's verb: "stellt sich vor …:"
                return Found("direct", [(q.start, q.end)], speaker, cue)
            break
    return None


def _holder(frame: list[Token], rules: Rules) -> Mention | None:
    """ "Für Trainer Krickau ist klar: „…“", "Für die Ministerin steht fest: „…“": the
    person after "für" holds the view the colon opens."""
    if len(frame) < 3 or frame[0].lower not in rules.holders:
        return None
    phrase = noun_phrase(frame, 1, rules)
    if not phrase or len(phrase) + 1 >= len(frame) or frame[len(phrase) + 1].cap:
        return None  # no verb after the phrase: "Für die Kinder der Stadt: „…“"
    m = describe(phrase, rules)
    if m is None or not (m.name or m.role) or common_noun(m, rules):
        return None
    return m
