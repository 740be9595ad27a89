"""Statement benchmark: who said what, on German news with gold and on English paragraphs.

German: ``../shared/data/quotes-de/{train,dev}.jsonl.gz`` (Petersen-Frey & Biemann, LREC-COLING
2024; CC BY-NC-SA 4.0, evaluation only). Our character spans are mapped to the set's tokens; gold
and predicted quotes are matched one-to-one by token overlap; the table gives quote token P/R/F1,
speaker and cue token P/R/F1 on matched quotes, and a joint F1 over all three roles, overall and
per type. A quoted fragment inside an indirect or reported statement also counts as a predicted
Direct quote, as the set annotates it as a nested Direct quote.

Speaker scoring follows the data set's own annotation convention, checked on the train split:
the gold speaker is the mention that the quote's frame names in the text, not the person it
resolves to — a pronoun ("er", "Sie"), a description ("der Minister"), a name with its role and
apposition ("der Sprecher der Polizei, Lars Beringer"), a source phrase ("Angaben der
Polizei", "Demnach"); a continuation carries the mention of the statement it goes on from; 183
of 2,877 train quotes have no speaker and only 5 a speaker of two spans. Our
``Statement.speaker`` span is the same kind of mention (a pronoun stays "er" in the span; the
person it means is ``speaker.name``), so it is compared token by token with the gold span: per
matched quote, shared tokens count for both, P = shared / predicted speaker tokens and R =
shared / gold speaker tokens, summed over all matched quotes. A speaker where gold has none
costs precision, none where gold has one costs recall; nothing is resolved or relaxed.

English: ``bench/data/statements_en.jsonl``, paragraphs the team wrote with expected statements:
statement P/R/F1 (a match needs token F1 >= 0.5) and speaker accuracy on matched statements.

Throughput: articles per second per core for extraction + all stages (``bench/speed.py``,
which runs it alone).

    python bench/statements.py                       # both sets, print the table
    python bench/statements.py --out docs/benchmarks.md   # write the '## Statements' section
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:  # imported as bench.statements (repo root on sys.path) or run as a script
    from bench import _common as c
except ImportError:  # pragma: no cover - script use
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench import _common as c
from bench import attribution, attribution_corpus, speed, spkatt

import newsgraph
from newsgraph.analyze.statements import find
from newsgraph.analyze.statements import quotes as quote_marks
from newsgraph.article import Statement

QUOTES_DE = c.REPO_ROOT.parent / "shared" / "data" / "quotes-de"
ENGLISH = Path(__file__).resolve().parent / "data" / "statements_en.jsonl"
TYPES = ("Direct", "Indirect", "FreeIndirect", "Reported")
ROLES = ("quote", "speaker", "cue")
_WORD = re.compile(r"\w+")


@dataclass
class Item:
    """One quote, gold or predicted, as sets of the data set's token ids."""

    type: str
    quote: set[int]
    speaker: set[int]
    cue: set[int]


@dataclass
class Score:
    tp: Counter[str] = field(default_factory=Counter)
    pred: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)

    def prf(self, key: str) -> tuple[float, float, float]:
        p = self.tp[key] / self.pred[key] if self.pred[key] else 0.0
        r = self.tp[key] / self.gold[key] if self.gold[key] else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# -- German ---------------------------------------------------------------------------------
def gold_items(doc: dict[str, Any]) -> list[Item]:
    out = []
    for a in doc["annotations"]:
        kind = "FreeIndirect" if a["type"] == "IndirectFreeIndirect" else a["type"]
        out.append(Item(kind, *(set((a.get(r) or {}).get("tokenIds", [])) for r in ROLES)))
    return out


def _tokens_in(doc: dict[str, Any], spans: Iterable[tuple[int, int]]) -> set[int]:
    ids = set()
    for start, end in spans:
        for t in doc["tokens"]:
            if t["charBegin"] < end and t["charEnd"] > start:
                ids.add(t["id"])
    return ids


