"""The site's short-lived cache of side counts: reused within its time, asked
again after it, the least recently used dropped first."""

from __future__ import annotations

from newsgraph.store import Store
from newsgraph.web.site import Site


def test_an_answer_is_reused_then_asked_again(store: Store) -> None:
    asked: list[int] = []

    def make() -> list[int]:
        asked.append(1)
        return [len(asked)]

    site = Site(store, ttl=60)
    assert site.cached("k", make) is site.cached("k", make) and len(asked) == 1
    stale = Site(store, ttl=0)
    assert stale.cached("k", make) != stale.cached("k", make) and len(asked) == 3


def test_the_least_recently_used_is_dropped(store: Store) -> None:
    site = Site(store, ttl=60, size=2)
    site.cached("a", lambda: 1)
    site.cached("b", lambda: 2)
    assert site.cached("a", lambda: -1) == 1  # "a" used last: "b" goes next
    site.cached("c", lambda: 3)
    assert site.cached("c", lambda: -3) == 3 and site.cached("a", lambda: -1) == 1
    assert site.cached("b", lambda: -2) == -2  # was dropped: asked again
