"""Entity benchmark: German NER on the kept-aside GermEval sentences, English NER on GUM news,
identity keys on the team's labelled pairs, and the stage's speed.

German: the shipped CRF on the last 1,100 sentences of GermEval 2014's test file (never trained
on; see ``newsgraph.models.train_de_ner``), gold tokens, exact spans, PER/ORG/LOC.

English: ``../shared/data/ner/gum-news`` (GUM, CC BY 4.0). Gold names are GUM's person,
organization and place mentions that are proper names: after a leading article and a trailing
possessive are dropped, every word is capitalised (inner "of", "and", "the", "for", "&", "-",
"." allowed) and one is a proper noun; a person's name is the trailing run of proper nouns after
titles and roles ("U.S. President Donald Trump" -> "Donald Trump"); only outermost names count,
as in CoNLL and OntoNotes. GUM types metonymic country names as organisations ("Belgium" the
team), which costs the LOC/ORG scores.
Predicted: the mentions of the entities the stage finds in the running text (spaCy, then
newsgraph's clean-up, type vote and grouping rules); exact character spans.

Identity: ``bench/data/identity_pairs.tsv``; a pair is predicted "same" when the keys are equal.

Speed: the entities stage alone on extracted articles (fundus-de, German; wcxb, English), one
process, articles per second.

    python bench/entities.py                           # print the tables
    python bench/entities.py --out docs/benchmarks.md  # write the '## Entities' section
"""

from __future__ import annotations

import argparse
import gzip
import platform
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

try:  # imported as bench.entities (repo root on sys.path) or run as a script
    from bench import _common as c
except ImportError:  # pragma: no cover - script use
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench import _common as c

import newsgraph
from newsgraph.analyze import entities as stage
from newsgraph.analyze.entities import features, german, keys
from newsgraph.article import Article
from newsgraph.models import train_de_ner as trainer

SHARED = c.REPO_ROOT.parent / "shared"
PAIRS = Path(__file__).resolve().parent / "data" / "identity_pairs.tsv"
GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
_INNER = frozenset({"of", "and", "the", "for", "&", "-", ".", "de", "du", "von"})
Counts = dict[str, tuple[int, int, int]]


# -- German --------------------------------------------------------------------------------------
def german_scores() -> Counts:
    _, kept = trainer.splits(SHARED, europeana=False)
    tagger, gaz, lex = german._tagger(), german.gazetteer(), features.lexicon("de")
    pred = [tagger.tag(features.sentence(words, gaz, lex)) for words, _ in kept]
    return trainer.score([tags for _, tags in kept], pred)


# -- English (GUM) -------------------------------------------------------------------------------
def gum_documents(folder: Path) -> Iterator[tuple[str, set[tuple[int, int, str]]]]:
    """``(text, gold spans)`` per GUM document; spans are character offsets."""
    lex = features.lexicon("en")
    for path in sorted(folder.glob("*.conllu")):
        words: list[tuple[str, str, int, int]] = []  # form, xpos, start, end
        parts: list[str] = []
        pos = 0
        opened: dict[str, list[tuple[int, str]]] = {}
        mentions: list[tuple[int, int, str]] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text"):
                if parts and not parts[-1].endswith("\n"):
                    parts.append("\n")
                    pos += 1
                continue
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                continue
            i = len(words)
            words.append((cols[1], cols[4], pos, pos + len(cols[1])))
            space = "" if "SpaceAfter=No" in cols[9] else " "
            parts.append(cols[1] + space)
            pos += len(cols[1]) + len(space)
            entity = re.search(r"Entity=([^|]*)", cols[9])
            for item in re.findall(r"\([^()]*\)?|\d+\)", entity.group(1) if entity else ""):
                if item.startswith("("):
                    gid, kind = item[1:].split("-")[:2]
                    if item.endswith(")"):
                        mentions.append((i, i, kind))
                    else:
                        opened.setdefault(gid, []).append((i, kind))
                elif opened.get(item[:-1]):
                    first, kind = opened[item[:-1]].pop()
                    mentions.append((first, i, kind))
        names = set()
        for first, last, kind in mentions:
            name = _name_span(words, first, last, kind, lex)
            if name:
                a, b = name
                names.add((words[a][2], words[b][3], GUM_TYPES[kind]))
        # Outermost names only, as in CoNLL and OntoNotes ("University of Texas", not "Texas").
        gold = {
            n for n in names if not any(o[0] <= n[0] and n[1] <= o[1] and o != n for o in names)
        }
        yield "".join(parts), gold


def _name_span(
    words: list[tuple[str, str, int, int]],
    first: int,
    last: int,
    kind: str,
    lex: features.Lexicon,
) -> tuple[int, int] | None:
    if kind not in GUM_TYPES:
        return None
    while first <= last and words[first][1] == "DT":
        first += 1
    while last >= first and (words[last][1] == "POS" or words[last][0] in ("'s", "'", "’s")):
        last -= 1
    proper = ("NNP", "NNPS")
    if kind == "person":  # the trailing run of proper nouns that are no title or role
        start = last + 1
        while (
            start > first
            and words[start - 1][1] in proper
            and not (lex.is_role(words[start - 1][0]) or words[start - 1][0].lower() in lex.titles)
        ):
            start -= 1
        first = start
    if first > last or not any(w[1] in proper for w in words[first : last + 1]):
        return None
    if kind == "person" and first == last and words[first][1] == "NNPS":
        return None  # a group ("Afghans", "Muslims"), not a person's name
    inner = words[first : last + 1]
    capital = [w[0][:1].isupper() or w[0][:1].isdigit() for w in inner]
    if (
        capital[0]
        and capital[-1]
        and all(c or w[0].lower() in _INNER for c, w in zip(capital, inner, strict=True))
    ):
        return first, last
    return None


