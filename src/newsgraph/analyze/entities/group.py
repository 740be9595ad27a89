"""Names to entities: one entity per person, organisation or place in an article.

"Rubio" and "Putins" join "Marco Rubio" and "Wladimir Putin" (same surname key);
other names join by identity key ("Russland", "Russlands"). A surface form that
the tagger found once is also taken where it recurs untagged, and each surface
form gets the type it was given most often.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from newsgraph.analyze.entities import acronyms, context, german, keys, role_forms, roles
from newsgraph.analyze.entities.features import Lexicon
from newsgraph.analyze.entities.found import Found
from newsgraph.analyze.entities.tokens import Token
from newsgraph.article import Entity, Mention

_LONGEST_NAME = 6
# Tokens after which a capitalised word opens a sentence or a quote.
_OPENING = frozenset(".!?:;\"'“”„‘’«»(")


def entities(text: str, tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Entity]:
    found = _vote(tokens, _retype(tokens, _split(tokens, found), lex))
    found = _recur(tokens, context.retype(tokens, found, lex), lex)
    found, short = acronyms.with_acronyms(tokens, found)
    named = {i for f in found for i in range(f.first, f.last + 1)}
    people: list[tuple[str, list[Found]]] = []
    others: dict[tuple[str, str], list[Found]] = defaultdict(list)
    for f in sorted(found, key=lambda f: (-(f.last - f.first), f.first)):
        if f.type == "PER":
            _join_person(people, f, tokens)
        else:
            long = short.get(tokens[f.first].text) if f.first == f.last else None
            name = _text(tokens, long if long is not None else f)
            others[f.type, keys.key(f.type, name)].append(f)
    groups = [("PER", key, fs) for key, fs in people]
    groups += [(kind, key, fs) for (kind, key), fs in others.items()]
    groups.sort(key=lambda g: min(f.first for f in g[2]))
    starts = {t.start: i for i, t in enumerate(tokens)}
    out = []
    for n, (kind, key, fs) in enumerate(groups, 1):
        fs.sort(key=lambda f: f.first)
        role_list: list[str] = []
        if kind == "PER":
            for f in fs:
                for a, b in roles.find(tokens, f.first, f.last, lex, named):
                    i = starts.get(a, 0)
                    shown = role_forms.display(text[a:b], tokens[i - 1].text if i else "", lex)
                    if shown not in role_list:
                        role_list.append(shown)
        mentions = [
            Mention(tokens[f.first].start, tokens[f.last].end, _text(tokens, f, text)) for f in fs
        ]
        out.append(
            Entity(f"e{n}", kind, _name(kind, mentions), key, role_list, mentions)  # type: ignore[arg-type]
        )
    return out


def _text(tokens: list[Token], f: Found, text: str | None = None) -> str:
    if text is not None:
        return text[tokens[f.first].start : tokens[f.last].end]
    return " ".join(t.text for t in tokens[f.first : f.last + 1])


def _name(kind: str, mentions: list[Mention]) -> str:
    """The fullest form: most words, then most frequent, then shortest (no genitive -s)."""
    counts = Counter(" ".join(m.text.split()) for m in mentions)
    return min(counts, key=lambda t: (-len(t.split()), -counts[t], len(t)))


def _join_person(people: list[tuple[str, list[Found]]], f: Found, tokens: list[Token]) -> None:
    name = _text(tokens, f)
    key = keys.person(name)
    bare = key.count(":") == 1  # a surname alone: per:<surname>
    candidates = [key]
    if name.endswith("s") and len(name) > 3:
        candidates.append(keys.person(name[:-1]))  # genitive: "Putins"
    for cand in candidates:
        matches = [p for p in people if p[0] == cand or (bare and p[0].startswith(cand + ":"))]
        if matches:
            # A surname alone is the person of that surname named last before it ("Melania
            # Trump ... Trump"), or first after it.
            min(matches, key=lambda p: _distance(p[1], f))[1].append(f)
            return
    if bare and f.first == f.last:
        # A first name alone ("Liat" after "Liat Atzili"): the one person named in full
        # with it, when no one else has it.
        named = [p for p in people if any(_first_word(tokens, g) == name for g in p[1])]
        if len(named) == 1:
            named[0][1].append(f)
            return
    if bare and len(candidates) > 1:
        key = candidates[-1] if any(p[0] == candidates[-1] for p in people) else key
    people.append((key, [f]))


def _first_word(tokens: list[Token], f: Found) -> str | None:
    """The first word of a name of two or more words ("Liat" of "Liat Atzili")."""
    return tokens[f.first].text if f.last > f.first else None


def _distance(group: list[Found], f: Found) -> tuple[int, int]:
    """How far the nearest name of ``group`` before ``f`` is (then: after it)."""
    before = [f.first - g.first for g in group if g.first < f.first]
    if before:
        return 0, min(before)
    return 1, min(g.first - f.first for g in group)


def _split(tokens: list[Token], found: list[Found]) -> list[Found]:
    """Two people the tagger ran together ("als Trump Selenskyj brüskierte"): a two-word
    name whose words are both surnames of people named in full elsewhere is cut in two."""
    # Who bears each surname, as (first word, surname) of the people named in full.
    bearers: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for f in found:
        if f.type == "PER" and f.last > f.first:
            bearers[tokens[f.last].text].add((tokens[f.first].text, tokens[f.last].text))
    out = []
    for f in found:
        own = (tokens[f.first].text, tokens[f.last].text)
        # Both words are surnames of *other* people ("Wong Kwok-kin" is no "Wong" + "Kwok-kin").
        if (
            f.type == "PER"
            and f.last == f.first + 1
            and own[0] != own[1]
            and all(bearers.get(word, set()) - {own} for word in own)
        ):
            out += [Found(f.first, f.first, "PER"), Found(f.first + 1, f.last, "PER")]
        else:
            out.append(f)
    return out


def _retype(tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Found]:
    """Lone words the tagger got wrong. The surname of a person named in full in the
    article is that person; otherwise a known place tagged as a person ("Kyiv") is a
    place, and a common noun tagged as a person or MISC ("Krieg", "Bauer") is dropped. A
    lone "person" the text writes only after an article ("auf dem Wasen") is a place."""
    surnames = {tokens[f.last].text for f in found if f.type == "PER" and f.last > f.first}
    persons = surnames | {tokens[f.first].text for f in found if f.type == "PER"}
    things = _after_articles(tokens, found, lex) - surnames
    out = []
    for f in found:
        if lex.compound and f.type != "PER":
            _genitive_person(tokens, f, persons)
        word = tokens[f.first].text
        alone = f.first == f.last and word not in surnames
        if alone and f.type in ("PER", "MISC") and lex.noun(word) == "nn":
            continue
        if alone and f.type == "PER" and keys.is_place(word) and not _name_word(word):
            f.type = "LOC"
        if f.first == f.last and word in surnames:
            f.type = "PER"  # "Trump" after "Donald Trump", whatever the tagger said
        if alone and f.type == "PER" and word in things:
            f.type = "LOC"
        out.append(f)
    return out


def _genitive_person(tokens: list[Token], f: Found, persons: set[str]) -> None:
    """A German "organisation" or "place" that opens with a person of the article in the
    genitive ("Avivs Tod", "Patricia Evangelistas Recherchen", "Pesics") is that person:
    cut after the genitive and typed PER."""
    for i in range(f.first, f.last + 1):
        word = tokens[i].text
        if len(word) > 3 and word.endswith("s") and word[:-1] in persons:
            f.last, f.type = i, "PER"
            return


def _after_articles(tokens: list[Token], found: list[Found], lex: Lexicon) -> set[str]:
    """The lone words tagged as people that every time follow an article or a contracted
    preposition (``thing_articles``): "auf dem Wasen", "im Nasser-Krankenhaus"."""
    seen: dict[str, bool] = {}
    for f in found:
        if f.type != "PER" or f.first != f.last:
            continue
        word = tokens[f.first].text
        before = tokens[f.first - 1].text.lower() if f.first else ""
        seen[word] = seen.get(word, True) and before in lex.thing_articles
    return {w for w, always in seen.items() if always}


def _name_word(word: str) -> bool:
    """A known first name or surname ("Gloria", "Paris" are places too)."""
    classes = german.gazetteer().get(word.lower(), "")
    return "FIRST" in classes or "PER" in classes


def _vote(tokens: list[Token], found: list[Found]) -> list[Found]:
    """Each surface form gets its most frequent type (ties: the first seen)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for f in found:
        votes[_text(tokens, f)][f.type] += 1
    for f in found:
        f.type = votes[_text(tokens, f)].most_common(1)[0][0]
    return found


