"""The team's attribution corpus: real news pages from ``../shared``, annotated by us.

The pages stay in ``../shared``; the repository keeps stand-off records in
``bench/data/attribution/`` that name the page, the SHA-256 of the text that was
annotated, and every span verbatim with its offsets (``docs/annotation.md``).

    python bench/attribution_corpus.py select            # pick the pages, write pages.tsv
    python bench/attribution_corpus.py texts DIR         # write each page's text for annotators
    python bench/attribution_corpus.py check [FILE...]   # validate records, add offsets in place

The annotated text is what ``newsgraph`` extracts from the page: the teaser (when the
body does not already hold it), a blank line, then ``Article.text``. Pages are chosen with
a fixed seed among those with a published date and 120-1,200 words of body, then split
by article into train / dev / test (60 / 20 / 20).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

try:
    from bench import _common as c
except ImportError:  # pragma: no cover - script use
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench import _common as c

DATA = c.DEFAULT_DATA
CORPUS = Path(__file__).resolve().parent / "data" / "attribution"
PAGES = CORPUS / "pages.tsv"
SEED = 20261207
PER_LANGUAGE = 130
DOUBLE = 22  # articles per language that a second annotator reads independently
KINDS = ("direct", "indirect", "mixed", "reported")


def article_text(path: Path) -> tuple[str, str | None, bool]:
    """The text annotators read for one page, the language newsgraph detected, and
    whether the page has a published date (a sign of news)."""
    import newsgraph
    from newsgraph.pipeline import Options

    options = Options(skip=frozenset({"entities", "statements", "speakers"}))
    raw = page_bytes(path)
    article = newsgraph.process(raw, format="html", options=options)
    text = article.text
    teaser = (article.teaser or "").strip()
    if teaser and teaser not in text:
        text = teaser + "\n\n" + text
    return text, article.language, article.published is not None


def page_bytes(path: Path) -> bytes:
    """A page of ``../shared`` as bytes (gunzipped), for newsgraph to decode as the CLI
    does."""
    import gzip

    return gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _candidates() -> list[Path]:
    out = sorted((DATA / "fundus-de").glob("*.html.gz"))
    out += sorted((DATA / "wcxb-dev-articles" / "html").glob("*.html.gz"))
    out += sorted((DATA / "trafilatura-eval" / "html").glob("*.gz"))
    return out


def select() -> None:
    """Choose PER_LANGUAGE pages per language and split them; writes pages.tsv."""
    news: dict[str, list[tuple[str, str]]] = {"de": [], "en": []}
    other: dict[str, list[tuple[str, str]]] = {"de": [], "en": []}
    for path in _candidates():
        text, language, dated = article_text(path)
        words = len(text.split())
        if language in news and dated and 120 <= words <= 1200:
            page = str(path.relative_to(DATA))
            pool = other if page.startswith("trafilatura-eval") else news
            pool[language].append((page, sha(text)))
    rng = random.Random(SEED)
    rows = []
    for language, found in news.items():
        # the news sets first (fundus-de, wcxb), the mixed web pages only to fill up
        rng.shuffle(found)
        rng.shuffle(other[language])
        chosen = (found + other[language])[:PER_LANGUAGE]
        rng.shuffle(chosen)
        for i, (page, digest) in enumerate(chosen):
            split = "train" if i % 5 < 3 else ("dev" if i % 5 == 3 else "test")
            double = "yes" if i % 6 == 0 and i < DOUBLE * 6 else "no"
            rows.append((page, language, split, double, digest))
        print(
            f"{language}: {len(found)} + {len(other[language])} candidate pages, "
            f"{len(chosen)} chosen",
            file=sys.stderr,
        )
    CORPUS.mkdir(parents=True, exist_ok=True)
    with PAGES.open("w", encoding="utf-8") as f:
        f.write("page\tlanguage\tsplit\tdouble\tsha256\n")
        for row in rows:
            f.write("\t".join(row) + "\n")


def pages() -> list[dict[str, str]]:
    lines = PAGES.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def texts(out: Path) -> None:
    """Each chosen page's text as ``<n>.txt`` (n = row in pages.tsv), for annotators."""
    out.mkdir(parents=True, exist_ok=True)
    for n, row in enumerate(pages()):
        text, _, _ = article_text(DATA / row["page"])
        if sha(text) != row["sha256"]:
            print(f"warning: {row['page']}: text changed since selection", file=sys.stderr)
        (out / f"{n:03d}.txt").write_text(text, encoding="utf-8")


