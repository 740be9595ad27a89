"""Who a sentence without a speech verb is about (``patterns/about.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements.patterns.about import lead_subject
from newsgraph.analyze.statements.patterns.found import Reading
from newsgraph.analyze.statements.rules import rules
from tests.analyze.statements.tokens_of import sentences


def test_the_subject_opening_a_sentence_when_it_names_a_body() -> None:
    de = rules("de")
    text = "Das Robert-Koch-Institut sieht das anders. Die Widerspruchsfrist endet heute."
    body, thing = sentences(text, de)
    found = lead_subject(Reading(text, de), body)
    assert found is not None and (found.name, found.kind) == ("Robert-Koch-Institut", "body")
    assert lead_subject(Reading(text, de), thing) is None  # a thing is no speaker
