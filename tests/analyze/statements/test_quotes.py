"""Quotation marks paired into quotes (``statements.quotes``); the sentences are ours."""

from __future__ import annotations

import pytest

from newsgraph.analyze.statements.quotes import find


@pytest.mark.parametrize(
    "text",
    [
        "„Wir sind bereit“, sagte sie.",
        "“We are ready,” she said.",
        "«Wir sind bereit», sagte sie.",
        # an English opening mark closed by the same mark, as some German sites write
        "“Wir sind bereit. Die Lage ist ernst“, erklärte eine Sprecherin.",
    ],
)
def test_one_quote_from_the_first_mark_to_its_partner(text: str) -> None:
    quotes = find(text)
    assert len(quotes) == 1
    assert quotes[0].start == 0 and text[quotes[0].end :].startswith((",", " "))


def test_a_mark_glued_to_a_word_does_not_open_a_quote() -> None:
    text = "Er nannte das „Unsinn“ und ging. Die Partei„ blieb still."
    quotes = find(text)
    assert [text[q.start : q.end] for q in quotes] == ["„Unsinn“"]
