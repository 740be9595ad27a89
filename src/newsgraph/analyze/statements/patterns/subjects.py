"""The speaker of a cue: the subject before it, after it, or a relative pronoun's antecedent.

Why: a cue's speaker is its subject, found without a parser from where the clause
starts (a quote, a colon, a contrast word), a relative pronoun (", der … forderte,")
whose antecedent names who it is, or the phrase after an impersonal verb ("heißt es
in der Erklärung").
"""

from __future__ import annotations

from newsgraph.analyze.statements.patterns.clauses import adverbial_phrase, parenthetical
from newsgraph.analyze.statements.patterns.cues import cue_end, speech_verb
from newsgraph.analyze.statements.patterns.forefield import forefield, german_subject
from newsgraph.analyze.statements.patterns.found import FINAL, SEPARATORS, Reading
from newsgraph.analyze.statements.patterns.known import unknown_word
from newsgraph.analyze.statements.phrases.after_verb import after_verb
from newsgraph.analyze.statements.phrases.apposition import cut_relative
from newsgraph.analyze.statements.phrases.describe import describe
from newsgraph.analyze.statements.phrases.mention import MAX_SPEAKER, Mention
from newsgraph.analyze.statements.phrases.noun_phrase import noun_phrase
from newsgraph.analyze.statements.phrases.words import mood_adjective
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token

_NOMINATIVE_RELATIVES = frozenset(["der", "die", "das", "welcher", "welche", "welches"])


def subject_of(
    r: Reading, toks: list[Token], i: int, impersonal: bool, strict: bool = False
) -> Mention | None:
    """The speaker of a cue at ``i``: the field before it, or the phrase after it."""
    rules = r.rules
    pronoun = _relative_pronoun(toks, i, r.rules) if not impersonal else None
    if pronoun is not None:
        # "…, der alle Nichtmoslems aufforderte, …": the frame names the speaker by its
        # relative pronoun; who it is, is the phrase before the comma
        k = next(j for j, t in enumerate(toks) if t is pronoun) - 2  # before the comma
        antecedent = _antecedent(toks, k, rules)
        heads = [t for t in antecedent if t.cap and t.word]
        m = describe(antecedent, rules)
        if heads and rules.thing(heads[-1].text) and not rules.role_of(heads[-1].text):
            pass  # "eine Darstellung, die … widerspricht": a thing, no speaker
        elif m is None or m.kind == "unknown":
            return Mention([pronoun], None, None, "pronoun")
        else:
            return Mention([pronoun], m.name, m.role, m.kind, m.gender, m.plural, m.definite)
    start = 0
    k = i - 1
    while k >= 0:
        if toks[k].quoted or toks[k].text in ":;":
            if toks[k].text == ":" and 0 < k < i - 1 and _digits(toks[k - 1], toks[k + 1]):
                k -= 1
                continue  # a time of day: "Um 10:05 Uhr meldete …"
            opening = _name_quote(toks, k, r.rules)
            if opening is not None:
                k = opening - 1
                continue  # a quoted name: Die Organisation „Reporter ohne Grenzen“ weist …
            start = k + 1
            break
        k -= 1
    for c in range(i - 2, start - 1, -1):
        if toks[c].text == "," and toks[c + 1].lower in rules.contrast_words:
            start = c + 2  # "…, doch UN-Sprecher X erklärte, …": a clause of its own
            break
        if rules.language == "de":
            continue
        if toks[c].text == ",":
            if adverbial_phrase(toks[start:c], r.rules) or parenthetical(toks, i):
                # "Despite the results, researchers said": after the scene; "because,
                # he said, …": after the words the frame interrupts
                start = c + 1
            break  # "Smith, when asked, said": a comma before the cue ends the search
        if c > start and toks[c].lower in rules.contrast_words:
            start = c + 1  # "… as investors welcomed the savings": no comma in English
            break
    field_ = toks[start:i]
    while field_ and (field_[0].lower in rules.leading_particles or not field_[0].word):
        field_ = field_[1:]
    end = cue_end(toks, i, r.rules)
    if impersonal:
        # "In der Erklärung heißt es", "Aus Kreisen hieß es": the phrase after the preposition
        if field_ and field_[0].lower in rules.prepositions:
            # "In einer Erklärung der EU-Außenminister hatte es geheißen"
            phrase = noun_phrase(cut_relative(field_, rules), 1, rules)
            return describe(phrase or _head_phrase(field_[1:]), rules)
        j = end + 1
        while j < len(toks) and toks[j].lower not in rules.prepositions and j - end < 4:
            j += 1
        if j < len(toks) and toks[j].lower in rules.prepositions:
            return describe(noun_phrase(toks, j + 1, rules), rules)
        return None
    post = i + 1  # German V2: the subject may follow the finite verb
    if rules.language == "de":
        if i > 0 and toks[i - 1].lower in rules.and_words and i - 1 > start:
            # "Er verständigte die Polizei und teilte mit, …": the first verb's subject
            return _coordinated(r, field_)
        return german_subject(r, toks, field_, post, strict)
    if (
        not field_
        or (len(field_) == 1 and field_[0].lower in rules.not_subjects)
        or (field_[0].lower in rules.prepositions and len(field_) <= 6)
    ):
        if field_:
            return None
        return describe(after_verb(toks, post, rules), rules)
    if field_[0].lower in rules.prepositions or field_[0].lower in rules.not_subjects:
        return None
    return forefield(field_, strict, r.rules)


