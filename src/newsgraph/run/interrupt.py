"""Stopping a run from outside: Ctrl-C and SIGTERM end it the same way.

Python turns Ctrl-C into ``KeyboardInterrupt`` but lets SIGTERM kill the
process outright: its worker processes were left running and nobody said what
was done. Inside ``stoppable()`` both signals raise ``Stopped`` (a
``KeyboardInterrupt``), so the run unwinds: the workers are stopped, the
output keeps whole lines, and the command says in one line how far it got.
A second signal while that happens is ignored.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Stopped(KeyboardInterrupt):
    """The run was asked to stop by ``signum``."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _stop(signum: int, frame: FrameType | None) -> None:
    for each in _SIGNALS:
        signal.signal(each, signal.SIG_IGN)  # cleaning up is not to be interrupted
    raise Stopped(signum)


@contextmanager
def stoppable() -> Iterator[None]:
    """SIGINT and SIGTERM raise ``Stopped`` in here (main thread only: elsewhere
    signal handlers cannot be set, and nothing changes)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {each: signal.signal(each, _stop) for each in _SIGNALS}
    try:
        yield
    finally:
        for each, handler in previous.items():
            signal.signal(each, handler)


def exit_status(exc: KeyboardInterrupt) -> int:
    """The shell's status for a process ended by a signal: 128 + its number."""
    return 128 + (exc.signum if isinstance(exc, Stopped) else signal.SIGINT)


def interrupted(documents: int, again: str) -> str:
    """The one line a stopped command writes on stderr."""
    noun = "document" if documents == 1 else "documents"
    return f"interrupted after {documents} {noun}" + (f"; {again}" if again else "") + "\n"
