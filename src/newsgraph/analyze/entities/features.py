"""Token features for the German CRF tagger, shared by training and tagging.

One function turns a sentence of words into crfsuite feature strings, so the
model sees exactly the same features when it is trained and when it is used.
Features: the word and its neighbours, affixes, shape, hyphen-compound parts,
gazetteer classes (surnames, places, companies; also of a genitive's base, of the parts
of hyphenated names and of names of several words) and role nouns from
``lang/de/entities.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from newsgraph.lang import load, nouns

# lower-cased word -> classes and word clusters, e.g. "LOC PER ~64:3 ~256:17 ~1024:140"
Gazetteer = Mapping[str, str]

_SHAPE = [(re.compile(r"[A-ZÄÖÜ]"), "X"), (re.compile(r"[a-zäöüß]"), "x"), (re.compile(r"\d"), "d")]
_COLLAPSE = re.compile(r"(.)\1+")
_PARTS = re.compile(r"[-/]")


@dataclass(frozen=True)
class Lexicon:
    """Word lists that are rules, not learned (``lang/<language>/entities.toml``)."""

    roles: frozenset[str]
    org_heads: frozenset[str]
    role_words: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    not_person: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()
    compound: bool = False
    nouns: frozenset[str] = frozenset()
    org_suffixes: tuple[str, ...] = ()
    verbs: frozenset[str] = frozenset()  # speech verbs and auxiliaries: never part of a role
    legal_forms: frozenset[str] = frozenset()  # "AG", "Inc", "plc": end a company's name
    org_triggers: tuple[str, ...] = ()  # "Hersteller", "Verein": an organisation's name follows
    org_triggers_more: tuple[str, ...] = ()  # the same, for the rules only
    org_roles: frozenset[str] = frozenset()  # "chief executive": only a company has one
    org_openers: frozenset[str] = frozenset()  # "Municipality (of Livorno)"
    organisations: frozenset[str] = frozenset()  # always organisations ("Twitter")
    place_heads: frozenset[str] = frozenset()  # "Creek", "River": end a place's name
    place_openers: frozenset[str] = frozenset()  # "Lake", "Glen": open one after "in"
    thing_articles: frozenset[str] = frozenset()  # "auf dem Wasen": no person's name

    def org_trigger(self, word: str) -> bool:
        """A noun that introduces an organisation's name, or a compound ending in one
        ("Spielzeughersteller Mattel", "Fußballklub Una")."""
        return word.lower().rsplit("-", 1)[-1].endswith(self.org_triggers)

    def introduces_org(self, word: str) -> bool:
        """``org_trigger`` or one of the rules' own such nouns (``org_triggers_more``)."""
        low = word.lower().rsplit("-", 1)[-1]
        return self.org_trigger(word) or low.endswith(self.org_triggers_more)

    def noun(self, word: str) -> str:
        """ "nn" for a known common noun, "nnc" for a compound ending in one, else ""."""
        if word in self.nouns:
            return "nn"
        tail = word.rsplit("-", 1)[-1]
        for i in range(1, len(tail) - 3):
            if tail[i].upper() + tail[i + 1 :] in self.nouns:
                return "nnc"
        return ""

    def is_role(self, word: str) -> bool:
        """A role noun: "Präsident", "Verteidigungsministerin", "spokesman", "Presidents"."""
        w = word.lower()
        if not self.compound:
            return w in self.roles or (w.endswith("s") and w[:-1] in self.roles)
        w = w.split("-")[-1]
        w = w[:-5] if w.endswith("innen") else w[:-2] if w.endswith("in") else w
        w = w[:-2] if w.endswith("en") and w[:-2] in self.roles else w
        return any(w[i:] in self.roles for i in range(len(w)))  # ends in a role noun


@cache
def lexicon(language: str = "de") -> Lexicon:
    rules = load(language, "entities") or load("en", "entities")

    def words(name: str) -> frozenset[str]:
        return frozenset(w.lower() for w in rules.get(name, []))

    return Lexicon(
        roles=words("role_heads"),
        org_heads=words("org_heads"),
        role_words=words("role_words"),
        titles=words("titles"),
        not_person=words("not_person"),
        parties=words("parties"),
        compound=bool(rules.get("compound", False)),
        nouns=nouns(language),
        org_suffixes=tuple(sorted(words("org_suffixes"), key=len, reverse=True)),
        verbs=_verbs(language),
        legal_forms=words("legal_forms"),
        org_triggers=tuple(sorted(words("org_triggers"))),
        org_triggers_more=tuple(sorted(words("org_triggers_more"))),
        org_roles=words("org_roles"),
        org_openers=words("org_openers"),
        organisations=frozenset(rules.get("organisations", [])),
        place_heads=words("place_heads"),
        place_openers=words("place_openers"),
        thing_articles=words("thing_articles"),
    )


