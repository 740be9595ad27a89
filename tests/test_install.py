"""The package as a newcomer gets it: a fresh venv with the pip it brings (23.2 on
Python 3.11, older than the one ``make`` upgrades to), ``pip install -e .``, and
every module of newsgraph imports, ``newsgraph --help`` starts. Catches a
dependency that is imported but not declared (one that newer pip happens to
pull in, like lxml's html_clean extra). About a minute, most of it pip."""

from __future__ import annotations

import subprocess
import venv
from pathlib import Path

import pytest

from tests.conftest import ROOT

# Modules that need an optional extra (training: [model]; Spark: [spark]).
OPTIONAL = ("newsgraph.models.train_", "newsgraph.run.spark")

IMPORT_ALL = f"""
import importlib, pkgutil, newsgraph
for m in pkgutil.walk_packages(newsgraph.__path__, "newsgraph."):
    if not m.name.startswith({OPTIONAL!r}):
        importlib.import_module(m.name)
"""


def test_a_fresh_venv_with_its_own_pip_installs_a_package_that_starts(tmp_path: Path) -> None:
    env = tmp_path / "venv"
    try:
        venv.EnvBuilder(with_pip=True).create(env)
    except (OSError, subprocess.CalledProcessError) as e:
        pytest.skip(f"cannot make a venv with pip here: {e}")
    python = env / "bin" / "python"
    pip = subprocess.run(
        [str(python), "-m", "pip", "--version"], capture_output=True, text=True, check=True
    )
    assert pip.stdout.startswith("pip ")
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "-e", str(ROOT)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    imported = subprocess.run(
        [str(python), "-c", IMPORT_ALL], capture_output=True, text=True, timeout=300, check=False
    )
    assert imported.returncode == 0, f"{pip.stdout.strip()}: {imported.stderr[-2000:]}"
    helped = subprocess.run(
        [str(env / "bin" / "newsgraph"), "--help"], capture_output=True, text=True, timeout=120
    )
    assert helped.returncode == 0, helped.stderr[-2000:]
    assert "ingest" in helped.stdout
