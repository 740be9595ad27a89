"""The sample corpus in examples/ against the facts in examples/expected.json
(written with the articles): metadata, structure and counts per document."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from newsgraph.article import Article
from newsgraph.pipeline import run
from tests.conftest import ROOT

EXAMPLES = ROOT / "examples"
EXPECTED: dict[str, dict[str, object]] = json.loads(
    (EXAMPLES / "expected.json").read_text(encoding="utf-8")
)
FIELDS = (
    "headline",
    "language",
    "published",
    "updated",
    "authors",
    "agencies",
    "kicker",
    "url",
    "n_headings",
    "n_images",
)


def _key(article: Article) -> str:
    name = Path(article.source.location).name
    return f"{name}#{article.url}" if name.endswith(".warc.gz") else name


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return {_key(a): a for a in run([str(EXAMPLES)])}


def _actual(article: Article, field: str) -> object:
    if field == "n_headings":
        return sum(b.kind == "heading" for b in article.blocks)
    if field == "n_images":
        return sum(1 for i in article.images if i.caption)
    return getattr(article, field)


def _same(field: str, actual: object, expected: object) -> bool:
    if field in ("published", "updated") and isinstance(expected, str) and isinstance(actual, str):
        return _same_moment(datetime.fromisoformat(actual), datetime.fromisoformat(expected))
    return actual == expected


def _same_moment(actual: datetime, expected: datetime) -> bool:
    """Two zoned times are the same instant; otherwise the same (local) day."""
    if actual.tzinfo and expected.tzinfo:
        return actual == expected
    return actual.date() == expected.date()


def test_every_example_is_read_without_problems(articles: dict[str, Article]) -> None:
    assert sorted(articles) == sorted(EXPECTED)
    assert {k: [p.code for p in a.problems] for k, a in articles.items() if a.problems} == {}


@pytest.mark.parametrize("field", FIELDS)
def test_example_field(articles: dict[str, Article], field: str) -> None:
    wrong = {
        key: (_actual(articles[key], field), facts[field])
        for key, facts in EXPECTED.items()
        if field in facts and not _same(field, _actual(articles[key], field), facts[field])
    }
    assert wrong == {}, f"{field}: (got, expected) per document"