# -- checking ------------------------------------------------------------------------------------
def _nearest(text: str, needle: str, spans: list[list[int]]) -> int:
    """Start of the whole-word occurrence of ``needle`` nearest to the content ``spans``
    and outside them ("he" is never the end of "the"; the speaker "er" of "sagte er, er
    werde" is not the one inside the content); -1 when absent."""
    best, best_cost = -1, (2, 0)
    for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text):
        a, b = m.start(), m.end()
        inside = any(s <= a and b <= e for s, e in spans)
        gap = min(min(abs(a - e), abs(s - b)) for s, e in spans)
        cost = (1 if inside else 0, gap)
        if best < 0 or cost < best_cost:
            best, best_cost = a, cost
    return best


def check_record(record: dict[str, Any], text: str) -> list[str]:
    """Errors in one record; fills in offsets (``content_spans``, ``cue_span``,
    ``speaker_span``) so that every span is verbatim and located."""
    errors = []
    if record.get("sha256") != sha(text):
        errors.append("sha256 differs from the page's text")
    entity_ids = {e["id"] for e in record.get("entities", [])}
    for n, st in enumerate(record.get("statements", []), 1):
        where = f"statement {n}"
        if st.get("kind") not in KINDS:
            errors.append(f"{where}: kind {st.get('kind')!r}")
        parts = st.get("content")
        if isinstance(parts, str):
            parts = st["content"] = [parts]
        spans, anchor = [], int(st.get("occurrence_hint", 0))
        for part in parts or []:
            pos = text.find(part, anchor) if anchor else text.find(part)
            if pos < 0:
                pos = text.find(part)
            if pos < 0:
                errors.append(f"{where}: content not verbatim: {part[:60]!r}")
                continue
            spans.append([pos, pos + len(part)])
            anchor = pos + len(part)
        if not spans:
            errors.append(f"{where}: no content")
            continue
        st["content_spans"] = spans
        for role in ("cue", "speaker"):
            value = st.get(role)
            if value:
                pos = _nearest(text, value, spans)
                if pos < 0:
                    errors.append(f"{where}: {role} not verbatim: {value!r}")
                else:
                    st[f"{role}_span"] = [pos, pos + len(value)]
        if st.get("entity") is not None and st["entity"] not in entity_ids:
            errors.append(f"{where}: entity {st['entity']!r} is not in entities")
    return errors


def check(files: list[Path]) -> int:
    by_page = {row["page"]: row for row in pages()}
    bad = 0
    for file in files:
        records = [
            json.loads(line)
            for line in file.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        for record in records:
            row = by_page.get(record.get("page", ""))
            if row is None:
                print(f"{file}: unknown page {record.get('page')!r}")
                bad += 1
                continue
            text, _, _ = article_text(DATA / row["page"])
            for error in check_record(record, text):
                print(f"{file}: {record['page']}: {error}")
                bad += 1
        with file.open("w", encoding="utf-8") as f:
            for record in records:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(files)} files, {bad} errors", file=sys.stderr)
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("select")
    t = sub.add_parser("texts")
    t.add_argument("out", type=Path)
    k = sub.add_parser("check")
    k.add_argument("files", type=Path, nargs="*")
    args = parser.parse_args(argv)
    if args.command == "select":
        select()
    elif args.command == "texts":
        texts(args.out)
    else:
        files = args.files or sorted(CORPUS.glob("*/*.jsonl"))
        return check(files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
