"""What only the DuckDB store does: one process at a time while it is written.
A second writer, or a reader during an ingest, gets one line saying who holds
the file and what to do (exit 2), or waits for it with ``--wait``."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.cli import main
from newsgraph.store import StoreBusy, open_store
from tests.store.helpers import make_article

# Another process that writes to the store until it reads a line on stdin.
HOLD = """
import sys
from newsgraph.store import open_store
store = open_store(sys.argv[1])
print("holding", flush=True)
sys.stdin.readline()
store.close()
"""


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    db = str(tmp_path / "store.duckdb")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, db], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
    yield db, holder
    if holder.poll() is None:
        holder.communicate("done\n", timeout=30)


@pytest.fixture
def articles(tmp_path: Path) -> str:
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(make_article(i).to_json() + "\n" for i in range(3)), encoding="utf-8")
    return str(src)


@pytest.mark.parametrize(
    "command",
    [["ingest", "--articles", "ARTICLES"], ["people"], ["who-said", "Anna Berg"], ["serve"]],
)
def test_a_store_held_by_another_process_is_one_line_and_exit_2(
    held: tuple[str, subprocess.Popen[str]],
    articles: str,
    command: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    db, holder = held
    argv = [articles if word == "ARTICLES" else word for word in command]
    assert main([*argv, "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"newsgraph {command[0]}: {db} is in use by process {holder.pid} (")
    assert "--wait SECONDS" in err


def test_wait_gets_the_store_once_the_other_process_lets_go(
    held: tuple[str, subprocess.Popen[str]], articles: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db, holder = held
    release = threading.Timer(1.0, lambda: holder.communicate("done\n", timeout=30))
    release.start()
    try:
        assert main(["ingest", "--articles", articles, "--db", db, "--wait", "60"]) == 0
    finally:
        release.join()
    assert "stored 3 new" in capsys.readouterr().err
    assert main(["people", "--db", db, "--json", "--wait", "5"]) == 0


def test_waiting_too_short_says_how_long_it_waited(
    held: tuple[str, subprocess.Popen[str]],
) -> None:
    db, _ = held
    with pytest.raises(StoreBusy, match=r"waited 0\.5 s"):
        open_store(db, read_only=True, wait=0.5)
