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
from newsgraph.filters import Filters, Page, Paging
from newsgraph.store import Store
from newsgraph.web import chart, choices
from newsgraph.web.choices import roles
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
        request: Request,
        view: View,
        fetch: Fetch,
        sorts: dict[str, Any],
        name: str,
        extra: Callable[[], dict[str, Any]],
    ) -> Response:
        """The page of ``name.html`` with what ``extra()`` adds, or with
        ``format``, the whole view as a download (``extra`` is not asked then)."""
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
            **extra(),
        )

    @r.get("/")
    def search(request: Request) -> Response:
        view = _view(request)
        if view.q:
            return listing(
                request, view, lambda p: hits.search(store, view.q, view.filters, p),
                hits.SORTS, "search-hits",
                lambda: {"facets": facets(site, view.filters), "people": [],
                         **_over_time(site, view, f"Statements with {view.q}")},
            )  # fmt: skip
        return listing(
            request, view, lambda p: query.statements(store, view.filters, p),
            query.STATEMENT_SORTS, "search-statements",
            lambda: {"facets": facets(site, view.filters),
                     "people": site.cached("people", lambda: query.people(store, 10)),
                     **_over_time(site, view, "Statements")},
        )  # fmt: skip

    @r.get("/people")
    def people(request: Request) -> Response:
        view = _view(request)
        if view.q:  # the page's search field is a name
            view = replace(view, filters=replace(view.filters, person=view.q))
        return listing(
            request, view, lambda p: query.people_index(store, view.filters, p),
            query.PEOPLE_SORTS, "people",
            lambda: {"facets": facets(site, view.filters),
                     "roles": site.cached("roles", lambda: roles(store))},
        )  # fmt: skip

    @r.get("/timeline")
    def timeline(request: Request) -> Response:
        view = _view(request)
        return listing(
            request, view, lambda p: hits.timeline(store, view.q, view.filters, p),
            hits.SORTS, "timeline",
            lambda: {"facets": facets(site, view.filters),
                     **(_over_time(site, view, f"Statements about {view.q}") if view.q else {})},
        )  # fmt: skip

    return r


def facets(site: Site, filters: Filters) -> dict[str, list[dict[str, Any]]]:
    """The filter controls' values and counts, reused while pages are turned."""
    return site.cached(("facets", filters), lambda: choices.facets(site.store, filters))


def _over_time(site: Site, view: View, title: str) -> dict[str, Any]:
    """The chart of the statements matching the view (and its words) per week,
    or per month over more than half a year, for the template."""
    counts, undated, per = site.cached(
        ("per period", view.filters, view.q), lambda: _per_period(site.store, view)
    )
    series = chart.filled(counts, per)
    return {
        "series": series,
        "per": per,
        "undated": undated,
        "chart": chart.bars(series, f"{title} per {per}"),
    }


def _per_period(store: Store, view: View) -> tuple[dict[date, int], int, str]:
    """``{first day: statements}``, the undated count and the period: per month
    (asked first: a long span, as in a big corpus, then needs one query), or per
    week over half a year or less."""
    per = "month"
    counts, undated = _counts(query.per_period(store, view.filters, per, view.q), per)
    if counts and chart.period_of((max(counts) - min(counts)).days) == "week":
        per = "week"
        counts, undated = _counts(query.per_period(store, view.filters, per, view.q), per)
    return counts, undated, per


def _counts(rows: list[dict[str, Any]], per: str) -> tuple[dict[date, int], int]:
    """``per_period`` rows as ``{first day: statements}`` and the undated count."""
    counts = {}
    for r in rows:
        d = chart.day_of(r["period"] if per == "week" else f"{r['period']}-01")
        if d is not None:
            counts[d] = r["statements"]
    return counts, sum(r["statements"] for r in rows if r["period"] is None)
