"""Name, role, kind, gender and number of a speaker phrase.

Why: the name is the run of capitalised words that is not a role noun, the role is
the rest ("Kreml-Sprecher Dmitri Peskow"); a phrase with a role and no name is a
description ("der Minister") that resolution turns into a person later.
"""

from __future__ import annotations

from newsgraph.analyze.statements.phrases.mention import Mention
from newsgraph.analyze.statements.phrases.words import (
    adjective,
    english_modifier,
    glued_at,
    name_word,
)
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token


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
        if name_word(t, rules) and id(t) not in no_name and not rules.role_of(t.text):
            k = j + 1
            while k < len(toks) and id(toks[k]) not in no_name and not glued_at(toks[k].text):
                if name_word(toks[k], rules) and not rules.role_of(toks[k].text):
                    k += 1
                    continue
                if (
                    name_word(toks[k], rules)
                    and rules.role_of(toks[k].text) == "body"
                    and (k + 1 >= len(toks) or not name_word(toks[k + 1], rules))
                ):
                    k += 1  # "World Health Organization": the body's own name
                    continue
                p = k
                while p < len(toks) and toks[p].lower in rules.name_particles and not toks[p].cap:
                    p += 1
                if p > k and p < len(toks) and name_word(toks[p], rules):
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
        glued = glued_at(first) if b - a >= 2 else 0  # "DeepSeek" alone is a brand
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
        if name and named and named[1] - named[0] >= 2 and glued_at(toks[named[0]].text):
            role = (role + " " if role else "") + toks[named[0]].text[
                : glued_at(toks[named[0]].text)
            ]
    if name is None and head is not None:
        j = roles[-1]
        a = j
        while a > 0 and (adjective(toks[a - 1]) or english_modifier(toks[a - 1], rules)):
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
        if 0 < len(words) <= 4 and all(english_modifier(t, rules) for t in words):
            name = " ".join(t.text for t in words)
    definite = name is None and toks[0].lower in rules.determiners
    return Mention(
        toks, name, role, kind if (name or role) else "unknown", gender, plural, definite
    )
