"""The field before the finite verb, and who it names (German V2, English subjects).

Why: a German main clause has one phrase before its finite verb; when it is the
subject it is the speaker ("Der Vertreter der Arbeitgeber, Peter Clever, hat …
gefordert"), when it is an adverbial or an object ("In der Debatte …", "Die
Forderungen Berningers …") the subject follows the verb.
"""

from __future__ import annotations

from newsgraph.analyze.statements.patterns.clauses import attachments
from newsgraph.analyze.statements.patterns.found import Reading
from newsgraph.analyze.statements.patterns.known import person_after, seen_before, unknown_word
from newsgraph.analyze.statements.phrases.after_verb import after_verb
from newsgraph.analyze.statements.phrases.apposition import cut_relative
from newsgraph.analyze.statements.phrases.describe import describe
from newsgraph.analyze.statements.phrases.mention import Mention
from newsgraph.analyze.statements.phrases.noun_phrase import noun_phrase
from newsgraph.analyze.statements.phrases.words import mood_adjective
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token

# endings of adjectives used as adverbs: a lone such word before the verb is no subject
# ("Unmissverständlich sagt das Gericht", "Reflexartig", "Offiziell")
_ADVERB_LIKE = ("lich", "ig", "isch", "ell", "bar", "sam", "weise")


def german_subject(
    r: Reading, toks: list[Token], field_: list[Token], post: int, strict: bool
) -> Mention | None:
    """German V2: the field before the finite verb is one phrase. When it is the
    subject it is the speaker ("Der Vertreter der Arbeitgeber im Aufsichtsrat, Peter
    Clever, hat … gefordert"); when it is an adverbial ("In der Debatte …", "Nachdem …,",
    "Jetzt") the subject follows the finite verb ("hat Staatssekretär X gefordert")."""
    rules = r.rules
    aux = _finite(field_, r.rules)
    fore = field_[:aux] if aux is not None else field_
    if len(fore) == 1 and fore[0].lower in rules.demonstratives:
        return _demonstrative(fore[0])  # "Dieser behauptete, …": the one just named
    adverbial = not fore or (
        fore[0].lower in rules.prepositions
        or fore[0].lower in rules.oblique
        or fore[0].lower in rules.not_content
        or (len(fore) == 1 and rules.adverb(fore[0].text))
        or (fore[0].lower in rules.not_subjects and not fore[0].cap)
        or (len(fore) <= 3 and fore[-1].cap and fore[-1].lower in rules.time_nouns)
    )
    if adverbial:
        if aux is not None:
            after = after_verb(field_, aux + 1, rules)
            if after:
                return describe(after, rules)
        if (
            fore
            and not (
                fore[0].lower in rules.prepositions
                or fore[0].lower in rules.oblique
                or len(fore) == 1
            )
            and fore[0].lower not in rules.not_content
        ):
            return None
        return describe(after_verb(toks, post, rules), rules)
    if fore[0].lower in rules.not_subjects and fore[0].lower not in rules.determiners:
        return None  # "Damit die Regierung …" — but "Das Komitee sagte" has a subject
    after = field_[aux + 1 :] if aux is not None else toks[post : post + 1]
    if after and after[0].lower in rules.subject_pronouns and not after[0].quoted:
        # a nominative pronoun right after the finite verb is the subject, whatever
        # stands before it: "Das ägyptische Angebot lehnt er ab", "Deren Haltung
        # bezeichnete er als …"
        return describe(after[:1], rules)
    if len(fore) == 1 and unknown_word(r, fore):
        # one capitalised word no one has been called, then the verb: an adverb
        # ("Relativierend fügt Gall hinzu", "Weiterhin erklärte die Ministerin")
        adverbial = fore[0].lower.endswith(_ADVERB_LIKE)
        post_m = person_after(toks, post, r.rules, pronoun=adverbial)
        if post_m is not None and (post_m.role or seen_before(r, post_m) or adverbial):
            return post_m
        if adverbial and post < len(toks) and toks[post].lower in rules.pronouns:
            return describe(toks[post : post + 1], rules)  # "Aktuell lässt sie erklären"
    found = forefield(fore, strict, r.rules)
    if (
        found is None
        or found.kind == "unknown"
        or fore[0].lower in rules.oblique
        or _thing_first(fore, r.rules)
    ):
        # "Die praktische Anwendung … stellte der SPD-Vorsitzende in Frage", "Die
        # Äußerungen Hassemers bezeichnete Wiefelspütz als …": an object first; a person,
        # a body or a pronoun after the verb is the subject
        post_m = person_after(toks, post, r.rules, pronoun=found is not None)
        if post_m is not None:
            return post_m
    return found


