"""Near-duplicates grouped into stories with MinHash LSH.

The same agency story runs on many sites with small edits; each article gets
the story of the stored articles it resembles (Jaccard over word
5-grams ≥ ``THRESHOLD``), else a story of its own. Signatures are stored with
the article, so a later run groups against everything already stored.
datasketch (and with it scipy) is imported when a store first groups, not
when the command line starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datasketch import MinHash

THRESHOLD = 0.5
PERMUTATIONS = 64
SCHEME = "affine32"  # named, so stored signatures stay comparable across datasketch releases
SHINGLE = 5
_WORD = re.compile(r"\w+")


def signature(text: str) -> MinHash | None:
    """The MinHash of the text's word 5-grams; None for texts too short to compare."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE * 4:
        return None
    grams = {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}
    from datasketch import MinHash

    m = MinHash(num_perm=PERMUTATIONS, seed=1, scheme=SCHEME)
    m.update_batch(sorted(grams))
    return m


def to_bytes(m: MinHash) -> bytes:
    import numpy as np

    return bytes(np.asarray(m.hashvalues, dtype="<u8").tobytes())


def from_bytes(blob: bytes) -> MinHash:
    import numpy as np
    from datasketch import MinHash

    values = np.frombuffer(blob, dtype="<u8").astype(np.uint64)
    return MinHash(num_perm=PERMUTATIONS, seed=1, hashvalues=values, scheme=SCHEME)


class Stories:
    """The LSH index of stored articles and the story each belongs to."""

    def __init__(self, stored: Iterable[tuple[str, str, bytes]] = ()) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=PERMUTATIONS)
        self._story: dict[str, str] = {}
        # for a store with several writers: the runs whose articles are all in the
        # index, and how many articles of each unfinished one it has seen
        self.finished_runs: set[str] = set()
        self.run_counts: dict[str, int] = {}
        for h, story, blob in stored:
            self.add(h, story, from_bytes(blob))

    def story_for(self, h: str, m: MinHash | None) -> str:
        """The (smallest) story of the stored look-alikes, else the article's own."""
        if m is None:
            return h
        found = [self._story[k] for k in self._lsh.query(m) if k in self._story]
        return min(found) if found else h

    def add(self, h: str, story: str, m: MinHash | None) -> None:
        """Remember a stored article (forgotten again if its transaction fails)."""
        if m is None or h in self._story:
            return
        self._lsh.insert(h, m)
        self._story[h] = story

    def forget(self, h: str) -> None:
        """Undo ``add`` for an article whose transaction was rolled back."""
        if self._story.pop(h, None) is not None:
            self._lsh.remove(h)
