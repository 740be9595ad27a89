"""Extraction benchmark: newsgraph beside trafilatura, newspaper4k and readability-lxml.

Every tool runs on the same pages, each in its own fresh child process (so its memory can be
measured and one tool's imports or caches cannot help another). Gold data lives outside the
repository in ``../shared/data/extraction``; without it the benchmark says so and exits 0.

    python bench/extraction.py --limit 10
    python bench/extraction.py --out docs/benchmarks.md --json extraction.json

``run(sets, tools, limit)`` returns the same numbers as a dict for a quality gate.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import importlib.util
import json
import logging
import os
import platform
import resource
import shlex
import signal
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Any

try:  # imported as bench.extraction (repo root on sys.path) or run as a script
    from bench import _common as c
except ModuleNotFoundError:
    import _common as c  # type: ignore[no-redef]

SETS = ("fundus", "trafilatura", "wcxb")
TOOLS = ("newsgraph", "trafilatura", "newspaper4k", "readability")
DUMPERS = ("inscriptis", "html2text")
TEXT_SETS = ("fundus", "wcxb")  # sets with a full gold body, where a dump can be scored
PAGE_TIMEOUT_S = 120

# The importable module behind each tool, and the distribution whose version is reported.
MODULES = {
    "newsgraph": ("newsgraph", "newsgraph"),
    "trafilatura": ("trafilatura", "trafilatura"),
    "newspaper4k": ("newspaper", "newspaper4k"),
    "readability": ("readability", "readability-lxml"),
    "inscriptis": ("inscriptis", "inscriptis"),
    "html2text": ("html2text", "html2text"),
}
# Fields each tool can produce at all; the rest are shown as "–", not as zero.
FIELDS = {
    "newsgraph": {"body", "title", "date", "authors", "captions", "credits"},
    "trafilatura": {"body", "title", "date", "authors"},
    "newspaper4k": {"body", "title", "date", "authors"},
    "readability": {"body", "title"},
    "keep-all": {"body"},
}

Pred = dict[str, Any]
Item = tuple[str, str | None, str | None, str | None]  # id, html path, url, text (dumps)


# -- tool adapters (run inside the child) -------------------------------------------------------
def _newsgraph(doc: str, url: str | None, fmt: str) -> Pred:
    import newsgraph
    from newsgraph.pipeline import stage_names

    # Extraction alone, as the peers do it: language and checks are part of it,
    # entity and statement analysis are measured by their own benchmarks.
    only = newsgraph.Options(skip=frozenset(stage_names()) - {"language", "checks"})
    art = newsgraph.process(text=doc, format=fmt, url=url, options=only)
    return {
        # "body" is made of these two after the timing (scoring work, see _scorable)
        "teaser": art.teaser,
        "text": art.text,
        "title": art.headline,
        "date": art.published,
        # The byline as the gold has it: newsgraph keeps agencies ("dpa") apart from authors.
        "authors": list(art.authors) + [a for a in art.agencies if a not in art.authors],
        "captions": [im.caption for im in art.images if im.caption],
        "credits": [im.credit for im in art.images if im.credit],
    }


def _scorable(pred: Pred) -> Pred:
    """The body as the gold has it, made outside the timed call: comparing the words of
    teaser and text is the benchmark's work, not the extractor's."""
    if "body" not in pred and "text" in pred:
        pred["body"] = newsgraph_body(pred.pop("teaser"), pred.pop("text"))
    return pred


def newsgraph_body(teaser: str | None, text: str) -> str:
    """Gold bodies include the standfirst, which newsgraph keeps in ``teaser`` when the
    body lacks it: score teaser + text, unless the text already contains the teaser."""
    if teaser and c.tokens(teaser) - c.tokens(text):
        return f"{teaser}\n\n{text}"
    return text


def _trafilatura(doc: str, url: str | None, fmt: str) -> Pred:
    import trafilatura

    res = trafilatura.bare_extraction(doc, url=url, with_metadata=True)
    if res is None:
        return {"body": ""}
    get = res.get if isinstance(res, dict) else lambda key: getattr(res, key, None)
    return {
        "body": get("text") or "",
        "title": get("title"),
        "date": get("date"),
        "authors": get("author"),
    }


def _newspaper4k(doc: str, url: str | None, fmt: str) -> Pred:
    import newspaper

    art = newspaper.Article(url or "", fetch_images=False)
    art.download(input_html=doc)
    art.parse()
    return {
        "body": art.text,
        "title": art.title,
        "date": art.publish_date,
        "authors": list(art.authors),
    }


def _readability(doc: str, url: str | None, fmt: str) -> Pred:
    import readability

    page = readability.Document(doc, url=url)
    return {"body": html_to_text(page.summary()), "title": page.short_title()}


BLOCK_TAGS = frozenset({
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th",
    "table", "blockquote", "pre", "section", "article", "figure", "figcaption", "header",
    "footer", "aside", "dd", "dt",
})  # fmt: skip


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment with block elements on their own lines (lxml's
    ``text_content`` would glue the last word of a paragraph to the first of the next)."""
    import lxml.html

    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    return str(root.text_content()).strip()


