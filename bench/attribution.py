"""Attribution on the team's corpus: is the statement found, and is it in the right mouth?

Scores newsgraph (or a second annotator) against the stand-off records in
``bench/data/attribution/a/`` as ``docs/annotation.md`` describes: statements match
one-to-one by content token F1 >= 0.5; the speaker is right when the predicted
speaker's entity is the gold entity; attribution F1 counts statements that are found
with the speaker right.

    python bench/attribution.py --split dev            # newsgraph on the dev split
    python bench/attribution.py --agreement            # annotator b against a
    python bench/attribution.py --split dev --errors   # list every miss and wrong speaker
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsgraph.article import Article

try:
    from bench import _common as c
    from bench import attribution_corpus as corpus
except ImportError:  # pragma: no cover - script use
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench import _common as c
    from bench import attribution_corpus as corpus

_WORD = re.compile(r"\w+")
MATCH = 0.5
# Words an acronym leaves out ("Bundesamt für Migration und Flüchtlinge" -> BAMF).
_FUNCTION = frozenset(["of", "the", "and", "for", "für", "und", "der", "die", "das", "des"])


@dataclass
class Said:
    """One statement, gold or predicted, in the annotated text's offsets."""

    spans: list[tuple[int, int]]
    kind: str
    name: str | None  # the speaker entity's name (resolved), None when unknown
    mention: tuple[int, int] | None  # the speaker mention in the frame
    resolved: bool  # the name comes from an entity or resolution, not the mention alone
    confidence: float = 1.0


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    right: int = 0
    errors: list[str] = field(default_factory=list)
    correct: list[bool] = field(default_factory=list)  # per predicted statement, in order
    confidence: list[float] = field(default_factory=list)  # the same statements' confidence

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.matched += other.matched
        self.right += other.right
        self.errors += other.errors
        self.correct += other.correct
        self.confidence += other.confidence

    def figures(self) -> dict[str, float]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        p = self.matched / self.pred if self.pred else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        ap = self.right / self.pred if self.pred else 0.0
        ar = self.right / self.gold if self.gold else 0.0
        return {
            "statement P": p,
            "statement R": r,
            "statement F1": f1(p, r),
            "speaker right": self.right / self.matched if self.matched else 0.0,
            "attribution P": ap,
            "attribution R": ar,
            "attribution F1": f1(ap, ar),
        }


# -- reading --------------------------------------------------------------------------------------
def records(annotator: str = "a") -> list[dict[str, Any]]:
    out = []
    for file in sorted((corpus.CORPUS / annotator).glob("*.jsonl")):
        out += [json.loads(x) for x in file.read_text(encoding="utf-8").splitlines() if x.strip()]
    return out


def gold_said(record: dict[str, Any], text: str | None = None) -> list[Said]:
    """The annotated statements, in ``text``'s offsets when given: the records hold the
    offsets of the text newsgraph extracted when they were written, and the verbatim
    strings, so a later extraction's text is anchored anew from those strings (as
    ``attribution_corpus.py check`` does). A statement whose words the new text lacks
    stays, without offsets: a miss, since newsgraph lost it."""
    if text is not None and record.get("sha256") != corpus.sha(text):
        record = _anchored(record, text)
    names = {e["id"]: e["name"] for e in record.get("entities", [])}
    out = []
    for st in record.get("statements", []):
        if "content_spans" not in st:
            if text is not None and "content" in st:
                out.append(Said([], st["kind"], names.get(st.get("entity") or ""), None, True))
            continue  # not yet checked
        span = st.get("speaker_span")
        mention = (int(span[0]), int(span[1])) if span else None
        name = names.get(st.get("entity") or "")
        spans = [(int(a), int(b)) for a, b in st["content_spans"]]
        out.append(Said(spans, st["kind"], name, mention, True))
    return out


def _anchored(record: dict[str, Any], text: str) -> dict[str, Any]:
    copy: dict[str, Any] = json.loads(json.dumps(record))
    for st in copy.get("statements", []):
        for key in ("content_spans", "cue_span", "speaker_span"):
            st.pop(key, None)
    corpus.check_record(copy, text)
    return copy


