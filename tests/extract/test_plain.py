"""``format="plain"``: the text is the user's own, untouched (issue: clean
text in, exact offsets out)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsgraph

GERMAN = (
    "Die Ministerin sagte am Dienstag, die Regierung sei bereit.\n"
    "„Wir handeln jetzt“, betonte sie.\r\n\r\n"
    "  Zweiter Absatz mit Einrückung.  \n\n\n"
    "Dritter Absatz."
)


def assert_offsets_slice(article: newsgraph.Article, text: str) -> None:
    assert article.text == text
    for what, start, end, surface in article.spans():
        assert 0 <= start <= end <= len(text), what
        assert text[start:end] == surface, what


def test_plain_text_is_kept_exactly() -> None:
    article = newsgraph.process(text=GERMAN, format="plain")
    assert_offsets_slice(article, GERMAN)
    assert [b.text for b in article.blocks] == [
        "Die Ministerin sagte am Dienstag, die Regierung sei bereit.\n„Wir handeln jetzt“, "
        "betonte sie.",
        "Zweiter Absatz mit Einrückung.",
        "Dritter Absatz.",
    ]
    assert article.language == "de"
    assert article.problems == []


def test_plain_markup_is_not_interpreted() -> None:
    text = "<p>Kein HTML wird entfernt.</p>\n\nhttps://example.org/ bleibt auch."
    assert newsgraph.process(text=text, format="plain").text == text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_unicode_text_round_trips_with_valid_offsets(text: str) -> None:
    assert_offsets_slice(newsgraph.process(text=text, format="plain"), text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(st.characters(), min_size=0, max_size=40), max_size=8))
def test_paragraph_shaped_text_round_trips(parts: list[str]) -> None:
    text = "\n\n".join(parts)
    assert_offsets_slice(newsgraph.process(text=text, format="plain"), text)


def test_plain_jsonl_records_keep_id_and_order(tmp_path: object) -> None:
    items = [{"id": "b", "text": "Zweiter."}, {"id": "a", "text": "Erster.", "language": "de"}]
    out = list(newsgraph.process_many(items, format="plain"))
    assert [(a.id, a.text) for a in out] == [("b", "Zweiter."), ("a", "Erster.")]
    assert out[1].language == "de"
