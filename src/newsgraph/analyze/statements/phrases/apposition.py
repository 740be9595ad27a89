"""Where an apposition ends, and where a relative clause cuts a phrase.

Why: a speaker phrase goes on through an apposition (", Mike Waltz,", ", der
Verteidigungsminister Österreichs,") but stops at a relative clause (", der nicht
mit am Tisch saß,"); the two look alike after the comma, so one module decides both.
"""

from __future__ import annotations

from newsgraph.analyze.statements.phrases.words import adjective
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token

MAX_APPOSITION = 20  # tokens in a role apposition (", der Kandidat der Partei um das Amt …,")


MAX_SHAPE_APPOSITION = 10  # words in one with no role noun, known by its shape alone


def apposition_end(toks: list[Token], k: int, rules: Rules) -> int:
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
        or (adjective(span[0]) and len(span) > 1 and rules.role_of(span[1].text) == "person")
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
                or adjective(t)
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
