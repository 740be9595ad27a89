"""The FastAPI app: search, article, person and timeline pages, server-rendered.

Read-only (the store is opened read-only), every text autoescaped by Jinja2,
parameters validated by FastAPI, SQL parameterised in ``newsgraph.query``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from newsgraph import query
from newsgraph.store import open_store
from newsgraph.web.highlight import paragraphs

TEMPLATES = Path(__file__).parent / "templates"
HASH = r"^[0-9a-f]{32}$"
KEY = r"^[a-z]{3,4}:[\w:.-]{1,120}$"

Text = Annotated[str, Query(max_length=200)]
Limit = Annotated[int, Query(ge=1, le=500)]
Confidence = Annotated[float, Query(ge=0.0, le=1.0)]


def create_app(db: str) -> FastAPI:
    """The app over the store at ``db``, opened read-only for its lifetime."""
    store = open_store(db, read_only=True)
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True)
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="newsgraph", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan
    )

    def page(name: str, **context: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context))

    @app.get("/", response_class=HTMLResponse)
    def search(q: Text = "", limit: Limit = 50) -> HTMLResponse:
        hits = query.search(store, q, limit) if q.strip() else []
        ranked = [] if q.strip() else query.people(store, 20)
        return page("search.html", q=q, hits=hits, people=ranked)

    @app.get("/article/{h}", response_class=HTMLResponse)
    def article(h: Annotated[str, PathParam(pattern=HASH)]) -> HTMLResponse:
        found = query.article(store, h)
        if found is None:
            raise HTTPException(404, "no such article")
        body = [s for s in found["statements"] if (s.get("part") or "text") == "text"]
        lead = [s for s in found["statements"] if s.get("part") == "teaser"]
        teaser = found["teaser"] or ""
        return page(
            "article.html",
            a=found,
            blocks=paragraphs(found["blocks"], body),
            lead=paragraphs(
                [{"kind": "lead", "text": teaser, "start_at": 0, "end_at": len(teaser)}], lead
            ),
        )

    @app.get("/person/{key}", response_class=HTMLResponse)
    def person(
        key: Annotated[str, PathParam(pattern=KEY)], min_confidence: Confidence = 0.0
    ) -> HTMLResponse:
        found = query.person(store, key, min_confidence)
        if found is None:
            raise HTTPException(404, "no such person")
        return page("person.html", p=found, min_confidence=min_confidence)

    @app.get("/timeline", response_class=HTMLResponse)
    def timeline(q: Text = "", limit: Limit = 200) -> HTMLResponse:
        events = query.timeline(store, q, limit) if q.strip() else []
        return page("timeline.html", q=q, events=events)

    return app
