"""What a question narrows to, and which page of the answer: the records every
listing in ``newsgraph.query`` takes (the CLI's options and the web page's
controls fill them), and the SQL conditions they become.

A listing answers with a ``Page``: its rows and the true total of rows that
match, so "50 shown" is never mistaken for "50 found". Rows are ordered by the
chosen column and then by a unique tie-breaker, so paging with ``offset``
visits every row exactly once.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any, get_args

from newsgraph.analyze.entities import keys
from newsgraph.article import StatementKind
from newsgraph.store import Store
from newsgraph.store.words import query_words

KINDS: tuple[str, ...] = get_args(StatementKind)
MAX_LIMIT = 1000  # rows per page; more is asked for by paging
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass(frozen=True)
class Filters:
    """Conditions on statements and articles; ``None`` (or 0.0) means any.

    ``since``/``until`` are inclusive dates: ``2025``, ``2025-03`` or
    ``2025-03-14``. ``outlet`` is the publisher as stored. ``kind`` is a
    statement kind (direct, indirect, mixed, reported). ``person`` is a name in
    any spelling or an identity key. ``role`` keeps people given that role.
    Unscored statements (confidence NULL) pass ``min_confidence``.
    Raises ``ValueError`` with a readable message for a value that cannot be meant.
    """

    since: str | None = None
    until: str | None = None
    language: str | None = None
    outlet: str | None = None
    kind: str | None = None
    min_confidence: float = 0.0
    person: str | None = None
    role: str | None = None

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                day_bounds(value)  # raises for a bad date
        if self.kind is not None and self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ValueError(f"min_confidence must be between 0 and 1, not {self.min_confidence}")

    def to_dict(self) -> dict[str, Any]:
        """The filters that are set (for links, JSON and export headers)."""
        return {k: v for k, v in asdict(self).items() if v not in (None, "", 0.0)}


@dataclass(frozen=True)
class Paging:
    """Which rows of a listing: ``limit`` rows from ``offset``, ordered by
    ``sort`` (a column the listing names; None: its default) and ``descending``
    (None: the column's natural direction)."""

    limit: int = 50
    offset: int = 0
    sort: str | None = None
    descending: bool | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.limit <= MAX_LIMIT:
            raise ValueError(f"limit must be from 1 to {MAX_LIMIT}, not {self.limit}")
        if self.offset < 0:
            raise ValueError(f"offset must be 0 or more, not {self.offset}")


@dataclass
class Page:
    """One page of a listing and the number of rows the whole listing has."""

    rows: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    sort: str
    descending: bool
    filters: dict[str, Any] = field(default_factory=dict)

    @property
    def next_offset(self) -> int | None:
        """Where the next page starts; None on the last page."""
        end = self.offset + self.limit
        return end if end < self.total else None

    @property
    def previous_offset(self) -> int | None:
        """Where the previous page starts; None on the first page."""
        return max(0, self.offset - self.limit) if self.offset > 0 else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total, "offset": self.offset, "limit": self.limit,
            "sort": self.sort, "descending": self.descending, "filters": self.filters,
            "rows": self.rows,
        }  # fmt: skip


ANY = Filters()  # no conditions
FIRST = Paging()  # the first 50 rows in the listing's default order


def day_bounds(text: str) -> tuple[str, str]:
    """The first day of the period ``text`` names and the first day after it,
    as ISO dates: ``2025-03`` → (``2025-03-01``, ``2025-04-01``)."""
    m = _DATE.match(text.strip())
    if not m:
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        first = date(year, month, day)
    except ValueError:
        raise ValueError(f"not a date: {text!r}") from None
    if m[3]:
        after = first + timedelta(days=1)
    elif m[2]:
        after = date(year + month // 12, month % 12 + 1, 1)
    else:
        after = date(year + 1, 1, 1)
    return first.isoformat(), after.isoformat()


@dataclass
class Where:
    """SQL conditions joined by AND, with their ``?`` parameters in order."""

    parts: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def sql(self) -> str:
        return " AND ".join(self.parts) if self.parts else "TRUE"


def marks(values: list[Any]) -> str:
    """``?`` placeholders for an IN list (NULL for an empty one, which matches nothing)."""
    return ", ".join("?" * len(values)) or "NULL"


def statement_where(f: Filters, keys: list[str] | None, where: Where | None = None) -> Where:
    """Conditions on ``statements s JOIN articles a``; ``keys``: the identity
    keys ``f.person`` means (looked up by the caller)."""
    w = where or Where()
    _dates(w, "s.date", f)
    if f.language:
        w.add("s.language = ?", f.language)
    if f.outlet:
        w.add("a.publisher = ?", f.outlet)
    if f.kind:
        w.add("s.kind = ?", f.kind)
    if f.min_confidence > 0:
        w.add("(s.confidence IS NULL OR s.confidence >= ?)", f.min_confidence)
    if keys is not None:
        w.add(f"s.speaker_key IN ({marks(keys)})", *keys)
    return w


def article_where(f: Filters, keys: list[str] | None, where: Where | None = None) -> Where:
    """Conditions on ``articles a``. A statement kind or confidence filter keeps
    no article (they ask for statements); a person keeps articles naming them."""
    w = where or Where()
    if f.kind or f.min_confidence > 0:
        w.add("FALSE")
    _dates(w, "a.date", f)
    if f.language:
        w.add("a.language = ?", f.language)
    if f.outlet:
        w.add("a.publisher = ?", f.outlet)
    if keys is not None:
        named = f"SELECT article FROM mentions WHERE entity_key IN ({marks(keys)})"
        w.add(f"a.hash IN ({named})", *keys)
    return w


def _dates(w: Where, column: str, f: Filters) -> None:
    if f.since:
        w.add(f"{column} >= ?", day_bounds(f.since)[0])
    if f.until:
        w.add(f"{column} < ?", day_bounds(f.until)[1])


def order_by(
    columns: dict[str, tuple[str, bool]], paging: Paging, default: str, tie: str
) -> tuple[str, str, bool]:
    """``ORDER BY`` for ``paging``: ``columns`` maps a sortable name to its SQL
    and natural direction (True: descending); ``tie`` makes the order total.
    Returns the clause, the column used and its direction."""
    name = paging.sort or default
    if name not in columns:
        raise ValueError(f"cannot sort by {name!r}; choose from {', '.join(columns)}")
    sql, natural = columns[name]
    descending = natural if paging.descending is None else paging.descending
    direction = "DESC" if descending else "ASC"
    return f"ORDER BY {sql} {direction} NULLS LAST, {tie}", name, descending


def person_keys(store: Store, name: str) -> list[str]:
    """Identity keys a name means: its own key ("per:selenski:vl"), every key
    that refines a bare surname ("Selenskyj" → "per:selenski:*"), and keys with
    a stored name form containing every word of the name as a whole word."""
    name = " ".join(name.split())
    if not name:
        return []
    key = keys.key("PER", name)
    found = {
        r["key"]
        for r in store.rows(
            "SELECT key FROM entities WHERE key = ? OR key = ? OR key LIKE ? ESCAPE '\\'",
            (name, key, key.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%") + ":%"),
        )
    }
    named = query_words(name)
    if named:
        found.update(
            r["key"]
            for r in store.rows(
                f"SELECT key FROM name_words WHERE word IN ({marks(named)}) "
                "GROUP BY key HAVING count(DISTINCT word) = ?",
                (*named, len(named)),
            )
        )
    return sorted(found)


def keys_of(store: Store, filters: Filters) -> list[str] | None:
    """The identity keys ``filters.person`` means; None when no person is asked for."""
    return None if filters.person is None else person_keys(store, filters.person)
