"""Shared helpers for the benchmarks: loading the gold sets, normalising fields, scoring.

Kept free of heavy imports (no lxml, no extractor) so that a child process that measures
one tool's memory starts from a small, equal baseline for every tool.
"""

from __future__ import annotations

import gzip
import html
import itertools
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "extraction"
DATA_LABEL = "../shared/data/extraction"

SET_FOLDERS = {
    "fundus": "fundus-de",
    "trafilatura": "trafilatura-eval",
    "wcxb": "wcxb-dev-articles",
}

FUZZY_THRESHOLD = 0.8  # token F1 at which a caption or credit string counts as found

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
# Gold snippets are often typed with ASCII quotes and dashes where the page has typographic ones.
_FOLD = str.maketrans(
    {
        **_INVISIBLE,
        **dict.fromkeys(map(ord, "‘’‚‛′"), "'"),
        **dict.fromkeys(map(ord, "“”„‟″"), '"'),
        **dict.fromkeys(map(ord, "‐‑‒–—―−"), "-"),
    }
)
_EDGE_PUNCT = "\"'“”„‟‘’‚‛«»‹›「」()[]{}.,;:!?¡¿-–—…*#|/\\ "
_AUTHOR_SPLIT = re.compile(r"\s*(?:[,;&|]|\band\b|\bund\b)\s*", re.IGNORECASE)
_AUTHOR_PREFIX = re.compile(r"^(?:by|von|text|autor(?:in)?|author)\s*:?\s+", re.IGNORECASE)
_CREDIT_PREFIX = re.compile(
    r"^(?:©|\(c\)|foto|fotos|bild|bilder|photo|image|credit|quelle|source)\s*:?\s*",
    re.IGNORECASE,
)
_YMD = re.compile(r"(\d{4})\D(\d{1,2})\D(\d{1,2})")


# -- gold records -------------------------------------------------------------------------------
@dataclass
class Gold:
    """What a page should yield; ``None`` means the set has no gold for that field."""

    body: str | None = None
    title: str | None = None
    date: str | None = None
    authors: list[str] | None = None
    captions: list[str] | None = None
    credits: list[str] | None = None
    with_snippets: list[str] | None = None
    without_snippets: list[str] | None = None


@dataclass
class Page:
    """One HTML page of a set and its gold; ``path`` is the gzipped HTML."""

    set: str
    id: str
    path: str
    url: str | None
    gold: Gold = field(default_factory=Gold)