EXTRACTORS: dict[str, Callable[[str, str | None, str], Pred]] = {
    "newsgraph": _newsgraph,
    "trafilatura": _trafilatura,
    "newspaper4k": _newspaper4k,
    "readability": _readability,
}


# -- child process ------------------------------------------------------------------------------
def _rss_mib(field: str = "VmHWM") -> float:
    """Resident memory of this process: ``VmHWM`` = peak, ``VmRSS`` = now. Read from
    /proc because ``ru_maxrss`` survives exec and would start at the parent's peak."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextlib.contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    """Abort one page that runs away, instead of hanging the whole benchmark."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"no result after {seconds} s")

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _child(tool: str, fmt: str, items: list[Item]) -> dict[str, Any]:
    """Run one tool over all items; only the extraction call itself is timed per page.
    The whole run is timed too: ``time.process_time`` counts this process's CPU since it
    started (interpreter, imports, reading the pages, the warm-up page and every page).

    Code a tool imports on its first call is loaded by one untimed warm-up page. Code it
    imports later, on the first page that needs it (htmldate's dateparser, newsgraph's
    language model), is a one-time cost, not a per-page one: a page during which the tool
    imported modules is left out of the per-page time, and the mean of the other pages
    stands in for it. The whole run counts everything."""
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    base = _rss_mib("VmRSS")
    importlib.import_module(MODULES[tool][0])  # import cost is not per-page cost
    extract = EXTRACTORS[tool]
    if items:  # one untimed page: lazy loading (models, word lists) is not per-page cost
        pid, path, url, text = items[0]
        with contextlib.suppress(Exception):
            extract(text if text is not None else c.read_html(path or ""), url, fmt)
    preds: dict[str, Pred | None] = {}
    errors: dict[str, str] = {}
    seconds = 0.0
    loading: list[str] = []  # pages during which the tool imported code
    for pid, path, url, text in items:
        doc = text if text is not None else c.read_html(path or "")
        modules = len(sys.modules)
        # CPU time of this process: the tools are single-threaded, and CPU time does not
        # count the waits when other jobs share the machine (wall time did, by ±30 %).
        start = time.process_time()
        try:
            with _deadline(PAGE_TIMEOUT_S):
                preds[pid] = extract(doc, url, fmt)
        except Exception as exc:  # a tool's failure on one page is a result, not a crash
            preds[pid] = None
            errors[pid] = f"{type(exc).__name__}: {exc}"[:300]
        spent = time.process_time() - start
        if len(sys.modules) != modules:
            loading.append(pid)
        else:
            seconds += spent
    timed = len(items) - len(loading)
    return {
        "preds": {pid: pred and _scorable(pred) for pid, pred in preds.items()},
        "errors": errors,
        "seconds": seconds * len(items) / timed if timed else seconds,
        "loading_pages": loading,
        "run_seconds": time.process_time(),  # since the process started: the whole run
        "rss_base_mib": base,
        "rss_peak_mib": _rss_mib(),
    }


def run_tool(tool: str, fmt: str, items: list[Item]) -> dict[str, Any]:
    """One fresh spawned process per tool and input kind: an equal, honest memory baseline."""
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        try:
            return pool.submit(_child, tool, fmt, items).result()
        except BrokenProcessPool as exc:
            return {
                "preds": {},
                "errors": {"*": f"child died: {exc}"},
                "seconds": 0.0,
                "run_seconds": 0.0,
                "rss_base_mib": None,
                "rss_peak_mib": None,
            }


