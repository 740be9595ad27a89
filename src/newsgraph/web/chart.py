"""Bar charts as inline SVG, drawn on the server: no script, no library, works
offline and passes the page's Content-Security-Policy (``default-src 'none'``).

``periods`` counts dated things per ISO week or month, empty periods included,
so the bars are a true time axis; ``bars`` draws any labelled counts.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from html import escape

from markupsafe import Markup

WIDTH, HEIGHT = 640, 180
TOP, BOTTOM, LEFT, RIGHT = 16, 34, 36, 8
MAX_BAR = 48  # px per period: a few periods stay narrow bars, not blocks
LETTER = 6  # px of a 10px label's character, to keep labels apart
MAX_LABELS = 12  # x-axis labels drawn at most; every bar keeps its tooltip
MAX_PERIODS = 520  # ten years of weeks: a wider span is drawn by month


def day_of(text: str | None) -> dt.date | None:
    """The date an ISO date or timestamp starts with; None if there is none."""
    try:
        return dt.date.fromisoformat((text or "")[:10])
    except ValueError:
        return None


def _week(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _next_month(d: dt.date) -> dt.date:
    return dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)


def period_of(span_days: int) -> str:
    """``week`` for spans up to half a year, else ``month``."""
    return "week" if span_days <= 183 else "month"


def periods(dates: Iterable[str | None], period: str = "auto") -> list[tuple[str, int]]:
    """Counts per period (``week``: ``2025-W15``; ``month``: ``2025-04``) from
    the first dated to the last, empty periods included; undated items are not
    counted (the caller says how many there were)."""
    return filled(Counter(d for d in map(day_of, dates) if d is not None), period)


def filled(counts: Mapping[dt.date, int], period: str = "auto") -> list[tuple[str, int]]:
    """``counts`` per day (or per any day of a period) as labelled counts per
    week or month (``auto``: by the span), every period between included."""
    days = sorted(counts)
    if not days:
        return []
    span = (days[-1] - days[0]).days
    if period == "auto":
        period = period_of(span)
    if period == "week" and span // 7 > MAX_PERIODS:
        period = "month"
    out = []
    if period == "week":
        weeks = Counter[dt.date]()
        for d, n in counts.items():
            weeks[_week(d)] += n
        d, step = _week(days[0]), dt.timedelta(days=7)
        while d <= days[-1]:
            iso = d.isocalendar()
            out.append((f"{iso.year}-W{iso.week:02d}", weeks[d]))
            d += step
        return out
    months = Counter[dt.date]()
    for d, n in counts.items():
        months[d.replace(day=1)] += n
    m = days[0].replace(day=1)
    while m <= days[-1]:
        out.append((f"{m.year}-{m.month:02d}", months[m]))
        m = _next_month(m)
    return out


def bars(series: Sequence[tuple[str, int]], title: str, unit: str = "statements") -> Markup:
    """An accessible SVG bar chart of ``(label, count)``: a ``<title>``, one
    ``<rect>`` per label with its count as tooltip, the largest count on the axis."""
    top = max((n for _, n in series), default=0)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = min(plot_w / max(len(series), 1), MAX_BAR)
    widest = max((len(label) for label, _ in series), default=0) * LETTER + 4
    every = max(1, -(-len(series) // MAX_LABELS), math.ceil(widest / step))
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<line class="axis" x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - RIGHT}" '
        f'y2="{TOP + plot_h}" stroke="#888"/>',
        f'<text x="{LEFT - 4}" y="{TOP + 4}" text-anchor="end" font-size="11">{top}</text>',
        f'<text x="{LEFT - 4}" y="{TOP + plot_h}" text-anchor="end" font-size="11">0</text>',
    ]
    for i, (label, n) in enumerate(series):
        h = plot_h * n / top if top else 0
        x = LEFT + i * step
        parts.append(
            f'<rect class="bar" x="{x + step * 0.1:.1f}" y="{TOP + plot_h - h:.1f}" '
            f'width="{step * 0.8:.1f}" height="{h:.1f}" fill="#3a6ea5" data-label="{escape(label)}"'
            f' data-count="{n}"><title>{escape(label)}: {n} {escape(unit)}</title></rect>'
        )
        if i % every == 0:
            parts.append(
                f'<text x="{x + step / 2:.1f}" y="{HEIGHT - BOTTOM + 14}" text-anchor="middle" '
                f'font-size="10">{escape(label)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))
