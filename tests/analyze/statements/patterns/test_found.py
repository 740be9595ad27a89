"""The helpers all patterns share (``patterns/found.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements.patterns.found import kind_of, trim
from newsgraph.analyze.statements.rules import rules
from tests.analyze.statements.tokens_of import sentences, tokens


def test_content_is_trimmed_of_its_closing_stop() -> None:
    text = "Er sagte, der Ball sei rund."
    a, b = trim(tokens(text)[3:], keep_final=False)
    assert text[a:b] == "der Ball sei rund"


def test_one_quote_is_direct_a_quote_inside_is_mixed() -> None:
    text = "„Wir sind bereit“, sagte er. Er sagte, es gebe „keine Eile“ bei der Sache."
    first, second = sentences(text, rules("de"))
    quote = first.quotes[0]
    assert kind_of(first, (quote.start, quote.end)) == "direct"
    assert kind_of(second, (second.start + 10, second.end)) == "mixed"
    assert kind_of(second, (second.start + 10, second.start + 20)) == "indirect"
