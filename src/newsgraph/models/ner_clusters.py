"""Word clusters for the German tagger, computed offline from raw text: PPMI context
vectors, truncated SVD and spherical k-means, deterministic (shipped in the gazetteer)."""

from __future__ import annotations

import gzip
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from newsgraph.read.decode import decode

CLUSTERS = (64, 256, 1024)  # word-cluster levels (features.py reads the 256 one of neighbours)

_WORD = re.compile(r"\w+(?:[-'.]\w+)*|[^\w\s]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")


def speech_text(shared: Path) -> list[list[str]]:
    """The German political speeches of ``data/text-de`` (CC BY-SA 4.0), one paragraph per
    line, as words; sorted files, each paragraph once."""
    seen: set[str] = set()
    out: list[list[str]] = []
    for path in sorted((shared / "data" / "text-de").glob("*.paragraphs.txt.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                text = " ".join(line.split())
                if text and text not in seen:
                    seen.add(text)
                    out.append(_WORD.findall(text))
    return out


def web_text(shared: Path, least: int = 8) -> list[list[str]]:
    """German paragraphs (``<p>``, ``least`` words or more) of the news pages in
    ``data/extraction`` (trafilatura's evaluation pages, Apache-2.0; fundus' test pages,
    MIT), as words; used for word clusters only, each paragraph once."""
    import justext
    import lxml.html

    stopwords = justext.get_stoplist("German")
    pages = sorted((shared / "data" / "extraction" / "trafilatura-eval" / "html").glob("*.gz"))
    pages += sorted((shared / "data" / "extraction" / "fundus-de").glob("*.html.gz"))
    seen: set[str] = set()
    out: list[list[str]] = []
    for page in pages:
        with gzip.open(page) as fh:
            html = decode(fh.read(), html=True)
        try:
            root = lxml.html.fromstring(_XML_DECLARATION.sub("", html, count=1))
        except (ValueError, lxml.etree.ParserError):
            continue
        for p in root.iter("p"):
            text = " ".join(p.text_content().split())
            words = _WORD.findall(text)
            if len(words) < least or text in seen:
                continue
            if sum(w.lower() in stopwords for w in words) < 0.25 * len(words):
                continue  # not German running text
            seen.add(text)
            out.append(words)
    return out


def word_clusters(
    text: Iterable[list[str]],
    levels: tuple[int, ...] = CLUSTERS,
    least: int = 3,
    contexts: int = 2000,
    dims: int = 100,
    rounds: int = 12,
) -> dict[str, list[str]]:
    """Lower-cased words seen ``least`` times -> one cluster id per level ("~256:17").

    Each word is described by its neighbours (the ``contexts`` most frequent words, two
    to each side, by position), weighted by positive pointwise mutual information,
    reduced to ``dims`` dimensions (truncated SVD) and grouped by spherical k-means,
    started from the most frequent words: deterministic, a few seconds."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.linalg import svds

    sents = [[w.lower() for w in words] for words in text]
    freq = Counter(w for words in sents for w in words)
    vocab = [w for w, n in sorted(freq.items(), key=lambda x: (-x[1], x[0])) if n >= least]
    row_of = {w: i for i, w in enumerate(vocab)}
    col_of = {w: i for i, w in enumerate(vocab[:contexts])}
    width = len(col_of) + 2  # + other word, + sentence edge
    rows: list[int] = []
    cols: list[int] = []
    for words in sents:
        padded = ["", "", *words, "", ""]
        for i in range(2, len(padded) - 2):
            row = row_of.get(padded[i])
            if row is None:
                continue
            for slot, d in enumerate((-2, -1, 1, 2)):
                ctx = padded[i + d]
                rows.append(row)
                cols.append(slot * width + (col_of.get(ctx, width - 2) if ctx else width - 1))
    counts = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(vocab), 4 * width)).tocsr()
    counts.sum_duplicates()
    total = counts.sum()
    row_sums = np.asarray(counts.sum(axis=1)).ravel()
    col_sums = np.asarray(counts.sum(axis=0)).ravel() ** 0.75  # smoothed context counts
    col_sums *= total / col_sums.sum()
    coo = counts.tocoo()
    pmi = np.log(coo.data * total / (row_sums[coo.row] * col_sums[coo.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=coo.shape).tocsr()
    start = np.random.default_rng(0).standard_normal(min(ppmi.shape))
    u, sv, _ = svds(ppmi, k=dims, v0=start)
    vectors = u * np.sqrt(sv)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    out: dict[str, list[str]] = {w: [] for w in vocab}
    for k in levels:
        k = min(k, len(vocab))
        centres = vectors[:k].copy()
        for _ in range(rounds):
            label = (vectors @ centres.T).argmax(axis=1)
            for j in range(k):
                members = vectors[label == j]
                if len(members):
                    centre = members.mean(axis=0)
                    centres[j] = centre / (np.linalg.norm(centre) + 1e-9)
        for word, j in zip(vocab, label, strict=True):
            out[word].append(f"~{k}:{j}")
    return out
