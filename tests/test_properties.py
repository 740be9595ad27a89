"""Property tests: readers and extractors never raise and always give a valid
Article (offsets inside the text, surface text equal to the slice), whatever
the bytes or text."""

from __future__ import annotations

import gzip

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsgraph
from newsgraph.article import Article
from newsgraph.read import read_bytes

FAST = newsgraph.Options(skip=frozenset({"entities", "statements"}))  # their own tests cover them
TAGS = [
    "<p>",
    "</p>",
    "<div class='caption'>",
    "</div>",
    "<h2>",
    "</h2>",
    "<figure>",
    "<figcaption>",
    "</figcaption>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<br>",
    "&amp;",
    "<meta charset='latin-1'>",
    "<title>",
    "</title>",
    "Foto: dpa",
    "(dpa)",
    "\n\n",
]
html_like = st.lists(st.one_of(st.sampled_from(TAGS), st.text(max_size=30)), max_size=40).map(
    "".join
)


def assert_valid(article: Article) -> None:
    for what, start, end, surface in article.spans():
        assert 0 <= start <= end <= len(article.text), what
        assert article.text[start:end] == surface, what
    for entity in article.entities:
        for m in entity.mentions:
            assert article.part(m.part)[m.start : m.end] == m.text
    assert Article.from_json(article.to_json()).to_dict() == article.to_dict()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_read_to_at_least_one_document(data: bytes) -> None:
    docs = list(read_bytes(data, "x")) + list(
        read_bytes(gzip.compress(data)[: len(data) // 2], "y")
    )
    assert len(docs) >= 2


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_text_dumps_never_raise(text: str) -> None:
    assert_valid(newsgraph.process(text=text, format="text", options=FAST))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_like)
def test_html_never_raises(html: str) -> None:
    article = newsgraph.process(text=html, format="html", options=FAST)
    assert not [p for p in article.problems if p.code == "extractor-error"]
    assert_valid(article)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_any_bytes_through_the_whole_api(data: bytes) -> None:
    assert_valid(newsgraph.process(data, options=FAST))
