"""Appositions and relative clauses after a speaker phrase (``phrases/apposition.py``)."""

from __future__ import annotations

from newsgraph.analyze.statements.phrases.apposition import cut_relative
from newsgraph.analyze.statements.rules import rules
from tests.analyze.statements.tokens_of import tokens, words


def test_a_relative_clause_is_cut_an_apposition_is_not() -> None:
    de = rules("de")
    relative = tokens("Rubio, der an den Gesprächen teilnahm, sagte, man sei bereit.")
    assert words(cut_relative(relative, de)) == "Rubio"
    apposition = tokens("Anna Roth, die Sprecherin der Stadt")
    assert cut_relative(apposition, de) == apposition
