"""Serving safely: the headers every response carries, the ``Host`` check and
HEAD answered like GET without a body.

One pure ASGI middleware, outermost, so that even an error page or a refused
``Host`` carries the headers. A foreign ``Host`` is refused before routing:
nothing (a redirect, a link) is ever built from it.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable, Sequence

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# No script at all; styles are inline in the page; images only from the article's
# own (http/https) addresses or data: URLs; no frames, forms only to this site.
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: https: http:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
LOOPBACK = ("127.0.0.1", "localhost", "::1")
ANY = "*"


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` keeps the server on this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_hosts(bound: str, given: Sequence[str] = ()) -> list[str]:
    """The ``Host`` names accepted: those ``given`` (``*``: any), else the bound
    address and the loopback names, plus this machine's names when bound to every
    address (``0.0.0.0``, ``::``)."""
    if given:
        return [normal(h) for h in given]
    names = [normal(bound), *LOOPBACK]
    if bound in ("0.0.0.0", "::", ""):
        names += [socket.gethostname().lower(), socket.getfqdn().lower()]
    return sorted(set(names))


def normal(host: str) -> str:
    """A host name without port or IPv6 brackets, lower-cased: ``[::1]:8000`` → ``::1``."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


def host_header(scope: Scope) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == b"host":
            return str(value.decode("latin-1"))
    return None


class Guard:
    """Adds the security headers to every response, refuses a ``Host`` that is
    not allowed (400, with ``refuse``'s page) and answers HEAD without a body."""

    def __init__(self, app: ASGIApp, hosts: Iterable[str], refuse: Callable[[str], bytes]) -> None:
        self.app, self.hosts, self.refuse = app, set(hosts), refuse

    def allows(self, host: str | None) -> bool:
        return ANY in self.hosts or (host is not None and normal(host) in self.hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"

        async def guarded(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *HEADERS]}
            elif message["type"] == "http.response.body" and head:
                message = {**message, "body": b""}
            await send(message)

        host = host_header(scope)
        if not self.allows(host):
            body = self.refuse(host or "")
            await guarded(
                {
                    "type": "http.response.start",
                    "status": 400,
                    "headers": [
                        (b"content-type", b"text/html; charset=utf-8"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await guarded({"type": "http.response.body", "body": body})
            return
        if head:
            scope = {**scope, "method": "GET"}
        await self.app(scope, receive, guarded)
