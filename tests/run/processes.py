"""A command run in a process group of its own, with a look at its worker processes
(Linux /proc), for tests that stop it from outside. Whatever happens, nothing it
started outlives the test: ``running`` kills what is left of its process group."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    """Running (a zombie waiting for a parent to reap it is not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def wait_for(condition: Callable[[], object], seconds: float) -> bool:
    """Whether ``condition`` holds within ``seconds`` (polled every 0.1 s)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return bool(condition())


@contextmanager
def running(args: list[str], stderr: Path) -> Iterator[subprocess.Popen[bytes]]:
    """``python -m newsgraph.cli ARGS`` in a new session (its own process group)."""
    with open(stderr, "wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "newsgraph.cli", *args],
            stdout=subprocess.DEVNULL,
            stderr=err,
            start_new_session=True,
        )
    try:
        yield proc
    finally:
        # Its workers are in its process group even once it is gone (and they were
        # handed to init): the group's id is the id of the process started here.
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
