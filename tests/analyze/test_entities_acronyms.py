"""Short forms an article defines (``analyze/entities/acronyms.py``)."""

from __future__ import annotations

from newsgraph.analyze.entities import acronyms, find


def test_initials_must_fit_the_long_form_in_order() -> None:
    assert acronyms.initials_fit("UCU", ["University", "College", "Union"])
    assert acronyms.initials_fit("EZB", ["Europäische", "Zentralbank"])
    assert acronyms.initials_fit("BfV", ["Bundesamt", "Verfassungsschutz"])
    assert not acronyms.initials_fit("GDL", ["Deutscher", "Gewerkschaftsbund"])
    assert not acronyms.initials_fit("NHS", ["Royal", "College", "Nursing"])
    assert acronyms.is_acronym("BaFin") and not acronyms.is_acronym("Berlin")


def test_a_defined_short_form_is_one_entity_with_its_long_form() -> None:
    text = (
        "Members of the University and College Union (UCU) voted to strike. "
        "The UCU said the walkout would last a week, and the NHS said nothing."
    )
    orgs = {e.name: e for e in find(text, "en") if e.type == "ORG"}
    union = orgs["University and College Union"]
    assert [m.text for m in union.mentions] == ["University and College Union", "UCU", "UCU"]
    assert "NHS" in orgs  # not defined here: an entity of its own


def test_a_short_form_before_its_long_form_in_brackets() -> None:
    text = "Die EZB (Europäische Zentralbank) senkt die Zinsen. Die Bundesbank begrüßt das."
    entity = next(e for e in find(text, "de") if "EZB" in [m.text for m in e.mentions])
    assert "Europäische Zentralbank" in [m.text for m in entity.mentions]


def test_a_long_form_the_tagger_missed_is_taken_from_its_short_form() -> None:
    from newsgraph.analyze.entities.found import Found
    from newsgraph.analyze.entities.tokens import tokenize

    text = "Das Bundesamt für Migration und Flüchtlinge (BAMF) prüft. Die Deutsche Bahn (DB) fährt."
    tokens = tokenize(text)
    cut_short = [Found(1, 3, "ORG"), Found(7, 7, "ORG")]  # "Bundesamt für Migration", "BAMF"
    out = acronyms.long_forms(tokens, cut_short)
    names = {" ".join(t.text for t in tokens[f.first : f.last + 1]) for f in out}
    assert "Bundesamt für Migration und Flüchtlinge" in names
    assert "Bundesamt für Migration" not in names
    assert "Deutsche Bahn" in names  # not "Die Deutsche Bahn": an article opens no name
