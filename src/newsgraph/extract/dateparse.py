"""htmldate's fallback date parser, asked in the languages newsgraph reads.

Why: htmldate hands the date strings it cannot read itself to dateparser, configured with
all of dateparser's some 200 locales; the first such string compiles every one of them,
about five seconds in each process (``newsgraph extract page.html`` pays it once, a run
once per worker). newsgraph reads the languages of its ``lang/`` folders, so the parser
is built for those alone, with htmldate's own settings. A later htmldate that no longer
has the hook is left as it is.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from newsgraph.lang import SUPPORTED

__all__ = ["install"]

# htmldate's settings for its external parser (htmldate.extractors.get_external_parser).
_SETTINGS = {
    "NORMALIZE": True,
    "PARSERS": ["custom-formats", "absolute-time"],
    "PREFER_DATES_FROM": "past",
    "PREFER_LOCALE_DATE_ORDER": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}


@cache
def _parser() -> Any:
    from dateparser import DateDataParser  # type: ignore[import-untyped]

    return DateDataParser(languages=list(SUPPORTED), settings=dict(_SETTINGS))


@cache
def install() -> None:
    """Point htmldate at the parser for newsgraph's languages (once per process)."""
    from htmldate import extractors

    if hasattr(extractors, "get_external_parser"):
        extractors.get_external_parser = _parser
