"""``newsgraph serve``: the app under uvicorn, with a warning on stderr when
the address is reachable from other machines."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from newsgraph.web.security import ANY, allowed_hosts, is_loopback


def warning(host: str, hosts: Sequence[str]) -> str | None:
    """What to tell the user about binding ``host``; None on loopback."""
    if is_loopback(host):
        return None
    answered = "any Host" if ANY in hosts else "Host " + ", ".join(hosts)
    return (
        f"newsgraph serve: warning: listening on {host}, reachable from other machines; "
        f"the pages are read-only and unauthenticated; answering {answered} "
        "(set with --allowed-host)"
    )


def serve(
    db: str, host: str, port: int, allowed: Sequence[str] = (), err: TextIO = sys.stderr
) -> None:
    """Serve the store at ``db`` on ``host:port`` until stopped."""
    import uvicorn

    from newsgraph.web.app import create_app

    hosts = allowed_hosts(host, allowed)
    if message := warning(host, hosts):
        print(message, file=err, flush=True)
    uvicorn.run(create_app(db, hosts), host=host, port=port)
