"""Canonical article URLs: unwrap proxies and redirectors, then normalise.

Copies of pages often come through a proxy that embeds the real URL in its
path (``https://proxy.example:443/https/p.dw.com/p/4rfZT``), an archive
(``https://web.archive.org/web/2024…/https://…``) or a redirector with the
target in a query parameter (``…/url?q=https://…``). courlan normalises the
result (scheme, host case, default ports, tracking parameters).
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import parse_qs, unquote, urlsplit

from courlan import normalize_url

# A scheme embedded in a path: "/https/host/…", "/https://host/…", "/http:/host/…".
_EMBEDDED = re.compile(
    r"/(https?)(?::/{1,2}|/)(?=[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:/|$))", re.I
)
# Query parameters that redirectors use for their target.
_TARGET_PARAMS = ("url", "u", "q", "target", "dest", "destination", "redirect", "to", "link")
URL_IN_TEXT = re.compile(r"https?://[^\s<>\"'\]\)]+", re.I)
# A whole calendar day in a path: "/2019/01/01/", "/2017/7/12/slug", "/2023-11-08-slug".
_PATH_DAY = re.compile(
    r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)


def unwrap(url: str) -> str:
    """The innermost real URL inside ``url`` (proxies, archives, redirectors)."""
    for _ in range(5):  # nested wrappers are rare; bound the loop anyway
        inner = _unwrap_once(url)
        if inner is None or inner == url:
            return url
        url = inner
    return url


def _unwrap_once(url: str) -> str | None:
    parts = urlsplit(url)
    m = _EMBEDDED.search(parts.path)
    if m:
        rest = parts.path[m.end() :]
        query = f"?{parts.query}" if parts.query else ""
        return f"{m.group(1).lower()}://{rest}{query}"
    if parts.query:
        params = parse_qs(parts.query)
        for name in _TARGET_PARAMS:
            for value in params.get(name, []):
                value = unquote(value)
                if value.lower().startswith(("http://", "https://")):
                    return value
    return None


def canonical(url: str | None) -> str | None:
    """Unwrap and normalise ``url``; None for anything that is not http(s)."""
    if not url:
        return None
    url = unwrap(url.strip())
    if not url.lower().startswith(("http://", "https://")):
        return None
    try:
        return str(normalize_url(url, strict=True))
    except (ValueError, TypeError):
        return url


def url_day(url: str | None) -> str | None:
    """The day a URL's path names ("…/2019/01/01/slug" gives "2019-01-01"): CMSs
    write the local publication day there, whatever timezone the markup uses."""
    if not url:
        return None
    match = _PATH_DAY.search(urlsplit(unwrap(url)).path)
    if not match:
        return None
    try:
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None
