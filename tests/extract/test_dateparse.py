"""htmldate's fallback parser in newsgraph's languages (extract/dateparse.py)."""

from __future__ import annotations

from datetime import datetime

from htmldate import extractors

from newsgraph.extract.dateparse import install
from newsgraph.lang import SUPPORTED


def test_the_fallback_parser_reads_the_supported_languages_alone() -> None:
    install()
    parser = extractors.get_external_parser()
    assert sorted(parser.languages) == sorted(SUPPORTED)
    assert extractors._external_date("4. Juni 2024") == datetime(2024, 6, 4)
    assert extractors._external_date("June 4, 2024") == datetime(2024, 6, 4)
