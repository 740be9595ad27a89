"""Statement benchmark on German parliamentary speeches: SpkAtt-2023 task 1, dev set.

Data: ``../shared/data/quotes-de-bundestag/dev/task1/`` (GermEval/KONVENS 2023 Shared Task on
Speaker Attribution, Bundestag speeches; CC BY-SA 4.0, evaluation only: nothing is tuned to it).
One JSON per speech: ``Sentences`` (``SentenceId``, ``Tokens``) and ``Annotations``, one per
speech event, each role a list of "sentence:token" ids (both 0-based): ``Cue``, ``Source``
(the speaker), ``Message``, ``PTC`` (verb particle or reflexive), ``Addr``, ``Topic``,
``Medium``, ``Evidence``.

Each speech is rebuilt as one plain paragraph (tokens and sentences joined by single spaces; the
set's "sentences" often end at a comma, so a newline would cut clauses) and run through
``newsgraph.process(text, format="plain", language="de")``. Statements become token-id sets:
message = tokens overlapping the content spans, source = tokens overlapping the speaker mention,
cue = the first and last token of the cue span (the verb and its particle, not the words between
"stellen ... fest"). The gold cue is ``Cue`` + ``PTC``, since the set puts the particle in PTC.

Gold and predicted events are matched one-to-one by message token overlap, largest first,
overlap > 0. Token P/R/F1 are micro over all events: a matched pair counts its shared tokens,
an unmatched prediction costs precision with all its tokens, an unmatched gold event recall.
Events: P = matched / predicted, R = matched / gold. "Exact" events also need the same message
tokens, punctuation aside. Gold events without a Message (a cue with only a Topic or a Source,
"ich danke Ihnen") can never be matched; the last two columns give recall on gold events with a
Message (precision is the same, as those events are never matched).

    python bench/spkatt.py                            # print the table
    python bench/spkatt.py --out docs/benchmarks.md   # write its '### SpkAtt-2023 dev' section
    python bench/spkatt.py --detok                    # no space before , . ! ? and after „ (
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

try:  # imported as bench.spkatt (repo root on sys.path) or run as a script
    from bench import _common as c
except ImportError:  # pragma: no cover - script use
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench import _common as c

import newsgraph
from newsgraph.article import Statement

DATA = c.REPO_ROOT.parent / "shared" / "data" / "quotes-de-bundestag" / "dev" / "task1"
HEADING = "### SpkAtt-2023 dev (German parliamentary speeches)"
ROLES = ("message", "source", "cue")
_NO_SPACE_BEFORE = set(",.;:!?)]}“%") | {"...", "…"}
_NO_SPACE_AFTER = set("„([{")

TokenId = tuple[int, int]


@dataclass
class Event:
    """One speech event, gold or predicted, as sets of (sentence, token) ids."""

    message: set[TokenId]
    source: set[TokenId]
    cue: set[TokenId]


def _ids(values: list[str]) -> set[TokenId]:
    return {(int(s), int(t)) for s, t in (v.split(":") for v in values)}


def gold_events(doc: dict[str, Any]) -> list[Event]:
    return [
        Event(_ids(a["Message"]), _ids(a["Source"]), _ids(a["Cue"]) | _ids(a.get("PTC", [])))
        for a in doc["Annotations"]
    ]


def rebuild(doc: dict[str, Any], detok: bool) -> tuple[str, list[tuple[TokenId, int, int]]]:
    """The speech as one line of text and each token's character span in it."""
    parts: list[str] = []
    spans: list[tuple[TokenId, int, int]] = []
    pos = 0
    prev = ""
    for sentence in doc["Sentences"]:
        for t, token in enumerate(sentence["Tokens"]):
            if parts and not (detok and (token in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER)):
                parts.append(" ")
                pos += 1
            parts.append(token)
            spans.append(((sentence["SentenceId"], t), pos, pos + len(token)))
            pos += len(token)
            prev = token
    return "".join(parts), spans


def _overlapping(spans: list[tuple[TokenId, int, int]], start: int, end: int) -> list[TokenId]:
    return [tid for tid, a, b in spans if a < end and b > start]


def predicted_events(
    statements: list[Statement], spans: list[tuple[TokenId, int, int]]
) -> list[Event]:
    out = []
    for s in statements:
        message: set[TokenId] = set()
        for a, b in [(p.start, p.end) for p in s.spans] or [(s.start, s.end)]:
            message.update(_overlapping(spans, a, b))
        source = set(_overlapping(spans, s.speaker.start, s.speaker.end)) if s.speaker else set()
        cue_ids = _overlapping(spans, s.cue.start, s.cue.end) if s.cue else []
        cue = {cue_ids[0], cue_ids[-1]} if cue_ids else set()
        out.append(Event(message, source, cue))
    return out


