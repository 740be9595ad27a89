"""Run the pipeline on several processes of one machine, streaming.

Documents are read in the parent and sent to a pool of worker processes in a
bounded window, so memory stays flat whatever the input size; Articles come
back in input order. Each document is isolated: a stage that runs too long
is stopped by a per-document time limit (``SIGALRM`` in the worker) and a
worker that dies (out of memory, a crash in a C extension) is replaced;
either way the document comes out with a problem and the run goes on.

Workers end with the run: a run that stops early (an exception, Ctrl-C,
SIGTERM) terminates them, and a parent killed outright (kill -9) takes them
with it (``PR_SET_PDEATHSIG`` on Linux, a thread watching the parent pid
elsewhere): none is left behind waiting for work that will never come.

``concurrent.futures`` and ``multiprocessing`` are the standard tools here;
what they lack (per-task timeouts, surviving a dead worker, ordered
streaming with a bounded window) is the little this module adds.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import resource
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain, islice
from types import FrameType

from newsgraph import problems
from newsgraph.article import Article, Source
from newsgraph.pipeline import Options, process_document
from newsgraph.read import RawDocument

WINDOW_PER_WORKER = 4  # documents in flight per worker: enough to keep them busy


@dataclass(frozen=True)
class Limits:
    """Per-document bounds. ``seconds``: wall time for one document's stages;
    ``memory_mb``: address space a process may add, for a document, to what it holds
    with its models loaded (0: no bound). Address space, not resident memory: it is
    what the kernel can bound (``RLIMIT_AS``; Linux ignores ``RLIMIT_RSS``), and it
    stops a runaway allocation before the machine swaps."""

    seconds: int = 120
    memory_mb: int = 4096


class DocumentTimeout(BaseException):
    """Raised inside a worker when one document has taken too long. Not an
    ``Exception``: the pipeline's per-stage isolation must not swallow it."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise DocumentTimeout


def _init_worker(limits: Limits, parent: int, options: Options) -> None:
    _die_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGALRM, _on_alarm)
    if limits.memory_mb:
        # Relative to the worker with its models loaded: on a many-core server the libraries
        # loaded before the fork (numpy's thread buffers) may already reserve gigabytes, and
        # the models (~400 MB) are no document's doing.
        _warm_up(options)
        size = _address_space() + limits.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (size, size))


# A German and an English paragraph, run through the pipeline before the memory bound
# is set, so that the models they load count as what the process starts with.
_WARM_UP = (
    "Die Bürgermeisterin Anna Berg sagte am Montag in Bonn: „Wir bauen die neue Brücke "
    "über den Rhein bis zum Herbst.“ Der Stadtrat hatte den Bau im Mai beschlossen.",
    "Mayor Anna Berg said on Monday in Leeds that the new bridge would be finished by "
    'the autumn. "We will build it," she told reporters after the council meeting.',
)


def _warm_up(options: Options) -> None:
    for text in _WARM_UP:
        process_document(RawDocument(Source("warm-up"), "text", content=text), options)