# -- scoring ------------------------------------------------------------------------------------
def score(
    pages: Sequence[c.Page], preds: dict[str, Pred | None], fields: set[str]
) -> dict[str, Any]:
    """All metrics of one tool on one set; a field the tool lacks scores None."""
    m: dict[str, Any] = {"pages": len(pages)}
    m.update(_score_body(pages, preds) if "body" in fields else {})
    m.update(_score_snippets(pages, preds) if "body" in fields else {})
    for name, key, same in (
        ("title", "title", lambda p, g: bool(p) and c.norm_title(p) == c.norm_title(g)),
        ("date", "date", c.date_match),
        ("author", "authors", lambda p, g: bool(p) and c.author_set(p) == c.author_set(g)),
    ):
        m.update(_score_field(pages, preds, name, key, same, key in fields))
    m.update(_score_images(pages, preds, "captions" in fields))
    return m


def _score_body(pages: Sequence[c.Page], preds: dict[str, Pred | None]) -> dict[str, Any]:
    """Bag-of-words P/R/F1: micro over all tokens, and the mean of per-page F1 (headline)."""
    totals = [0, 0, 0]
    per_page = []
    for page in pages:
        if not page.gold.body:
            continue
        counts = c.body_counts((preds.get(page.id) or {}).get("body"), page.gold.body)
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        per_page.append(c.prf(*counts)[2])
    if not per_page:
        return {}
    p, r, f = c.prf(*totals)
    return {
        "body_p": p,
        "body_r": r,
        "body_f1": f,
        "body_f1_mean": sum(per_page) / len(per_page),
        "body_n": len(per_page),
    }


def _score_snippets(pages: Sequence[c.Page], preds: dict[str, Pred | None]) -> dict[str, Any]:
    """trafilatura's own evaluation over `with`/`without` snippets, pooled over pages."""
    counts: Counter[str] = Counter()
    for page in pages:
        if page.gold.with_snippets is None:
            continue
        body = (preds.get(page.id) or {}).get("body")
        counts += c.snippet_counts(body, page.gold.with_snippets, page.gold.without_snippets or [])
    if not counts:
        return {}
    tp, fp, fn, tn = (counts[k] for k in ("tp", "fp", "fn", "tn"))
    p, r, f = c.prf(tp, tp + fp, tp + fn)
    return {
        "snip_p": p,
        "snip_r": r,
        "snip_f1": f,
        "snip_acc": (tp + tn) / max(1, tp + fp + fn + tn),
        "snip_n": tp + fp + fn + tn,
    }


def _score_field(
    pages: Sequence[c.Page],
    preds: dict[str, Pred | None],
    name: str,
    key: str,
    same: Callable[[Any, Any], bool],
    supported: bool,
) -> dict[str, Any]:
    """Accuracy over the pages whose gold has this field."""
    gold_pages = [p for p in pages if getattr(p.gold, key)]
    if not gold_pages:
        return {}
    if not supported:
        return {f"{name}_acc": None, f"{name}_n": len(gold_pages)}
    hits = sum(same((preds.get(p.id) or {}).get(key), getattr(p.gold, key)) for p in gold_pages)
    return {f"{name}_acc": hits / len(gold_pages), f"{name}_n": len(gold_pages)}


def _score_images(
    pages: Sequence[c.Page], preds: dict[str, Pred | None], supported: bool
) -> dict[str, Any]:
    """Captions and credits, each as strings matched one-to-one at token F1 >= 0.8."""
    gold_pages = [p for p in pages if p.gold.captions is not None]
    if not gold_pages:
        return {}
    out: dict[str, Any] = {}
    for key, norm in (("captions", c.squash), ("credits", c.norm_credit)):
        name = key[:-1]
        if not supported:
            out.update({f"{name}_p": None, f"{name}_r": None, f"{name}_f1": None})
            continue
        tp = n_pred = n_gold = 0
        for page in gold_pages:
            pred = [norm(s) for s in (preds.get(page.id) or {}).get(key) or []]
            gold = [norm(s) for s in getattr(page.gold, key) or []]
            tp += c.fuzzy_matches(pred, gold)
            n_pred, n_gold = n_pred + len(pred), n_gold + len(gold)
        p, r, f = c.prf(tp, n_pred, n_gold)
        out.update({f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f, f"{name}_n": n_gold})
    return out


