"""The article and person pages: one stored thing each, shown in full."""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse

from newsgraph import query
from newsgraph.web import chart
from newsgraph.web.format import KINDS, names
from newsgraph.web.highlight import paragraphs
from newsgraph.web.site import Site

HASH = r"^[0-9a-f]{32}$"
KEY = r"^[a-z]{3,4}:[\w:.-]{1,120}$"
Confidence = Annotated[float, Query(ge=0.0, le=1.0)]
Period = Literal["auto", "week", "month"]


def router(site: Site) -> APIRouter:
    """The routes ``/article/{hash}`` and ``/person/{key}``."""
    r = APIRouter()

    @r.get("/article/{h}", response_class=HTMLResponse)
    def article(h: Annotated[str, PathParam(pattern=HASH)]) -> HTMLResponse:
        found = query.article(site.store, h)
        if found is None:
            raise HTTPException(404, "There is no article with this address in the store.")
        body = [s for s in found["statements"] if (s.get("part") or "text") == "text"]
        lead = [s for s in found["statements"] if s.get("part") == "teaser"]
        teaser = found["teaser"] or ""
        counts = Counter(s["kind"] for s in found["statements"])
        return site.page(
            "article.html",
            lang=found["language"],
            a=found,
            authors=names(found["authors"]),
            agencies=names(found["agencies"]),
            counts={k: counts[k] for k in KINDS if counts[k]},
            blocks=paragraphs(found["blocks"], body),
            lead=paragraphs(
                [{"kind": "lead", "text": teaser, "start_at": 0, "end_at": len(teaser)}], lead
            ),
        )

    @r.get("/person/{key}", response_class=HTMLResponse)
    def person(
        key: Annotated[str, PathParam(pattern=KEY)],
        min_confidence: Confidence = 0.0,
        period: Period = "auto",
    ) -> HTMLResponse:
        found = query.person(site.store, key, min_confidence)
        if found is None:
            raise HTTPException(404, "There is no person with this key in the store.")
        statements = found["statements"]
        groups: dict[str, list[dict[str, object]]] = {k: [] for k in KINDS}
        for s in statements:
            groups.setdefault(s["kind"], []).append(s)
        dates = [s["date"] for s in statements]
        series = chart.periods(dates, period)
        shown = "week" if series and "-W" in series[0][0] else "month"
        return site.page(
            "person.html",
            p=found,
            min_confidence=min_confidence,
            groups=groups,
            series=series,
            period=shown,
            period_asked=period,
            undated=sum(1 for d in dates if chart.day_of(d) is None),
            chart=chart.bars(series, f"Statements by {found['name']} per {shown}"),
        )

    return r