def predicted_items(doc: dict[str, Any], statements: list[Statement]) -> list[Item]:
    text = doc["originalText"]
    out = []
    for s in statements:
        parts = [(p.start, p.end) for p in s.spans] or [(s.start, s.end)]
        speaker = _tokens_in(doc, [(s.speaker.start, s.speaker.end)]) if s.speaker else set()
        cue: set[int] = set()
        if s.cue is not None:  # the verb and its particle, not the words between them
            ids = sorted(_tokens_in(doc, [(s.cue.start, s.cue.end)]))
            cue = {ids[0], ids[-1]} if ids else set()
        if s.kind == "direct":
            kind = "Direct"
        elif s.kind == "reported":
            # The set's Reported is a sentence that reports speech in its own words, speaker
            # and verb inside, annotated without a cue; a source phrase outside the content
            # ("laut X", "X zufolge", "wie X mitteilte") makes its content Indirect.
            inside = s.speaker is not None and any(a <= s.speaker.start < b for a, b in parts)
            kind = "Reported" if inside else "Indirect"
            if inside:
                cue = set()
        else:
            kind = "Indirect" if s.cue is not None else "FreeIndirect"
        out.append(Item(kind, _tokens_in(doc, parts), speaker, cue))
        if s.kind != "direct":
            for q in quote_marks.find(text[s.start : s.end]):
                span = (s.start + q.start, s.start + q.end)
                if quote_marks.is_name(text, quote_marks.Quote(*span)):
                    continue  # a name or title inside the statement, not a quote
                out.append(Item("Direct", _tokens_in(doc, [span]), speaker, cue))
    return out


def match(gold: list[Item], pred: list[Item]) -> list[tuple[Item, Item]]:
    """One-to-one pairs by quote token overlap, largest first."""
    scored = (
        (len(g.quote & p.quote), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
    )
    return [(gold[gi], pred[pi]) for gi, pi in c.one_to_one(scored)]


def score_doc(score: Score, gold: list[Item], pred: list[Item]) -> None:
    for g in gold:
        for key in ("all", g.type):
            score.gold[f"quote/{key}"] += len(g.quote)
        score.gold["joint"] += len(g.quote) + len(g.speaker) + len(g.cue)
    for p in pred:
        for key in ("all", p.type):
            score.pred[f"quote/{key}"] += len(p.quote)
        score.pred["joint"] += len(p.quote) + len(p.speaker) + len(p.cue)
    for g, p in match(gold, pred):
        overlap = len(g.quote & p.quote)
        score.tp["quote/all"] += overlap
        score.tp["joint"] += overlap
        # per type: recall by the gold type, precision by the predicted type
        score.tp[f"quote/{g.type}"] += overlap if g.type == p.type else 0
        for role in ("speaker", "cue"):
            gs, ps = getattr(g, role), getattr(p, role)
            for key in ("all", g.type):
                score.tp[f"{role}/{key}"] += len(gs & ps)
                score.gold[f"{role}/{key}"] += len(gs)
                score.pred[f"{role}/{key}"] += len(ps)
            score.tp["joint"] += len(gs & ps)


def run_german(path: Path, limit: int | None, pipeline: bool = False) -> tuple[Score, int]:
    """The statement rules alone, or (``pipeline``) the whole pipeline: entities, the
    speakers stage and the decision layer with its confidence model."""
    score = Score()
    n = 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if pipeline:
                article = newsgraph.process(doc["originalText"], format="plain", language="de")
                statements = [s for s in article.statements if s.part == "text"]
            else:
                statements = find(doc["originalText"], "de")
            score_doc(score, gold_items(doc), predicted_items(doc, statements))
            n += 1
            if limit and n >= limit:
                break
    return score, n


def german_table(scores: dict[str, tuple[Score, int]]) -> str:
    rows = []
    for name, (score, _) in scores.items():
        for key in ("all", *TYPES):
            row: list[Any] = [name, key]
            for role in ROLES:
                row.extend(score.prf(f"{role}/{key}"))
            row.append(score.prf("joint")[2] if key == "all" else None)
            rows.append(row)
    header = [
        "set",
        "type",
        "quote P",
        "quote R",
        "quote F1",
        "speaker P",
        "speaker R",
        "speaker F1",
        "cue P",
        "cue R",
        "cue F1",
        "joint F1",
    ]
    return c.markdown_table(header, rows)


# -- English --------------------------------------------------------------------------------
def _words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text))


