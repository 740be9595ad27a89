"""The one-walk index answers as the whole-page XPaths it replaces."""

from __future__ import annotations

from newsgraph.extract.disclaimers import site_names
from newsgraph.extract.html_index import index_page
from newsgraph.extract.html_parse import parse_page

_PAGE = """<html><head><title>Budget</title>
<meta property="og:site_name" content="Riverton Ledger">
<meta name="application-name" content="Ledger App">
<meta property="og:url" content="https://www.riverton-ledger.com/a/">
<link rel="canonical" href="https://riverton-ledger.com/news/a/">
<link rel="alternate" href="https://other.example/">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget"}</script>
<script type="application/json+ld">{"@type": "WebPage"}</script>
<script>var x = 1;</script>
</head><body><h1>Budget approved</h1><p>Text.</p><h1>Second</h1></body></html>"""


def test_the_index_gives_what_each_xpath_selects() -> None:
    tree = parse_page(_PAGE)
    index = index_page(tree)
    assert index.first_h1 is tree.xpath("//h1")[0]
    assert index.jsonld() == tree.xpath(
        "//script[@type='application/ld+json' or @type='application/json+ld']"
    )
    assert index.canonical() == tree.xpath("//link[@rel='canonical']/@href")
    assert index.meta_in_root == list(tree.iter("meta"))
    assert not index.laid_out_with_tables()


def test_the_site_names_in_page_order() -> None:
    names = site_names(parse_page(_PAGE))
    assert names == ("riverton ledger", "ledger app", "riverton-ledger.com")


def test_a_headline_in_a_table_cell_with_paragraphs_is_a_table_layout() -> None:
    cell = "<table><tr><td><h1>Budget</h1><p>a</p><p>b</p>{}</td></tr></table>"
    layout = parse_page(f"<html><body>{cell.format('<div><p>c</p></div>')}</body></html>")
    assert index_page(layout).laid_out_with_tables()
    assert layout.xpath("//h1/ancestor::td[count(.//p) > 2]")
    two = parse_page(f"<html><body>{cell.format('')}</body></html>")
    assert not index_page(two).laid_out_with_tables()
    assert not two.xpath("//h1/ancestor::td[count(.//p) > 2]")


def test_a_page_without_any_of_the_tags() -> None:
    index = index_page(parse_page("<html><body><p>Only text here.</p></body></html>"))
    assert index.first_h1 is None
    assert (index.jsonld(), index.canonical(), index.head) == ([], [], [])
