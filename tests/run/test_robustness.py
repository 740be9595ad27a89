"""The robustness batch on worker processes: a corrupt WARC, a truncated gzip,
binary junk, a 100 MB text file and deeply nested HTML beside good pages, with
a worker killed from outside mid-run. Nothing is lost, nothing duplicated, the
counts are exact: the parallel run equals a serial one."""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import signal
from pathlib import Path

import pytest

from newsgraph.article import Article
from newsgraph.cli import main
from newsgraph.pipeline import Options, Summary, process_document
from newsgraph.read import read
from newsgraph.run.local import process_parallel
from newsgraph.store.rows import hashed
from tests.read.test_readers import HTML, TEXT, make_warc, refuse_listing
from tests.test_pipeline import bad_batch

FAST = Options(skip=frozenset({"entities", "statements"}))


def _outcome(articles: list[Article]) -> list[tuple[str, int | None, str, tuple[str, ...]]]:
    return [
        (a.source.location, a.source.offset, a.id, tuple(p.code for p in a.problems))
        for a in articles
    ]


def test_batch_with_a_killed_worker_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    root = bad_batch(tmp_path / "batch", huge_mb=100)
    assert (root / "07_huge.txt").stat().st_size >= 100 * 1024 * 1024
    serial = [process_document(doc, FAST) for doc in read([str(root)])]
    parallel: list[Article] = []
    killed = False
    for article in process_parallel(read([str(root)]), FAST, workers=2):
        parallel.append(article)
        if not killed and (workers := multiprocessing.active_children()):
            os.kill(workers[0].pid or 0, signal.SIGKILL)  # a worker dies mid-run
            killed = True
    assert killed
    assert _outcome(parallel) == _outcome(serial)  # same documents, same order, once each
    assert [a.text for a in parallel] == [a.text for a in serial]
    counts = Summary()
    for article in parallel:
        counts.add(article)
    assert (counts.read, counts.extracted, counts.with_problems) == (11, 7, 8)


# -- every broken input of issue 15 in one batch, through the command line ---------

GOOD_WARC, FLIPPED = 20, 5  # records in the gzipped WARC; the one with a flipped bit
PLAIN_WARC = 8  # records in the uncompressed WARC: #2 has a wrong length, #5 a bad header


