"""The HTML extractor: each test is a case where trafilatura alone is wrong or
silent, on a small page written for the test."""

from __future__ import annotations

import json

from newsgraph.article import Article, Source
from newsgraph.extract.html import extract
from newsgraph.extract.html_header import strip_site
from newsgraph.read.base import RawDocument

_P1 = (
    "Die Regierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien "
    "beschlossen, das den Ausbau von Wind- und Solaranlagen deutlich beschleunigen soll."
)
_P2 = (
    "Nach Angaben des Wirtschaftsministeriums sollen Genehmigungsverfahren künftig nur noch "
    "wenige Monate dauern. Kritiker bemängeln jedoch fehlende Mittel für den Netzausbau."
)
_P3 = (
    "Die Opposition kündigte an, das Gesetz im Bundesrat zu blockieren. Eine Einigung gilt "
    "vor der Sommerpause als unwahrscheinlich, hieß es aus Kreisen der Länder."
)


def _page(body: str, head: str = "", ld: dict[str, object] | None = None) -> str:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    return (
        f"<html><head><title>Seite</title>{head}{script}</head><body>"
        f"<nav><a href='/'>Start</a> <a href='/politik'>Politik</a></nav>"
        f"<main><article>{body}</article></main>"
        "<footer><p>Impressum · Datenschutz · Kontakt</p></footer></body></html>"
    )


def _extract(html: str, url: str | None = "https://www.example.de/politik/a-1.html") -> Article:
    return extract(RawDocument(Source("test.html"), "html", html, url))


def _standard(extra: str = "", tail: str = "") -> str:
    paragraphs = f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>"
    return f"<h1>Neues Energiegesetz beschlossen</h1>{extra}{paragraphs}{tail}"


def test_headline_drops_site_and_date_segments() -> None:
    # trafilatura's title keeps "| DW | 28.04.2023"
    head = (
        '<meta property="og:title" content="Neues Energiegesetz beschlossen | DW | 28.04.2023">'
        '<meta property="og:site_name" content="DW">'
    )
    article = _extract(_page("<p>" + _P1 + "</p><p>" + _P2 + "</p><p>" + _P3 + "</p>", head))
    assert article.headline == "Neues Energiegesetz beschlossen"
    assert article.publisher == "DW"


def test_strip_site_keeps_inner_dashes() -> None:
    assert strip_site("Biden - the man | Reuters", ["reuters"]) == "Biden - the man"
    assert strip_site("SPIEGEL+ – Der Plan", ["der spiegel", "spiegel.de", "spiegel"]) == "Der Plan"


def test_published_and_updated_apart() -> None:
    # trafilatura merges them into one date
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Neues Energiegesetz beschlossen",
        "datePublished": "2025-03-12T09:30:00+01:00",
        "dateModified": "2025-03-13T18:00:00+01:00",
    }
    article = _extract(_page(_standard(), ld=ld))
    assert article.published == "2025-03-12T09:30:00+01:00"
    assert article.updated == "2025-03-13T18:00:00+01:00"


def test_meta_tag_dates_when_no_jsonld() -> None:
    head = (
        '<meta property="article:published_time" content="2024-04-22T15:26:46Z">'
        '<meta property="article:modified_time" content="2024-04-22T15:26:46Z">'
    )
    article = _extract(_page(_standard(), head))
    assert article.published == "2024-04-22T15:26:46+00:00"
    assert article.updated is None  # same as published: not an update


def test_figure_caption_and_credit_leave_the_text() -> None:
    # trafilatura puts figcaption text into a paragraph of the body
    figure = (
        '<figure><img src="/img/wind.jpg" alt="Windräder">'
        "<figcaption>Windräder bei Cottbus <span class='credit'>Foto: Patrick Pleul/dpa</span>"
        "</figcaption></figure>"
    )
    article = _extract(_page(_standard(extra=figure)))
    assert len(article.images) == 1
    image = article.images[0]
    assert (image.src, image.alt) == ("/img/wind.jpg", "Windräder")
    assert image.caption == "Windräder bei Cottbus"
    assert image.credit == "Foto: Patrick Pleul/dpa"
    assert "Windräder bei Cottbus" not in article.text
    assert "Pleul" not in article.text


