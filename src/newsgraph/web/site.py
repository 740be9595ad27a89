"""The store and the templates, shared by the route modules."""

from __future__ import annotations

from http import HTTPStatus
from pathlib import Path
from typing import Any

from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from newsgraph.store import Store
from newsgraph.web.format import FILTERS, KINDS

TEMPLATES = Path(__file__).parent / "templates"


class Site:
    """The store and the templates, shared by the route modules."""

    def __init__(self, store: Store) -> None:
        self.store = store
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
