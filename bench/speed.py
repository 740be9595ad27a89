"""Throughput: articles per second per core for extraction + every analysis stage.

Why CPU time: the machine this runs on is shared, so wall-clock rates move with other
people's load (the last wall-clock runs of the same code ranged 6.7-10.4 articles/s).
The process's CPU time is what one worker costs a core. Wall-clock rates are printed
beside it.

Why a warm-up pass: a worker loads models and tables the first time a page needs them
(the language identifier, htmldate's date parser, the spaCy pipelines: about three CPU
seconds in all). A long run pays that once; a five-second measurement that happens to
meet them first measured a third less. Every input is processed once before timing,
and that pass's time is reported as the start-up cost.

Inputs: the team's annotated news pages (``bench/data/attribution``, format=html) per
language; the seed text dump and quotes-de dev texts of >= 300 words (format=plain).
Also the CPU time of each stage per article, and the peak memory of the process.

    python bench/speed.py                              # print the table
    python bench/speed.py --out docs/benchmarks.md     # replace '### Throughput'
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

try:  # imported as bench.speed (repo root on sys.path) or run as a script
    from bench import _common as c
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench import _common as c
from bench import attribution_corpus

import newsgraph
from newsgraph import pipeline

HEADING = "### Throughput (one core, extraction + all stages)"
SEED = c.REPO_ROOT.parent / "shared" / "seed" / "000_eacb27a51a21eb82.txt"
QUOTES_DEV = c.REPO_ROOT.parent / "shared" / "data" / "quotes-de" / "dev.jsonl.gz"


@dataclass
class Rate:
    """One input set's timing: ``cpu`` and ``wall`` seconds over ``articles``."""

    label: str
    articles: int = 0
    words: int = 0
    cpu: float = 0.0
    wall: float = 0.0
    start_up: float = 0.0  # CPU seconds of the warm-up pass
    stages: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def per_second(self) -> float:
        return self.articles / self.cpu if self.cpu else 0.0


def inputs() -> Iterator[tuple[str, list[str], str]]:
    """``(label, documents, format)`` for every input set that is present."""
    if attribution_corpus.DATA.is_dir():
        rows = attribution_corpus.pages()
        for language in ("de", "en"):
            pages = [
                c.read_html(attribution_corpus.DATA / r["page"])
                for r in rows
                if r["language"] == language
            ]
            yield f"team corpus {language} news pages (format=html)", pages, "html"
    if SEED.exists():
        yield "seed text dump (format=text)", [SEED.read_text(encoding="utf-8")], "text"
    if QUOTES_DEV.exists():
        with gzip.open(QUOTES_DEV, "rt", encoding="utf-8") as fh:
            texts = [json.loads(line)["originalText"] for line in fh]
        long = [t for t in texts if len(t.split()) >= 300] or texts
        yield "quotes-de dev, >=300 words (format=plain)", long, "plain"


@contextmanager
def _stage_clock(into: dict[str, float]) -> Iterator[None]:
    """Adds each analysis stage's CPU time to ``into`` while active."""
    original = list(pipeline.STAGES)

    def timed(stage: pipeline.Stage) -> pipeline.Stage:
        def run(article: newsgraph.Article, options: pipeline.Options) -> newsgraph.Article:
            t = time.process_time()
            try:
                return stage.run(article, options)
            finally:
                into[stage.name] += time.process_time() - t

        return pipeline.Stage(stage.name, run, stage.linguistic)

    pipeline.STAGES[:] = [timed(s) for s in original]
    try:
        yield
    finally:
        pipeline.STAGES[:] = original


def measure(label: str, docs: list[str], fmt: str, seconds: float) -> Rate:
    """Every document once (warm-up), then rounds over them for at least ``seconds`` of
    CPU time."""
    rate = Rate(label)
    t = time.process_time()
    for doc in docs:
        newsgraph.process(doc, format=fmt)
    rate.start_up = time.process_time() - t
    with _stage_clock(rate.stages):
        cpu, wall = time.process_time(), time.perf_counter()
        while time.process_time() - cpu < seconds:
            article = newsgraph.process(docs[rate.articles % len(docs)], format=fmt)
            rate.words += len(article.text.split())
            rate.articles += 1
        rate.cpu = time.process_time() - cpu
        rate.wall = time.perf_counter() - wall
    return rate


def table(rates: list[Rate]) -> str:
    rows = []
    for r in rates:
        n = max(r.articles, 1)
        rest = r.cpu - sum(r.stages.values())
        stages = ", ".join(
            f"{name} {ms:.0f}"
            for name, ms in [("extraction", rest * 1000 / n)]
            + [(k, v * 1000 / n) for k, v in r.stages.items()]
            if ms >= 0.5
        )
        rows.append(
            [
                r.label,
                f"{r.per_second():.1f}",
                f"{r.words / r.cpu:.0f}" if r.cpu else "0",
                f"{r.articles / r.wall:.1f}" if r.wall else "0",
                r.words // n,
                stages,
            ]
        )
    head = ["input", "articles/s (CPU)", "words/s (CPU)", "articles/s (wall)", "words/article"]
    return c.markdown_table([*head, "CPU ms per article by stage"], rows)


def section(rates: list[Rate]) -> str:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    start = sum(r.start_up for r in rates)
    return (
        table(rates)
        + f"\n\nPeak memory of the process (all of the above, one worker): {peak} MiB. "
        + f"Warm-up passes (every input once, models loading): {start:.1f} CPU s in all."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="CPU seconds per input set")
    parser.add_argument("--out", type=Path, help=f"replace the '{HEADING}' section here")
    args = parser.parse_args(argv)
    rates = [measure(label, docs, fmt, args.seconds) for label, docs, fmt in inputs()]
    if not rates:
        print("skipped: no inputs found beside the checkout")
        return 0
    command = "python bench/speed.py " + " ".join(argv if argv is not None else sys.argv[1:])
    body = section(rates) + f"\n\nCommand: `{command.strip()}`\n"
    print(body)
    if args.out:
        c.replace_section(args.out, HEADING, body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
