"""The store's speed: ingest rate (NLP excluded) and query latency at scale.

Generates a corpus of Articles with ``--statements`` statements (default 100,000: 20 per
article, 600 people, German and English names), ingests them into a fresh DuckDB file
(pre-built Articles, so only the store is timed), then runs each query ``--repeat`` times
with varied arguments and reports p50/p95 in milliseconds; with ``--pg`` the same on
PostgreSQL.

    python bench/store.py --pg auto --out docs/benchmarks.md   # write the '## Store' section
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
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
from newsgraph.filters import Filters, Paging
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
OUTLETS = ["Weltecho", "The Meridian", "Nordkurier", "Abendpost", "Daily Ledger"]
KINDS = ["direct", "indirect", "mixed", "reported"]
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
            language="de" if n % 3 else "en", headline=f"{topic}: Streit um Plan {n}",
            publisher=OUTLETS[n % len(OUTLETS)],
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
                    KINDS[(n + i) % len(KINDS)],  # type: ignore[arg-type]
                    quote,
                    q_start,
                    q_start + len(quote),
                    speaker=Speaker(
                        f"{first} {last}", name_start, name_end, f"{first} {last}", role
                    ),
                    language=a.language,
                    confidence=round(rng.random(), 3),
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

    def month() -> Filters:
        m = f"2025-{rng.randrange(1, 13):02d}"
        return Filters(since=m, until=m)

    def filtered() -> Filters:  # a month, a kind, an outlet and a minimum confidence
        return replace(month(), kind=rng.choice(KINDS), outlet=rng.choice(OUTLETS),
                       min_confidence=0.5)  # fmt: skip

    return {
        "who-said NAME": lambda: query.who_said(store, name()),
        "who-said SURNAME": lambda: query.who_said(store, rng.choice(LAST)),
        "people": lambda: query.people(store, 20),
        "timeline NAME": lambda: query.timeline(store, name()),
        "search WORD": lambda: query.search(store, f"Plan {rng.randrange(5000)}"),
        "search TWO WORDS": lambda: query.search(store, f"{rng.choice(TOPICS)} Schritt"),
        "person page": lambda: query.person(store, f"per:{rng.choice(LAST).lower()}:an"),
        "summary (people + latest)": lambda: (query.people(store, 10), query.latest(store, 10)),
        "statements, all filters": lambda: query.statements(store, filtered()),
        "statements, month, by speaker, page 20": lambda: query.statements(
            store, month(), Paging(limit=50, offset=950, sort="speaker")
        ),
        "statements, language, page 100": lambda: query.statements(
            store, Filters(language="en"), Paging(limit=50, offset=4_950)
        ),
        "statements, language, offset 20,000": lambda: query.statements(
            store, Filters(language="en"), Paging(limit=50, offset=20_000)
        ),
        "who-said NAME, all filters": lambda: query.statements(
            store, replace(filtered(), person=name(), outlet=None)
        ),
        "people index, month + kind": lambda: query.people_index(
            store, replace(month(), kind=rng.choice(KINDS))
        ),
        "search WORD, all filters": lambda: query.search_page(store, "Schritt", filtered()),
        "search NAME (identity), month": lambda: query.search_page(store, name(), month()),
        "search COMMON WORD (every statement)": lambda: query.search_page(store, "Schritt"),
        "timeline NAME, outlet": lambda: query.timeline_page(
            store, name(), Filters(outlet=rng.choice(OUTLETS))
        ),
        "per week, a person": lambda: query.per_period(store, Filters(person=name()), "week"),
        "per month, a word": lambda: query.per_period(store, Filters(), "month", text="Hafen"),
        "facets, month": lambda: query.facets(store, month()),
    }


Measured = tuple[list[list[Any]], list[list[Any]], int]


def measure(db: str, articles: list[Article], repeat: int) -> Measured:
    """``(ingest rows, query rows, statements stored)`` for one fresh store at ``db``."""
    store = open_store(db)
    t = time.perf_counter()
    ingest(store, articles)
    seconds = time.perf_counter() - t
    t = time.perf_counter()
    again = ingest(store, articles)
    reseconds = time.perf_counter() - t
    store.close()
    assert again.added == 0
    store = open_store(db, read_only=True)
    rng = random.Random(1)
    rows = [
        [label, round(p50, 1), round(p95, 1)]
        for label, fn in queries(store, rng).items()
        for p50, p95 in [timed(fn, repeat)]
    ]
    n_statements = store.rows("SELECT count(*) AS n FROM statements")[0]["n"]
    store.close()
    ingest_rows = [
        ["first run", round(len(articles) / seconds), round(seconds, 1)],
        ["re-run (all stored)", round(len(articles) / reseconds), round(reseconds, 1)],
    ]
    return ingest_rows, rows, n_statements


@contextmanager
def postgres(given: str) -> Iterator[str]:
    """A PostgreSQL database: ``given`` as is, or (``auto``) a throw-away server started by
    ``scripts/postgres-test-server.sh`` and stopped afterwards."""
    if given != "auto":
        yield given
        return
    script = Path(__file__).resolve().parents[1] / "scripts" / "postgres-test-server.sh"
    work = tempfile.mkdtemp(prefix="newsgraph-bench-pg-")
    started = subprocess.run(
        ["bash", str(script), "start", work], capture_output=True, text=True, check=True
    )
    try:
        yield started.stdout.split()[-1]
    finally:
        subprocess.run(["bash", str(script), "stop", work], capture_output=True, check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=40, help="runs per query")
    parser.add_argument(
        "--pg",
        metavar="DSN",
        help="also measure PostgreSQL: a database address, or 'auto' to "
        "start a throw-away server with scripts/postgres-test-server.sh",
    )
    parser.add_argument("--out", type=Path, help="write the '## Store' section here")
    args = parser.parse_args(argv)
    articles = corpus(args.statements)
    results: dict[str, Measured] = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["DuckDB"] = measure(os.path.join(tmp, "bench.duckdb"), articles, args.repeat)
    if args.pg:
        with postgres(args.pg) as dsn:
            results["PostgreSQL"] = measure(dsn, articles, args.repeat)
    n_statements = results["DuckDB"][2]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())  # other work on the machine skews times
    parts = [
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} "
        f"cores (load average at the end {load}), Python {platform.python_version()}, "
        f"newsgraph {newsgraph.__version__}. "
        f"Generated corpus: {len(articles):,} articles, {n_statements:,} statements, "
        f"{len(LAST) * len(FIRST)} people. Ingest takes pre-built Articles: NLP excluded."
    ]
    for backend, (ingest_rows, query_rows, _) in results.items():
        parts.append(f"### {backend}")
        parts.append(c.markdown_table(["ingest", "articles/s", "seconds"], ingest_rows))
        parts.append(
            c.markdown_table([f"query ({args.repeat} runs)", "p50 ms", "p95 ms"], query_rows)
        )
    parts.append(c.command_line("store.py", argv))
    body = "\n\n".join(parts)
    print(body)
    if args.out:
        c.replace_section(args.out, "## Store", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
