"""Who a pronoun means: the memory of who was named (``resolve.py``), with the people the
entity stage found."""

from __future__ import annotations

import newsgraph


def _speakers(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    article = newsgraph.process(text, format="plain", language=language)
    return [(s.speaker.text, s.speaker.name) for s in article.statements if s.speaker]


def test_he_and_she_mean_a_person_the_entity_stage_found_not_a_report() -> None:
    text = (
        "Mayor Ana Ruiz said the new bridge would open on Monday. According to the 2025 "
        "Transport Index, traffic across the river fell by a third last year. "
        "\u201cWe kept our promise to this city,\u201d she said."
    )
    assert _speakers(text)[-1] == ("she", "Ana Ruiz")


def test_he_is_not_the_company_after_a_title() -> None:
    text = (
        "\u201cPrices will fall before the summer,\u201d said Tom Baker, president, Harbor "
        "Freight Supply. \u201cWe expect a good year for the whole region,\u201d he added."
    )
    assert _speakers(text)[-1] == ("he", "Tom Baker")
