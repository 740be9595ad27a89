"""Throughput and memory at scale: local worker processes and Spark local mode.

Builds a synthetic WARC corpus of N pages from the HTML pages of the sample
corpus (each copy gets its own URL and a varied paragraph, so no two pages are
equal), split into shards as a crawl delivers it, then runs the real command
line on it, each run a fresh process tree:

* ``newsgraph extract DIR --workers 1`` and ``--workers 2``;
* ``newsgraph spark DIR --master local[2]`` (Parquet output), if Spark can start;

for extraction alone (``--skip entities,statements``) and the full pipeline.
It reports pages per second (wall time, process start and model loading
included) and peak resident memory, sampled from ``/proc`` every 0.2 s for
every process of the run: the largest worker, and the parent that reads and
writes. Memory bounds are then shown on two inputs that do not fit the usual
page: a 100 MB text file (one document, cut at the 20 MB default) through the
full pipeline, and a 2 GB uncompressed WARC generated on the fly and piped into
``newsgraph extract -`` (never on disk), with HTML pages between large image
records as a crawl has them.

    python bench/scale.py --pages 10000 --out docs/benchmarks.md

The 2-core machine this runs on is often shared: the speed-up of 2 workers
over 1 is only meaningful when nothing else runs.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.read.decode import decode

try:  # imported as bench.scale (repo root on sys.path) or run as a script
    from bench import _common as c
except ImportError:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench import _common as c

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARDS = 8
MODES = {"extraction": ["--skip", "entities,statements"], "full pipeline": []}
NEWSGRAPH = [sys.executable, "-m", "newsgraph.cli"]
MiB = 1024 * 1024


# -- inputs --------------------------------------------------------------------------
def _pages() -> list[str]:
    return [decode(p.read_bytes()) for p in sorted(EXAMPLES.glob("*.html"))]


def _varied(html: str, i: int) -> bytes:
    extra = f"<p>Nachtrag {i}: Die Redaktion ergänzte diesen Bericht am Tag {i % 28 + 1}.</p>"
    return re.sub(r"</article>|</body>", extra + r"\g<0>", html, count=1).encode("utf-8")


def _response(writer: WARCWriter, url: str, payload: bytes, content_type: str) -> None:
    http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(payload), http_headers=http
    )
    writer.write_record(record)


def build_corpus(folder: Path, pages: int, shards: int = SHARDS) -> None:
    """``pages`` HTML responses cycling through the sample pages, each varied,
    in ``shards`` gzipped WARC files."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = _pages()
    for s in range(shards):
        with open(folder / f"shard-{s:02d}.warc.gz", "wb") as fh:
            writer = WARCWriter(fh, gzip=True)
            for i in range(s, pages, shards):
                html = _varied(sources[i % len(sources)], i)
                _response(writer, f"https://scale.example/{i}", html, "text/html; charset=utf-8")


def emit_stream(out: BinaryIO, gigabytes: float, image_kb: int = 64) -> None:
    """An uncompressed WARC of about ``gigabytes`` GB on ``out``: each varied
    HTML page followed by an image record of ``image_kb`` KiB (random bytes)."""
    writer = WARCWriter(out, gzip=False)
    sources, image, written, i = _pages(), os.urandom(image_kb * 1024), 0, 0
    while written < gigabytes * 1e9:
        html = _varied(sources[i % len(sources)], i)
        _response(writer, f"https://stream.example/{i}", html, "text/html; charset=utf-8")
        _response(writer, f"https://stream.example/{i}.jpg", image, "image/jpeg")
        written += len(html) + len(image) + 1200  # + WARC and HTTP headers, roughly
        i += 1


