"""The web page through FastAPI's TestClient (the corpus of ``conftest``, on
each backend): every page, escaped article text, validated parameters."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsgraph.article import Article
from newsgraph.pipeline import run
from newsgraph.store import open_store
from newsgraph.store.ingest import ingest
from newsgraph.store.rows import content_hash
from newsgraph.web.app import create_app
from tests.conftest import ROOT
from tests.databases import new_db_factory
from tests.store.helpers import HOSTILE, hostile_article, make_article
from tests.web.conftest import BASE

EVIL = hostile_article()


def test_search_page_lists_hits_and_people(client: TestClient) -> None:
    home = client.get("/")
    assert home.status_code == 200 and 'href="/person/per:selenski:vl"' in home.text
    found = client.get("/", params={"q": "Kraftwerke"})
    assert found.status_code == 200 and "Energieanlagen" in found.text


def test_article_page_highlights_statements_with_speakers_and_images(
    client: TestClient, geneva_articles: list[Article]
) -> None:
    page = client.get(f"/article/{content_hash(geneva_articles[0])}")
    assert page.status_code == 200
    assert page.text.count('<mark class="statement ') >= 5
    assert 'href="/person/per:rubio:mr">Marco Rubio</a>, US-Außenminister' in page.text
    image = geneva_articles[0].images[0]
    assert image.caption and image.caption[:30] in page.text.replace("&#34;", '"')


def test_person_page_joins_two_spellings(client: TestClient) -> None:
    page = client.get("/person/per:selenski:vl")
    assert page.status_code == 200
    assert "Wolodymyr Selenskyj" in page.text and "Volodymyr Zelensky" in page.text
    assert "Every day that we wait" in page.text and "Jeder Tag, an dem wir warten" in page.text
    assert "President" in page.text and 'href="/person/per:rubio:mr"' in page.text


def test_rubio_person_page_has_article_date_and_role(client: TestClient) -> None:
    page = client.get("/person/per:rubio:mr")
    assert "US-Außenminister" in page.text and "2025-04-09" in page.text
    assert "Ukraine und USA wollen Energieanlagen besser schützen" in page.text


def test_timeline_page(client: TestClient) -> None:
    page = client.get("/timeline", params={"q": "Genf"})
    assert page.status_code == 200 and page.text.count('<tr class="') >= 2
    assert '<svg class="chart"' in page.text


@pytest.mark.parametrize(
    "path",
    [
        f"/article/{content_hash(EVIL)}",
        "/person/per:stern:ev",
        "/?q=gef%C3%A4hrlich",
        "/timeline?q=Eva+Stern",
        "/people?q=Eva+Stern",
        "/?person=Eva+Stern",
    ],
)
def test_hostile_article_text_is_escaped(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200
    assert "<script" not in page.text and "<img" not in page.text
    assert HOSTILE not in page.text
    assert "&lt;script&gt;" in page.text
    assert 'href="javascript:' not in page.text and 'src="javascript:' not in page.text


@pytest.mark.parametrize(
    "path",
    [
        "/article/not-a-hash",
        "/article/' OR 1=1 --",
        "/person/<script>",
        "/?limit=0",
        "/?q=" + "x" * 500,
        "/timeline?limit=100000",
    ],
)
def test_bad_parameters_are_refused(client: TestClient, path: str) -> None:
    assert client.get(path).status_code in (400, 404, 422)


def test_unknown_article_and_person_are_404(client: TestClient) -> None:
    assert client.get("/article/" + "0" * 32).status_code == 404
    assert client.get("/person/per:nobody:xx").status_code == 404


def test_read_only(client: TestClient, tmp_path: Path) -> None:
    assert client.post("/", data={"q": "x"}).status_code == 405


def test_person_page_of_the_seeds_marco_rubio(tmp_path: Path) -> None:
    """Issue acceptance: Rubio's page lists both his statements in the seed article,
    with article, date and role."""
    seed = ROOT.parent / "shared" / "seed" / "000_eacb27a51a21eb82.txt"
    if not seed.exists():
        pytest.skip("../shared is not present")
    [article] = run([str(seed)])
    db = str(tmp_path / "seed.duckdb")
    store = open_store(db)
    ingest(store, [article])
    store.close()
    rubio = [s for s in article.statements if s.speaker and s.speaker.name == "Marco Rubio"]
    assert len(rubio) == 2
    with TestClient(create_app(db), base_url=BASE) as c:
        page = c.get("/person/per:rubio:mr")
    assert page.status_code == 200
    text = page.text.replace("&#34;", '"')
    assert "USA nehmen Militärhilfe für die Ukraine wieder auf" in text
    assert "2025-03-12" in text and "US-Außenminister" in text
    assert "der Ball sei nun im Feld der Russen" in text
    assert "Wenn sie nein sagen, werden wir leider wissen" in text


def test_a_failing_store_is_an_html_500_page(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """A table dropped under the running app (PostgreSQL lets another session do it)."""
    for new in new_db_factory("postgres", request, tmp_path):
        db = new()
        store = open_store(db)
        ingest(store, [make_article(1)])
        app = create_app(db)
        with TestClient(app, base_url=BASE, raise_server_exceptions=False) as c:
            assert c.get("/person/per:berg:an").status_code == 200
            store.execute("DROP TABLE statements")
            store.commit()
            page = c.get("/person/per:berg:an")
        store.close()
        assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
        assert "could not be made" in page.text and "Traceback" not in page.text
        assert page.headers["x-frame-options"] == "DENY"
