from __future__ import annotations

import pytest

from newsgraph.extract.urls import canonical, unwrap, url_day


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://proxy.example:443/https/p.dw.com/p/4rfZT", "https://p.dw.com/p/4rfZT"),
        (
            "https://proxy.example/https://www.example.org/a/b.html",
            "https://www.example.org/a/b.html",
        ),
        (
            "https://web.archive.org/web/20240101000000/https://www.example.org/x",
            "https://www.example.org/x",
        ),
        (
            "https://www.google.com/url?q=https%3A%2F%2Fnews.example%2Fa&sa=D",
            "https://news.example/a",
        ),
        ("https://l.facebook.com/l.php?u=https%3A%2F%2Fnews.example%2Fb", "https://news.example/b"),
    ],
)
def test_unwrap(url: str, expected: str) -> None:
    assert unwrap(url) == expected


def test_a_path_that_merely_mentions_https_is_not_unwrapped() -> None:
    assert unwrap("https://example.com/https-guide/") == "https://example.com/https-guide/"


def test_canonical_normalises() -> None:
    assert (
        canonical("https://www.Example.org:443/a.html?utm_source=x")
        == "https://www.example.org/a.html"
    )
    assert canonical("mailto:someone@example.org") is None
    assert canonical(None) is None


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://blog.example.com/2019/01/01/ins-neue-jahr/", "2019-01-01"),
        ("https://www.example.de/home/2017/7/12/unter-uns", "2017-07-12"),
        ("https://www.example.com/2023-11-08-mayor-elected", "2023-11-08"),
        ("https://web.archive.org/web/2024/https://example.com/2020/02/30/x", None),
        ("https://www.example.com/artikel/1136087.mietenstreik", None),
        ("https://www.example.com/2019/res158-folge/", None),
        (None, None),
    ],
)
def test_url_day(url: str | None, day: str | None) -> None:
    assert url_day(url) == day