def _recur(tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Found]:
    """Add untagged recurrences of names (and of people's surnames) found elsewhere, but
    not inside a longer capitalised name the tagger left alone ("Explorer" in "Internet
    Explorer", "Google" in "Google Science Fair")."""
    forms: dict[tuple[str, ...], str] = {}
    for f in found:
        words = tuple(t.text for t in tokens[f.first : f.last + 1])
        if len(words) <= _LONGEST_NAME and len("".join(words)) >= 3 and words[0][:1].isupper():
            forms.setdefault(words, f.type)
        if f.type == "PER" and len(words) > 1 and len(words[-1]) >= 3:
            forms.setdefault((words[-1],), "PER")
    taken = [False] * len(tokens)
    for f in found:
        for i in range(f.first, f.last + 1):
            taken[i] = True
    # Lengths of the forms by their first word, longest first (one dict look-up per token).
    by_first: dict[str, set[int]] = defaultdict(set)
    for words in forms:
        by_first[words[0]].add(len(words))
    lengths = {word: sorted(ns, reverse=True) for word, ns in by_first.items()}
    out = list(found)
    for i, tok in enumerate(tokens):
        if taken[i] or tok.text not in lengths:
            continue
        for n in lengths[tok.text]:
            if i + n > len(tokens) or any(taken[i : i + n]) or _in_name(tokens, i, n, lex):
                continue
            words = tuple(t.text for t in tokens[i : i + n])
            if words in forms:
                out.append(Found(i, i + n - 1, forms[words]))
                for j in range(i, i + n):
                    taken[j] = True
                break
    return out


def _in_name(tokens: list[Token], i: int, n: int, lex: Lexicon) -> bool:
    """Tokens ``i`` .. ``i+n-1`` run into a capitalised word on the same line that is no
    sentence opener, role or title ("President Trump", "When Trump" stay names)."""
    after = tokens[i + n] if i + n < len(tokens) else None
    if after is not None and not after.newline and after.text[:1].isupper():
        return True
    if i == 0 or tokens[i].newline or not tokens[i - 1].text[:1].isupper():
        return False
    before = tokens[i - 1]
    opener = before.newline or i < 2 or tokens[i - 2].text in _OPENING
    word = before.text.lower().rstrip(".")
    return not (opener or lex.is_role(before.text) or word in lex.titles or word in lex.role_words)