def match(gold: list[Event], pred: list[Event]) -> list[tuple[Event, Event]]:
    """One-to-one pairs by message token overlap, largest first; ties in document order."""
    scored = (
        (len(g.message & p.message), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
    )
    return [(gold[gi], pred[pi]) for gi, pi in c.one_to_one(scored)]


def score(counts: Counter[str], doc: dict[str, Any], gold: list[Event], pred: list[Event]) -> None:
    """Add one speech to the counts; keys ``<measure>/tp|pred|gold``, ``/gold_msg`` for the
    gold side restricted to events with a Message."""
    words = {
        (s["SentenceId"], t): any(unicodedata.category(ch)[0] in "LN" for ch in tok)
        for s in doc["Sentences"]
        for t, tok in enumerate(s["Tokens"])
    }
    for g in gold:
        for role in (*ROLES, "event", "exact"):
            n = 1 if role in ("event", "exact") else len(getattr(g, role))
            counts[f"{role}/gold"] += n
            counts[f"{role}/gold_msg"] += n if g.message else 0
    for p in pred:
        for role in ROLES:
            counts[f"{role}/pred"] += len(getattr(p, role))
        counts["event/pred"] += 1
        counts["exact/pred"] += 1
    for g, p in match(gold, pred):
        for role in ROLES:
            counts[f"{role}/tp"] += len(getattr(g, role) & getattr(p, role))
        counts["event/tp"] += 1
        same = {t for t in g.message if words[t]} == {t for t in p.message if words[t]}
        counts["exact/tp"] += same


def run(data: Path, detok: bool, limit: int | None) -> tuple[Counter[str], int, float]:
    counts: Counter[str] = Counter()
    paths = sorted(data.glob("*.json"))[:limit]
    newsgraph.process("Er sagte, es regne.", format="plain", language="de")  # load the models
    start = time.perf_counter()
    for path in paths:
        doc = json.loads(path.read_text("utf-8"))
        text, spans = rebuild(doc, detok)
        article = newsgraph.process(text, format="plain", language="de")
        statements = [s for s in article.statements if s.part == "text"]
        score(counts, doc, gold_events(doc), predicted_events(statements, spans))
    return counts, len(paths), time.perf_counter() - start


def table(counts: Counter[str]) -> str:
    labels = {
        "message": "message tokens",
        "source": "source tokens (speaker)",
        "cue": "cue tokens (Cue + PTC)",
        "event": "events (message overlap)",
        "exact": "events (exact message)",
    }
    rows = []
    for key, label in labels.items():
        tp, n_pred = counts[f"{key}/tp"], counts[f"{key}/pred"]
        p, r, f1 = c.prf(tp, n_pred, counts[f"{key}/gold"])
        _, r_msg, f1_msg = c.prf(tp, n_pred, counts[f"{key}/gold_msg"])
        rows.append([label, n_pred, counts[f"{key}/gold"], tp, p, r, f1, r_msg, f1_msg])
    header = ["measure", "pred", "gold", "shared", "P", "R", "F1", "R (gold w/ msg)"]
    return c.markdown_table([*header, "F1 (gold w/ msg)"], rows)


def write_section(path: Path, body: str, parent: str = "## Statements") -> None:
    """Replace the section; a new one goes at the end of ``parent`` (or of the file)."""
    lines = path.read_text("utf-8").splitlines() if path.exists() else []
    stripped = [line.strip() for line in lines]
    if HEADING not in stripped and parent in stripped:
        end = c._section_end(lines, stripped.index(parent), parent.count("#"))
        lines[end:end] = [HEADING, ""]  # an empty section, filled by replace_section
        path.write_text("\n".join(lines) + "\n", "utf-8")
    c.replace_section(path, HEADING, body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder of task1 JSON files")
    parser.add_argument("--limit", type=int, help="first N speeches only")
    parser.add_argument("--detok", action="store_true", help="glue punctuation to its word")
    parser.add_argument(
        "--out", type=Path, help=f"write the '{HEADING[4:]}' section here (under ## Statements)"
    )
    args = parser.parse_args(argv)
    if not args.data.is_dir() or not any(args.data.glob("*.json")):
        print(f"skipped: {args.data} not found")
        return 0
    counts, n, seconds = run(args.data, args.detok, args.limit)
    spacing = "punctuation glued to words" if args.detok else "tokens joined by spaces"
    events = f"{counts['event/gold']} gold events, {counts['event/gold_msg']} with a Message"
    command = "python bench/spkatt.py " + " ".join(argv if argv is not None else sys.argv[1:])
    body = (
        f"{n} speeches ({spacing}), {events}; {seconds:.1f} s for newsgraph.process.\n\n"
        + table(counts)
        + f"\n\nCommand: `{command.strip()}`\n"
    )
    print(HEADING + "\n\n" + body)
    if args.out:
        write_section(args.out, body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
