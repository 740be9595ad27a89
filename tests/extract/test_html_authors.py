"""Who wrote the page: each test is a page written for it where the author
sits in one place only, or where a person must win over what stands in
a person's place."""

from __future__ import annotations

import json

from newsgraph.article import Article, Source
from newsgraph.extract.html import extract
from newsgraph.read.base import RawDocument

_P = (
    "The city council approved the new budget on Tuesday after a long debate about "
    "road repairs, school buildings and the cost of public transport in the coming years."
)
_BODY = f"<p>{_P}</p><p>{_P.replace('Tuesday', 'Monday')}</p><p>{_P.replace('city', 'county')}</p>"
_URL = "https://www.riverton-ledger.com/news/budget-approved/"


def _page(header: str = "", head: str = "", ld: object = None, after: str = "") -> str:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    return (
        f"<html><head><title>Budget approved</title>{head}{script}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/news/'>News</a></nav>"
        f"<main><article><header><h1>Council approves the budget</h1>{header}</header>"
        f"{_BODY}{after}</article></main>"
        "<footer><p>About · Privacy · Contact</p></footer></body></html>"
    )


def _extract(html: str, url: str = _URL) -> Article:
    return extract(RawDocument(Source("test.html"), "html", html, url))


_SITE = '<meta property="og:site_name" content="Riverton Ledger">'


def test_an_author_named_by_id_in_the_jsonld_graph() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": "Council approves the budget",
                "author": [{"@id": "https://www.riverton-ledger.com/#/person/17"}],
            },
            {"@type": "Person", "@id": "https://www.riverton-ledger.com/#/person/17",
             "name": "Nora Whitfield"},
        ],
    }  # fmt: skip
    head = '<meta name="author" content="ledgeradmin">'  # the login, not the name
    assert _extract(_page(head=head, ld=ld)).authors == ["Nora Whitfield"]


def test_the_site_is_the_author_when_the_page_names_no_person() -> None:
    head = _SITE + '<meta name="author" content="Riverton Ledger">'
    assert _extract(_page(head=head)).authors == ["Riverton Ledger"]
    # a person named anywhere wins over the site
    byline = "<p class='byline'>By Nora Whitfield</p>"
    assert _extract(_page(byline, head=head)).authors == ["Nora Whitfield"]


def test_the_site_named_by_its_host_alone_is_the_author_too() -> None:
    ld = {"@type": "BlogPosting", "headline": "Budget", "author": {"name": "Riverton Ledger"}}
    assert _extract(_page(ld=ld)).authors == ["Riverton Ledger"]  # no og:site_name


def test_a_bare_team_word_is_the_author_only_when_no_person_is_named() -> None:
    head = '<meta name="author" content="Redaktion">'
    assert _extract(_page(head=head)).authors == ["Redaktion"]
    byline = "<p class='byline'>Von Nora Whitfield</p>"
    assert _extract(_page(byline, head=head)).authors == ["Nora Whitfield"]


def test_a_login_in_metadata_counts_when_no_person_is_named() -> None:
    head = '<meta name="author" content="kwhitfield">'
    assert _extract(_page(head=head)).authors == ["kwhitfield"]
    byline = "<p class='byline'>By Nora Whitfield</p>"
    assert _extract(_page(byline, head=head)).authors == ["Nora Whitfield"]


def test_a_link_to_the_authors_page_near_the_headline() -> None:
    header = "<div class='meta-row'><span><a href='/authors/nora-whitfield'>Nora Whitfield</a>"
    header += "</span> <span>5 min read</span></div>"
    assert _extract(_page(header)).authors == ["Nora Whitfield"]


def test_a_name_after_a_written_by_label() -> None:
    header = "<div class='meta'><div><p>Last updated</p><time>Aug 04, 2025</time></div>"
    header += "<div><p>Written by</p><p>Nora Whitfield</p></div></div>"
    assert _extract(_page(header)).authors == ["Nora Whitfield"]


def test_a_microdata_author_with_its_name_property() -> None:
    header = (
        "<div class='header__meta'><div class='by'>by <span itemprop='author' itemscope "
        "itemtype='http://schema.org/Person'><span itemprop='name'>Nora Whitfield</span>"
        "</span></div></div>"
    )
    assert _extract(_page(header)).authors == ["Nora Whitfield"]


def test_author_links_past_the_first_paragraph_or_to_other_sites_name_no_author() -> None:
    header = "<p class='meta'><a href='/authors/nora-whitfield'>Nora Whitfield</a> · "
    header += "<a href='https://social.example/profile/x'>Follow</a> "
    header += "<a href='https://other.example/people/tom-hale'>Tom Hale</a></p>"
    related = "<aside><a href='/authors/ben-price'>Ben Price</a></aside>"
    related += "<p><a href='/staff/amy-lee/'>Amy Lee</a></p>"
    article = _extract(_page(header, after=related))
    assert article.authors == ["Nora Whitfield"]


def test_a_link_label_before_the_name_is_no_part_of_it() -> None:
    header = "<p class='meta'><a href='/author/nora-whitfield/'>View all posts by Nora "
    header += "Whitfield</a> <a href='/author/nora-whitfield/'>Author Archives</a></p>"
    assert _extract(_page(header)).authors == ["Nora Whitfield"]


def test_the_bylines_agency_counts_when_metadata_names_the_person() -> None:
    ld = {"@type": "NewsArticle", "headline": "Budget", "author": {"name": "Nora Whitfield"}}
    article = _extract(_page("<p class='byline'>By Nora Whitfield, Reuters</p>", ld=ld))
    assert (article.authors, article.agencies) == (["Nora Whitfield"], ["Reuters"])
