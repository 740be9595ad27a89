"""Per-language rule data: one folder per language (``de``, ``en``) plus
``common`` for what is shared (agency names). A new language is a new folder
with the same TOML files; code never names a language's phrases.
"""

from __future__ import annotations

import gzip
import tomllib
from functools import cache
from importlib import resources
from typing import Any

SUPPORTED = ("de", "en")


@cache
def load(language: str, name: str) -> dict[str, Any]:
    """The TOML file ``lang/<language>/<name>.toml``; empty when it does not exist."""
    path = resources.files("newsgraph.lang").joinpath(language, f"{name}.toml")
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def merged(name: str, key: str, languages: tuple[str, ...] = SUPPORTED) -> list[str]:
    """The list ``key`` of ``name.toml`` across languages, in order, deduplicated.
    Used where the language is not known yet (text-dump boilerplate, credits)."""
    out: list[str] = []
    for language in languages:
        for item in load(language, name).get(key, []):
            if item not in out:
                out.append(item)
    return out


@cache
def nouns(language: str) -> frozenset[str]:
    """``lang/<language>/nouns.txt.gz``: common nouns in all their forms (empty where a
    language has none). Read by the German NER features and the statements stage's role
    nouns."""
    path = resources.files("newsgraph.lang").joinpath(language, "nouns.txt.gz")
    if not path.is_file():
        return frozenset()
    with gzip.open(str(path), "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if not line.startswith("#"))
