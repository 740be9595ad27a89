"""An Article as the rows of the store's tables, apart from any database.

Keys are content hashes: the same page read twice (from a file and from a WARC)
gives the same ``hash`` and is stored once.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from newsgraph.article import Article
from newsgraph.store import words
from newsgraph.store.speakers import speaker_key

Row = tuple[Any, ...]


def content_hash(article: Article) -> str:
    """Hash of everything but where the page was read from."""
    return hashed(article)[0]


def hashed(article: Article) -> tuple[str, str]:
    """The content hash and the Article's JSON, from one conversion to a dict."""
    d = as_dict(article)
    record = json.dumps(d, ensure_ascii=False)
    d.pop("source", None)
    blob = json.dumps(d, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()[:32], record


def article_date(article: Article) -> str | None:
    return article.published or article.updated


def as_dict(article: Article) -> dict[str, Any]:
    """``article.to_dict()`` without ``dataclasses.asdict``'s deep copies, which
    cost more than all of the store's SQL (tests check both are equal)."""
    d = _plain(article)
    ordered = {"schema": d.pop("schema"), "id": d.pop("id")}
    ordered.update(d)
    return ordered


def _plain(value: Any) -> Any:
    if value is None or type(value) in _LEAVES:
        return value
    names = _FIELDS.get(type(value))
    if names is None and is_dataclass(value):
        names = _FIELDS[type(value)] = tuple(
            f.name for f in fields(value) if f.metadata.get("record", True)
        )
    if names is not None:
        return {n: _plain(getattr(value, n)) for n in names}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


_FIELDS: dict[type, tuple[str, ...]] = {}
_LEAVES = frozenset([str, int, float, bool])


@dataclass
class ArticleRows:
    """The child rows of one article, keyed by its content hash."""

    hash: str
    blocks: list[Row] = field(default_factory=list)
    images: list[Row] = field(default_factory=list)
    entities: list[Row] = field(default_factory=list)
    forms: list[Row] = field(default_factory=list)
    roles: list[Row] = field(default_factory=list)
    mentions: list[Row] = field(default_factory=list)
    statements: list[Row] = field(default_factory=list)
    problems: list[Row] = field(default_factory=list)
    words: list[Row] = field(default_factory=list)
    names: list[Row] = field(default_factory=list)


def article_row(
    article: Article,
    h: str,
    version: int,
    previous: str | None,
    story: str,
    minhash: bytes | None,
    run: str,
    record: str,
) -> Row:
    """The ``articles`` row, in column order of migration 0001."""
    return (
        h, article.id, article.url, version, previous, story,
        article.source.location
        + (f"#{article.source.offset}" if article.source.offset is not None else ""),
        article.format, article.language, article.publisher, article.headline,
        json.dumps(article.kicker, ensure_ascii=False), article.teaser,
        article.published, article.updated, article_date(article),
        json.dumps(article.authors, ensure_ascii=False),
        json.dumps(article.agencies, ensure_ascii=False),
        article.text, minhash, run, record,
    )  # fmt: skip


def child_rows(article: Article, h: str) -> ArticleRows:
    """Everything below the article row: blocks, images, entities with their
    name forms and roles (dated by the article), mentions, statements, problems."""
    date = article_date(article)
    out = ArticleRows(h)
    out.blocks = [(h, i, b.kind, b.text, b.start, b.end) for i, b in enumerate(article.blocks)]
    out.images = [
        (h, i, im.src, im.alt, im.caption, im.credit) for i, im in enumerate(article.images)
    ]
    seen_forms: set[tuple[str, str]] = set()
    seen_roles: set[tuple[str, str]] = set()
    seen_keys: dict[str, Row] = {}
    names: set[Row] = set()
    for e in article.entities:
        previous = seen_keys.get(e.key)
        if previous is None or _longer(e.name, previous[2]):
            seen_keys[e.key] = (e.key, e.type, e.name, date, date)
        for form in {e.name, *(m.text for m in e.mentions if m.kind == "name")}:
            if (e.key, form) not in seen_forms:
                seen_forms.add((e.key, form))
                out.forms.append((e.key, h, form, date))
                names.update(words.name_words(e.key, h, form))
        for role in e.roles:
            if (e.key, role) not in seen_roles:
                seen_roles.add((e.key, role))
                out.roles.append((e.key, h, role, date))
        out.mentions.extend(
            (h, e.key, e.id, i, m.part, m.start, m.end, m.text, m.kind)
            for i, m in enumerate(e.mentions)
        )
    out.entities = sorted(seen_keys.values())
    out.names = sorted(names)
    out.forms.sort()
    out.roles.sort()
    for i, s in enumerate(article.statements):
        sp = s.speaker
        out.statements.append(
            (
                h, i, s.id, s.kind, s.text, s.start, s.end,
                sp.text if sp else None, sp.name if sp else None, sp.role if sp else None,
                speaker_key(article, s), s.cue.text if s.cue else None,
                s.language or article.language, date, s.part, s.confidence,
            )
        )  # fmt: skip
    out.words = words.article_words(h, article.headline, article.teaser, article.text)
    for i, s in enumerate(article.statements):
        out.words.extend(words.statement_words(h, i, s.text))
    out.problems = [(h, i, p.code, p.stage, p.message) for i, p in enumerate(article.problems)]
    return out


def speaker_counts(statements: list[Row]) -> list[Row]:
    """The ``speaker_counts`` rows that ``statements`` rows (of articles new to
    the store) add: per speaker key, statements, articles and the newest date."""
    counts: dict[str, int] = {}
    articles: dict[str, set[str]] = {}
    latest: dict[str, str | None] = {}
    for row in statements:
        article, key, date = row[0], row[10], row[13]
        if key is None:
            continue
        counts[key] = counts.get(key, 0) + 1
        articles.setdefault(key, set()).add(article)
        known = latest.get(key)
        latest[key] = date if known is None or (date is not None and date > known) else known
    return [(k, counts[k], len(articles[k]), latest[k]) for k in sorted(counts)]


def merge_entity(a: Row, b: Row) -> Row:
    """Two ``entities`` rows for one key as one, as the store's upsert does."""
    name = b[2] if _longer(b[2], a[2]) else a[2]
    first = min((d for d in (a[3], b[3]) if d), default=None)
    last = max((d for d in (a[4], b[4]) if d), default=None)
    return (a[0], a[1], name, first, last)


def _longer(a: str, b: str) -> bool:
    """The canonical name: the longest form, ties broken alphabetically, so
    the choice does not depend on ingest order."""
    return (len(a), b) > (len(b), a)
