"""Throughput and memory of local runs on a synthetic WARC.

Builds a WARC of N pages from the HTML pages of the sample corpus (each copy
gets its own URL and a varied sentence, so no two pages are equal), then runs
the pipeline over it with 1 and 2 worker processes, for extraction alone and
for the full pipeline, and reports pages per second (wall time: workers run
side by side) and the peak resident memory of a worker.

    python bench/scale.py --pages 10000 --out docs/benchmarks.md

The 2-core machine this runs on is often shared: the speed-up of 2 workers
over 1 is only meaningful when nothing else runs.
"""

from __future__ import annotations

import argparse
import io
import platform
import re
import resource
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.pipeline import Options
from newsgraph.read import read
from newsgraph.read.decode import decode
from newsgraph.run.local import process_parallel

try:  # imported as bench.scale (repo root on sys.path) or run as a script
    from bench import _common as c
except ImportError:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench import _common as c

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
MODES = {
    "extraction": Options(skip=frozenset({"entities", "statements"})),
    "full pipeline": Options(),
}


def build_warc(path: Path, pages: int) -> None:
    """``pages`` HTML responses cycling through the sample pages, each varied."""
    sources = [decode(p.read_bytes()) for p in sorted(EXAMPLES.glob("*.html"))]
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(pages):
            html = sources[i % len(sources)]
            extra = (
                f"<p>Nachtrag {i}: Die Redaktion ergänzte diesen Bericht am Tag {i % 28 + 1}.</p>"
            )
            html = re.sub(r"</article>|</body>", extra + r"\g<0>", html, count=1)
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://scale.example/{i}",
                "response",
                payload=io.BytesIO(html.encode("utf-8")),
                http_headers=http,
            )
            writer.write_record(record)


def measure(warc: Path, options: Options, workers: int) -> tuple[float, float]:
    """``(pages per second, peak worker RSS in MiB)``; each run in a fresh child
    process group so that peak memory belongs to this run."""
    started = time.perf_counter()
    count = sum(1 for _ in process_parallel(read([str(warc)]), options, workers=workers))
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if workers == 1:
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return count / seconds, peak_kib / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--modes", default=",".join(MODES), help="extraction,full pipeline")
    parser.add_argument("--out", help="write a ## Scale section to this markdown file")
    args = parser.parse_args()
    warc = Path("/tmp") / f"newsgraph-scale-{args.pages}.warc.gz"
    if not warc.exists():
        build_warc(warc, args.pages)
    rows = []
    for mode in args.modes.split(","):
        one, mem1 = measure(warc, MODES[mode], 1)
        two, mem2 = measure(warc, MODES[mode], 2)
        rows.append(
            f"| {mode} | {one:.1f} | {two:.1f} | {two / one:.2f}× | {max(mem1, mem2):.0f} |"
        )
        print(rows[-1], flush=True)
    table = "\n".join(
        [
            "| run | pages/s, 1 worker | pages/s, 2 workers | speed-up | peak worker RSS, MiB |",
            "|---|---|---|---|---|",
            *rows,
        ]
    )
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    section = (
        f"Run {now} on {platform.machine()}, Python {platform.python_version()}: "
        f"a synthetic WARC of {args.pages} pages built from the sample corpus's HTML pages "
        f"({warc.stat().st_size / 1e6:.1f} MB gzipped).\n\nCommand: "
        f"`python bench/scale.py --pages {args.pages} --out docs/benchmarks.md`\n\n{table}\n\n"
        "Wall-clock rates on the 2-core machine: jobs running beside the benchmark lower the "
        "2-worker speed-up, so run it on a quiet machine. Peak RSS: the largest worker's "
        "resident memory (models included).\n"
    )
    print(section)
    if args.out:
        c.replace_section(Path(args.out), "## Scale", section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