def read_html(path: str | Path) -> str:
    """Decode a gzipped page the same way for every tool, so no tool wins on charset luck."""
    with gzip.open(path) as fh:
        raw = fh.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = re.search(rb"""charset\s*=\s*["']?([\w-]+)""", raw[:4096], re.IGNORECASE)
    if match:
        try:
            return raw.decode(match.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return raw.decode("cp1252", errors="replace")


def load_set(name: str, data: Path) -> list[Page]:
    """All pages of one set, in a stable order (so ``--limit`` picks the same pages)."""
    folder = data / SET_FOLDERS[name]
    loaders = {"fundus": load_fundus, "trafilatura": load_trafilatura, "wcxb": load_wcxb}
    return loaders[name](folder)


def load_trafilatura(folder: Path) -> list[Page]:
    """trafilatura's eval set: only snippets for the body, metadata where given."""
    records: dict[str, dict[str, Any]] = json.loads((folder / "evaldata.json").read_text("utf-8"))
    pages = []
    for url, rec in records.items():
        gold = Gold(
            title=rec.get("title") or None,
            date=rec.get("date") or None,
            authors=_as_names(rec.get("author")),
            with_snippets=list(rec.get("with") or []),
            without_snippets=list(rec.get("without") or []),
        )
        path = folder / "html" / f"{rec['file']}.gz"
        pages.append(Page("trafilatura", rec["file"], str(path), url, gold))
    return pages


def load_wcxb(folder: Path) -> list[Page]:
    """WCXB dev articles: full main content plus snippets and metadata."""
    pages = []
    for gt_path in sorted((folder / "ground-truth").glob("*.json")):
        rec = json.loads(gt_path.read_text("utf-8"))
        gt = rec["ground_truth"]
        gold = Gold(
            body=gt.get("main_content") or None,
            title=gt.get("title") or None,
            date=gt.get("publish_date") or None,
            authors=_as_names(gt.get("author")),
            with_snippets=list(gt.get("with") or []),
            without_snippets=list(gt.get("without") or []),
        )
        path = folder / "html" / f"{gt_path.stem}.html.gz"
        pages.append(Page("wcxb", gt_path.stem, str(path), rec.get("url"), gold))
    return pages


def load_fundus(folder: Path) -> list[Page]:
    """fundus test fixtures: one JSON of records per publisher, matched to its pages."""
    meta: dict[str, dict[str, str]] = json.loads((folder / "meta.info").read_text("utf-8"))
    by_publisher: dict[str, list[Path]] = {}
    for path in sorted(folder.glob("*.html.gz")):
        by_publisher.setdefault(path.name.split("_")[0], []).append(path)
    pages = []
    for publisher, paths in sorted(by_publisher.items()):
        records = json.loads((folder / f"{publisher}.json").read_text("utf-8"))
        for path, record in match_fundus_records(paths, list(records.values())):
            url = meta.get(path.name, {}).get("url")
            pages.append(
                Page(
                    "fundus",
                    path.name.removesuffix(".html.gz"),
                    str(path),
                    url,
                    fundus_gold(record),
                )
            )
    return pages


def fundus_gold(record: dict[str, Any]) -> Gold:
    """Flatten a fundus record: body = summary + section headlines + paragraphs."""
    body = record.get("body") or {}
    parts = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
    images = record.get("images") or []
    captions = [im["caption"] for im in images if im.get("caption")]
    credits = ["/".join(im["authors"]) for im in images if im.get("authors")]
    return Gold(
        body="\n\n".join(parts) or None,
        title=record.get("title") or None,
        date=record.get("publishing_date") or None,
        authors=_as_names(record.get("authors")),
        captions=captions,
        credits=credits,
    )


def match_fundus_records(
    paths: Sequence[Path], records: Sequence[dict[str, Any]]
) -> list[tuple[Path, dict[str, Any]]]:
    """Pair pages with records. File dates are crawl dates, not publishing dates, and one
    publisher can have two records with the same date, so dates alone are ambiguous: score
    each pair by title found in the page (+1) plus the share of gold body tokens found in the
    page, and take the one-to-one assignment with the highest total."""
    page_tokens = [_page_tokens(p) for p in paths]
    page_texts = [squash(html.unescape(read_html(p))) for p in paths]
    score = [
        [_record_fit(rec, toks, text) for rec in records]
        for toks, text in zip(page_tokens, page_texts, strict=True)
    ]
    best: tuple[float, tuple[int, ...]] = (-1.0, ())
    for perm in itertools.permutations(range(len(records)), min(len(paths), len(records))):
        total = sum(score[i][j] for i, j in enumerate(perm))
        best = max(best, (total, perm))
    return [(paths[i], records[j]) for i, j in enumerate(best[1])]


def _page_tokens(path: Path) -> Counter[str]:
    text = re.sub(r"<[^>]+>", " ", html.unescape(read_html(path)))
    return tokens(text)


def _record_fit(record: dict[str, Any], page: Counter[str], page_text: str) -> float:
    gold = fundus_gold(record)
    title_hit = float(bool(gold.title) and squash(gold.title or "") in page_text)
    body = tokens(gold.body or "")
    found = sum((body & page).values())
    return title_hit + found / max(1, sum(body.values()))


def _as_names(value: Any) -> list[str] | None:
    """Gold authors as a list, or None when the gold names nobody."""
    if not value:
        return None
    names = [value] if isinstance(value, str) else [str(v) for v in value]
    return [n for n in names if n.strip()] or None


# -- normalisation ------------------------------------------------------------------------------
def squash(text: str) -> str:
    """NFKC, drop invisible characters, fold typographic quotes and dashes, collapse spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return _SPACE.sub(" ", text).strip()


def tokens(text: str | None) -> Counter[str]:
    """Bag of lowercase word tokens: the unit of every body score."""
    return Counter(_WORD.findall(squash(text or "").casefold()))


def norm_title(title: str | None) -> str:
    """Casefold, collapse whitespace, strip quotes and punctuation at both ends."""
    return squash(title or "").casefold().strip(_EDGE_PUNCT)


def author_set(names: Iterable[str] | str | None) -> frozenset[str]:
    """Split joined names ("A, B und C", "A; B") and normalise each, the same way for gold
    and prediction, so that only who is named matters, not how the list is written."""
    if not names:
        return frozenset()
    if isinstance(names, str):
        names = [names]
    out = set()
    for joined in names:
        for name in _AUTHOR_SPLIT.split(squash(joined)):
            name = _AUTHOR_PREFIX.sub("", name.strip(_EDGE_PUNCT)).casefold().strip(_EDGE_PUNCT)
            if name:
                out.add(name)
    return frozenset(out)


def norm_credit(credit: str) -> str:
    """Drop a leading "Foto:", "Bild:", "©" so that only the credited names are compared."""
    text = squash(credit)
    previous = None
    while previous != text:
        previous, text = text, _CREDIT_PREFIX.sub("", text).strip()
    return text


def parse_date(value: Any) -> tuple[date, datetime | None] | None:
    """A date (and the full timestamp when it has a timezone) from str/date/datetime."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date(), value if value.tzinfo else None
    if isinstance(value, date):
        return value, None
    text = str(value).strip()
    try:
        stamp = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return stamp.date(), stamp if stamp.tzinfo else None
    except ValueError:
        pass
    match = _YMD.search(text)
    if not match:
        return None
    year, month, day = map(int, match.groups())
    if month > 12 >= day:  # two gold dates are written year-day-month ("2022-29-11")
        month, day = day, month
    try:
        return date(year, month, day), None
    except ValueError:
        return None


def date_match(pred: Any, gold: Any) -> bool:
    """Same calendar day. When both sides carry a timezone, the prediction is first moved to
    the gold's timezone, so "23:30+00:00" and "01:30+02:00" next day agree."""
    g, p = parse_date(gold), parse_date(pred)
    if g is None or p is None:
        return False
    if g[1] is not None and p[1] is not None:
        return p[1].astimezone(g[1].tzinfo).date() == g[0]
    return p[0] == g[0]


# -- scoring ------------------------------------------------------------------------------------
def prf(tp: float, n_pred: float, n_gold: float) -> tuple[float, float, float]:
    """Precision, recall, F1; an empty side gives 0 (and both empty gives 1)."""
    if n_pred == 0 and n_gold == 0:
        return 1.0, 1.0, 1.0
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def body_counts(pred: str | None, gold: str) -> tuple[int, int, int]:
    """Multiset token overlap: (shared, predicted, gold) token counts."""
    p, g = tokens(pred), tokens(gold)
    return sum((p & g).values()), sum(p.values()), sum(g.values())


def snippet_counts(text: str | None, with_: Sequence[str], without: Sequence[str]) -> Counter[str]:
    """trafilatura's evaluation: a `with` snippet found is a TP, missed a FN; a `without`
    snippet found is a FP, absent a TN. Whitespace is collapsed on both sides first."""
    haystack = squash(text or "")
    out: Counter[str] = Counter()
    for snippet in with_:
        out["tp" if squash(snippet) in haystack else "fn"] += 1
    for snippet in without:
        out["fp" if squash(snippet) in haystack else "tn"] += 1
    return out


def token_f1(a: str, b: str) -> float:
    """Token F1 between two short strings (captions, credits)."""
    ta, tb = tokens(a), tokens(b)
    return prf(sum((ta & tb).values()), sum(ta.values()), sum(tb.values()))[2]


def fuzzy_matches(
    pred: Sequence[str], gold: Sequence[str], threshold: float = FUZZY_THRESHOLD
) -> int:
    """One-to-one matches between predicted and gold strings, best pairs first, counting a
    pair when its token F1 reaches ``threshold``."""
    pairs = sorted(
        ((token_f1(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    for f1, i, j in pairs:
        if f1 < threshold:
            break
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return len(used_p)


# -- output -------------------------------------------------------------------------------------
def fmt(value: Any, digits: int = 3) -> str:
    """Table cell: "–" for a field the tool does not produce."""
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain GitHub markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(fmt(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def command_line(script: str, argv: Sequence[str] | None) -> str:
    """The "Command: …" line under a section: the script with the arguments it ran with."""
    args = argv if argv is not None else sys.argv[1:]
    return f"Command: `python bench/{script}" + "".join(f" {a}" for a in args) + "`"


def replace_section(path: Path, heading: str, body: str) -> None:
    """Write ``heading`` + ``body`` into a markdown file, replacing that section (up to the
    next heading of the same or a higher level, outside code fences) and keeping every other
    section as it is."""
    text = path.read_text("utf-8") if path.exists() else "# Benchmarks\n"
    lines = text.splitlines()
    level = len(heading) - len(heading.lstrip("#"))
    section = [heading, "", *body.strip("\n").splitlines(), ""]
    start = next((i for i, line in enumerate(lines) if line.strip() == heading), None)
    if start is None:
        new = [*lines, "", *section]
    else:
        end = _section_end(lines, start, level)
        new = lines[:start] + section + lines[end:]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(new).strip("\n") + "\n", "utf-8")


def _section_end(lines: Sequence[str], start: int, level: int) -> int:
    """Index of the first heading after ``start`` at ``level`` or above, skipping fences."""
    fenced = False
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        match = re.match(r"(#+)\s", line)
        if not fenced and match and len(match.group(1)) <= level:
            return i
    return len(lines)


def one_to_one(scored: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs ``(gold, predicted)`` from ``(score, gold, predicted)``
    triples, best score first (ties in document order); a score of 0 pairs nothing."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for value, gi, pi in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if value <= 0:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out
