"""Tokens and sentences of a text we write, for the tests of single statement modules."""

from __future__ import annotations

from newsgraph.analyze.statements import quotes as quote_marks
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.tokens import Token, Unit, tokenize, units


def tokens(text: str) -> list[Token]:
    return tokenize(text, 0, len(text), quote_marks.find(text))


def sentences(text: str, rules: Rules) -> list[Unit]:
    return units(text, [(0, len(text))], quote_marks.find(text), rules)


def words(toks: list[Token]) -> str:
    return " ".join(t.text for t in toks)