def _perf(rounds: list[dict[str, Any]], n: int) -> dict[str, Any]:
    """Speed and memory of a tool's child runs: the least CPU time of its rounds
    (another job's load only ever adds), each round's figure beside it."""
    first = rounds[0]
    base, peak = first["rss_base_mib"], first["rss_peak_mib"]
    seconds = min(r["seconds"] for r in rounds)
    runs = [r.get("run_seconds") or None for r in rounds]
    return {
        "errors": len(first["errors"]),
        "seconds": seconds,
        "pages_per_s": n / seconds if seconds else None,
        "run_s": min((r for r in runs if r), default=None),
        "seconds_rounds": [r["seconds"] for r in rounds],
        "run_s_rounds": runs,
        "loading_pages": first.get("loading_pages", []),
        "rss_peak_mib": peak,
        "rss_extra_mib": peak - base if peak is not None and base is not None else None,
    }


# -- the run ------------------------------------------------------------------------------------
def available(name: str) -> bool:
    """Is the tool's module importable here? (Checked without importing it.)"""
    return importlib.util.find_spec(MODULES[name][0]) is not None


def _versions(names: Sequence[str]) -> dict[str, str]:
    out = {}
    for name in names:
        try:
            out[name] = importlib.metadata.version(MODULES[name][1])
        except importlib.metadata.PackageNotFoundError:
            out[name] = "?"
    return out


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(
    sets: Sequence[str] = SETS,
    tools: Sequence[str] = TOOLS,
    limit: int | None = None,
    data: Path | None = None,
    text_dumps: bool = True,
    repeat: int = 1,
) -> dict[str, Any]:
    """Run the benchmark and return every metric as a dict (see ``main`` for the layout).
    A missing data folder gives ``{"skipped": reason}``; a missing peer tool is noted."""
    data = data or c.DEFAULT_DATA
    if not data.is_dir():
        return {"skipped": f"{c.DATA_LABEL if data == c.DEFAULT_DATA else data} not found"}
    notes = [f"{t} is not installed: skipped" for t in tools if not available(t)]
    for note in notes:
        _log(f"note: {note}")
    tools = [t for t in tools if available(t)]
    result: dict[str, Any] = {
        "meta": {**_meta(tools, limit, text_dumps), "repeat": repeat},
        "notes": notes,
        "sets": {},
        "text": {},
    }
    for name in sets:
        pages = c.load_set(name, data)[:limit]
        result["sets"][name] = _run_set(name, pages, tools, repeat)
        if text_dumps and name in TEXT_SETS and "newsgraph" in tools:
            result["text"][name] = _run_text(name, pages, result["notes"])
    return result


def _run_set(
    name: str, pages: list[c.Page], tools: Sequence[str], repeat: int = 1
) -> dict[str, Any]:
    """All tools on one set's HTML pages, one after another (never two at once). With
    ``repeat`` > 1 the tools take turns, round after round, in reverse order every other
    round, so that neither always meets the same moment of other jobs' load (on a shared
    machine the same child's CPU time varies by up to a third from run to run); each
    speed figure is the least of its rounds."""
    items: list[Item] = [(p.id, p.path, p.url, None) for p in pages]
    runs: dict[str, list[dict[str, Any]]] = {tool: [] for tool in tools}
    for turn in range(max(1, repeat)):
        for tool in tools if turn % 2 == 0 else list(reversed(tools)):
            started = time.perf_counter()
            runs[tool].append(run_tool(tool, "html", items))
            res = runs[tool][-1]
            _log(
                f"[{name}] {tool}: {len(pages)} pages, {time.perf_counter() - started:.1f} s wall, "
                f"{res['seconds']:.2f} s CPU extracting, {res['run_seconds']:.2f} s whole run, "
                f"{len(res['errors'])} errors"
            )
    out = {}
    for tool in tools:
        first = runs[tool][0]  # quality from the first round (the others only time)
        metrics = score(pages, first["preds"], FIELDS[tool])
        metrics.update(_perf(runs[tool], len(pages)))
        metrics["error_examples"] = dict(list(first["errors"].items())[:5])
        out[tool] = metrics
    return out


def render_dump(dumper: str, html: str) -> str:
    """A plain-text dump of a page, as a user would get it from these converters."""
    if dumper == "inscriptis":
        import inscriptis

        return str(inscriptis.get_text(html))
    import html2text

    converter = html2text.HTML2Text()
    converter.ignore_links = True
    converter.body_width = 0
    return str(converter.handle(html))


