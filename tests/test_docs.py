"""Documentation is a tested artefact: every command-line option and every
problem code must appear in the README."""

from __future__ import annotations

import argparse

import pytest

from newsgraph import problems
from newsgraph.cli import _parser
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _options() -> list[str]:
    found = []
    parser = _parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append(name)
                for opt in sub._actions:
                    found.extend(
                        s for s in opt.option_strings if s.startswith("--") and s != "--help"
                    )
    return found


@pytest.mark.parametrize("option", _options())
def test_every_option_is_documented(option: str) -> None:
    assert f"`{option}" in README or f" {option}" in README, f"{option} is not in README.md"


@pytest.mark.parametrize(
    "code", [v for k, v in vars(problems).items() if k.isupper() and isinstance(v, str)]
)
def test_every_problem_code_is_documented(code: str) -> None:
    assert f"`{code}`" in README