def process(path: Path, skip: frozenset[str] = frozenset()) -> Article:
    """newsgraph on one page of the corpus (every stage but those in ``skip``)."""
    import newsgraph
    from newsgraph.pipeline import Options

    return newsgraph.process(corpus.page_bytes(path), format="html", options=Options(skip=skip))


def predicted_said(article: Article, text: str) -> list[Said]:
    """newsgraph's statements on one page, moved into the annotated text's offsets."""
    shift = text.find(article.text) if article.text else 0
    names = {e.id: e.name for e in article.entities}
    out = []
    for s in article.statements:
        part = getattr(s, "part", "text")  # older versions have no lead statements
        base = shift if part == "text" else text.find(article.teaser or "\0")
        if base < 0:
            continue
        parts = [(p.start, p.end) for p in s.spans] or [(s.start, s.end)]
        spans = [(a + base, b + base) for a, b in parts]
        sp = s.speaker
        name = mention = None
        resolved = False
        if sp is not None:
            mention = (sp.start + base, sp.end + base)
            name = names.get(sp.entity or "") or sp.name or sp.text
            resolved = bool(sp.entity) or (sp.name is not None and sp.name != sp.text)
        found = getattr(s, "confidence", None)  # older versions have no confidence
        confidence = 1.0 if found is None else found
        out.append(Said(spans, s.kind, name, mention, resolved, confidence))
    return out


