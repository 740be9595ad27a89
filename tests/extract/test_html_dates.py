"""Published dates checked against the page's other witnesses: a markup date
that a template or a republication wrote is outvoted by the page itself."""

from __future__ import annotations

import json

from newsgraph.article import Source
from newsgraph.extract.html import extract
from newsgraph.read.base import RawDocument

_TEXT = (
    "<p>The county opened its new flood barrier on the river on Monday, two years after the "
    "storm that swamped the old town and its harbour.</p>"
    "<p>Engineers said the barrier would hold back a surge one metre higher than the one that "
    "broke the old wall, and that it can be raised within an hour.</p>"
    "<p>Residents who had lost their shops in the flood watched from the bridge as the gates "
    "closed for the first time.</p>"
)


def _published(ld: dict[str, object], header: str, url: str) -> str | None:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    page = (
        f"<html><head><title>Flood barrier</title>{script}</head><body><article>"
        f"<h1>Flood barrier opens</h1>{header}{_TEXT}</article></body></html>"
    )
    return extract(RawDocument(Source("t.html"), "html", page, url)).published


def test_a_template_date_is_not_the_publication_when_the_dateline_says_otherwise() -> None:
    ld = {"@type": "BlogPosting", "datePublished": "Jun 24, 2025"}  # not ISO 8601: a template's
    header = "<p class='date'>August 25, 2023</p>"
    assert _published(ld, header, "https://blog.example.com/flood-barrier") == "2023-08-25"


def test_a_republished_markup_date_gives_way_to_url_and_dateline() -> None:
    ld = {"@type": "NewsArticle", "datePublished": "2026-03-02T09:00:00+01:00"}
    header = "<p class='date'>July 12, 2023</p>"
    url = "https://www.example.com/2023/7/12/flood-barrier"
    assert _published(ld, header, url) == "2023-07-12"


def test_a_markup_date_one_witness_confirms_stands() -> None:
    ld = {"@type": "NewsArticle", "datePublished": "2023-07-12T09:00:00+02:00"}
    header = "<p class='date'>July 12, 2023</p>"
    url = "https://www.example.com/2023/7/2/flood-barrier"
    assert _published(ld, header, url) == "2023-07-12T09:00:00+02:00"


def test_a_day_and_month_read_the_other_way_do_not_outvote_the_markup() -> None:
    ld = {"@type": "NewsArticle", "datePublished": "2024-09-10T16:07:00+00:00"}
    header = "<p class='date'>10/09/2024</p>"  # day first: the same day
    url = "https://www.example.com/news/flood-barrier"
    assert _published(ld, header, url) == "2024-09-10T16:07:00+00:00"
