"""A corpus for the web page's tests, stored once per module on each backend:
the two Geneva sample articles through the real pipeline, one hostile article,
and ``MANY`` small articles written for paging (two outlets, dated through
January 2025, scored from 0.01 up)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from newsgraph.article import Article
from newsgraph.pipeline import Options, run
from newsgraph.store import Store, open_store
from newsgraph.store.ingest import ingest
from newsgraph.web.app import create_app
from tests.conftest import ROOT
from tests.databases import BACKENDS, new_db_factory
from tests.store.helpers import hostile_article, make_article

GENEVA = [
    str(ROOT / "examples" / "de_dump_weltecho_genf.txt"),
    str(ROOT / "examples" / "en_meridian_geneva_energy.html"),
]
MANY = 60
OUTLETS = ("Stadtbote", "Landeszeitung")
BASE = "http://localhost"  # a Host the app answers by default


def many() -> list[Article]:
    """``MANY`` one-statement articles by Anna Berg, alternating outlets."""
    out = []
    for n in range(1, MANY + 1):
        a = make_article(n)
        a.publisher = OUTLETS[n % 2]
        a.statements[0].confidence = n / 100
        out.append(a)
    return out


@pytest.fixture(scope="session")
def geneva_articles() -> list[Article]:
    return list(run(GENEVA, options=Options()))


@pytest.fixture(scope="session", params=BACKENDS)
def db(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    geneva_articles: list[Article],
) -> Iterator[str]:
    """The address of a store holding the corpus, on each backend."""
    for new in new_db_factory(str(request.param), request, tmp_path_factory.mktemp("web")):
        address = new()
        store = open_store(address)
        try:
            ingest(store, [*geneva_articles, hostile_article(), *many()])
        finally:
            store.close()
        yield address


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(db), base_url=BASE) as c:
        yield c


@pytest.fixture(scope="module")
def store(db: str) -> Iterator[Store]:
    """The corpus store, read-only, to count what the pages should say."""
    s = open_store(db, read_only=True)
    yield s
    s.close()
