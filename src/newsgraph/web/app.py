"""The FastAPI app: search, people, article, person and timeline pages,
server-rendered; errors as HTML pages in the site's style.

Read-only (the store is opened read-only), every text autoescaped by Jinja2,
parameters validated by FastAPI, SQL parameterised in ``newsgraph.query``.
The whole app is wrapped in :class:`newsgraph.web.security.Guard` (headers,
``Host`` check, HEAD).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from starlette.exceptions import HTTPException
from starlette.routing import Match

from newsgraph.store import open_store
from newsgraph.web import pages, views
from newsgraph.web.security import LOOPBACK, Guard
from newsgraph.web.site import Site


def create_app(db: str, allowed_hosts: Sequence[str] = LOOPBACK) -> Guard:
    """The app over the store at ``db``, opened read-only for its lifetime,
    answering requests whose ``Host`` is one of ``allowed_hosts`` (``*``: any)."""
    site = Site(open_store(db, read_only=True))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        site.store.close()

    app = FastAPI(
        title="newsgraph", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan
    )
    # Starlette's own redirect builds an absolute URL from the Host header;
    # ours (``_without_slash``, on a 404) is relative, so it never points elsewhere.
    app.router.redirect_slashes = False
    app.include_router(views.router(site))
    app.include_router(pages.router(site))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, e: HTTPException) -> Response:
        if e.status_code == 404 and (moved := _without_slash(app, request)):
            return RedirectResponse(moved, status_code=308)
        message = e.detail if isinstance(e.detail, str) else HTTPStatus(e.status_code).description
        response = site.error(e.status_code, message)
        response.headers.update(e.headers or {})
        return response

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, e: RequestValidationError) -> Response:
        problems = [
            {"where": " ".join(str(x) for x in err.get("loc", ())), "message": err.get("msg", "")}
            for err in e.errors()
        ]
        return site.error(422, "Some of the request's parameters are not valid.", problems=problems)

    @app.exception_handler(Exception)
    async def failed(request: Request, e: Exception) -> Response:
        return site.error(500, "The page could not be made; the server log says why.")

    def refuse(host: str) -> bytes:
        message = f"This server does not answer for the host {host!r}."
        return bytes(site.error(400, message).body)

    return Guard(app, allowed_hosts, refuse)


def _without_slash(app: FastAPI, request: Request) -> str | None:
    """The relative URL without the trailing slash, if a route answers it."""
    path = request.url.path
    if path == "/" or not path.endswith("/") or "\\" in path:
        return None
    bare = "/" + path.strip("/")
    scope = {"type": "http", "path": bare, "method": "GET", "root_path": ""}
    if not any(route.matches(scope)[0] == Match.FULL for route in app.router.routes):
        return None
    query = request.url.query
    return bare + ("?" + query if query else "")