def _gzip_warc() -> tuple[bytes, int]:
    """A WARC.gz of one gzip member per record, one bit flipped in record 5;
    and the byte offset of that record's member."""
    parts = [make_warc([("response", f"https://gz.example/{i}", HTML)]) for i in range(GOOD_WARC)]
    at = sum(len(p) for p in parts[:FLIPPED])
    data = bytearray(b"".join(parts))
    data[at + len(parts[FLIPPED]) // 2] ^= 0x04
    return bytes(data), at


def _plain_warc() -> tuple[bytes, int, int]:
    """An uncompressed WARC: record 2's Content-Length 700 too long, record 5's
    header damaged; and the byte offsets of those two records."""
    parts = [
        make_warc([("response", f"https://plain.example/{i}", HTML)], gzip_records=False)
        for i in range(PLAIN_WARC)
    ]
    parts[2] = re.sub(
        rb"(\r\nContent-Length: )(\d+)", lambda m: m[1] + str(int(m[2]) + 700).encode(),
        parts[2], count=1,
    )  # fmt: skip
    parts[5] = parts[5].replace(b"WARC/1.0\r\n", b"WARX/1.0\r\n", 1)
    return b"".join(parts), sum(len(p) for p in parts[:2]), sum(len(p) for p in parts[:5])


def broken_batch(root: Path) -> dict[str, list[tuple[int, str]]]:
    """Every broken input of issue 15 beside good pages, in ``root``. Returns, per
    damaged file, the offset (byte or line) of each bad record and words its problem says."""
    root.mkdir()
    (root / "01_good.html").write_bytes(HTML)
    (root / "02_good.txt").write_bytes(TEXT)
    gz, flipped = _gzip_warc()
    (root / "03_flipped.warc.gz").write_bytes(gz)
    plain, long_at, header_at = _plain_warc()
    (root / "04_damaged.warc").write_bytes(plain)
    page = json.dumps({"url": "https://jsonl.example/1", "html": HTML.decode()})
    lines = [page[: len(page) // 2]] + [page.replace("/1", f"/{i}") for i in range(2, 5)]
    (root / "05_cut_first_line.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.mkfifo(root / "06_feed")  # a named pipe: never opened, or the run would hang
    (root / "07_locked").mkdir()  # listing it is refused (see the test)
    (root / "07_locked" / "hidden.html").write_bytes(HTML)
    whole = make_warc([("response", "https://cut.example/1", HTML)] * 2)
    (root / "08_cut.warc.gz").write_bytes(whole[: len(whole) - 300])
    (root / "09_same_page_again.html").write_bytes(HTML)  # 01 once more, in another file
    return {
        "03_flipped.warc.gz": [(flipped, f"gzip member at byte {flipped} is damaged")],
        "04_damaged.warc": [
            (long_at, f"at byte {long_at}: its Content-Length says"),
            (header_at, f"no WARC record header at byte {header_at}"),
        ],
        "05_cut_first_line.jsonl": [(1, "line 1: not JSON")],
        "06_feed": [(0, "named pipe")],
        "07_locked": [(0, "Permission denied")],
        "08_cut.warc.gz": [(whole.index(b"\x1f\x8b", 1), "file truncated")],
    }


def test_a_batch_of_every_broken_input_finishes_with_exact_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "batch"
    damaged = broken_batch(root)
    refuse_listing(monkeypatch, "07_locked")
    out = tmp_path / "articles.jsonl"
    argv = ["extract", str(root), "--workers", "2", "--skip", "entities,statements"]
    assert main([*argv, "--output", str(out)]) == 0
    articles = [Article.from_json(x) for x in out.read_text(encoding="utf-8").splitlines()]
    # Good: 01, 02, 09; 19 of 20 gzip members; 6 of 8 plain records; 3 of 4 lines; 08's first.
    good, bad = 3 + (GOOD_WARC - 1) + (PLAIN_WARC - 2) + 3 + 1, 7
    # stderr: the summary line alone (warcio's warnings would be more lines). Extracted: the
    # good ones, the plain record read past its wrong length and 08's cut record.
    assert capfd.readouterr().err.splitlines() == [
        f"read {good + bad}, extracted {good + 2}, with problems {bad} "
        "(bad-record 1, corrupt-warc 3, truncated-gzip 1, unreadable 2)"
    ]
    flawless = [a for a in articles if not a.problems]
    assert len(flawless) == good and all("Stadtrat" in a.text for a in flawless)
    by_file: dict[str, list[Article]] = {}
    for a in articles:
        by_file.setdefault(Path(a.source.location).name, []).append(a)
    assert {name: len(found) for name, found in by_file.items()} == {
        "01_good.html": 1, "02_good.txt": 1, "03_flipped.warc.gz": GOOD_WARC,
        "04_damaged.warc": PLAIN_WARC, "05_cut_first_line.jsonl": 4, "06_feed": 1,
        "07_locked": 1, "08_cut.warc.gz": 2, "09_same_page_again.html": 1,
    }  # fmt: skip
    named = {  # every bad one named: its file, its place (byte or line), what is wrong
        name: sorted((a.source.offset or 0, p.message) for a in found for p in a.problems)
        for name, found in by_file.items()
        if any(a.problems for a in found)
    }
    assert set(named) == set(damaged)
    for name, expected in damaged.items():
        assert len(named[name]) == len(expected), named[name]
        for (offset, message), (at, words) in zip(named[name], expected, strict=True):
            assert offset == at and words in message, (name, offset, message)

    # The output of a killed extract (a cut last line), stored: every whole line is,
    # the same page from two files once, and the cut line is a problem.
    text = out.read_text(encoding="utf-8")
    cut = tmp_path / "cut.jsonl"
    cut.write_text(text + text.splitlines()[0][:200], encoding="utf-8")
    db = str(tmp_path / "store.duckdb")
    assert main(["ingest", "--articles", str(cut), "--db", db]) == 0
    by_hash = {hashed(a)[0]: a for a in articles}  # the store's identity of an article
    same = [hashed(by_file[f][0])[0] for f in ("01_good.html", "09_same_page_again.html")]
    assert same[0] == same[1]
    stored = len(by_hash) + 1
    with_url = [a.url for a in by_hash.values() if a.url]
    versions = len(with_url) - len(set(with_url))  # the flagged copies of a page: versions
    assert capfd.readouterr().err.splitlines() == [
        f"read {good + bad + 1}, extracted {good + 2}, with problems {bad + 1} "
        "(bad-record 2, corrupt-warc 3, truncated-gzip 1, unreadable 2); "
        f"stored {stored} new, {good + bad + 1 - stored} already stored"
        + (f", {versions} new versions" if versions else "")
        + f" into {db}"
    ]