def token_f1(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    common = sum((wa & wb).values())
    if not common:
        return 0.0
    p, r = common / sum(wb.values()), common / sum(wa.values())
    return 2 * p * r / (p + r)


def same_speaker(expected: str | None, name: str | None) -> bool:
    if not expected or not name:
        return expected == name
    e, n = expected.lower().strip(), name.lower().strip()
    return e == n or n.endswith(" " + e) or (e.endswith(" " + n) and len(n.split()) > 1)


def run_english(path: Path) -> dict[str, float]:
    tp = pred = gold = right = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        article = newsgraph.process(item["text"], format="plain", language="en")
        found = article.statements
        expected = item["expected"]
        pred += len(found)
        gold += len(expected)
        used: set[int] = set()
        for e in expected:
            best, best_f = None, 0.5
            for k, s in enumerate(found):
                f = token_f1(e["text"], s.text)
                if k not in used and f >= best_f:
                    best, best_f = k, f
            if best is None:
                continue
            used.add(best)
            tp += 1
            speaker = found[best].speaker
            right += same_speaker(e.get("speaker"), speaker.name if speaker else None)
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return {
        "paragraphs": sum(1 for x in path.read_text("utf-8").splitlines() if x.strip()),
        "expected": gold,
        "found": pred,
        "P": p,
        "R": r,
        "F1": 2 * p * r / (p + r) if p + r else 0.0,
        "speaker accuracy": right / tp if tp else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=QUOTES_DE)
    parser.add_argument("--sets", default="train,dev")
    parser.add_argument("--limit", type=int, help="articles per German set")
    parser.add_argument(
        "--seconds",
        type=float,
        default=20.0,
        help="CPU seconds per speed run (bench/speed.py; 0: none)",
    )
    parser.add_argument("--out", type=Path, help="write the '## Statements' section here")
    parser.add_argument(
        "--team-splits", default="dev,test", help="splits of the team corpus to score"
    )
    args = parser.parse_args(argv)
    sections = []
    scores = {}
    for name in args.sets.split(","):
        path = args.data / f"{name}.jsonl.gz"
        if not path.exists():
            print(f"skipped: {path} not found")
            continue
        scores[f"{name} (rules)"] = run_german(path, args.limit)
        scores[f"{name} (pipeline)"] = run_german(path, args.limit, pipeline=True)
    if scores:
        counts = ", ".join(f"{k} {n} articles" for k, (_, n) in scores.items())
        sections.append(f"### quotes-de ({counts})\n\n" + german_table(scores))
    if ENGLISH.exists():
        e = run_english(ENGLISH)
        sections.append(
            "### English paragraphs (`bench/data/statements_en.jsonl`)\n\n"
            + c.markdown_table(list(e), [list(e.values())])
        )
    if attribution_corpus.DATA.is_dir():
        results = {"agreement b vs a": attribution.agreement()}
        for split in args.team_splits.split(","):
            results[split] = attribution.run(split)
        sections.append(
            "### Who said it: the team's annotated news pages (`bench/data/attribution`)\n\n"
            "Statement P/R/F1 (content token F1 >= 0.5), speaker right on matched statements, "
            "attribution P/R/F1 (found and the speaker entity right), and the confidence's "
            "Brier score and calibration error (ECE, five bins) against that; the first rows "
            "score annotator b against annotator a on the 44 doubly annotated pages "
            "(`docs/annotation.md`).\n\n" + attribution.table(results)
        )
    if spkatt.DATA.is_dir():
        counts, n, _ = spkatt.run(spkatt.DATA, False, None)
        sections.append(
            f"### SpkAtt-2023 dev (German parliamentary speeches, {n} speeches)\n\n"
            + spkatt.table(counts)
        )
    if args.seconds > 0:
        rates = [speed.measure(*found, args.seconds) for found in speed.inputs()]
        sections.append(f"{speed.HEADING}\n\n" + speed.section(rates))
    command = "python bench/statements.py " + " ".join(argv if argv is not None else sys.argv[1:])
    body = "\n\n".join(sections) + f"\n\nCommand: `{command.strip()}`\n"
    print(body)
    if args.out:
        c.replace_section(args.out, "## Statements", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
