"""The web page's speed: each page rendered over the generated corpus of
``bench/store.py`` (default 100,000 statements), through FastAPI's TestClient
(in-process: query, facets, charts and the template, no network), p50/p95 in ms.

    python bench/web.py --pg auto --out docs/benchmarks.md   # write the '## Web pages' section
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

from fastapi.testclient import TestClient

try:  # imported as bench.web (repo root on sys.path) or run as a script
    from bench import _common as c
    from bench.store import FIRST, KINDS, LAST, OUTLETS, ROLES, corpus, postgres, timed
except ImportError:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench import _common as c
    from bench.store import FIRST, KINDS, LAST, OUTLETS, ROLES, corpus, postgres, timed

import newsgraph
from newsgraph.article import Article
from newsgraph.store import open_store
from newsgraph.store.ingest import ingest
from newsgraph.web.app import create_app


def pages(rng: random.Random) -> dict[str, Callable[[], str]]:
    """Page label -> a maker of a URL of that page with varied arguments."""

    def name() -> str:
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

    def month() -> dict[str, str]:
        m = f"2025-{rng.randrange(1, 13):02d}"
        return {"since": m, "until": m}

    def url(path: str, **params: str) -> str:
        return path + ("?" + urlencode(params) if params else "")

    return {
        "/ (every statement, chart, facets)": lambda: "/",
        "/ all filters": lambda: url(
            "/",
            **month(),
            kind=rng.choice(KINDS),
            outlet=rng.choice(OUTLETS),
            min_confidence="0.5",
        ),
        "/ page 20, by speaker": lambda: url("/", offset="950", sort="speaker"),
        "/?q=WORD, month": lambda: url("/", q="Schritt", **month()),
        "/?q=NAME": lambda: url("/", q=name()),
        "/people": lambda: "/people",
        "/people role + outlet": lambda: url(
            "/people", role=rng.choice(ROLES), outlet=rng.choice(OUTLETS)
        ),
        "/timeline?q=NAME": lambda: url("/timeline", q=name()),
        "/person/KEY": lambda: "",  # filled in by measure (a stored key)
        "/article/HASH": lambda: "",  # filled in by measure (needs a stored hash)
        "/?format=csv, a month and kind (export)": lambda: url(
            "/", **month(), kind=rng.choice(KINDS), format="csv"
        ),
    }


def measure(db: str, articles: list[Article], repeat: int) -> list[list[object]]:
    store = open_store(db)
    ingest(store, articles)
    hashes = [r["hash"] for r in store.rows("SELECT hash FROM articles ORDER BY hash LIMIT 200")]
    people = [r["key"] for r in store.rows("SELECT key FROM entities WHERE type = 'PER'")]
    store.close()
    rng = random.Random(1)
    made = pages(rng)
    made["/article/HASH"] = lambda: f"/article/{rng.choice(hashes)}"
    made["/person/KEY"] = lambda: f"/person/{rng.choice(people)}"
    rows: list[list[object]] = []
    with TestClient(create_app(db), base_url="http://localhost") as client:

        def get(make: Callable[[], str]) -> None:
            r = client.get(make())
            assert r.status_code == 200, (r.status_code, r.text[:300])

        for label, make in made.items():
            p50, p95 = timed(lambda make=make: get(make), repeat)  # type: ignore[misc]
            rows.append([label, round(p50, 1), round(p95, 1)])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20, help="requests per page")
    parser.add_argument("--pg", metavar="DSN", help="also PostgreSQL (an address or 'auto')")
    parser.add_argument("--out", type=Path, help="write the '## Web pages' section here")
    args = parser.parse_args(argv)
    articles = corpus(args.statements)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["DuckDB"] = measure(os.path.join(tmp, "web.duckdb"), articles, args.repeat)
    if args.pg:
        with postgres(args.pg) as dsn:
            results["PostgreSQL"] = measure(dsn, articles, args.repeat)
    parts = [
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} "
        f"cores (shared), Python {platform.python_version()}, newsgraph {newsgraph.__version__}. "
        f"The generated corpus of `bench/store.py` ({len(articles):,} articles, "
        f"{args.statements:,} statements); each page requested through FastAPI's TestClient "
        "(query, facets, chart and template; no network), 50 rows a page. The side counts "
        "(facets, charts) are reused for a minute per filter set: a page asked again with "
        "the same filters (as when turning pages) is the p50 of the rows without random "
        "arguments, the first view their p95."
    ]
    for backend, rows in results.items():
        parts.append(f"### {backend}")
        parts.append(c.markdown_table([f"page ({args.repeat} requests)", "p50 ms", "p95 ms"], rows))
    parts.append(c.command_line("web.py", argv))
    body = "\n\n".join(parts)
    print(body)
    if args.out:
        c.replace_section(args.out, "## Web pages", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
