"""The store's speed: ingest rate (NLP excluded) and query latency at scale.

Generates a corpus of Articles with ``--statements`` statements (default 100,000: 20 per
article, 600 people, German and English names), ingests them into a fresh DuckDB file
(pre-built Articles, so only the store is timed), then runs each query ``--repeat`` times
with varied arguments and reports p50/p95 in milliseconds.

    python bench/store.py --out docs/benchmarks.md   # write the '## Store' section
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

try:  # imported as bench.store (repo root on sys.path) or run as a script
    from bench import _common as c
except ImportError:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench import _common as c

import newsgraph
from newsgraph import query
from newsgraph.article import Article, Entity, Mention, Source, Speaker, Statement
from newsgraph.store import Store, open_store
from newsgraph.store.ingest import ingest

FIRST = ["Anna", "Jonas", "Katrin", "Marco", "Priya", "Olaf", "Lena", "Tomasz", "Sara", "Ivan"]
LAST = [
    "Berg", "Albers", "Reuter", "Sinclair", "Okello", "Natarajan", "Halvorsen", "Kowalski",
    "Winterfeld", "Moreau", "Petrenko", "Lindqvist", "Osei", "Tanaka", "Fischer", "Romero",
    "Haddad", "Novak", "Keller", "Brennan", "Duarte", "Schulz", "Varga", "Nakamura", "Ilves",
    "Costa", "Weber", "Nguyen", "Olsen", "Quinn", "Abara", "Meyer", "Dahl", "Ferraro", "Lund",
    "Horvat", "Castell", "Jansen", "Falk", "Rossi", "Bauer", "Kaya", "Marsh", "Stein", "Ortiz",
    "Vogel", "Klein", "Hart", "Young", "Wolf", "Arndt", "Bose", "Chen", "Diaz", "Engel", "Frey",
    "Gallo", "Hahn", "Ito", "Juhl",
]  # fmt: skip
ROLES = ["Ministerin", "Sprecher", "Bürgermeisterin", "chief executive", "analyst", "President"]
TOPICS = ["Energie", "Haushalt", "Brücke", "Hafen", "Wahl", "Klima", "Schule", "Bahn", "Wasser"]


def corpus(statements: int, per_article: int = 20, seed: int = 7) -> list[Article]:
    """Articles with ``per_article`` statements each by people from a fixed cast."""
    rng = random.Random(seed)
    people = [(f, s) for s in LAST for f in FIRST]
    out = []
    for n in range(statements // per_article):
        cast = rng.sample(people, 6)
        topic = rng.choice(TOPICS)
        a = Article(
            source=Source(f"gen-{n}"), format="plain", url=f"https://news.example/{n}",
            language="de", headline=f"{topic}: Streit um Plan {n}",
            published=f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00",
        )  # fmt: skip
        parts: list[str] = []
        pos = 0
        entities: dict[str, Entity] = {}
        stmts = []
        for i in range(per_article):
            first, last = rng.choice(cast)
            role = rng.choice(ROLES)
            quote = f"Der Plan {n} zum Thema {topic} kommt in Schritt {i} voran, {rng.random():.6f}"
            lead = f"{role} {first} {last} sagte: "
            sentence = f"{lead}\u201e{quote}\u201c."
            name_start = pos + len(role) + 1
            name_end = name_start + len(first) + 1 + len(last)
            key = f"per:{last.lower()}:{first[:2].lower()}"
            e = entities.setdefault(key, Entity(f"e{len(entities)}", "PER", f"{first} {last}", key))
            if role not in e.roles:
                e.roles.append(role)
            e.mentions.append(Mention(name_start, name_end, f"{first} {last}"))
            q_start = pos + len(lead) + 1
            stmts.append(
                Statement(
                    f"s{i}",
                    "direct",
                    quote,
                    q_start,
                    q_start + len(quote),
                    speaker=Speaker(
                        f"{first} {last}", name_start, name_end, f"{first} {last}", role
                    ),
                    language="de",
                )
            )
            parts.append(sentence)
            pos += len(sentence) + 2
        a.set_blocks([("paragraph", p) for p in parts])
        a.entities, a.statements = list(entities.values()), stmts
        a.finalize_id()
        out.append(a)
    return out


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """p50 and p95 in milliseconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def queries(store: Store, rng: random.Random) -> dict[str, Callable[[], Any]]:
    def name() -> str:
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

    return {
        "who-said NAME": lambda: query.who_said(store, name()),
        "who-said SURNAME": lambda: query.who_said(store, rng.choice(LAST)),
        "people": lambda: query.people(store, 20),
        "timeline NAME": lambda: query.timeline(store, name()),
        "search WORD": lambda: query.search(store, f"Plan {rng.randrange(5000)}"),
        "search TWO WORDS": lambda: query.search(store, f"{rng.choice(TOPICS)} Schritt"),
        "person page": lambda: query.person(store, f"per:{rng.choice(LAST).lower()}:an"),
        "summary (people + latest)": lambda: (query.people(store, 10), query.latest(store, 10)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=40, help="runs per query")
    parser.add_argument("--out", type=Path, help="write the '## Store' section here")
    args = parser.parse_args(argv)
    articles = corpus(args.statements)
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "bench.duckdb")
        store = open_store(db)
        t = time.perf_counter()
        ingest(store, articles)
        seconds = time.perf_counter() - t
        t = time.perf_counter()
        again = ingest(store, articles)
        reseconds = time.perf_counter() - t
        store.close()
        size = os.path.getsize(db) / 2**20
        store = open_store(db, read_only=True)
        rng = random.Random(1)
        rows = [
            [label, round(p50, 1), round(p95, 1)]
            for label, fn in queries(store, rng).items()
            for p50, p95 in [timed(fn, args.repeat)]
        ]
        n_statements = store.rows("SELECT count(*) AS n FROM statements")[0]["n"]
        store.close()
    assert again.added == 0
    body = "\n\n".join(
        [
            f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} "
            f"cores (shared), Python {platform.python_version()}, newsgraph "
            f"{newsgraph.__version__}, DuckDB store. Generated corpus: {len(articles):,} articles, "
            f"{n_statements:,} statements, {len(LAST) * len(FIRST)} people; database "
            f"{size:.0f} MiB.",
            c.markdown_table(
                ["ingest (NLP excluded)", "articles/s", "seconds"],
                [
                    ["first run", round(len(articles) / seconds), round(seconds, 1)],
                    ["re-run (all stored)", round(len(articles) / reseconds), round(reseconds, 1)],
                ],
            ),
            c.markdown_table([f"query ({args.repeat} runs)", "p50 ms", "p95 ms"], rows),
            "Command: `python bench/store.py"
            + "".join(f" {a}" for a in (argv if argv is not None else sys.argv[1:]))
            + "`",
        ]
    )
    print(body)
    if args.out:
        c.replace_section(args.out, "## Store", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
