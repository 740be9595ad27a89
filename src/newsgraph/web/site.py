"""The store, the templates and a short-lived cache, shared by the route modules."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from http import HTTPStatus
from pathlib import Path
from typing import Any, TypeVar

from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from newsgraph.store import Store
from newsgraph.web.format import FILTERS, KINDS

TEMPLATES = Path(__file__).parent / "templates"
TTL = 60.0  # seconds a page's side counts (facets, charts) are reused
SIZE = 256  # cached answers kept at most, the least recently used dropped first
T = TypeVar("T")


class Site:
    """The store and the templates, shared by the route modules."""

    def __init__(self, store: Store, ttl: float = TTL, size: int = SIZE) -> None:
        self.store = store
        self.ttl, self.size = ttl, size
        self._cache: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True)
        )
        self.env.filters.update(FILTERS)
        self.env.globals["kinds"] = KINDS

    def render(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(**context)

    def page(self, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(self.render(name, **context), status_code=status_code)

    def error(self, status: int, message: str, **context: Any) -> HTMLResponse:
        reason = HTTPStatus(status).phrase
        return self.page(
            "error.html",
            status_code=status,
            status=status,
            reason=reason,
            message=message,
            **context,
        )

    def cached(self, key: Hashable, make: Callable[[], T]) -> T:
        """``make()``, reused for ``ttl`` seconds under ``key``: the counts beside a
        listing (facets, charts) stay the same while its pages are turned, so they
        are asked once; the listing and its total are always asked afresh."""
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None and now - hit[0] < self.ttl:
                self._cache.move_to_end(key)
                return hit[1]  # type: ignore[no-any-return]
        value = make()
        with self._lock:
            self._cache[key] = (now, value)
            self._cache.move_to_end(key)
            while len(self._cache) > self.size:
                self._cache.popitem(last=False)
        return value
