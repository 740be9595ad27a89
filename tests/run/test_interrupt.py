"""Stopping a multi-worker run from outside: kill -9 takes the workers with the
parent; SIGTERM and Ctrl-C stop the run cleanly, with one line and no traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.run.interrupt import Stopped, exit_status, interrupted, stoppable
from tests.conftest import FIXTURES
from tests.run.processes import alive, children, running, wait_for

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def test_sigterm_raises_like_ctrl_c_and_the_handlers_come_back() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Stopped) as stopped, stoppable():
        os.kill(os.getpid(), signal.SIGTERM)
        signal.sigtimedwait([], 0)  # let the handler run
    assert exit_status(stopped.value) == 143 and isinstance(stopped.value, KeyboardInterrupt)
    assert signal.getsignal(signal.SIGTERM) == before
    assert exit_status(KeyboardInterrupt()) == 130
    assert interrupted(1, "") == "interrupted after 1 document\n"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough pages to keep two workers busy for many seconds."""
    root = tmp_path_factory.mktemp("pages")
    page = (FIXTURES / "kurzmeldung.txt").read_bytes()
    for i in range(3000):
        (root / f"p{i:04d}.txt").write_bytes(page)
    return root


def _started(proc: subprocess.Popen[bytes], out: Path | None) -> list[int]:
    """The two workers, once the run has written something."""

    def going() -> bool:
        written = out is None or (out.exists() and out.stat().st_size > 0)
        return len(children(proc.pid)) >= 2 and written

    assert wait_for(going, 120), "the run did not get going"
    return children(proc.pid)


@linux_only
def test_killing_the_parent_leaves_no_worker_behind(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    args = ["extract", str(pages), "-o", str(out), "--workers", "2", "-q"]
    with running(args, tmp_path / "err") as proc:
        workers = _started(proc, out)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert wait_for(lambda: not any(alive(w) for w in workers), 5), "workers outlived it"


@linux_only
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_and_ctrl_c_stop_extract_with_one_line(
    pages: Path, tmp_path: Path, signum: int
) -> None:
    out, err = tmp_path / "out.jsonl", tmp_path / "err"
    args = ["extract", str(pages), "-o", str(out), "--workers", "2", "-q"]
    with running(args, err) as proc:
        workers = _started(proc, out)
        if signum == signal.SIGINT:
            os.killpg(proc.pid, signum)  # Ctrl-C reaches the whole process group
        else:
            os.kill(proc.pid, signum)
        assert proc.wait(30) == 128 + signum
        assert wait_for(lambda: not any(alive(w) for w in workers), 5), "workers outlived it"
    n = len(out.read_text(encoding="utf-8").splitlines())  # whole lines: each one counted
    noun = "document" if n == 1 else "documents"
    assert err.read_text() == f"interrupted after {n} {noun}; run again with --resume to continue\n"


@linux_only
def test_sigterm_stops_ingest_with_one_line(pages: Path, tmp_path: Path) -> None:
    err = tmp_path / "err"
    args = ["ingest", str(pages), "--db", str(tmp_path / "s.duckdb"), "--workers", "2", "-q"]
    with running(args, err) as proc:
        workers = _started(proc, None)
        os.kill(proc.pid, signal.SIGTERM)
        assert proc.wait(30) == 143
        assert wait_for(lambda: not any(alive(w) for w in workers), 5), "workers outlived it"
    message = err.read_text()
    assert message.startswith("interrupted after ") and message.count("\n") == 1, message
    assert "run the same command again" in message and "Traceback" not in message