def _verbs(language: str) -> frozenset[str]:
    """The statements stage's speech verb forms and auxiliaries (``statements.toml``):
    "sagte Vorstandschef X" gives the role "Vorstandschef", not "sagte Vorstandschef"."""
    from newsgraph.analyze.statements.rules import rules as statement_rules

    found = statement_rules(language)
    return frozenset(found.verbs) | found.auxiliaries


def shape(word: str) -> str:
    out = word
    for pattern, sub in _SHAPE:
        out = pattern.sub(sub, out)
    return out


def _classes(low: str, gaz: Gazetteer) -> list[str]:
    """The gazetteer classes of a word, without its word clusters ("~256:17")."""
    return [c for c in gaz.get(low, "").split() if c[0] != "~"]


def _genitive(low: str, gaz: Gazetteer) -> list[str]:
    """Gazetteer classes of a genitive's base ("Chinas", "Atlantiks", "Sudetenlandes")."""
    for ending in ("s", "es"):
        if low.endswith(ending) and len(low) - len(ending) > 2:
            found = [c for c in _classes(low[: -len(ending)], gaz) if c != "low"]
            if found:
                return found
    return []


def _token(word: str, gaz: Gazetteer, lex: Lexicon) -> list[str]:
    low = word.lower()
    sh = shape(word)
    feats = [
        "w=" + low,
        "s2=" + low[-2:],
        "s3=" + low[-3:],
        "s4=" + low[-4:],
        "s5=" + low[-5:],
        "p3=" + low[:3],
        "p4=" + low[:4],
        "sh=" + _COLLAPSE.sub(r"\1", sh)[:6],
    ]
    if word[:1].isupper():
        feats.append("title")
    if word.isupper() and len(word) > 1:
        feats.append("caps")
    if "-" in word:
        parts = low.split("-")
        feats += ["hy", "h0=" + parts[0], "h1=" + parts[-1][-5:]]
    if len(word) <= 2:
        feats.append("short")
    entry = gaz.get(low, "").split()
    g = [c for c in entry if c[0] != "~"]
    feats += ["cl" + c for c in entry if c[0] == "~"]  # word clusters, "~256:17"
    if g:
        feats += ["g=" + c for c in g]
    elif word[:1].isupper():
        feats += ["gs=" + c for c in _genitive(low, gaz)]
    if word[:1].isupper() and ("-" in word or "/" in word):
        # parts of "Moskau-Scheremetjewo", "Hohenzollern-Sigmaringen", "Santa Cruz/Madrid"
        parts = [x for x in _PARTS.split(low) if x]
        if len(parts) > 1:
            feats += ["gpa=" + c for c in _classes(parts[0], gaz)]
            feats += ["gpz=" + c for c in _classes(parts[-1], gaz)]
    if lex.is_role(word):
        feats.append("role")
    if word[:1].isupper() and lex.org_suffixes:
        tail = low.rsplit("-", 1)[-1]
        suffix = next((x for x in lex.org_suffixes if tail.endswith(x)), "")
        if suffix:
            feats.append("os=" + ("=" if suffix == tail else "+"))
    if sum(ch.isupper() for ch in word) >= 2 and not word.isupper():
        feats.append("mixcaps")
    if low in lex.org_heads:
        feats.append("orghead")
    if word[:1].isupper() and lex.org_trigger(word):
        feats.append("ot")
    noun = lex.noun(word) if word[:1].isupper() else ""
    if noun:
        feats.append(noun)
    return feats


# also genitive bases (gs=), hyphen parts (gp), names of several words (mb=, mi=)
_CONTEXT = (
    "w=",
    "sh=",
    "title",
    "g=",
    "role",
    "s3=",
    "orghead",
    "ot",
    "nn",
    "os=",
    "gs=",
    "gp",
    "mb=",
    "mi=",
)
_WIDE = ("title", "g=", "role", "os=")
_NEAR_CLUSTER = "cl~256:"  # the neighbours' word clusters, at the middle level


def _multi_word(words: Sequence[str], gaz: Gazetteer, own: list[list[str]]) -> None:
    """Mark the longest gazetteer names of two to four words ("Vereinigten Staaten",
    "New York"): ``mb=`` on the first word, ``mi=`` on the others."""
    lows = [w.lower() for w in words]
    i = 0
    while i < len(words):
        step = 1
        if words[i][:1].isupper():
            for n in range(min(4, len(words) - i), 1, -1):
                found = gaz.get(" ".join(lows[i : i + n]))
                if found:
                    for k in range(n):
                        own[i + k] += [("mb=" if k == 0 else "mi=") + c for c in found.split()]
                    step = n
                    break
        i += step


# Opening quotation marks and their closing ones.
_OPEN = {"„": "“", "«": "»", "»": "«", '"': '"', "“": "”", "‚": "‘"}
_QUOTED = 8  # longest quoted stretch that may be a name


