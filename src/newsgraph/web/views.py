"""The listing pages: search (or every statement, when no words are given),
the people index and the timeline. Each has the same controls — filters,
true totals, paging, page size, sortable columns — and exports the whole
view as CSV or JSON."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from newsgraph import hits, query
from newsgraph.facets import facets, roles
from newsgraph.filters import Page, Paging
from newsgraph.web import chart
from newsgraph.web.controls import PAGE_SIZES, BadControl, View, read
from newsgraph.web.download import download, pages
from newsgraph.web.site import Site

CHART_PAGES = 20  # pages of MAX_LIMIT events at most read for the timeline's chart
Fetch = Callable[[Paging], Page]


def _view(request: Request) -> View:
    try:
        return read(request.query_params)
    except BadControl as e:
        raise HTTPException(400, str(e)) from None


def _first(fetch: Fetch, view: View) -> Page:
    """The page asked for; a sort column the listing does not have is a 400."""
    try:
        return fetch(view.paging)
    except ValueError as e:
        raise HTTPException(400, str(e)) from None


def router(site: Site) -> APIRouter:
    """The routes ``/``, ``/people`` and ``/timeline``."""
    r = APIRouter()
    store = site.store

    def listing(
        request: Request, view: View, fetch: Fetch, sorts: dict[str, Any], name: str, **extra: Any
    ) -> Response:
        """The page of ``name.html``, or with ``format``, the whole view as a download."""
        page = _first(fetch, view)
        if view.format != "html":
            return download(fetch, view.paging, view.format, name)
        return site.page(
            name.split("-")[0] + ".html",  # search-hits, search-statements: search.html
            path=request.url.path,
            view=view,
            page=page,
            sorts=sorts,
            sizes=PAGE_SIZES,
            **extra,
        )

    @r.get("/")
    def search(request: Request) -> Response:
        view = _view(request)
        if view.q:
            return listing(
                request, view, lambda p: hits.search(store, view.q, view.filters, p),
                hits.SORTS, "search-hits", facets={}, people=[],
            )  # fmt: skip
        return listing(
            request, view, lambda p: query.statements(store, view.filters, p),
            query.STATEMENT_SORTS, "search-statements",
            facets=facets(store, view.filters), people=query.people(store, 10),
        )  # fmt: skip

    @r.get("/people")
    def people(request: Request) -> Response:
        view = _view(request)
        if view.q:  # the page's search field is a name
            view = replace(view, filters=replace(view.filters, person=view.q))
        return listing(
            request, view, lambda p: query.people_index(store, view.filters, p),
            query.PEOPLE_SORTS, "people",
            facets=facets(store, view.filters), roles=roles(store),
        )  # fmt: skip

    @r.get("/timeline")
    def timeline(request: Request) -> Response:
        view = _view(request)
        fetch: Fetch = lambda p: hits.timeline(store, view.q, view.filters, p)  # noqa: E731
        dates: list[str | None] = []
        capped = False
        if view.q and view.format == "html":
            for i, found in enumerate(pages(fetch, Paging(sort="date", descending=False))):
                dates.extend(row["date"] for row in found.rows)
                if i + 1 >= CHART_PAGES and found.next_offset is not None:
                    capped = True
                    break
        series = chart.periods(dates)
        per = "week" if series and "-W" in series[0][0] else "month"
        return listing(
            request, view, fetch, hits.SORTS, "timeline",
            series=series, capped=capped, per=per,
            undated=sum(1 for d in dates if chart.day_of(d) is None),
            chart=chart.bars(series, f"Articles and statements about {view.q} per {per}",
                             unit="articles and statements"),
        )  # fmt: skip

    return r
