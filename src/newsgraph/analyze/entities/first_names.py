"""The shipped table of first names and their gender (``models/first_names.tsv.gz``, built
by ``newsgraph.models.first_names``).

Read by the entity stage (a known first name makes a person: ``title_case``) and by the
speakers stage (a first name gives a person's gender: ``speakers.gender``), so it lives
here, below both.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources


@cache
def first_names() -> dict[str, str]:
    """Lower-case first name -> "m" or "f"."""
    raw = resources.files("newsgraph.models").joinpath("first_names.tsv.gz").read_bytes()
    rows = (line.split("\t") for line in gzip.decompress(raw).decode().splitlines())
    return {name: g for name, g in rows}