def _quoted(words: Sequence[str], own: list[list[str]]) -> None:
    """Mark the words of a short quoted stretch ("„ Ostsee-Zeitung “", "« Al-Ahram »"):
    ``q`` on each, with the stretch's last word's organisation ending (``qos``)."""
    i = 0
    while i < len(words):
        close = _OPEN.get(words[i])
        end = next(
            (j for j in range(i + 1, min(i + 2 + _QUOTED, len(words))) if words[j] == close), 0
        )
        if end > i + 1:
            org = any(f.startswith("os=") for f in own[end - 1])
            for k in range(i + 1, end):
                own[k].append("q")
                if org:
                    own[k].append("qos")
            i = end + 1
        else:
            i += 1


def _org_word(own: Sequence[str]) -> bool:
    """An organisation ending or head word ("Universität", "Staatstheater", "AG")."""
    return any(f.startswith(("os=", "orghead")) for f in own)


def _place(own: Sequence[str]) -> bool:
    """A place in the gazetteer, also as a genitive ("Hamburg", "Stuttgarts")."""
    return any(f in ("g=LOC", "gs=LOC") for f in own)


def sentence(words: Sequence[str], gaz: Gazetteer, lex: Lexicon | None = None) -> list[list[str]]:
    """Feature strings for every word of one sentence."""
    return Featuriser(gaz, lex or lexicon()).sentence(words)


_AROUND = (-3, -2, -1, 1, 2, 3)


@dataclass(frozen=True)
class _Word:
    """What a word's features are, alone and as its neighbours see them (``near``, by
    distance: some features up to two words away, fewer at three; ``cluster``: its word
    clusters, next to it), already prefixed with the distance, so that a word seen before
    costs no string work."""

    own: tuple[str, ...]
    near: dict[int, tuple[str, ...]]
    cluster: dict[int, tuple[str, ...]]
    org: bool
    place: bool


def _word(own: Sequence[str]) -> _Word:
    near = [f for f in own if f.startswith(_CONTEXT)]
    far = [f for f in own if f.startswith(_WIDE)]
    clusters = [f for f in own if f.startswith(_NEAR_CLUSTER)]
    return _Word(
        tuple(own),
        {d: tuple(f"{d}{f}" for f in (near if -3 < d < 3 else far)) for d in _AROUND},
        {d: tuple(f"{d}{f}" for f in clusters) for d in (-1, 1)},
        _org_word(own),
        _place(own),
    )


class Featuriser:
    """``sentence`` for one gazetteer and lexicon, remembering each word's own features.

    Why: a word's own features depend on the word alone, and most words of an article
    (and of the next) were seen before; working them out once per word more than halves
    the German tagger's feature time. The memory keeps the ``size`` words used last
    (about 3 KB each: 20,000 words hold 60 MB), so a long run stays within bounds; the
    features are the same either way."""

    def __init__(self, gaz: Gazetteer, lex: Lexicon, size: int = 20_000) -> None:
        self.gaz, self.lex = gaz, lex
        self._known = lru_cache(maxsize=size)(self._work_out)

    def _work_out(self, word: str) -> _Word:
        return _word(_token(word, self.gaz, self.lex))

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """Feature strings for every word of one sentence."""
        base = [self._known(w) for w in words]
        own = [list(b.own) for b in base]
        _multi_word(words, self.gaz, own)
        _quoted(words, own)
        # a word that is part of a longer name or a quote has features of its own here
        info = [b if len(o) == len(b.own) else _word(o) for b, o in zip(base, own, strict=True)]
        out: list[list[str]] = []
        n = len(words)
        for i in range(n):
            feats = ["b", *own[i]]
            if i == 0:
                feats.append("BOS")
            if i == n - 1:
                feats.append("EOS")
            for d in _AROUND:
                j = i + d
                if 0 <= j < n:
                    feats += info[j].near[d]
            for d in (-1, 1):
                if 0 <= i + d < n:
                    feats += info[i + d].cluster[d]
            if i > 0:
                feats.append("bi=" + words[i - 1].lower() + "|" + words[i].lower())
            # An organisation's word before a place ("Staatsoper Stuttgart", "Universität
            # Hamburg"): the place may be part of the organisation's name.
            if i + 1 < n and info[i].org and info[i + 1].place:
                feats.append("orgplace>")
            if i > 0 and info[i - 1].org and info[i].place:
                feats.append("<orgplace")
            if words[i][:1].isupper():
                # Conjunctions a linear model cannot form itself: a capitalised word that
                # is no known noun, after this word, at the start of a sentence or not.
                kind = next((f for f in own[i] if f in ("nn", "nnc")), "unk")
                gaz_class = next((f for f in own[i] if f.startswith("g=")), "g=-")
                feats += [
                    f"cn={kind}|{'bos' if i == 0 else 'in'}",
                    f"cg={kind}|{gaz_class}",
                    f"pc={words[i - 1].lower() if i else '^'}|{kind}",
                ]
            out.append(feats)
        return out
