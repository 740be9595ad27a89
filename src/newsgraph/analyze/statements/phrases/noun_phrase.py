"""The longest speaker-like noun phrase at a token.

Why: without a parser the speaker is found by the shape of German and English noun
phrases: a determiner, adjectives, capitalised words, a genitive or "von"
attachment, a place after a role ("der Sprecher der Regierung in Lomé"), a quoted
name, a coordination ("Ursula von der Leyen und António Costa") and an apposition
(", Mike Waltz,").
"""

from __future__ import annotations

from newsgraph.analyze.statements.phrases.apposition import apposition_end
from newsgraph.analyze.statements.phrases.mention import MAX_SPEAKER
from newsgraph.analyze.statements.phrases.words import adjective, initials_stop, name_word
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token

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
                    or adjective(prev)
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
            adjective(t)
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
            and adjective(toks[j + 1])
            and toks[j + 1].lower.endswith("e")
        ):
            break  # "der überwiegende Teil": a nominative, never a genitive ("der neuen …")
        if seen_head and (low in _GENITIVE or low in rules.np_prepositions):
            # genitive or "von" attachment: der Sprecher der Regierung
            k = j + 1
            while (
                k < len(toks)
                and (toks[k].lower in rules.determiners or adjective(toks[k]))
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
                while k < len(toks) and adjective(toks[k]):
                    k += 1
            if (
                k < len(toks)
                and name_word(toks[k], rules)
                and toks[k].lower not in rules.not_attached
            ):
                j = k + 1
                while j < len(toks) and (
                    name_word(toks[j], rules)
                    or (
                        toks[j].lower in rules.and_words
                        and j + 1 < len(toks)
                        and name_word(toks[j + 1], rules)
                        and not rules.role_of(toks[j + 1].text)
                    )
                ):
                    j += 1  # "für Schulwesen und Kultur"
                continue
            break
        if (
            seen_head
            and rules.language == "de"
            and adjective(t)
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
                or initials_stop(toks, j)  # "U.S. Customs"
            )
            and j + 1 < len(toks)
            and toks[j + 1].cap
        ):
            j += 1  # "Dr. Heino Stoever", "Prof. Dr. Matthias Beckmann", "U.S. Customs"
            continue
        if t.text in "-'’" and seen_head:
            j += 1
            continue
        if t.text == "," and seen_head:
            # apposition: ", Mike Waltz," or ", a spokesman for X"; it closes the phrase
            k = apposition_end(toks, j + 1, rules)
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
        if adjective(t) and toks[k + 1].cap and toks[k + 1].word and not toks[k + 1].quoted:
            return k
    return j