def _run_text(name: str, pages: list[c.Page], notes: list[str]) -> dict[str, Any]:
    """newsgraph's text path on dumps of the same pages, beside keeping every line."""
    out: dict[str, Any] = {}
    for dumper in DUMPERS:
        if not available(dumper):
            notes.append(f"{dumper} is not installed: text dumps from it skipped")
            _log(f"note: {notes[-1]}")
            continue
        dumps = {}
        for page in pages:
            try:
                dumps[page.id] = render_dump(dumper, c.read_html(page.path))
            except Exception:  # an unrenderable page stays in the set with an empty dump
                dumps[page.id] = ""
        keep_all: dict[str, Pred | None] = {pid: {"body": text} for pid, text in dumps.items()}
        res = run_tool("newsgraph", "text", [(p.id, None, p.url, dumps[p.id]) for p in pages])
        ng = score(pages, res["preds"], FIELDS["newsgraph"] - {"captions", "credits"})
        ng.update(_perf([res], len(pages)))
        out[dumper] = {"keep-all": score(pages, keep_all, FIELDS["keep-all"]), "newsgraph": ng}
        _log(
            f"[{name}] text dumps via {dumper}: newsgraph {res['seconds']:.1f} s, "
            f"{len(res['errors'])} errors"
        )
    return out


def _meta(tools: Sequence[str], limit: int | None, text_dumps: bool) -> dict[str, Any]:
    dumpers = [d for d in DUMPERS if text_dumps and available(d)]
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": os.cpu_count(),
        "cpu": _cpu_model(),
        "python": platform.python_version(),
        "versions": _versions([*tools, *dumpers]),
        "limit": limit,
    }


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "?"


# -- report -------------------------------------------------------------------------------------
SET_TITLES = {
    "fundus": "fundus-de (German news, full gold)",
    "trafilatura": "trafilatura-eval (mixed web pages, snippet gold)",
    "wcxb": "wcxb-dev-articles (English articles, full gold)",
}
# (row label, metric key, count key shown after the label)
ROWS = [
    ("**body F1, mean per page** (headline)", "body_f1_mean", "body_n"),
    ("body precision (micro, tokens)", "body_p", None),
    ("body recall (micro, tokens)", "body_r", None),
    ("body F1 (micro, tokens)", "body_f1", None),
    ("snippets precision (with + without)", "snip_p", "snip_n"),
    ("snippets recall (`with` only)", "snip_r", None),
    ("snippets F1", "snip_f1", None),
    ("snippets accuracy", "snip_acc", None),
    ("title accuracy", "title_acc", "title_n"),
    ("date accuracy", "date_acc", "date_n"),
    ("author accuracy", "author_acc", "author_n"),
    ("caption P", "caption_p", "caption_n"),
    ("caption R", "caption_r", None),
    ("caption F1", "caption_f1", None),
    ("credit P", "credit_p", "credit_n"),
    ("credit R", "credit_r", None),
    ("credit F1", "credit_f1", None),
    ("errors (pages)", "errors", None),
    ("pages / s (one core)", "pages_per_s", None),
    ("whole run, CPU s (start-up included)", "run_s", None),
    ("CPU s extracting, each round", "seconds_rounds", None),
    ("whole run CPU s, each round", "run_s_rounds", None),
    ("peak RSS over bare child, MiB", "rss_extra_mib", None),
]


def set_table(name: str, by_tool: dict[str, dict[str, Any]]) -> str:
    """One set, metrics as rows and tools side by side."""
    tools = list(by_tool)
    any_tool = next(iter(by_tool.values()), {})
    rows = []
    for label, key, count_key in ROWS:
        if not any(key in m for m in by_tool.values()):
            continue
        count = any_tool.get(count_key) if count_key else None
        label = f"{label} (n={count})" if count is not None else label
        rows.append([label, *[_cell(by_tool[t].get(key), key) for t in tools]])
    pages = any_tool.get("pages", 0)
    return f"### {SET_TITLES[name]}, {pages} pages\n\n" + c.markdown_table(["metric", *tools], rows)


def _cell(value: Any, key: str) -> str:
    if key == "errors":
        return str(value)
    if key in ("pages_per_s", "rss_extra_mib", "run_s"):
        return "–" if value is None else f"{value:.1f}"
    if key in ("seconds_rounds", "run_s_rounds"):
        return " / ".join("–" if v is None else f"{v:.2f}" for v in value or [])
    return c.fmt(value)


