"""The article and person pages, and what every page shares: the article's
language, one colour per statement kind with a legend, formatted dates,
images with caption and credit, quotes in quotation marks once, charts, a
viewport for phones, HTML error pages."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from newsgraph.article import Article
from newsgraph.store.rows import content_hash
from tests.store.helpers import make_article
from tests.web.conftest import OUTLETS

KINDS = ("direct", "mixed", "indirect", "reported")


def test_article_page_shows_outlet_authors_agencies_and_dates(
    client: TestClient, geneva_articles: list[Article]
) -> None:
    de, en = geneva_articles
    page = client.get(f"/article/{content_hash(de)}")
    assert '<html lang="de">' in page.text
    assert f'<dd class="outlet">{de.publisher}</dd>' in page.text
    assert f'<dd class="agencies">{", ".join(de.agencies)}</dd>' in page.text
    assert de.published and de.published[:10] == "2025-04-09"
    assert ">9 April 2025</time>" in page.text
    english = client.get(f"/article/{content_hash(en)}")
    assert '<html lang="en">' in english.text
    assert f'<dd class="authors">{", ".join(en.authors)}</dd>' in english.text


def test_every_kind_has_its_colour_a_legend_and_a_confidence(
    client: TestClient, geneva_articles: list[Article]
) -> None:
    page = client.get(f"/article/{content_hash(geneva_articles[0])}")
    legend = re.search(r'<p class="legend" lang="en">(.*?)</p>', page.text)
    assert legend and all(f'class="{k}"' in legend[1] for k in KINDS)
    marks = re.findall(r'<mark class="statement (\w+)"', page.text)
    assert set(marks) == {s.kind for s in geneva_articles[0].statements}
    assert len(set(marks)) >= 3
    css = page.text[page.text.index("<style>") : page.text.index("</style>")]
    colours = {k: re.search(rf"mark\.{k}[^{{]*\{{ background: (#\w+)", css) for k in KINDS}
    assert all(colours.values()) and len({c[1] for c in colours.values() if c}) == 4
    scored = [s for s in geneva_articles[0].statements if s.confidence is not None]
    assert scored and f"confidence {scored[0].confidence:.2f}" in page.text


def test_images_are_shown_with_caption_and_credit(client: TestClient) -> None:
    a = make_article(7)
    a.publisher = OUTLETS[1]
    a.statements[0].confidence = 0.07
    page = client.get(f"/article/{content_hash(a)}")
    assert page.status_code == 200
    assert '<img src="https://example.org/img/7.jpg" alt="Die Brücke 7"' in page.text
    assert '<figcaption>Die Brücke 7 <span class="credit">Foto: Stadt</span>' in page.text


def test_person_page_groups_statements_by_kind(
    client: TestClient, geneva_articles: list[Article]
) -> None:
    page = client.get("/person/per:selenski:vl")
    sections = re.findall(r'<section class="kind (\w+)"', page.text)
    assert sections and sections == [k for k in KINDS if k in sections]  # in legend order
    direct = [s for a in geneva_articles for s in a.statements if s.kind == "direct"
              and s.speaker and s.speaker.name and "Selenskyj" in s.speaker.name]  # fmt: skip
    assert direct
    text = direct[0].text.strip()
    assert f'<span class="quote" lang="de">{text}</span>' in page.text.replace("&#34;", '"')
    indirect = re.findall(r'<span class="paraphrase" lang="\w*">([^<]*)</span>', page.text)
    assert indirect and not any(t[0] in '"„“«»' for t in indirect)  # paraphrase, plainly


def test_a_quote_without_marks_gets_them_once(client: TestClient) -> None:
    page = client.get("/person/per:berg:an")
    quote = "Wir bauen die Brücke Nummer 5 bis zum Herbst"
    assert f'<span class="quote" lang="de">\u201e{quote}\u201c</span>' in page.text
    assert "\u201e\u201e" not in page.text and "<q>" not in page.text


def test_person_page_has_roles_and_a_chart_per_week_or_month(client: TestClient) -> None:
    page = client.get("/person/per:berg:an")
    assert '<table class="roles">' in page.text and "<td>Bürgermeisterin</td>" in page.text
    weeks = [int(n) for n in re.findall(r'data-count="(\d+)"', page.text)]
    assert len(weeks) == 5 and sum(weeks) == 60  # 1–28 January 2025
    months = client.get("/person/per:berg:an", params={"period": "month"})
    assert re.findall(r'data-label="([^"]+)" data-count="(\d+)"', months.text) == [
        ("2025-01", "60")
    ]
    fewer = client.get("/person/per:berg:an", params={"min_confidence": "0.5"})
    assert "Statements (11)" in fewer.text  # 0.50 … 0.60


@pytest.mark.parametrize(
    "path", ["/", "/people", "/timeline?q=Genf", "/person/per:rubio:mr", "/nowhere"]
)
def test_every_page_fits_a_phone(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page.text


@pytest.mark.parametrize(
    ("path", "status", "says"),
    [
        ("/nowhere", 404, "Not Found"),
        ("/article/" + "0" * 32, 404, "no article with this address"),
        ("/person/per:nobody:xx", 404, "no person with this key"),
        ("/person/per:rubio:mr?min_confidence=2", 422, "min_confidence"),
        ("/person/per:rubio:mr?period=year", 422, "period"),
    ],
)
def test_errors_are_html_pages_in_the_sites_style(
    client: TestClient, path: str, status: int, says: str
) -> None:
    page = client.get(path)
    assert page.status_code == status and page.headers["content-type"].startswith("text/html")
    assert says in page.text and '<div class="error">' in page.text and "<nav" in page.text
    assert not page.text.lstrip().startswith("{")


def test_person_page_links_to_the_filterable_list(client: TestClient) -> None:
    page = client.get("/person/per:berg:an")
    link = re.search(r'<a class="browse" href="([^"]+)"', page.text)
    assert link and link[1] == "/?person=per%3Aberg%3Aan"
    listed = client.get(link[1])
    assert 'data-total="60"' in listed.text
