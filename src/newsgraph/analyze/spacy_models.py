"""spaCy pipelines whose matrix products run on numpy's BLAS, one thread at a time.

Why: spaCy's layers multiply through thinc, which by default calls blis. The blis build
picks its kernels by the CPU's id and falls back to its generic C loops on a CPU it does not
know: on the team's machines (AMD EPYC, family 25) it says ``selecting sub-configuration
'generic'`` and reaches about 30 GFLOPS where numpy's OpenBLAS reaches about 90 on the same
products (the tok2vec layers: a few hundred tokens by 288 by 288). Those products are most
of the English NER and of both parsers: side by side on the team's train pages (CPU time,
least of three rounds) the English entities stage went from 45.7 to 39.0 ms an article, its
statements stage from 22.3 to 18.3, the German statements stage from 27.8 to 21.9, and every
Article stayed byte-identical (team train and dev pages, 150 other pages, quotes-de dev;
``docs/benchmarks.md``, "Speed, second round").

One thread: OpenBLAS spreads a product over every core, but a worker is one core's share
(the command line runs a process per core), and on a busy machine the extra threads spin
while they wait: the English NER took 96 ms an article that way. So each batch runs under
a limit of one BLAS thread (``one_thread``), which is lifted afterwards for the code around.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any


def load(name: str, **kwargs: Any) -> Any:
    """``spacy.load(name, **kwargs)`` with its layers on numpy's BLAS (thinc's ``NumpyOps``
    without blis); the parsers' step loop keeps thinc's own C routines."""
    import spacy
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False):
        return spacy.load(name, **kwargs)


@cache
def _controller() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@contextmanager
def one_thread() -> Iterator[None]:
    """At most one BLAS thread while the block runs (spaCy's ``pipe`` is lazy: run the whole
    loop over its documents inside), for the BLAS libraries loaded at the first call: numpy's,
    which thinc calls, is loaded with spaCy."""
    with _controller().limit(limits=1, user_api="blas"):
        yield