def test_caption_credit_tail_split_without_credit_element() -> None:
    figure = (
        '<figure><img src="/a.jpg"><figcaption>Außenminister in Dschidda'
        "Bild: picture alliance/AP</figcaption></figure>"
    )
    article = _extract(_page(_standard(extra=figure)))
    assert article.images[0].caption == "Außenminister in Dschidda"
    assert article.images[0].credit == "picture alliance/AP"


def test_loose_caption_class_next_to_image() -> None:
    block = (
        "<div class='article-image'><img src='/b.jpg'>"
        "<span class='bildunterschrift'>Der Bundestag am Mittwoch</span></div>"
    )
    article = _extract(_page(_standard(extra=block)))
    assert [i.caption for i in article.images] == ["Der Bundestag am Mittwoch"]


def test_utility_css_is_not_a_caption() -> None:
    # "text-caption" is a Tailwind font size, not a caption
    block = "<div class='text-caption'>12.03.2025, 16:24 Uhr · Lesezeit: 5 Minuten</div>"
    article = _extract(_page(_standard(extra="<img src='/c.jpg'>" + block)))
    assert article.images == []


def test_figures_of_teasers_are_skipped() -> None:
    related = (
        "<aside><figure><img src='/other.jpg'><figcaption>Anderer Artikel</figcaption>"
        "</figure></aside>"
    )
    article = _extract(_page(_standard(tail=related)))
    assert all(i.caption != "Anderer Artikel" for i in article.images)


def test_agency_signature_moves_to_agencies() -> None:
    article = _extract(_page(_standard(tail="<p>se/sti (afp, rtr)</p>")))
    assert article.agencies == ["AFP", "Reuters"]
    assert "afp" not in article.text.lower()


def test_signature_glued_to_last_paragraph() -> None:
    body = f"<h1>Gesetz</h1><p>{_P1}</p><p>{_P2}</p><p>{_P3} (dpa)</p>"
    article = _extract(_page(body))
    assert article.agencies == ["dpa"]
    assert article.text.endswith("unwahrscheinlich, hieß es aus Kreisen der Länder.")


def test_editorial_note_moves_to_notes() -> None:
    note = "<p>Hinweis der Redaktion: Dieser Artikel wurde am 13. März ergänzt.</p>"
    article = _extract(_page(_standard(tail=note)))
    assert article.notes == ["Hinweis der Redaktion: Dieser Artikel wurde am 13. März ergänzt."]
    assert "Hinweis der Redaktion" not in article.text


def test_section_headings_are_heading_blocks() -> None:
    body = f"<h1>Gesetz</h1><p>{_P1}</p><h2>Kritik aus den Ländern</h2><p>{_P2}</p><p>{_P3}</p>"
    article = _extract(_page(body))
    kinds = [(b.kind, b.text) for b in article.blocks]
    assert ("heading", "Kritik aus den Ländern") in kinds


def test_lead_paragraph_is_the_teaser_and_stays_in_the_text() -> None:
    head = f'<meta property="og:description" content="{_P1[:90]}…">'
    article = _extract(_page(_standard(), head))
    assert article.teaser == _P1
    assert article.text.startswith(_P1)
    assert _P2 in article.text


def test_standfirst_outside_the_body_is_the_teaser() -> None:
    standfirst = (
        "Schneller bauen, weniger prüfen: Die Koalition will die Energiewende mit einem "
        "Gesetz beschleunigen, das Umweltverbände scharf kritisieren."
    )
    body = (
        f"<header><h1>Neues Energiegesetz beschlossen</h1>"
        f'<p class="teaser">{standfirst}</p></header>'
        f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>"
    )
    article = _extract(_page(body))
    assert article.teaser == standfirst
    assert article.text.startswith(_P1)


def test_authors_cleaned_from_jsonld() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "Gesetz",
        "author": [{"@type": "Person", "name": "Von Anna Berger"}, {"name": "Reuters"}],
        "publisher": {"@type": "Organization", "name": "Beispiel-Zeitung"},
    }
    article = _extract(_page(_standard(), ld=ld))
    assert article.authors == ["Anna Berger"]
    assert article.agencies == ["Reuters"]
    assert article.publisher == "Beispiel-Zeitung"