def _relative_pronoun(toks: list[Token], i: int, rules: Rules) -> Token | None:
    """The subject of a relative clause the cue at ``i`` closes: ", die berichteten, …",
    ", der … forderte, …" — a nominative relative pronoun after a comma, with no other
    subject between it and the verb."""
    if rules.language != "de" or speech_verb(toks, i, rules) is None:
        return None
    if toks[i].lower in rules.konjunktiv:
        return None  # "…, der tue und sage, was …": reported content, not a frame
    for c in range(i - 1, max(0, i - 16), -1):
        t = toks[c]
        if t.quoted or t.text in FINAL + ";:":
            return None
        if t.text != ",":
            continue
        rel = toks[c + 1]
        if (
            c + 1 < i
            and not rel.cap
            and rel.lower in rules.relatives
            and rel.lower in _NOMINATIVE_RELATIVES
            and c > 0
            and toks[c - 1].word
            and not any(x.lower in rules.subject_pronouns for x in toks[c + 2 : i])
            and not (c + 2 < i and toks[c + 2].cap)  # an apposition: ", der Koordinator …"
        ):
            return rel
        return None
    return None


def _name_quote(toks: list[Token], k: int, rules: Rules) -> int | None:
    """Index of the opening mark when ``toks[k]`` closes a short quoted name after a noun,
    an article or an adjective (Zeitung „Die Welt“, der „Deutsche Fußball-Bund“)."""
    if rules.language != "de" or not toks[k].quoted or toks[k].word:
        return None
    j = k - 1
    while j >= 0 and toks[j].quoted and toks[j].word:
        j -= 1
    if j < 1 or not toks[j].quoted or toks[j].word or k - j - 1 > 6 or k - j < 2:
        return None
    first, prev = toks[j + 1], toks[j - 1]
    if not first.cap or prev.quoted:
        return None
    named = (
        prev.lower in rules.determiners
        or prev.lower in rules.np_prepositions  # Der Geschäftsführer von „Ener1“
        or rules.role_of(prev.text) is not None
        or mood_adjective(prev)
    )
    return j if named else None


def _coordinated(r: Reading, field_: list[Token]) -> Mention | None:
    """The subject opening a clause whose second verb is the cue: a phrase at the start,
    then a lowercase (finite) verb."""
    phrase = noun_phrase(cut_relative(field_, r.rules), 0, r.rules)
    if not phrase or len(phrase) >= len(field_) - 1 or unknown_word(r, phrase):
        return None
    rest = field_[len(phrase) :]
    if rest and rest[0].text == "," and len(rest) > 1:
        rest = rest[1:]  # the comma closing an apposition: "Einer …, Harouna Adamou, dankte"
    nxt = rest[0]
    if nxt.cap or not nxt.word or nxt.lower in r.rules.prepositions:
        return None
    if any(t.text in SEPARATORS and not t.quoted for t in rest):
        return None
    return describe(phrase, r.rules)


def _antecedent(toks: list[Token], k: int, rules: Rules) -> list[Token]:
    """The noun phrase ending at or just before ``toks[k]`` that a relative pronoun after it
    stands for: "ein Bischof aus Köln, der …", "trat ein Bischof auf, der …"."""
    for _ in range(2):  # a verb or particle closing the clause before the comma
        if k > 0 and toks[k].word and not toks[k].cap and toks[k].lower not in rules.determiners:
            k -= 1
    a = k
    while a > 0 and k - a < MAX_SPEAKER:
        t = toks[a - 1]
        if t.quoted or not t.word:
            break
        if not t.cap and not (
            t.lower in rules.determiners
            or t.lower in rules.prepositions
            or mood_adjective(t)
            or t.text[:1].isdigit()
        ):
            break
        a -= 1
    # the head before a place or attachment first: "ein Bischof aus Köln" -> "ein Bischof"
    ends = [p - 1 for p in range(a + 1, k + 1) if toks[p].lower in rules.prepositions] + [k]
    for end in ends:
        for j in range(a, end + 1):
            phrase = noun_phrase(toks[: end + 1], j, rules)
            if phrase and phrase[-1] is toks[end] and any(t.cap for t in phrase):
                return phrase
    return toks[k : k + 1] if toks[k].cap else []


def _head_phrase(toks: list[Token]) -> list[Token]:
    """The head noun at the end of ``toks`` with its adjectives: "gemeinsamen Erklärung"."""
    if not toks or not toks[-1].cap:
        return []
    k = len(toks) - 1
    while k > 0 and mood_adjective(toks[k - 1]):
        k -= 1
    return toks[k:]


def _digits(a: Token, b: Token) -> bool:
    return a.text.isdigit() and b.text.isdigit() and a.end == b.start - 1
