"""The listing pages: filters, true totals (equal to a ``count(*)`` of the same
filter), paging that visits every row once, sortable columns, export of the
whole view, and readable messages for empty results and bad controls."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsgraph.store import Store
from tests.web.conftest import MANY

ROWS = re.compile(r'data-row="([^"]*)"')
TOTAL = re.compile(r'data-total="(\d+)"')
NEXT = re.compile(r'<a rel="next" class="next" href="([^"]+)"')
COUNT = "SELECT count(*) AS n FROM statements s JOIN articles a ON a.hash = s.article WHERE "

# (web filters, the same condition in SQL, its parameters)
FILTERS: list[tuple[dict[str, str], str, tuple[Any, ...]]] = [
    ({}, "TRUE", ()),
    ({"outlet": "Stadtbote"}, "a.publisher = ?", ("Stadtbote",)),
    ({"language": "en"}, "s.language = ?", ("en",)),
    ({"kind": "direct"}, "s.kind = ?", ("direct",)),
    ({"min_confidence": "0.3"}, "(s.confidence IS NULL OR s.confidence >= ?)", (0.3,)),
    ({"since": "2025-01-10", "until": "2025-01-20"}, "s.date >= ? AND s.date < ?",
     ("2025-01-10", "2025-01-21")),
    ({"since": "2025-04"}, "s.date >= ?", ("2025-04-01",)),
    ({"person": "Anna Berg"}, "s.speaker_key = ?", ("per:berg:an",)),
    ({"person": "Zelensky", "kind": "direct"}, "s.speaker_key = ? AND s.kind = ?",
     ("per:selenski:vl", "direct")),
]  # fmt: skip


def _total(html: str) -> int:
    found = TOTAL.search(html)
    assert found, "no total on the page"
    return int(found[1])


def _html(url: str) -> str:
    return url.replace("&amp;", "&")


@pytest.mark.parametrize(("params", "sql", "args"), FILTERS)
def test_the_total_is_a_count_of_the_same_filter(
    client: TestClient, store: Store, params: dict[str, str], sql: str, args: tuple[Any, ...]
) -> None:
    expected = int(store.rows(COUNT + sql, args)[0]["n"])
    page = client.get("/", params={**params, "limit": "10"})
    assert page.status_code == 200
    assert _total(page.text) == expected
    assert len(ROWS.findall(page.text)) == min(10, expected)
    exported = client.get("/", params={**params, "format": "json"}).json()
    assert exported["total"] == expected == len(exported["rows"])


def test_the_page_says_the_true_total_not_the_page_size(client: TestClient) -> None:
    page = client.get("/", params={"person": "Anna Berg", "limit": "10"})
    assert f'<strong class="count" data-total="{MANY}">{MANY}</strong> statements' in page.text
    assert 'showing <span class="shown">1–10</span>' in page.text


@pytest.mark.parametrize("sort", ["date", "confidence", "speaker", "outlet", "article"])
def test_next_links_visit_every_row_exactly_once(client: TestClient, sort: str) -> None:
    url: str | None = f"/?person=Anna+Berg&limit=7&sort={sort}"
    seen: list[str] = []
    pages = 0
    while url:
        page = client.get(url)
        assert page.status_code == 200
        seen += ROWS.findall(page.text)
        found = NEXT.search(page.text)
        url = _html(found[1]) if found else None
        pages += 1
    assert len(seen) == len(set(seen)) == MANY and pages == -(-MANY // 7)


def test_previous_goes_back_and_past_the_end_says_so(client: TestClient) -> None:
    second = client.get("/", params={"person": "Anna Berg", "limit": "25", "offset": "25"})
    assert 'rel="prev" class="previous" href="/?person=Anna+Berg&amp;limit=25"' in second.text
    assert "page 2 of 3" in second.text
    past = client.get("/", params={"person": "Anna Berg", "offset": "1000"})
    assert "past the last one" in past.text and _total(past.text) == MANY


def test_a_column_header_sorts_and_sorts_back(client: TestClient) -> None:
    page = client.get("/", params={"person": "Anna Berg", "sort": "confidence"})
    scores = [float(x) for x in re.findall(r"<td>(0\.\d\d)</td>", page.text)]
    assert len(scores) == 50 and scores == sorted(scores, reverse=True)  # natural: highest first
    header = re.search(r'data-sort="confidence" href="([^"]+)">confidence ▼', page.text)
    assert header and "desc=0" in header[1]
    back = client.get(_html(header[1]))
    scores = [float(x) for x in re.findall(r"<td>(0\.\d\d)</td>", back.text)]
    assert scores == sorted(scores) and scores[0] == 0.01


def test_export_links_carry_the_view_and_give_every_row(client: TestClient) -> None:
    page = client.get("/", params={"outlet": "Stadtbote", "limit": "10", "offset": "10"})
    link = re.search(r'<a class="csv" href="([^"]+)"', page.text)
    assert link and "outlet=Stadtbote" in link[1] and "offset" not in link[1]
    got = client.get(_html(link[1]))
    assert got.headers["content-type"].startswith("text/csv")
    assert 'filename="search-statements.csv"' in got.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(got.text)))
    assert len(rows) == MANY // 2 == _total(page.text)
    assert {r["outlet"] for r in rows} == {"Stadtbote"} and all(r["text"] for r in rows)


def test_word_search_with_filters_counts_and_exports_the_same(client: TestClient) -> None:
    params = {"q": "Brücke", "outlet": "Landeszeitung", "kind": "direct"}
    page = client.get("/", params=params)
    total = _total(page.text)
    assert total == MANY // 2
    exported = json.loads(client.get("/", params={**params, "format": "json"}).text)
    assert exported["total"] == total == len(exported["rows"])
    assert {r["outlet"] for r in exported["rows"]} == {"Landeszeitung"}
    assert client.get("/", params={"q": "rück"}).text.count("data-row=") == 0  # whole words


def test_facet_counts_match_the_store_and_keep_other_values(
    client: TestClient, store: Store
) -> None:
    page = client.get("/", params={"language": "de"})
    for language in ("de", "en"):
        n = store.rows(COUNT + "s.language = ?", (language,))[0]["n"]
        assert f'<option value="{language}"' in page.text and f"{language} ({n})" in page.text
    assert re.search(r'<option value="de" selected>de \(\d+\)</option>', page.text)


def test_people_index_sorts_filters_and_pages(client: TestClient, store: Store) -> None:
    first = client.get("/people")
    rows = ROWS.findall(first.text)
    assert rows[0] == "per:berg:an" and 'class="statements">60<' in first.text
    people = int(
        store.rows(
            "SELECT count(DISTINCT s.speaker_key) AS n FROM statements s JOIN entities e "
            "ON e.key = s.speaker_key WHERE e.type = 'PER' AND e.key NOT LIKE 'anon:%'"
        )[0]["n"]
    )
    assert _total(first.text) == people
    by_name = ROWS.findall(client.get("/people", params={"q": "Rubio"}).text)
    assert by_name == ["per:rubio:mr"]
    by_role = client.get("/people", params={"role": "Bürgermeisterin"})
    assert ROWS.findall(by_role.text) == ["per:berg:an"]
    in_outlet = client.get("/people", params={"outlet": "The Meridian"})
    assert "per:berg:an" not in ROWS.findall(in_outlet.text) and _total(in_outlet.text) > 0
    seen, url = [], "/people?limit=4&sort=name"
    while url:
        page = client.get(url)
        seen += ROWS.findall(page.text)
        found = NEXT.search(page.text)
        url = _html(found[1]) if found else ""
    assert len(seen) == len(set(seen)) == people


def test_timeline_says_what_to_do_and_when_nothing_is_found(client: TestClient) -> None:
    empty = client.get("/timeline")
    assert "Type a person, place or words" in empty.text and "<svg" not in empty.text
    nothing = client.get("/timeline", params={"q": "Zzyzxwort"})
    assert "Nothing found for “Zzyzxwort”" in nothing.text and "<svg" not in nothing.text


def test_timeline_chart_counts_the_statements(client: TestClient) -> None:
    params = {"q": "Brücke", "kind": "direct"}
    page = client.get("/timeline", params=params)
    counts = [int(n) for n in re.findall(r'data-count="(\d+)"', page.text)]
    listed = client.get("/timeline", params={**params, "format": "json"}).json()["rows"]
    dated = [r for r in listed if r["statement_kind"] and r["date"]]
    assert sum(counts) == len(dated) > MANY // 2
    assert len(counts) == 5  # 1–28 January 2025: ISO weeks 1 to 5
    assert f"Statements per week ({len(dated)})" in page.text


@pytest.mark.parametrize(
    ("params", "says"),
    [
        ({"since": "2025-13"}, "not a date"),
        ({"kind": "rumour"}, "kind must be one of"),
        ({"limit": "5000"}, "limit must be from 1 to"),
        ({"limit": "many"}, "limit must be a number"),
        ({"desc": "2"}, "desc must be 0 or 1"),
        ({"format": "xml"}, "format must be one of"),
        ({"sort": "bogus"}, "cannot sort by"),
        ({"min_confidence": "1.5"}, "min_confidence must be between 0 and 1"),
        ({"q": "x" * 500}, "q is longer than"),
    ],
)
def test_a_bad_control_is_a_readable_page(
    client: TestClient, params: dict[str, str], says: str
) -> None:
    for path in ("/", "/people", "/timeline"):
        page = client.get(path, params=params)
        assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
        assert says in page.text.replace("&#39;", "'") and "<nav" in page.text


def test_the_statements_chart_adds_up_to_the_total(client: TestClient, store: Store) -> None:
    page = client.get("/", params={"outlet": "Stadtbote", "limit": "10"})
    counts = [int(n) for n in re.findall(r'data-count="(\d+)"', page.text)]
    undated = int(store.rows(COUNT + "a.publisher = ? AND s.date IS NULL", ("Stadtbote",))[0]["n"])
    assert sum(counts) + undated == _total(page.text) == MANY // 2
    assert '<details class="over-time" open>' in page.text