def write_text(path: Path, chars: int) -> None:
    """A text file of about ``chars`` characters: German paragraphs with quotes,
    names and roles, varied so that the entity and statement stages have work."""
    first = ["Anna", "Jonas", "Katrin", "Marco", "Lena", "Tomasz", "Sara", "Olaf", "Ivan"]
    last = ["Berg", "Krüger", "Novak", "Schmidt", "Weber", "Yilmaz", "Hoffmann", "Lang"]
    towns = ["Bremen", "Kassel", "Görlitz", "Passau", "Lübeck", "Jena", "Trier", "Ulm"]
    with open(path, "w", encoding="utf-8") as fh:
        written, i = 0, 0
        while written < chars:
            mayor = f"{first[i % len(first)]} {last[i % len(last)]}"
            critic = f"{first[(i + 4) % len(first)]} {last[(i + 3) % len(last)]}"
            paragraph = (
                f"Der Stadtrat von {towns[i % len(towns)]} beschloss am Montag den Haushalt. "
                f"„Wir sparen, wo es geht“, sagte Bürgermeisterin {mayor}. Die Opposition um "
                f"{critic} kritisierte, der Plan sei unsozial. "
            )
            fh.write(paragraph + "\n\n")
            written, i = written + len(paragraph) + 2, i + 1


# -- measuring ------------------------------------------------------------------------
@dataclass
class Peaks:
    """Peak RSS (MiB) per process of a process tree, sampled from ``/proc``."""

    root: int
    rss: dict[int, float] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    done: threading.Event = field(default_factory=threading.Event)

    def sample(self) -> None:
        while not self.done.wait(0.2):
            for pid in _tree(self.root):
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                rss = re.search(r"VmRSS:\s+(\d+) kB", status)
                name = re.search(r"Name:\s+(\S+)", status)
                if rss:
                    self.rss[pid] = max(self.rss.get(pid, 0.0), int(rss.group(1)) / 1024)
                    self.names[pid] = name.group(1) if name else "?"

    def largest(self, python: bool = True, exclude_root: bool = False) -> float:
        found = [
            mib
            for pid, mib in self.rss.items()
            if (self.names[pid].startswith("python") == python)
            and not (exclude_root and pid == self.root)
        ]
        return max(found, default=0.0)


