"""The README's example output is real: regenerating it changes nothing.
After a change in behaviour, run ``python scripts/readme.py`` and review the diff."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_readme_examples_are_current() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "readme.py"), "--check"],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
