"""Whole-Article snapshot of HTML extraction on every bench page, to prove that a speed
change leaves the output as it was: write one before the change, one after, and compare.

    python bench/extraction_snapshot.py write before.jsonl
    python bench/extraction_snapshot.py write after.jsonl
    python bench/extraction_snapshot.py compare before.jsonl after.jsonl

Extraction runs as in ``bench/extraction.py`` (language and checks, no analysis). The
gold data lives in ``../shared/data/extraction``; without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

try:  # imported as bench.extraction_snapshot or run as a script
    from bench import _common as c
except ModuleNotFoundError:
    import _common as c  # type: ignore[no-redef]

SETS = ("fundus", "trafilatura", "wcxb")


def write(out: Path, data: Path, sets: Sequence[str], profile: Path | None = None) -> int:
    """One JSON line per page: set, page id and the whole Article as a dict."""
    import newsgraph
    from newsgraph.pipeline import stage_names

    only = newsgraph.Options(skip=frozenset(stage_names()) - {"language", "checks"})
    pages = [(name, p) for name in sets for p in c.load_set(name, data)]
    docs = [(name, p, c.read_html(p.path)) for name, p in pages if p.path]
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    lines = []
    for name, page, doc in docs:
        art = newsgraph.process(text=doc, format="html", url=page.url, options=only)
        lines.append(
            json.dumps(
                {"set": name, "page": page.id, "article": art.to_dict()},
                ensure_ascii=False,
                sort_keys=True,
            )
        )
    if profiler and profile:
        profiler.disable()
        profiler.dump_stats(str(profile))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} pages written to {out}")
    return 0


def compare(before: Path, after: Path) -> int:
    """Exit 1 and name the pages whose Article differs (or that one side lacks)."""

    def load(path: Path) -> dict[tuple[str, str], str]:
        rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
        return {(r["set"], r["page"]): json.dumps(r["article"], sort_keys=True) for r in rows}

    old, new = load(before), load(after)
    differ = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    for key in differ[:20]:
        print(f"differs: {key[0]} {key[1]}")
    print(f"{len(old.keys() & new.keys())} pages in both, {len(differ)} differ")
    return 1 if differ else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write")
    w.add_argument("out", type=Path)
    w.add_argument("--data", type=Path, default=c.DEFAULT_DATA)
    w.add_argument("--sets", default=",".join(SETS))
    w.add_argument("--profile", type=Path, help="also write cProfile stats here")
    cmp = sub.add_parser("compare")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "compare":
        return compare(args.before, args.after)
    if not args.data.is_dir():
        print(f"{args.data} not found: nothing to snapshot", file=sys.stderr)
        return 0
    sets = [s for s in args.sets.split(",") if s]
    if unknown := set(sets) - set(SETS):
        parser.error(f"unknown sets: {', '.join(sorted(unknown))}")
    return write(args.out, args.data, sets, args.profile)


if __name__ == "__main__":
    sys.exit(main())
