"""The speaker phrase around a cue, and its name and role.

Why: without a parser the speaker is found by the shape of German and
English noun phrases: a determiner, adjectives, capitalised words, a
genitive or "von" attachment and an apposition (", Mike Waltz,"); a relative
clause (", der nicht mit am Tisch saß,") is cut off. The name is the run of
capitalised words that is not a role noun; the role is the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token

MAX_SPEAKER = 25  # tokens; a longer "speaker" is a misread clause
MAX_APPOSITION = 20  # tokens in a role apposition (", der Kandidat der Partei um das Amt …,")
MAX_SHAPE_APPOSITION = 10  # words in one with no role noun, known by its shape alone


@dataclass
class Mention:
    """A speaker phrase: tokens, and what the words say about who it is."""

    tokens: list[Token]
    name: str | None
    role: str | None
    kind: str  # "person", "body", "pronoun", "unknown"
    gender: str = "any"  # m, f, any
    plural: bool | None = None
    definite: bool = False  # "der Minister": a description to resolve

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


# Articles and pronouns that never inflect like an adjective ("die", "seine"); shared with
# find.py. (Candidates for the per-language word lists in lang/*/statements.toml.)
FUNCTION_WORDS = frozenset(
    [
        "wie",
        "die",
        "der",
        "das",
        "dem",
        "den",
        "des",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "keine",
        "diese",
        "sie",
        "wir",
        "ihre",
        "seine",
        "ihr",
        "sein",
        "uns",
        "man",
        "alle",
        "beide",
        "the",
    ]
)


# Articles that open a genitive attachment after a noun ("Angaben eines Mitarbeiters").
_GENITIVE = frozenset(
    [
        "der",
        "des",
        "eines",
        "einer",
        "seines",
        "seiner",
        "ihres",
        "ihrer",
        "dessen",
        "deren",
        "aller",
        "beider",
        "mehrerer",
        "of",
    ]
)


def _adjective(tok: Token) -> bool:
    """A lowercase inflected adjective or participle, or a number."""
    if not tok.word or tok.cap or tok.lower in FUNCTION_WORDS:
        return False
    return tok.text[:1].isdigit() or (
        len(tok.text) > 3 and tok.lower.endswith(("e", "en", "er", "es", "em"))
    )


def after_verb(toks: list[Token], i: int, rules: Rules) -> list[Token]:
    """The noun phrase starting at or shortly after ``toks[i]`` ("sagte anschließend der
    Minister"), skipping up to three adverbs."""
    skipped = 0
    while i < len(toks) and skipped < 3:
        t = toks[i]
        if t.quoted and not t.word and skipped == 0:
            return _quoted_name(toks, i)  # "…“, schrieb „Die Zeit“ in einem Nachruf"
        if t.quoted or not t.word:
            return []
        if t.lower in rules.oblique:
            return []  # an object ("kritisierte den Beschluss"), not the subject
        if t.lower in rules.pronouns or t.lower in rules.determiners or t.cap:
            break
        if t.lower in rules.prepositions:
            return []
        i += 1
        skipped += 1
    return noun_phrase(toks, i, rules)


def _quoted_name(toks: list[Token], i: int) -> list[Token]:
    """A short quoted name opening at ``toks[i]`` (a quotation mark): „Die Zeit“."""
    k = i + 1
    while k < len(toks) and toks[k].quoted and toks[k].word and k - i <= 4:
        k += 1
    if (
        k > i + 1
        and k < len(toks)
        and toks[k].quoted
        and not toks[k].word
        and all(t.cap or t.text[:1].isdigit() for t in toks[i + 1 : k])  # no slogan
        and (k + 1 >= len(toks) or not toks[k + 1].quoted)
    ):
        return toks[i : k + 1]
    return []


def noun_phrase(toks: list[Token], i: int, rules: Rules) -> list[Token]:
    """The longest speaker-like phrase starting at ``toks[i]``."""
    if i >= len(toks) or toks[i].quoted:
        return []
    first = toks[i]
    if first.lower in rules.pronouns:
        return [first]
    if (
        first.lower in rules.demonstratives
        and i + 1 < len(toks)
        and not toks[i + 1].cap
        and (toks[i + 1].lower in rules.verbs or toks[i + 1].lower in rules.auxiliaries)
    ):
        return [first]  # a demonstrative standing alone before its verb: "Diese baten …"
    j = i
    while (
        j + 1 < len(toks)
        and j - i < 3
        and toks[j].lower in rules.name_particles
        and not toks[j].cap
        and toks[j].lower not in rules.determiners
        and not toks[j + 1].quoted
        and (toks[j + 1].lower in rules.name_particles or toks[j + 1].cap)
    ):
        j += 1  # a name opening with its particle: "de Maizière", "al Huthi"
    if j > i and not toks[j].cap:
        j = i
    seen_head = False
    while j < len(toks):
        t = toks[j]
        low = t.lower
        if t.quoted:
            if t.text[:1].isalnum() or j == i:
                break
            # a quoted name inside the phrase: Zeitung „Silverbird“ — a name, not a quoted
            # phrase ("Gall „auch in Zukunft bestehen“"): capitalised, short, after a noun
            # that names a body or after an article
            k = j + 1
            while k < len(toks) and toks[k].quoted and toks[k].word:
                k += 1
            prev = toks[j - 1] if j > i else None
            named = (
                k > j + 1
                and k - j - 1 <= 6
                and (
                    toks[j + 1].cap
                    or toks[j + 1].text[:1].isdigit()
                    # a lowercase title after a medium: Magazin „auto, motor und sport“
                    or (prev is not None and rules.role_of(prev.text) == "body")
                )
                and prev is not None
                and (
                    prev.lower in rules.determiners
                    or prev.lower in rules.np_prepositions
                    or rules.role_of(prev.text) is not None
                    or _adjective(prev)
                )
            )
            if k < len(toks) and toks[k].quoted and not toks[k].word and named:
                j = k + 1
                seen_head = True
                continue
            break
        if low in rules.determiners and (j == i or not seen_head):
            j += 1
            continue
        if (
            seen_head
            and j > i
            and toks[j - 1].cap
            and t.text[:1].isdigit()
            and (t.text.isdigit() and len(t.text) <= 2)  # "7.000 Menschen", "502 Tote": amounts
            and j + 1 < len(toks)
            and (
                toks[j + 1].text == "/"
                or (
                    toks[j + 1].cap
                    and toks[j + 1].word
                    and not rules.role_of(toks[j - 1].text)  # "der Zeitung 40 Menschen"
                )
            )
        ):
            j += 1  # a number inside a name: "Bündnis 90/Die Grünen", "Bayer 04 Leverkusen"
            continue
        if (
            seen_head
            and t.text == "/"
            and j + 1 < len(toks)
            and (
                toks[j + 1].cap
                or (
                    toks[j + 1].lower in rules.determiners and j + 2 < len(toks) and toks[j + 2].cap
                )
            )
        ):
            j += 2 if toks[j + 1].lower in rules.determiners else 1  # "90/Die Grünen"
            seen_head = True
            continue
        if (
            not seen_head
            and t.text[:1].isdigit()
            and "-" in t.text
            and t.text.rsplit("-", 1)[1][:1].isupper()
        ):
            seen_head = True  # a number compound as the noun: "der 23-Jährige"
            j += 1
            continue
        if t.cap and t.word and low not in rules.prepositions:
            if (
                seen_head
                and j > i
                and rules.role_of(toks[j - 1].text)
                and rules.thing(t.text)
                and not rules.role_of(t.text)
            ):
                break  # an object after the speaker: "hat die Schauspielerin Klage eingereicht"
            seen_head = True
            j += 1
            continue
        if (
            rules.language != "de"
            and t.word
            and not t.quoted
            and (
                rules.role_of(t.text)
                or (
                    low not in rules.pronouns
                    and low not in rules.verbs_and_function
                    and _role_ahead(toks, j + 1, rules)
                )
            )
        ):
            seen_head = True  # English lowercase roles: "coach Carlo Ancelotti", "the family"
            j += 1
            continue
        if (
            _adjective(t)
            and not seen_head
            and low not in rules.verbs  # "Diese baten …", "…, schätzen die Forscher"
            and low not in rules.auxiliaries  # "1996 hatte der …"
        ):
            j += 1
            continue
        if (
            not seen_head
            and j > i
            and rules.language == "de"
            and (low in rules.prepositions or low in rules.attribute_openers)
            and toks[i].lower in rules.determiners
        ):
            # an extended attribute: "der für die Omo-Region zuständige Koordinator", "der
            # sich selbst als Gegner inszenierende Unternehmer"
            k = _attribute_end(toks, j, rules)
            if k > j:
                j = k
                continue
        if (
            low in rules.name_particles
            and seen_head
            and j + 1 < len(toks)
            and toks[j + 1].cap
            # an article is a particle only after another one ("von der Leyen", "van den
            # Berg"), never alone: "empfahl Jürgen Trittin den Umstieg"
            and (low not in rules.determiners or toks[j - 1].lower in rules.name_particles)
        ):
            j += 1
            continue
        if (
            seen_head
            and rules.language == "de"
            and low in ("der", "des")
            and j + 2 < len(toks)
            and _adjective(toks[j + 1])
            and toks[j + 1].lower.endswith("e")
        ):
            break  # "der überwiegende Teil": a nominative, never a genitive ("der neuen …")
        if seen_head and (low in _GENITIVE or low in rules.np_prepositions):
            # genitive or "von" attachment: der Sprecher der Regierung
            k = j + 1
            while (
                k < len(toks)
                and (toks[k].lower in rules.determiners or _adjective(toks[k]))
                and not (low in rules.np_prepositions and toks[k].text[:1].isdigit())
            ):
                k += 1  # but "von 50.000 Menschen" is an amount, not a source
            if (
                k < len(toks)
                and toks[k].cap
                and toks[k].word
                and not toks[k].quoted
                and toks[k].lower not in rules.not_names  # "vom Dienstag": a date, no source
                # "sprach Merkel von der Möglichkeit …": what was spoken of, no source
                and not (low in rules.np_prepositions and rules.thing(toks[k].text))
            ):
                j = k
                continue
            if (
                k + 1 < len(toks)
                and k > j
                and toks[k].quoted
                and not toks[k].word
                and toks[k + 1].quoted
                and toks[k + 1].cap
            ):
                j = k  # "einem Bericht der „Frankfurter Allgemeine Zeitung“"
                continue
            break
        if (
            seen_head
            and low in rules.place_prepositions
            and any(rules.role_of(x.text) for x in toks[i:j] if x.cap)
        ):
            # a place or field attached to a phrase with a role or body noun: "die Regierung
            # in Lomé", "der Sprecher der Fraktion der SPD im Deutschen Bundestag", "ein
            # Sprecher aus Washington", "der Chef der Bundesagentur für Arbeit", "das
            # Nobelkomitee im norwegischen Oslo"; fused forms may take adjectives. Not after
            # a name: "sagte Seibert in Berlin" is where he said it.
            k = j + 1
            if low in rules.fused_prepositions:
                while k < len(toks) and _adjective(toks[k]):
                    k += 1
            if (
                k < len(toks)
                and _name_word(toks[k], rules)
                and toks[k].lower not in rules.not_attached
            ):
                j = k + 1
                while j < len(toks) and (
                    _name_word(toks[j], rules)
                    or (
                        toks[j].lower in rules.and_words
                        and j + 1 < len(toks)
                        and _name_word(toks[j + 1], rules)
                        and not rules.role_of(toks[j + 1].text)
                    )
                ):
                    j += 1  # "für Schulwesen und Kultur"
                continue
            break
        if (
            seen_head
            and rules.language == "de"
            and _adjective(t)
            and low.endswith("er")
            and low not in rules.verbs_and_function  # "unter Berufung auf": no genitive
            and j + 1 < len(toks)
            and toks[j + 1].cap
            and toks[j + 1].word
            and not toks[j + 1].quoted
        ):
            j += 2  # a genitive without article: "Berichten britischer Zeitungen"
            continue
        if t.text == "(" and seen_head:
            k = j + 1
            while k < len(toks) and toks[k].text != ")" and k - j < 8:
                k += 1
            if k < len(toks) and toks[k].text == ")":
                j = k + 1
                continue
            break
        if (
            t.text == "."
            and seen_head
            and j > i
            and (
                toks[j - 1].lower in ("dr", "prof", "st", "jr", "sen")
                or (len(toks[j - 1].text) == 1 and toks[j - 1].text.isupper())  # "Matthias W."
            )
            and j + 1 < len(toks)
            and toks[j + 1].cap
        ):
            j += 1  # "Dr. Heino Stoever", "Prof. Dr. Matthias Beckmann"
            continue
        if t.text in "-'’" and seen_head:
            j += 1
            continue
        if t.text == "," and seen_head:
            # apposition: ", Mike Waltz," or ", a spokesman for X"; it closes the phrase
            k = _apposition(toks, j + 1, rules)
            if k > j + 1:
                j = k
                if toks[k - 1].text == ",":
                    break
                continue
        if seen_head and (low in rules.and_words or t.text == ","):
            # coordination: "Ursula von der Leyen und António Costa"
            k = j + 1 if low in rules.and_words else j + 2
            if k - 1 < len(toks) and (
                low in rules.and_words or toks[k - 1].lower in rules.and_words
            ):
                rest = noun_phrase(toks, k, rules) if k < len(toks) else []
                if rest and any(rules.role_of(x.text) or x.cap for x in rest[-2:]):
                    j = k + len(rest)
                    continue
        break
    out = toks[i:j]
    if not seen_head and j > i + 1 and toks[i].lower in rules.determiners:
        seen_head = True  # a nominalised adjective: "der 81-jährige"
    while (
        out
        and not out[-1].word
        and out[-1].text != ")"
        and not (out[-1].quoted and any(t.quoted and not t.word for t in out[:-1]))
    ):
        out.pop()  # but not the mark closing a quoted name: Zeitung „The Guardian“
    if not seen_head or not out or len(out) > MAX_SPEAKER:
        return []
    return out


def _role_ahead(toks: list[Token], j: int, rules: Rules, reach: int = 3) -> bool:
    """A role word at ``toks[j]`` or after a few plain lowercase words: the modifiers
    of an English role ("MIT computer science professor Aleksander Madry")."""
    for t in toks[j : j + reach]:
        if not t.word or t.quoted:
            return False
        if rules.role_of(t.text):
            return True
        if t.cap or t.lower in rules.pronouns or t.lower in rules.verbs_and_function:
            return False
    return False


def _attribute_end(toks: list[Token], j: int, rules: Rules) -> int:
    """Index of the adjective closing a prepositional attribute that starts at ``j``
    ("für die Omo-Region zuständige"), when a capitalised noun follows it; else ``j``."""
    for k in range(j + 1, min(len(toks) - 1, j + 9)):
        t = toks[k]
        if t.quoted or not t.word or t.lower in rules.verbs or t.lower in rules.auxiliaries:
            return j
        if _adjective(t) and toks[k + 1].cap and toks[k + 1].word and not toks[k + 1].quoted:
            return k
    return j


def _apposition(toks: list[Token], k: int, rules: Rules) -> int:
    """End of an apposition starting at ``k`` (a name run closed by a comma or the
    end), else ``k``."""
    if k >= len(toks):
        return k
    role_end = _role_apposition(toks, k, rules)
    if role_end > k:
        return role_end
    if toks[k].lower in rules.relatives and not toks[k].cap:
        return k
    start = k
    if toks[k].lower in rules.determiners and not toks[k].cap:
        # English: ", the company's chief executive"
        while (
            k < len(toks) and not toks[k].quoted and toks[k].text not in ",.;:!?" and k - start < 10
        ):
            k += 1
        if any(rules.role_of(t.text) for t in toks[start:k]) and (
            k >= len(toks) or toks[k].text in ",.;:!?"
        ):
            return k
        return start
    while k < len(toks) and (toks[k].cap or toks[k].lower in rules.name_particles) and toks[k].word:
        if toks[k].lower in rules.prepositions and not toks[k].cap:
            break
        k += 1
    if k - start == 0 or k - start > 5:
        return start
    if k < len(toks) and toks[k].text == ",":
        return k + 1
    if k == len(toks) - 1 and toks[k].text in ".!?":
        return k  # the apposition closes the sentence: "…, sagte der Rabbiner, Yona Metzger."
    return k if k >= len(toks) else start


def _role_apposition(toks: list[Token], k: int, rules: Rules) -> int:
    """End of a German role apposition (", der Verteidigungsminister Österreichs,",
    ", Präsident des Bundesverfassungsgerichtes"): a role noun and no verb, up to the
    next comma or the end; else ``k``."""
    if rules.language != "de":
        return k
    j = k
    while (
        j < len(toks)
        and toks[j].text not in ",.;:!?"
        and not toks[j].quoted
        and j - k < MAX_APPOSITION
    ):
        j += 1
    span = toks[k:j]
    if not span or not (j >= len(toks) or toks[j].text in ",.;:!?"):
        return k
    if not (
        span[0].cap
        or span[0].lower in rules.determiners
        or (_adjective(span[0]) and len(span) > 1 and rules.role_of(span[1].text) == "person")
    ):
        return k  # but "kanadischer General und Kommandeur des Einsatzes" is a role
    words = [t for t in span if t.word or t.text == ")"]
    if not any(t.cap and rules.role_of(t.text) == "person" for t in span) and not (
        # no role noun known, but the shape of one: "der Milliardär hinter der Firma" — an
        # article, and a capitalised word at the end (a relative clause ends in its verb)
        (span[0].lower in rules.determiners or span[0].cap)
        and 2 <= len(words) <= MAX_SHAPE_APPOSITION
        and (words[-1].cap or words[-1].text == ")")
    ):
        return k
    for t in span:
        if t.word and not t.cap and not t.text[:1].isdigit():
            low = t.lower
            if low in rules.verbs or low in rules.particle_verbs or low in rules.auxiliaries:
                return k  # "mitteilte" ends like an adjective but is the verb
            if not (
                low in rules.determiners
                or low in rules.prepositions
                or low in rules.and_words
                or low in rules.name_particles
                or _adjective(t)
            ):
                return k
    if j < len(toks) and toks[j].text == ",":
        return j + 1
    # closed by the end of the sentence: no adverbial after the role ("…, der Trainer Ghanas
    # nach dem Spiel zufrieden."): cut at a preposition that attaches nothing to a speaker,
    # then back to the last noun
    for m in range(k + 1, j):
        low = toks[m].lower
        if (
            low in rules.prepositions
            and low not in rules.np_prepositions
            and low not in rules.place_prepositions
            and any(t.cap for t in toks[k:m])
        ):
            j = m
            break
    while j > k + 1 and not (toks[j - 1].cap or toks[j - 1].text == ")"):
        j -= 1
    return j


def cut_relative(toks: list[Token], rules: Rules) -> list[Token]:
    """Drop a relative clause and all after it: "Rubio, der … teilnahm," -> "Rubio"."""
    for j, t in enumerate(toks):
        if t.text == "," and j + 1 < len(toks):
            nxt = toks[j + 1]
            nxt2 = toks[j + 2] if j + 2 < len(toks) else None
            if (
                nxt.lower in rules.relatives
                and not _apposition_name(toks, j + 1)
                and _role_apposition(toks, j + 1, rules) == j + 1
            ) or (
                nxt.lower in rules.prepositions
                and nxt2 is not None
                and nxt2.lower in rules.relatives
            ):
                return toks[:j]
    return toks


def _apposition_name(toks: list[Token], k: int) -> bool:
    return toks[k].cap and toks[k].text.lower() not in ("der", "die", "das", "who", "which")


def describe(toks: list[Token], rules: Rules) -> Mention | None:
    """Name, role, kind, gender and number of a speaker phrase."""
    mention = _describe(toks, rules)
    if mention is not None and mention.role:
        mention.role = _tidy_role(mention.role, rules)
    return mention


def _tidy_role(role: str, rules: Rules) -> str | None:
    """A role as a label: no leading punctuation or article (", a computer
    scientist" -> "computer scientist")."""
    words = role.strip(" ,;:-–—").split()
    while words and words[0].lower() in rules.determiners:
        words = words[1:]
    return " ".join(words) or None


def _describe(toks: list[Token], rules: Rules) -> Mention | None:
    toks = [t for t in toks if not (t.text in ",;" and t is toks[-1])]
    if not toks:
        return None
    if len(toks) > 2 and all(t.quoted for t in toks) and not toks[0].word:
        # a quoted name on its own: „Die Zeit“, „Muslix64“
        name = " ".join(t.text for t in toks[1:-1]).replace(" ,", ",")
        return Mention(toks, name or None, None, "body" if name else "unknown")
    if len(toks) == 1 and toks[0].lower in rules.pronouns:
        gender, number = rules.pronouns[toks[0].lower]
        return Mention(
            toks, None, None, "pronoun", gender, None if number == "any" else number == "pl"
        )
    parts = _split_and(toks, rules)
    if len(parts) > 1:
        described = [_describe(p, rules) for p in parts]
        found = [d for d in described if d is not None]
        if found:
            names = [d.name for d in found if d.name]
            roles = [d.role for d in found if d.role]
            join = " und " if rules.language == "de" else " and "
            return Mention(
                toks, join.join(names) or None, "; ".join(roles) or None, found[0].kind, "any", True
            )
    comma = next((j for j, t in enumerate(toks) if t.text == "," and 0 < j < len(toks) - 1), None)
    if comma is not None:
        # an apposition: "Günther Platter, der Verteidigungsminister Österreichs" or
        # "der Sprecher der Polizei, Lars Beringer": the name from one part, the role from both
        head, tail = _single(toks[:comma], rules), _single(toks[comma + 1 :], rules)
        head_role = _role_text(toks[:comma], rules)
        tail_role = _role_text(toks[comma + 1 :], rules)
        if tail.name and not tail_role and head_role:
            return Mention(toks, tail.name, head_role, "person", head.gender, head.plural)
        if head.name and not head_role and tail_role:
            return Mention(toks, head.name, tail_role, "person", tail.gender)
    return _single(toks, rules)


def _role_text(toks: list[Token], rules: Rules) -> str | None:
    words = toks[1:] if toks and toks[0].lower in rules.determiners else toks
    text = " ".join(t.text for t in words if t.text != ",")
    return text if any(rules.role_of(t.text) for t in words) else None


def _split_and(toks: list[Token], rules: Rules) -> list[list[Token]]:
    for j, t in enumerate(toks[:-1]):
        nxt = toks[j + 1]
        if (
            t.text == ","
            and nxt.lower not in rules.and_words
            and (not nxt.cap or rules.role_of(nxt.text))
        ):
            # an apposition: "Charles Bouchard, kanadischer General und Kommandeur des
            # Einsatzes" is one man with two roles
            return [toks]
    parts: list[list[Token]] = [[]]
    for t in toks:
        if t.lower in rules.and_words and parts[-1]:
            while parts[-1] and parts[-1][-1].text == ",":
                parts[-1].pop()
            parts.append([])
        else:
            parts[-1].append(t)
    return [p for p in parts if p] if all(any(t.cap for t in p) for p in parts if p) else [toks]


def _in_phrase_roles(toks: list[Token], rules: Rules) -> set[int]:
    """``id``s of the tokens that stand in a role of several words ("secretary of state")."""
    out: set[int] = set()
    lows = [t.lower for t in toks]
    for role in rules.phrase_roles:
        words = role.split()
        for j in range(len(toks) - len(words) + 1):
            if lows[j : j + len(words)] == words:
                out.update(id(t) for t in toks[j : j + len(words)])
    return out


def _single(toks: list[Token], rules: Rules) -> Mention:
    in_parens = set()
    depth = 0
    for t in toks:
        if t.text == "(":
            depth += 1
        if depth:
            in_parens.add(id(t))
        if t.text == ")":
            depth = max(0, depth - 1)
    roles = [
        j for j, t in enumerate(toks) if t.word and rules.role_of(t.text) and id(t) not in in_parens
    ]
    # two-word roles ("chief executive", "Weißes Haus")
    # words of a role of several words are no name: "Secretary of State Marco Rubio"
    no_name = in_parens | _in_phrase_roles(toks, rules)
    runs: list[tuple[int, int]] = []
    j = 0
    while j < len(toks):
        t = toks[j]
        if _name_word(t, rules) and id(t) not in no_name and not rules.role_of(t.text):
            k = j + 1
            while k < len(toks) and id(toks[k]) not in no_name and not _glued_at(toks[k].text):
                if _name_word(toks[k], rules) and not rules.role_of(toks[k].text):
                    k += 1
                    continue
                if (
                    _name_word(toks[k], rules)
                    and rules.role_of(toks[k].text) == "body"
                    and (k + 1 >= len(toks) or not _name_word(toks[k + 1], rules))
                ):
                    k += 1  # "World Health Organization": the body's own name
                    continue
                p = k
                while p < len(toks) and toks[p].lower in rules.name_particles and not toks[p].cap:
                    p += 1
                if p > k and p < len(toks) and _name_word(toks[p], rules):
                    k = p + 1
                    continue
                break
            runs.append((j, k))
            j = k
        else:
            j += 1
    best: tuple[int, int] | None = None
    best_score = -99.0
    for a, b in runs:
        words = toks[a:b]
        score = float(b - a >= 2)
        if a > 0 and rules.role_of(toks[a - 1].text):
            score += 2
        if a > 0 and toks[a - 1].text == ",":
            score += 1
        if b < len(toks) and rules.role_of(toks[b].text):
            score -= 3  # a modifier: "Frankreichs Präsident", "Nationale Sicherheitsberater"
        if a > 0 and toks[a - 1].lower in rules.prepositions and roles and a < roles[-1]:
            score -= 3  # inside an attribute before the head: "einer am Dienstag … Erklärung"
        if rules.language != "de" and b < len(toks) and toks[b].lower in rules.np_prepositions:
            score += 1  # the head before "of": "Marc Delacroix of the Open Tech Coalition"
        if all(w.text.isupper() for w in words):
            score -= 1.5
        if any(w.lower.endswith(("ische", "ischen", "ischer")) for w in words):
            score -= 2
        score += a / 100  # later wins ties: the name follows the role
        if score > best_score:
            best, best_score = (a, b), score
    kind = "unknown"
    head = toks[roles[-1]] if roles else None
    if head is not None:
        kind = rules.role_of(head.text) or "unknown"
    name = role = None
    if best is not None and best_score >= -1.5:
        a, b = best
        name = " ".join(t.text for t in toks[a:b])
        first = toks[a].text
        glued = _glued_at(first) if b - a >= 2 else 0  # "DeepSeek" alone is a brand
        if glued:
            name = first[glued:] + name[len(first) :]
        if kind != "body" or not roles or best[0] > roles[-1]:
            kind = "person" if kind != "body" else "body"
    if roles and (name or kind == "person"):
        lo = 1 if toks[0].lower in rules.determiners else 0
        named = best if name else None
        role_toks = [
            t
            for j, t in enumerate(toks[lo:], lo)
            if id(t) not in in_parens and (named is None or not named[0] <= j < named[1])
        ]
        while role_toks and not role_toks[-1].word:
            role_toks.pop()
        role = " ".join(t.text for t in role_toks).replace(" ,", ",").replace(" - ", "-") or None
        if name and named and named[1] - named[0] >= 2 and _glued_at(toks[named[0]].text):
            role = (role + " " if role else "") + toks[named[0]].text[
                : _glued_at(toks[named[0]].text)
            ]
    if name is None and head is not None:
        j = roles[-1]
        a = j
        while a > 0 and (_adjective(toks[a - 1]) or _english_modifier(toks[a - 1], rules)):
            a -= 1
        name = " ".join(t.text for t in toks[a : j + 1])
        if kind == "person" and not (rules.language == "en" and head.lower.endswith("s")):
            name = None  # "der Minister": a description, resolved later; "officials" stay
    gender = "any"
    plural: bool | None = None
    if head is not None and kind == "person":
        low = head.lower
        if low.endswith("innen"):
            gender, plural = "f", True
        elif (
            rules.language == "en"
            and name is not None
            and name.split()[-1] == head.text
            and low.endswith("s")
            and not low.endswith("ss")
        ):
            plural = True  # "officials", "many local residents": "they", never "she"
        elif rules.feminine(low) or (toks[0].lower in ("die", "eine") and rules.language == "de"):
            gender = "f"
        elif toks[0].lower in ("der", "ein") or rules.language == "de":
            gender = "m"
    if name is None and rules.language == "en" and role is None:
        # a lowercase description is the only name the text gives: "tenants", "the family"
        words = toks[1:] if toks[0].lower in rules.determiners else toks
        if 0 < len(words) <= 4 and all(_english_modifier(t, rules) for t in words):
            name = " ".join(t.text for t in words)
    definite = name is None and toks[0].lower in rules.determiners
    return Mention(
        toks, name, role, kind if (name or role) else "unknown", gender, plural, definite
    )


def _english_modifier(t: Token, rules: Rules) -> bool:
    """A lowercase noun before an English head: "city council", "school board"."""
    return (
        rules.language == "en"
        and t.word
        and not t.cap
        and not t.quoted
        and t.lower not in rules.determiners
        and t.lower not in rules.verbs_and_function
        and t.lower not in rules.pronouns
    )


def _name_word(t: Token, rules: Rules) -> bool:
    return (
        t.cap
        and t.word
        and not t.quoted
        and t.lower not in rules.determiners
        and t.lower not in rules.not_names
        and t.lower not in rules.prepositions
        and t.lower not in rules.pronouns
    )


def _glued_at(word: str) -> int:
    """Where a second capitalised word starts inside a token glued by a text dump
    ("UnionUrsula" -> 5), or 0."""
    for k in range(3, len(word) - 2):
        if word[k].isupper() and word[k - 1].islower() and word[k + 1].islower():
            return k
    return 0