def _thing_first(fore: list[Token], rules: Rules) -> bool:
    """The field before the verb opens with an article and a noun that names no
    speaker ("Die Forderungen Berningers", "Seine Zuversicht"): likely the object."""
    if rules.language != "de" or len(fore) < 2 or fore[0].lower not in rules.determiners:
        return False
    k = 1
    while k < len(fore) and (fore[k].lower in rules.determiners or mood_adjective(fore[k])):
        k += 1
    if k >= len(fore) or not fore[k].cap or not fore[k].word or fore[k].quoted:
        return False
    head = fore[k]
    if rules.role_of(head.text) or head.lower in rules.article_names:
        return False
    return rules.thing(head.text)


def _finite(field_: list[Token], rules: Rules) -> int | None:
    """Index of the main clause's finite auxiliary in ``field_``, skipping relative and
    subordinate clauses (", die … geführt wird,", "Nachdem … hatte,")."""
    inside = bool(field_) and (
        field_[0].lower in rules.not_content or field_[0].lower in rules.content_openers
    )
    for a, t in enumerate(field_):
        if t.text == ",":
            nxt = field_[a + 1] if a + 1 < len(field_) else None
            inside = (
                nxt is not None
                and not nxt.cap
                and (
                    nxt.lower in rules.relatives
                    or nxt.lower in rules.not_content
                    or nxt.lower in rules.content_openers
                    or nxt.lower in rules.prepositions
                )
            )
            continue
        if a > 0 and not inside and t.lower in rules.auxiliaries and not t.cap:
            return a
    return None


def forefield(field_: list[Token], strict: bool, rules: Rules) -> Mention | None:
    """The subject phrase opening ``field_`` (relative clauses cut); ``strict``: none when
    words other than attachments follow it."""
    cut = cut_relative(field_, rules)
    while cut and cut[-1].text in ",":
        cut = cut[:-1]
    phrase = noun_phrase(cut, 0, rules) or _english_plural(cut, rules)
    if not phrase:
        return None
    rest = cut[len(phrase) :]
    while rest and rest[0].lower in rules.not_subjects and not rest[0].cap:
        rest = rest[1:]  # "Die Armeeleitung hingegen sprach …": an adverb after the subject
    if not rest and len(phrase) < len(cut):
        return describe(phrase, rules)
    nxt = cut[len(phrase)] if len(phrase) < len(cut) else None
    if nxt is not None and nxt.text != "," and nxt.lower not in rules.auxiliaries:
        rest = cut[len(phrase) :]
        if rules.language == "de" and attachments(rest, rules):
            return describe(cut, rules) or describe(phrase, rules)
        if strict or len(phrase) < len(cut) - 2:
            return None
    return describe(phrase, rules)


def _english_plural(field_: list[Token], rules: Rules) -> list[Token]:
    """A short English subject of common nouns ending in a plural ("investors", "the
    protesters", "many local residents"): English does not capitalise them."""
    if rules.language == "de" or not 0 < len(field_) <= 3:
        return []
    *lead, head = field_
    if not (head.word and head.lower.endswith("s") and len(head.lower) > 3):
        return []
    function = rules.verbs_and_function | rules.not_subjects
    if any(t.lower in function for t in field_):
        return []
    return field_ if all(t.word and not t.quoted for t in lead) else []


def _demonstrative(tok: Token) -> Mention:
    """A demonstrative standing for a person or body just named, as a pronoun."""
    low = tok.lower
    gender = "m" if low.endswith(("er", "es")) else "any"
    return Mention([tok], None, None, "pronoun", gender, None)