# -- scoring --------------------------------------------------------------------------------------
def _tokens(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for a, b in spans:
        out.update(m.start() + a for m in _WORD.finditer(text[a:b]))
    return out


def _words(name: str) -> list[str]:
    from newsgraph.analyze.entities.keys import fold

    return [fold(w) for w in _WORD.findall(name) if len(w) > 1]


def same_entity(gold: Said, pred: Said, gold_mentions: list[tuple[int, int]]) -> bool:
    """Whether ``pred``'s speaker is the gold speaker entity (see docs/annotation.md)."""
    if gold.name is None:
        return pred.name is None
    if pred.name is None:
        return False
    from newsgraph.analyze.entities.keys import key, person

    g, p = _words(gold.name), _words(pred.name)
    if g and p and (g[-1] in p or p[-1] == g[-1]):
        return True  # a person's surname; "Marco Rubio" / "US-Außenminister Marco Rubio"
    if len(g) > 1 and person(gold.name) == person(pred.name):
        return True  # one name in two spellings: "Wassili Nebensja" / "Vasily Nebenzya"
    if key("ORG", gold.name) == key("ORG", pred.name):
        return True  # one body, inflected: "Statistisches Landesamt" / "Statistischen Landesamtes"
    if g and p and (set(p) <= set(g) or set(g) <= set(p)):
        return True  # "HCA" / "HCA Healthcare"
    initials = "".join(w[0] for w in g if w not in _FUNCTION)
    if len(p) == 1 and len(initials) > 1 and p[0] == initials:
        return True  # "EPI" / "European Payments Initiative"
    g4, p4 = {w for w in g if len(w) > 3}, {w for w in p if len(w) > 3}
    if g4 & p4 and len(g4 & p4) * 2 >= min(len(g4), len(p4)):
        return True  # a body or description: half of the shorter name's longer words
    if pred.mention is not None and not pred.resolved:
        a, b = pred.mention
        return any(a < e and s < b for s, e in gold_mentions)
    return False


def score(text: str, gold: list[Said], pred: list[Said], label: str = "") -> Tally:
    tally = Tally(gold=len(gold), pred=len(pred), correct=[False] * len(pred))
    tally.confidence = [p.confidence for p in pred]
    gt = [_tokens(text, g.spans) for g in gold]
    pt = [_tokens(text, p.spans) for p in pred]
    pairs = []
    for gi, g in enumerate(gt):
        for pi, p in enumerate(pt):
            common = len(g & p)
            if common:
                f1 = 2 * common / (len(g) + len(p))
                if f1 >= MATCH:
                    pairs.append((f1, gi, pi))
    mentions: dict[str | None, list[tuple[int, int]]] = {}
    for said in gold:
        if said.mention:
            mentions.setdefault(said.name, []).append(said.mention)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for gi, pi in c.one_to_one(pairs):
        used_g.add(gi)
        used_p.add(pi)
        tally.matched += 1
        if same_entity(gold[gi], pred[pi], mentions.get(gold[gi].name, [])):
            tally.right += 1
            tally.correct[pi] = True
        else:
            tally.errors.append(
                f"{label} WRONG {pred[pi].name!r} for {gold[gi].name!r}: "
                f"{_show(text, gold[gi].spans)}"
            )
    for gi in set(range(len(gold))) - used_g:
        tally.errors.append(f"{label} MISSED ({gold[gi].name}): {_show(text, gold[gi].spans)}")
    for pi in set(range(len(pred))) - used_p:
        tally.errors.append(f"{label} EXTRA ({pred[pi].name}): {_show(text, pred[pi].spans)}")
    return tally


def _show(text: str, spans: list[tuple[int, int]]) -> str:
    return " … ".join(text[a:b] for a, b in spans)[:140].replace("\n", " ")


# -- runs -----------------------------------------------------------------------------------------
def run(split: str, language: str | None = None) -> dict[str, Tally]:
    """newsgraph against annotator ``a`` on one split, per language."""
    rows = {r["page"]: r for r in corpus.pages()}
    out: dict[str, Tally] = {}
    for record in records("a"):
        row = rows[record["page"]]
        if row["split"] != split or (language and row["language"] != language):
            continue
        path = corpus.DATA / row["page"]
        text, _, _ = corpus.article_text(path)
        predicted = predicted_said(process(path), text)
        tally = score(text, gold_said(record, text), predicted, record["page"])
        out.setdefault(row["language"], Tally()).add(tally)
    return out


def agreement() -> dict[str, Tally]:
    """Annotator ``b`` scored against ``a`` on the pages both annotated."""
    first = {r["page"]: r for r in records("a")}
    rows = {r["page"]: r for r in corpus.pages()}
    out: dict[str, Tally] = {}
    for record in records("b"):
        other = first.get(record["page"])
        if other is None:
            continue
        text, _, _ = corpus.article_text(corpus.DATA / record["page"])
        tally = score(text, gold_said(other, text), gold_said(record, text), record["page"])
        out.setdefault(rows[record["page"]]["language"], Tally()).add(tally)
    return out


def calibration(t: Tally, bins: int = 5) -> tuple[float, float]:
    """Brier score and expected calibration error of the confidences against whether each
    statement was right (found, speaker right)."""
    pairs = list(zip(t.confidence, t.correct, strict=True))
    if not pairs:
        return 0.0, 0.0
    brier = sum((c - r) ** 2 for c, r in pairs) / len(pairs)
    ece = 0.0
    for b in range(bins):
        inside = [
            (c, r) for c, r in pairs if b / bins <= c < (b + 1) / bins or (b == bins - 1 and c == 1)
        ]
        if inside:
            mean_c = sum(c for c, _ in inside) / len(inside)
            share = sum(r for _, r in inside) / len(inside)
            ece += len(inside) / len(pairs) * abs(mean_c - share)
    return brier, ece


def table(results: dict[str, dict[str, Tally]]) -> str:
    header = [
        "set",
        "lang",
        "gold",
        "pred",
        "stmt P",
        "stmt R",
        "stmt F1",
        "speaker right",
        "attr P",
        "attr R",
        "attr F1",
        "Brier",
        "ECE",
    ]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, by_language in results.items():
        for language, t in sorted(by_language.items()):
            f = t.figures()
            cells = [name, language, str(t.gold), str(t.pred)] + [
                f"{f[k]:.3f}"
                for k in (
                    "statement P",
                    "statement R",
                    "statement F1",
                    "speaker right",
                    "attribution P",
                    "attribution R",
                    "attribution F1",
                )
            ]
            brier, ece = calibration(t)
            cells += [f"{brier:.3f}", f"{ece:.3f}"]
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", choices=("train", "dev", "test"))
    parser.add_argument("--language", choices=("de", "en"))
    parser.add_argument("--agreement", action="store_true")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args(argv)
    results: dict[str, dict[str, Tally]] = {}
    if args.agreement:
        results["agreement b vs a"] = agreement()
    for split in args.split or ([] if args.agreement else ["dev"]):
        results[split] = run(split, args.language)
    print(table(results))
    if args.errors:
        for by_language in results.values():
            for t in by_language.values():
                print("\n".join(t.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
