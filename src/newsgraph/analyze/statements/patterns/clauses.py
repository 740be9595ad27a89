"""The shape of a stretch of tokens: does it hold a verb, is it a scene-setting phrase.

Why: content is a clause, a subject is not ("Sadiq Khan, eines der Mitglieder, die …,"
has no verb outside its relative clause); an English phrase opening with a
preposition ("Despite the results, …") sets the scene and is nothing said.
"""

from __future__ import annotations

from newsgraph.analyze.statements.phrases.words import mood_adjective
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token, Unit


def sets_scene(unit: Unit, content: tuple[int, int], rules: Rules) -> bool:
    """Whether content before a frame opens with a preposition or a subordinator
    ("In a notice viewed by STAT, …", "While some focus on …, X points out that …") and
    is no quote: it sets the scene of what follows the verb."""
    if any(q.start <= content[0] < q.end for q in unit.quotes):
        return False
    first = next((t for t in unit.tokens if t.start >= content[0] and t.word), None)
    return first is not None and (
        first.lower in rules.prepositions
        or first.lower in rules.not_content
        or first.lower in rules.contrast_words
        or first.lower == "instead"
    )


def adverbial_phrase(toks: list[Token], rules: Rules) -> bool:
    """An English phrase opening with a preposition and holding no clause ("Despite
    the disappointing results"): it sets the scene, it is nothing said."""
    if not toks or toks[0].lower not in rules.prepositions:
        return False
    return not any(
        t.quoted
        or t.text == ","
        or t.lower in rules.auxiliaries
        or (t.lower.endswith("ed") and not t.cap)
        or t.lower.endswith("n't")
        for t in toks
    )


def has_verb(toks: list[Token], rules: Rules) -> bool:
    """Whether a stretch outside relative clauses and quotes has a word that may be a
    verb: content is a clause; "Sadiq Khan, eines der Mitglieder, die …," is a subject."""
    if any(t.quoted for t in toks):
        return True
    for t in _outside_relatives(toks, rules):
        low = t.lower
        if not t.cap and (low in rules.konjunktiv or low in rules.auxiliaries):
            return True  # "könne", "werden": verbs that look like adjectives
        if not t.word or t.cap or t.text[:1].isdigit() or mood_adjective(t):
            continue
        if (
            low in rules.determiners
            or low in rules.prepositions
            or low in rules.and_words
            or low in rules.name_particles
            or low in rules.leading_particles
        ):
            continue
        return True
    return False


def _outside_relatives(toks: list[Token], rules: Rules) -> list[Token]:
    """The tokens outside relative clauses (", das … gestanden hatte,"): what stands after
    a clause's closing comma still counts ("Ein Tief, das … lag, habe … erreicht")."""
    out: list[Token] = []
    inside = False
    for j, t in enumerate(toks):
        if t.text == ",":
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            nxt2 = toks[j + 2] if j + 2 < len(toks) else None
            opens = nxt is not None and (
                (nxt.lower in rules.relatives and not nxt.cap)
                or (
                    nxt.lower in rules.prepositions
                    and nxt2 is not None
                    and nxt2.lower in rules.relatives
                )
            )
            if inside or opens:
                inside = opens
                continue
        if not inside:
            out.append(t)
    return out


def attachments(toks: list[Token], rules: Rules) -> bool:
    """Prepositional attachments to a subject ("im Aufsichtsrat der Bundesagentur für
    Arbeit (BA), Peter Clever"): no word in them could be a verb."""
    if not toks or toks[0].lower not in rules.prepositions or len(toks) > 20:
        return False
    depth = 0
    for t in toks:
        depth += (t.text == "(") - (t.text == ")")
        if depth or not t.word or t.cap or t.text[:1].isdigit():
            continue
        low = t.lower
        if not (
            low in rules.prepositions
            or low in rules.determiners
            or low in rules.and_words
            or low in rules.name_particles
            or mood_adjective(t)
        ):
            return False
    return True


def parenthetical(toks: list[Token], i: int) -> bool:
    """English: a frame between commas ("…, he said, …") at the cue ``i`` after a fragment
    that ends in a subordinator ("because, he said, quality is key") or before "that"
    ("It's also possible, he said, that …"): what was said follows the frame."""
    if i + 2 >= len(toks) or toks[i + 1].text != "," or toks[i + 1].quoted:
        return False
    k = i - 1
    while k >= 0 and toks[k].text != "," and not toks[k].quoted and i - k <= _MAX_FRAME:
        k -= 1
    if k < 1 or toks[k].text != ",":
        return False
    words = [t for t in toks[:k] if t.word]
    if not words or any(t.quoted for t in toks[:k]):
        return False
    return words[-1].lower in _SUBORDINATORS or toks[i + 2].lower == "that"


_MAX_FRAME = 6  # tokens of a frame between commas: ", the company's chief executive said,"
_SUBORDINATORS = frozenset(["because", "that", "since", "although", "though", "if", "so"])
