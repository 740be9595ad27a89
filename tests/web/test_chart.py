"""The SVG bar charts: true time axes (empty periods drawn), counts that add
up, labels escaped, and markup a browser parses as SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from newsgraph.web.chart import MAX_LABELS, bars, day_of, period_of, periods

SVG = "{http://www.w3.org/2000/svg}"


def test_weeks_include_the_empty_ones_between() -> None:
    found = periods(["2025-03-03", "2025-03-04T10:00:00+01:00", "2025-03-20", None, "junk"])
    assert found == [("2025-W10", 2), ("2025-W11", 0), ("2025-W12", 1)]


def test_months_over_a_long_span_and_across_a_year() -> None:
    found = periods(["2024-11-30", "2025-02-01", "2025-02-28"], "month")
    assert found == [("2024-11", 1), ("2024-12", 0), ("2025-01", 0), ("2025-02", 2)]
    assert period_of(10) == "week" and period_of(400) == "month"
    assert periods(["2020-01-01", "2025-01-01"])[0] == ("2020-01", 1)  # auto: months


def test_week_at_the_turn_of_the_year_uses_iso_weeks() -> None:
    assert periods(["2024-12-30", "2025-01-05"], "week") == [("2025-W01", 2)]


def test_nothing_dated_is_no_series() -> None:
    assert periods([None, "", "not a date"]) == []
    assert day_of("2025-04-09T19:42:00+00:00") is not None and day_of("09.04.2025") is None


def test_bars_are_valid_svg_with_one_rect_per_period_and_the_counts() -> None:
    series = [(f"2025-W{i:02d}", i % 3) for i in range(1, 31)]
    svg = ET.fromstring(str(bars(series, "Statements per week")))
    rects = svg.findall(f"{SVG}rect")
    assert len(rects) == 30
    assert [int(r.get("data-count", "-1")) for r in rects] == [n for _, n in series]
    heights = [float(r.get("height", "0")) for r in rects]
    assert heights[1] > heights[0] > heights[2] == 0 and max(heights) == heights[1]
    assert len(svg.findall(f"{SVG}text")) <= MAX_LABELS + 2  # axis labels thinned
    assert svg.find(f"{SVG}title") is not None and svg.get("role") == "img"


def test_labels_and_title_are_escaped() -> None:
    svg = str(bars([("<script>", 1)], 'a "title" <b>'))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    ET.fromstring(svg)  # still well-formed


def test_an_empty_series_still_draws_an_axis() -> None:
    svg = ET.fromstring(str(bars([], "nothing")))
    assert svg.findall(f"{SVG}rect") == [] and svg.find(f"{SVG}line") is not None
