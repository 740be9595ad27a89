"""How stored values read on a page."""

from __future__ import annotations

import pytest

from newsgraph.web.format import confidence, day, image_src, link, names, quoted, when


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("2025-04-09", "9 April 2025"),
        ("2025-04-09T19:42:00+01:00", "9 April 2025, 19:42 (+01:00)"),
        ("2025-05-14T11:47", "9 April 2025, 11:47".replace("9 April", "14 May")),
        ("2025-07-08T09:00-04:00", "8 July 2025, 09:00 (-04:00)"),
        ("gestern", "gestern"),
        (None, ""),
    ],
)
def test_dates_read_as_dates(stored: str | None, shown: str) -> None:
    assert when(stored) == shown


def test_day_drops_the_time() -> None:
    assert day("2025-03-12T16:30:00+01:00") == "12 March 2025" and day(None) == ""


@pytest.mark.parametrize(
    ("text", "language", "shown"),
    [
        ("\u201eWir sparen nicht\u201c", "de", "\u201eWir sparen nicht\u201c"),  # own marks kept
        ('"I listened to my legs."', "en", '"I listened to my legs."'),
        ('"the one it hoped for,"', "en", '"the one it hoped for"'),  # comma before the mark
        ("Wir sparen nicht", "de", "\u201eWir sparen nicht\u201c"),
        ("We save", "en", "\u201cWe save\u201d"),
        ("»Dauerstau«", "de", "»Dauerstau«"),
    ],
)
def test_a_quote_gets_quotation_marks_once(text: str, language: str, shown: str) -> None:
    assert quoted(text, language) == shown


@pytest.mark.parametrize(
    ("src", "page", "shown"),
    [
        ("/bilder/a.jpg", "https://example.org/news/1", "https://example.org/bilder/a.jpg"),
        ("https://cdn.example.org/a.jpg", None, "https://cdn.example.org/a.jpg"),
        ("javascript:alert(1)", "https://example.org/", None),
        ("data:image/png;base64,AAAA", "https://example.org/", None),
        ("/bilder/a.jpg", None, None),  # would point at this site
        (None, "https://example.org/", None),
    ],
)
def test_images_only_from_the_web(src: str | None, page: str | None, shown: str | None) -> None:
    assert image_src(src, page) == shown


def test_links_names_and_confidence() -> None:
    assert link("javascript:alert(1)") is None and link("https://x.org/a") == "https://x.org/a"
    assert names('["Jana Köhler", "dpa"]') == ["Jana Köhler", "dpa"]
    assert names("not json") == [] and names(None) == [] and names('{"a": 1}') == []
    assert confidence(0.8765) == "0.88" and confidence(None) == "unscored"