def text_table(text: dict[str, Any]) -> str:
    """The text-dump part: keep-every-line beside newsgraph's text path."""
    rows = []
    for name, by_dumper in text.items():
        for dumper, runs in by_dumper.items():
            for pipeline, m in runs.items():
                rows.append(
                    [
                        name,
                        dumper,
                        pipeline,
                        m.get("body_f1_mean"),
                        m.get("body_p"),
                        m.get("body_r"),
                        m.get("body_f1"),
                        m.get("title_acc"),
                        _cell(m.get("pages_per_s"), "pages_per_s"),
                    ]
                )
    header = [
        "set",
        "dump",
        "body from",
        "F1 mean/page",
        "P (micro)",
        "R (micro)",
        "F1 (micro)",
        "title acc",
        "pages / s",
    ]
    return '### Text dumps (`format="text"`)\n\n' + c.markdown_table(header, rows)


DEFINITIONS = """\
**Metrics.**

- *Body*: bag of words: lowercase `\\w+` tokens (after NFKC), multiset intersection of the
  extracted and the gold body. *Micro* pools token counts over all pages; *mean per page*
  averages each page's F1 and is the headline number (a failed or empty page scores 0).
  Gold body: fundus = summary + section headlines + paragraphs; wcxb = `main_content`.
  newsgraph's body is `text`, with `teaser` before it when the text lacks it (a standfirst
  outside the body; the lead paragraph stays in `text`); trafilatura's is
  `bare_extraction(...).text` (default settings, comments are separate), newspaper4k's
  `.text`, readability's `summary()` as text.
- *Snippets* (trafilatura's own evaluation): a `with` snippet found in the body is a true
  positive, a missed one a false negative; a `without` snippet found is a false positive, an
  absent one a true negative. Whitespace is collapsed and typographic quotes and dashes are
  folded to ASCII on both sides. Without the `without` snippets only recall is left: that is
  the recall row. Token-level scoring needs a full gold body, which trafilatura-eval lacks;
  wcxb has both and is scored both ways.
- *Title*: exact match after NFKC, casefolding, collapsing whitespace and stripping quotes and
  punctuation at both ends. *Date*: same calendar day; when both sides carry a timezone the
  prediction is first moved into the gold's. *Authors*: equal sets of names after splitting on
  `,` `;` `&` `and` `und`, dropping a leading "By"/"Von" and casefolding. newsgraph's names
  are `authors` + `agencies` (gold bylines include "dpa", "Reuters", which newsgraph keeps
  apart). Each is counted over the pages whose gold has that field (n).
- *Captions, credits* (fundus): per page, predicted and gold strings are paired one-to-one,
  best token F1 first; a pair with token F1 ≥ 0.8 is a match. Gold credit = the image's
  `authors` joined by `/`; a leading "Foto:"/"Bild:"/"©" is dropped on both sides.
- *Speed*: only the extraction call is timed, in CPU seconds (`time.process_time`), after one
  untimed warm-up page (lazy loading of models and word lists), one tool
  at a time, each in its own spawned process: pages per second of one core. A page during
  which the tool imported code (htmldate's dateparser, newsgraph's language model, on the
  first page that needs them) is a one-time cost: it is left out of the per-page time and
  the other pages' mean stands in for it. *Whole run*: the CPU seconds of that process from
  its start to its last page (interpreter, imports, reading the pages, the warm-up page and
  every page): start-up included. The tools take turns for `--repeat` rounds (in reverse
  order every other round); each speed figure is the least of the rounds, and every round's
  is shown. *Memory*: that process's peak RSS (`VmHWM`) minus its RSS before the tool was
  imported (first round).
- *Text dumps*: fundus and wcxb pages rendered by `inscriptis.get_text` and by `html2text`
  (`ignore_links`, `body_width=0`); "keep-all" scores the whole dump as the body.
- "–": the tool does not produce that field."""