def test_kicker_from_class_alone() -> None:
    body = (
        "<header><span class='article__kicker'>Energiewende</span>"
        "<h1>Neues Energiegesetz beschlossen</h1></header>"
        f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>"
    )
    head = '<meta property="article:section" content="Politik">'
    article = _extract(_page(body, head))
    assert article.kicker == ["Energiewende"]


def test_kicker_falls_back_to_breadcrumb_then_section() -> None:
    trail = (
        "<div class='breadcrumb'><a href='/'>Startseite</a> &gt; <a href='/wirtschaft/'>"
        "Wirtschaft</a> &gt; <a href='/wirtschaft/energie/'>Energie</a></div>"
    )
    head = '<meta property="article:section" content="Politik">'
    assert _extract(_page(trail + _standard(), head)).kicker == ["Wirtschaft", "Energie"]
    assert _extract(_page(_standard(), head)).kicker == ["Politik"]


def test_visible_byline_and_dateline_fill_what_metadata_lacks() -> None:
    header = (
        "<div class='artikel'><h1>Neues Energiegesetz beschlossen</h1>"
        "<div class='datumzeile'>Mittwoch, 18. Juni 2025 · zuletzt geändert: 19.06.2025, "
        "07:10 Uhr</div><div class='autorzeile'>Von Frauke Harms und Dirk Tjaden, dpa</div>"
        f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>"
    )
    article = _extract(_page(header))
    assert article.authors == ["Frauke Harms", "Dirk Tjaden"]
    assert article.agencies == ["dpa"]
    assert (article.published, article.updated) == ("2025-06-18", "2025-06-19T07:10")


def test_canonical_url_unwrapped() -> None:
    head = '<link rel="canonical" href="https://proxy.example:443/https/www.dw.com/de/a-71900000">'
    article = _extract(_page(_standard(), head), url="https://proxy.example/x")
    assert article.url == "https://www.dw.com/de/a-71900000"
    assert article.publisher == "DW"  # from the host table: no og:site_name


def test_empty_page_gives_empty_article() -> None:
    article = _extract("")
    assert article.text == "" and article.images == []


def test_visible_local_day_wins_over_a_utc_stamp_on_the_adjacent_day() -> None:
    ld = {"@type": "NewsArticle", "datePublished": "2018-12-31T23:11:59+00:00"}
    header = (
        "<div><h1>Neues Energiegesetz beschlossen</h1><p class='date'>1. Januar 2019</p>"
        f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>"
    )
    assert _extract(_page(header, ld=ld)).published == "2019-01-01"
    same_day = _page(header.replace("1. Januar 2019", "31. Dezember 2018"), ld=ld)
    assert _extract(same_day).published == "2018-12-31T23:11:59+00:00"


def test_the_day_in_the_url_is_the_local_day_of_a_utc_stamp() -> None:
    ld = {"@type": "NewsArticle", "datePublished": "2023-11-09T05:30:59+00:00"}
    page = _page(
        f"<div><h1>Stadtrat wählt neuen Bürgermeister</h1><p>{_P1}</p><p>{_P2}</p></div>", ld=ld
    )
    assert _extract(page, "https://www.example.com/2023/11/08/wahl/").published == "2023-11-08"
    far = _extract(page, "https://www.example.com/2023/11/01/wahl/")  # not adjacent: the stamp
    assert far.published == "2023-11-09T05:30:59+00:00"


def test_the_publishers_firm_and_its_address_are_no_author() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "Gesetz",
        "author": {"@type": "Organization", "name": "Example Verlag GmbH, Munich, Germany"},
        "publisher": {"@type": "Organization", "name": "Beispiel-Zeitung"},
    }
    assert _extract(_page(_standard(), ld=ld)).authors == []


def test_a_named_team_in_the_byline_is_the_author() -> None:
    byline = "<p class='byline'>By The Currency editors</p>"
    article = _extract(_page(_standard(extra=byline)))
    assert article.authors == ["The Currency editors"]


def test_a_kicker_glued_before_the_byline_is_no_part_of_the_name() -> None:
    ld = {"@type": "NewsArticle", "headline": "Gesetz", "author": "Capital Von Jemima Kelly"}
    assert _extract(_page(_standard(), ld=ld)).authors == ["Jemima Kelly"]