def _tree(root: int) -> list[int]:
    """``root`` and all its descendants."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            parents.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(parents.get(pid, []))
    return out


def timed(cmd: Sequence[str], stdin: BinaryIO | int | None = None) -> tuple[float, Peaks]:
    """Run ``cmd`` to its end; wall seconds and the memory peaks of its tree."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks = Peaks(proc.pid)
    sampler = threading.Thread(target=peaks.sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    peaks.done.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {err.decode(errors='replace')[-2000:]}")
    return seconds, peaks


def spark_works() -> bool:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return False
    return bool(shutil.which("java") or os.environ.get("JAVA_HOME"))


# -- the report -------------------------------------------------------------------------
def throughput_rows(corpus: Path, pages: int, modes: Sequence[str], spark: bool) -> list[str]:
    rows = []
    for mode in modes:
        flags = MODES[mode]
        base = [*NEWSGRAPH, "extract", str(corpus), "-q", "-o", os.devnull, *flags]
        one, p1 = timed([*base, "--workers", "1"])
        two, p2 = timed([*base, "--workers", "2"])
        row = (
            f"| {mode} | {pages / one:.1f} | {pages / two:.1f} | {one / two:.2f}× "
            f"| {max(p1.largest(), p2.largest(exclude_root=True)):.0f} "
            f"| {p2.rss.get(p2.root, 0):.0f} |"
        )
        if spark:
            with tempfile.TemporaryDirectory() as out:
                cmd = [*NEWSGRAPH, "spark", str(corpus), "-o", out, "--master", "local[2]"]
                sp, ps = timed([*cmd, "--overwrite", *flags])
            row += (
                f" {pages / sp:.1f} | {ps.largest(exclude_root=True):.0f} "
                f"| {ps.largest(python=False):.0f} |"
            )
        else:
            row += " – | – | – |"
        rows.append(row)
        print(row, flush=True)
    return rows


def memory_rows(gigabytes: float) -> list[str]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for chars, what in (
            (100_000_000, "cut at 20 MB, too long to analyse"),
            (990_000, "just under the analysis limit"),
        ):
            text = Path(tmp) / "text.txt"
            write_text(text, chars)
            seconds, peaks = timed([*NEWSGRAPH, "extract", str(text), "-q", "-o", os.devnull])
            rows.append(
                f"| {text.stat().st_size / 1e6:.0f} MB text file ({what}), full pipeline, "
                f"1 document | {seconds:.1f} s | {peaks.largest():.0f} | – |"
            )
            print(rows[-1], flush=True)
    emitter = subprocess.Popen(
        [sys.executable, __file__, "--emit-stream", str(gigabytes)], stdout=subprocess.PIPE
    )
    assert emitter.stdout is not None
    cmd = [*NEWSGRAPH, "extract", "-", "-q", "-o", os.devnull, "--workers", "2"]
    seconds, peaks = timed([*cmd, *MODES["extraction"]], stdin=emitter.stdout)
    emitter.stdout.close()
    emitter.wait()
    pages = _stream_pages(gigabytes)
    rows.append(
        f"| {gigabytes:g} GB WARC on stdin ({pages:,} HTML pages, {pages:,} images), "
        f"extraction, 2 workers | {seconds:.0f} s ({pages / seconds:.0f} pages/s) "
        f"| {peaks.largest(exclude_root=True):.0f} | {peaks.rss.get(peaks.root, 0):.0f} |"
    )
    print(rows[-1], flush=True)
    return rows


def _stream_pages(gigabytes: float) -> int:
    """How many pages ``emit_stream`` writes for ``gigabytes`` (same arithmetic)."""
    sizes = [len(_varied(s, 0)) for s in _pages()]
    written, i = 0, 0
    while written < gigabytes * 1e9:
        written += sizes[i % len(sizes)] + 64 * 1024 + 1200
        i += 1
    return i


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--modes", default=",".join(MODES), help="extraction,full pipeline")
    parser.add_argument("--stream-gb", type=float, default=2.0, help="size of the WARC stream")
    parser.add_argument("--no-spark", action="store_true", help="leave Spark out")
    parser.add_argument("--no-memory", action="store_true", help="leave the memory runs out")
    parser.add_argument("--out", help="write a ## Scale section to this markdown file")
    parser.add_argument("--emit-stream", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.emit_stream:
        emit_stream(sys.stdout.buffer, args.emit_stream)
        return 0
    corpus = Path(tempfile.gettempdir()) / f"newsgraph-scale-{args.pages}"
    if not corpus.exists():
        build_corpus(corpus, args.pages)
    spark = spark_works() and not args.no_spark
    rows = throughput_rows(corpus, args.pages, args.modes.split(","), spark)
    memory = [] if args.no_memory else memory_rows(args.stream_gb)
    size = sum(f.stat().st_size for f in corpus.iterdir()) / 1e6
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"Run {now} on {platform.machine()} ({os.cpu_count()} cores), Python "
        f"{platform.python_version()}: a synthetic corpus of {args.pages:,} pages built from "
        f"the sample corpus's HTML pages, in {SHARDS} gzipped WARC shards ({size:.1f} MB).",
        "",
        f"Command: `python bench/scale.py --pages {args.pages} --out docs/benchmarks.md`",
        "",
        "| run | pages/s, 1 worker | pages/s, 2 workers | speed-up | peak RSS per worker, "
        "MiB | parent RSS (2 workers), MiB | pages/s, Spark local[2] | Spark Python worker "
        "RSS, MiB | Spark JVM RSS, MiB |",
        "|---|---|---|---|---|---|---|---|---|",
        *rows,
        "",
        "Each figure is one run of the command line in a fresh process tree (`newsgraph extract "
        "DIR --workers N -o /dev/null`, `newsgraph spark DIR --master local[2]`): wall time "
        "including process start, model loading and, for Spark, the JVM and the Parquet "
        "writes. With one worker the command's own process does the work. RSS: peak resident "
        "memory per process, sampled every 0.2 s.",
    ]
    if memory:
        lines += [
            "",
            "### Memory on inputs of any size",
            "",
            "| input | time | peak RSS per worker, MiB | parent RSS, MiB |",
            "|---|---|---|---|",
            *memory,
            "",
            "Each text file is one document. The 100 MB one is read up to the 20 MB cut "
            "(`--max-bytes`) and, being over 1,000,000 characters, not analysed for entities "
            "and statements (both recorded as problems); the 1 MB one is the largest text the "
            "entity and statement stages take. The WARC stream is "
            "generated by `bench/scale.py --emit-stream` and piped into `newsgraph extract -`; "
            "image records are skipped by the reader, pages are sent to the workers in a "
            "bounded window, so memory stays flat however long the stream.",
        ]
    section = "\n".join(lines) + "\n"
    print(section)
    if args.out:
        c.replace_section(Path(args.out), "## Scale", section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
