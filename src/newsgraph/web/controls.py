"""A listing page's controls read from its URL, and the URLs of the same view
changed (another page, another sort, an export).

Read by hand rather than by FastAPI's signature so that an empty form field
means "any" and a wrong value is a readable message on an HTML page.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlencode

from newsgraph.filters import MAX_LIMIT, Filters, Paging

PAGE_SIZES = (10, 25, 50, 100, 200)
TEXT_MAX = 200  # characters of a text field
FORMATS = ("html", "csv", "json")
_TEXT = ("since", "until", "language", "outlet", "kind", "person", "role")


class BadControl(ValueError):
    """A control's value that cannot be meant; the message says which and why."""


@dataclass(frozen=True)
class View:
    """What a listing page shows: the words, the filters, which page, in what order."""

    q: str
    filters: Filters
    paging: Paging
    format: str = "html"

    def params(self, **changes: Any) -> dict[str, str]:
        """The view's URL parameters, only those set, with ``changes`` applied."""
        f, p = self.filters, self.paging
        values: dict[str, Any] = {
            "q": self.q, **{name: getattr(f, name) for name in _TEXT},
            "min_confidence": f.min_confidence or None,
            "limit": p.limit if p.limit != PAGE_SIZES[2] else None,
            "offset": p.offset or None, "sort": p.sort,
            "desc": None if p.descending is None else int(p.descending),
            "format": None,
        }  # fmt: skip
        values.update(changes)
        return {k: str(v) for k, v in values.items() if v not in (None, "")}

    def url(self, path: str, **changes: Any) -> str:
        query = urlencode(self.params(**changes))
        return path + ("?" + query if query else "")

    def sort_url(self, path: str, column: str, current: str, descending: bool) -> str:
        """Sort by ``column`` from the first page; on the sorted column, the other way."""
        flip = int(not descending) if column == current else None
        return self.url(path, sort=column, desc=flip, offset=None)

    def with_paging(self, **changes: Any) -> View:
        return replace(self, paging=replace(self.paging, **changes))


def read(params: Any, default_limit: int = PAGE_SIZES[2]) -> View:
    """The view a page's query parameters ask for; raises :class:`BadControl`."""

    def text(name: str) -> str | None:
        value = " ".join(str(params.get(name) or "").split())
        if len(value) > TEXT_MAX:
            raise BadControl(f"{name} is longer than {TEXT_MAX} characters")
        return value or None

    def number(name: str, kind: type, default: Any) -> Any:
        value = text(name)
        if value is None:
            return default
        try:
            return kind(value)
        except ValueError:
            raise BadControl(f"{name} must be a number, not {value!r}") from None

    desc = text("desc")
    if desc not in (None, "0", "1"):
        raise BadControl(f"desc must be 0 or 1, not {desc!r}")
    fmt = text("format") or "html"
    if fmt not in FORMATS:
        raise BadControl(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    limit = number("limit", int, default_limit)
    if not 1 <= limit <= MAX_LIMIT:
        raise BadControl(f"limit must be from 1 to {MAX_LIMIT}, not {limit}")
    try:
        filters = Filters(
            **{name: text(name) for name in _TEXT},
            min_confidence=number("min_confidence", float, 0.0),
        )
        paging = Paging(
            limit=limit,
            offset=number("offset", int, 0),
            sort=text("sort"),
            descending=None if desc is None else desc == "1",
        )
    except ValueError as e:
        raise BadControl(str(e)) from None
    return View(text("q") or "", filters, paging, fmt)
