"""The listing pages: search (or every statement, when no words are given),
the people index and the timeline. Each has the same controls — filters,
true totals, paging, page size, sortable columns — and exports the whole
view as CSV or JSON."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from newsgraph import hits, query
from newsgraph.filters import Page, Paging
from newsgraph.store import Store
from newsgraph.web import chart
from newsgraph.web.choices import facets, roles
from newsgraph.web.controls import PAGE_SIZES, BadControl, View, read
from newsgraph.web.download import download
from newsgraph.web.site import Site

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
                hits.SORTS, "search-hits", facets=facets(store, view.filters), people=[],
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
        counts, undated, per = _per_period(store, view) if view.format == "html" else ({}, 0, "")
        series = chart.filled(counts, per) if counts else []
        return listing(
            request, view, lambda p: hits.timeline(store, view.q, view.filters, p),
            hits.SORTS, "timeline", series=series, per=per, undated=undated,
            facets=facets(store, view.filters),
            chart=chart.bars(series, f"Statements about {view.q} per {per}"),
        )  # fmt: skip

    return r


def _per_period(store: Store, view: View) -> tuple[dict[date, int], int, str]:
    """Statements matching the view per week, or per month over more than half
    a year: ``{first day: count}``, the undated count and the period."""
    if not view.q:
        return {}, 0, ""
    counts, undated = _counts(query.per_period(store, view.filters, "week", view.q), "week")
    if counts and chart.period_of((max(counts) - min(counts)).days) == "month":
        rows = query.per_period(store, view.filters, "month", view.q)
        return (*_counts(rows, "month"), "month")
    return counts, undated, "week"


def _counts(rows: list[dict[str, Any]], per: str) -> tuple[dict[date, int], int]:
    """``per_period`` rows as ``{first day: statements}`` and the undated count."""
    counts = {}
    for r in rows:
        d = chart.day_of(r["period"] if per == "week" else f"{r['period']}-01")
        if d is not None:
            counts[d] = r["statements"]
    return counts, sum(r["statements"] for r in rows if r["period"] is None)