@contextmanager
def _bounded(memory_mb: int) -> Iterator[None]:
    """In this process, for one document: the address space may grow by
    ``memory_mb`` (a soft limit, restored afterwards; 0: no bound)."""
    if not memory_mb or not _address_space():
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    size = _address_space() + memory_mb * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        size = min(size, hard)
    resource.setrlimit(resource.RLIMIT_AS, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _die_with(parent: int) -> None:
    """End this worker when ``parent`` dies, however it dies."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            done = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):
            done = False
        if done:
            if os.getppid() != parent:  # it died before the call: no signal will come
                os._exit(1)
            return
    threading.Thread(target=_watch, args=(parent,), name="watch-parent", daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _address_space() -> int:
    """This process's virtual memory size in bytes (0 where /proc is not there)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def _work(doc: RawDocument, options: Options, seconds: int) -> Article:
    """One document in a worker, bounded in time; never raises."""
    signal.alarm(seconds)
    try:
        return process_document(doc, options)
    except DocumentTimeout:
        return _failed(doc, problems.TIMEOUT, f"stopped after {seconds} s")
    except MemoryError:  # outside the stages, which record it themselves
        return _failed(doc, problems.OUT_OF_MEMORY, "the memory bound (--memory) was reached")
    finally:
        signal.alarm(0)


def _failed(doc: RawDocument, code: str, message: str) -> Article:
    article = Article(source=doc.source, format=doc.format, url=doc.url, language=doc.language)
    article.problems = [*doc.problems]
    article.add_problem(code, "run", message)
    article.finalize_id()
    if doc.doc_id is not None:
        article.id = doc.doc_id
    return article


def add_run_arguments(parser: argparse.ArgumentParser) -> None:
    """``--workers``, ``--timeout`` and ``--memory``, shared by the commands that
    run the pipeline."""
    defaults = Limits()
    parser.add_argument(
        "--workers",
        type=int,
        default=default_workers(),
        metavar="N",
        help="worker processes (default: the machine's cores, %(default)s)",
    )
    parser.add_argument(
        "--timeout",
        type=int,
        default=defaults.seconds,
        metavar="SECONDS",
        help="time limit for one document; past it the document gets a problem "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--memory",
        type=int,
        default=defaults.memory_mb,
        metavar="MB",
        help="address space each worker process may add to what it starts with; a document "
        "that needs more gets a problem (default: %(default)s; 0: no bound)",
    )


def limits_of(args: argparse.Namespace) -> Limits:
    """The Limits that ``add_run_arguments``' options ask for."""
    return Limits(seconds=args.timeout, memory_mb=args.memory)


def default_workers() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def process_parallel(
    docs: Iterable[RawDocument],
    options: Options | None = None,
    workers: int | None = None,
    limits: Limits | None = None,
) -> Generator[Article, None, None]:
    """Articles for ``docs``, in order, processed by ``workers`` processes.

    With one worker, or a single document, everything runs in this process
    (no pool to start; the time limit still applies)."""
    options, limits = options or Options(), limits or Limits()
    workers = workers or default_workers()
    source = iter(docs)
    head = list(islice(source, 2))
    if workers <= 1 or len(head) < 2:
        if limits.memory_mb and head:
            _warm_up(options)  # as a worker does: the models are not the document's
        for doc in chain(head, source):
            yield _in_process(doc, options, limits)
        return
    yield from _pooled(chain(head, source), options, workers, limits)


def _in_process(doc: RawDocument, options: Options, limits: Limits) -> Article:
    """One document in this process, bounded in time and memory like a worker's."""
    if not hasattr(signal, "SIGALRM"):
        return process_document(doc, options)
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        with _bounded(limits.memory_mb):
            return _work(doc, options, limits.seconds)
    finally:
        signal.signal(signal.SIGALRM, previous)


def _pooled(
    docs: Iterator[RawDocument], options: Options, workers: int, limits: Limits
) -> Iterator[Article]:
    window: deque[tuple[RawDocument, Future[Article]]] = deque()
    pool = _pool(workers, limits, options)
    finished = False
    try:
        for doc in docs:
            window.append((doc, _submit(pool, doc, options, limits)))
            if len(window) >= workers * WINDOW_PER_WORKER:
                doc, future = window.popleft()
                try:
                    yield future.result()
                except BrokenProcessPool:
                    pool.shutdown(wait=False, cancel_futures=True)
                    yield from _isolated([doc, *(d for d, _ in window)], options, limits)
                    window.clear()
                    pool = _pool(workers, limits, options)
        pending = list(window)
        for n, (_, future) in enumerate(pending):
            try:
                yield future.result()
            except BrokenProcessPool:
                yield from _isolated([d for d, _ in pending[n:]], options, limits)
                break
        finished = True
    finally:
        # A finished run waits for its workers to exit, so none outlives it; an abandoned
        # one (the consumer stopped early or raised, Ctrl-C, SIGTERM) stops them now.
        if finished:
            pool.shutdown(wait=True)
        else:
            _terminate(pool)


def _submit(
    pool: ProcessPoolExecutor, doc: RawDocument, options: Options, limits: Limits
) -> Future[Article]:
    """The document's future; when a worker died since the last submit the pool refuses
    new work, and the document gets a failed future, so that it is recovered with the
    others in flight when its turn comes."""
    try:
        return pool.submit(_work, doc, options, limits.seconds)
    except BrokenProcessPool as exc:
        failed: Future[Article] = Future()
        failed.set_exception(exc)
        return failed


def _isolated(docs: list[RawDocument], options: Options, limits: Limits) -> Iterator[Article]:
    """After a worker died, the documents that were in flight are run one by one,
    each in a fresh process, so that only the one that kills a worker is lost."""
    for doc in docs:
        single = _pool(1, limits, options)
        try:
            article = single.submit(_work, doc, options, limits.seconds).result()
        except BrokenProcessPool:
            article = _failed(doc, problems.WORKER_DIED, "the worker process died on this document")
        except BaseException:
            _terminate(single)
            raise
        single.shutdown(wait=True)
        yield article


def _pool(workers: int, limits: Limits, options: Options) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(limits, os.getpid(), options)
    )


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop ``pool`` without waiting for the documents its workers are on."""
    # The executor has no public way to do this before Python 3.14 (terminate_workers).
    workers = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.join(5)
    if manager is not None:
        # Its clean-up races with the executor's exit hook in Python 3.11 (a wake-up
        # written to a pipe being closed: "Exception ignored in threading._shutdown").
        manager.join(5)