def english_scores(folder: Path) -> tuple[Counts, int]:
    counts: Counter[tuple[str, str]] = Counter()
    docs = 0
    for text, gold in gum_documents(folder):
        docs += 1
        pred = {(m.start, m.end, e.type) for e in stage.find(text, "en") for m in e.mentions}
        for kind in ("PER", "ORG", "LOC"):
            g = {s for s in gold if s[2] == kind}
            p = {s for s in pred if s[2] == kind}
            counts[kind, "tp"] += len(g & p)
            counts[kind, "pred"] += len(p)
            counts[kind, "gold"] += len(g)
    return {k: (counts[k, "tp"], counts[k, "pred"], counts[k, "gold"]) for k in trainer.TYPES}, docs


# -- identity pairs ------------------------------------------------------------------------------
def identity_scores(path: Path = PAIRS) -> tuple[float, float, int, list[str]]:
    tp = fp = fn = n = 0
    wrong = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "type\t")) or not line.strip():
            continue
        kind, a, b, label = line.split("\t")
        n += 1
        equal = keys.key(kind, a) == keys.key(kind, b)
        same = label == "same"
        tp += equal and same
        fp += equal and not same
        fn += same and not equal
        if equal != same:
            wrong.append(f"{a} / {b} ({label})")
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), n, wrong


# -- speed ---------------------------------------------------------------------------------------
def articles(folder: Path, limit: int) -> list[Article]:
    out = []
    for path in sorted(folder.glob("*.html.gz"))[:limit]:
        article = newsgraph.process(gzip.decompress(path.read_bytes()), format="html")
        if article.text.strip():
            out.append(article)
    return out


def rate(found: Iterable[Article], seconds: float = 5.0) -> tuple[float, int, int]:
    """Articles per second for the entities stage alone, words per article, articles."""
    items = list(found)
    if not items:
        return 0.0, 0, 0
    stage.stage(items[0])  # load the models
    n = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds or n < len(items):
        stage.stage(items[n % len(items)])
        n += 1
    elapsed = time.perf_counter() - start
    words = sum(len(a.text.split()) for a in items) // len(items)
    return n / elapsed, words, len(items)


# -- report --------------------------------------------------------------------------------------
def table(counts: Counts) -> list[str]:
    rows = ["| type | P | R | F1 | gold |", "|---|---|---|---|---|"]
    total = [0, 0, 0]
    for kind in trainer.TYPES:
        tp, pred, gold = counts.get(kind, (0, 0, 0))
        total = [total[0] + tp, total[1] + pred, total[2] + gold]
        p, r, f = trainer.prf(tp, pred, gold)
        rows.append(f"| {kind} | {p:.3f} | {r:.3f} | {f:.3f} | {gold} |")
    p, r, f = trainer.prf(*total)
    rows.append(f"| **micro** | **{p:.3f}** | **{r:.3f}** | **{f:.3f}** | {total[2]} |")
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="write the '## Entities' section here")
    ap.add_argument("--limit", type=int, default=40, help="articles per language for speed")
    args = ap.parse_args(argv)
    if not (SHARED / "data" / "ner").is_dir():
        print(f"skipped: {SHARED}/data/ner not found")
        return 0
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"Run {now}, Python {platform.python_version()}, one process. "
        "Command: `python bench/entities.py --out docs/benchmarks.md`",
        "",
        "### German NER: shipped CRF on the kept-aside GermEval 2014 sentences",
        "",
        f"Last {trainer.HOLDOUT} sentences of `NER-de-test.tsv.gz`, never trained on; gold "
        "tokens, exact spans.",
        "",
        *table(german_scores()),
    ]
    english_counts, docs = english_scores(SHARED / "data" / "ner" / "gum-news")
    lines += [
        "",
        f"### English NER: the entities stage (spaCy en_core_web_sm + rules) on GUM news "
        f"({docs} documents)",
        "",
        "Gold: GUM person/organization/place mentions that are proper names (see the script).",
        "",
        *table(english_counts),
    ]
    p, r, n, wrong = identity_scores()
    lines += [
        "",
        f"### Identity keys on `bench/data/identity_pairs.tsv` ({n} labelled pairs)",
        "",
        f"Precision **{p:.3f}**, recall **{r:.3f}** (a pair is 'same' when the keys are equal).",
        "Wrong: " + "; ".join(wrong) + ".",
        "",
        "### Speed of the entities stage (one core, articles already extracted)",
        "",
        "| set | articles | words / article | articles / s | words / s |",
        "|---|---|---|---|---|",
    ]
    extraction = SHARED / "data" / "extraction"
    for label, folder in (
        ("fundus-de (German)", extraction / "fundus-de"),
        ("wcxb-dev-articles (English)", extraction / "wcxb-dev-articles" / "html"),
    ):
        per_s, words, count = rate(articles(folder, args.limit))
        lines.append(f"| {label} | {count} | {words} | {per_s:.1f} | {per_s * words:,.0f} |")
    body = "\n".join(lines)
    print(body)
    if args.out:
        c.replace_section(args.out, "## Entities", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