CAVEATS = """\
**Gold caveats.**

- fundus-de: file names carry the crawl date, not the publishing date (17 of 86 differ), and
  Taz has two records for the same URL and date, so pages are matched to records by title and
  body overlap. About 10 gold titles exist only as the JSON-LD `headline` (an SEO variant, not
  the page's `<h1>` or `<title>`), which caps title accuracy for every tool. One gold date
  (KlasseGegenKlasse, 2026-06-01) lies after the page's crawl date. `meta.info` lists two pages
  that are not in the folder. Some gold credits repeat themselves
  ("imago/Marius Schwarz/IMAGO/Marius Schwarz"); gold captions are null where fundus found none,
  although the image's `description` may be shown as one.
- trafilatura-eval: 958 pages, many not news; snippets are typed with ASCII quotes while pages
  use typographic ones (hence the folding), a few `with` snippets are link URLs that no text
  extractor outputs, and about 400 `without` snippets do not occur in the page at all (free
  true negatives). Four gold dates are malformed (`2022-01.26`, `2022-11-1`, and
  `2022-29-11`, `2022-25-10` written year-day-month; parsed leniently); an empty author counts
  as no gold. 20 of wcxb's 251 gold dates and 19 of trafilatura-eval's 701 are the date
  newsgraph reports as `updated` (on wcxb, checked: the page's visible "Updated …" date),
  where the page also gives an older publication date, reported as `published`; the table
  counts these as misses.
- wcxb: authors keep credentials ("Dylan Bailey, MS, RD, FAND"), which no extractor separates;
  titles are the bare headline without the site name, which favours tools that strip it."""


DECISIONS = """\
**Decisions and checks.**

- *The site's name as author.* When no source of a page names a person (metadata, byline,
  author links, a "Written by" label, trafilatura's byline search, a wire credit line),
  newsgraph names what the page's own author field names instead: the site itself, a bare
  team word or a login. The issue says an author is a person, never the publisher's company,
  so dropping the site name was measured (whole Articles of all bench pages, scored as
  here): author accuracy fundus-de 0.918 -> 0.871, trafilatura-eval 0.644 -> 0.615, wcxb
  0.845 -> 0.725, against trafilatura's 0.776 / 0.551 / 0.747. wcxb would fall below
  trafilatura (its gold names the site on 28 such pages: "Swoogo", "Help Net Security"),
  so the site stays the author of last resort; it is also the `publisher`. A company with an
  address ("Example Verlag GmbH, Munich") is never an author.
- *Wire credit lines.* "(Reporting by …; Editing by …)" and the German "(Reporter: …;
  redigiert von …)" leave the text; the reporters are the authors only when no source names
  a person. On the bench pages two lines left the text ("Mitarbeit: …" on one
  trafilatura-eval page, "Written by Block Renovation" on wcxb 0366, in no gold body) and no
  author changed.
- *Speed changes* are checked with `python bench/extraction_snapshot.py write|compare`: the
  whole Article of every bench page must be identical before and after."""


def report(result: dict[str, Any], command: str) -> str:
    """The markdown section: machine, command, tables, definitions."""
    meta = result["meta"]
    versions = ", ".join(f"{k} {v}" for k, v in meta["versions"].items())
    parts = [
        f"Run {meta['date']} on {meta['cores']} cores ({meta['cpu']}), Python {meta['python']}; "
        f"{versions}.",
        f"Command: `{command}`" + (f", {meta['limit']} pages per set" if meta["limit"] else ""),
    ]
    parts += [f"Note: {n}." for n in result["notes"]]
    parts += [set_table(name, by_tool) for name, by_tool in result["sets"].items()]
    if result["text"]:
        parts.append(text_table(result["text"]))
    parts += [DEFINITIONS, CAVEATS, DECISIONS]
    return "\n\n".join(parts) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=c.DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="pages per set")
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument("--no-text", action="store_true", help="skip the text-dump part")
    parser.add_argument(
        "--repeat", type=int, default=2, help="rounds of timing per set (tools take turns)"
    )
    parser.add_argument("--out", type=Path, help="write the '## Extraction' section here")
    parser.add_argument("--json", type=Path, help="write all metrics as JSON here")
    args = parser.parse_args(argv)
    sets, tools = _choice(args.sets, SETS, parser), _choice(args.tools, TOOLS, parser)
    result = run(sets, tools, args.limit, args.data, not args.no_text, args.repeat)
    if "skipped" in result:
        print(f"skipped: {result['skipped']}")
        return 0
    command = shlex.join(["python", "bench/extraction.py", *(argv or sys.argv[1:])])
    text = report(result, command)
    print(text)
    if args.out:
        c.replace_section(args.out, "## Extraction", text)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False, default=str))
    return 0


def _choice(value: str, allowed: Sequence[str], parser: argparse.ArgumentParser) -> list[str]:
    chosen = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [v for v in chosen if v not in allowed]
    if unknown:
        parser.error(f"unknown {', '.join(unknown)}; choose from {', '.join(allowed)}")
    return chosen


if __name__ == "__main__":
    sys.exit(main())
