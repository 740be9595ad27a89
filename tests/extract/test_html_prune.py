"""trafilatura's raw-page prunes done in Python select what its XPaths select, in the same
order; the tests fail when trafilatura changes those XPaths."""

from __future__ import annotations

import pytest
import trafilatura.core as core
from trafilatura import xpaths

from newsgraph.extract import html_prune
from newsgraph.extract.html_parse import parse_page

# The XPaths html_prune mirrors, as trafilatura writes them (whitespace collapsed).
MIRRORED = [
    ".//*[self::div or self::list or self::section or self::details or self::ol or self::ul]["
    " re:test(@id, '^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)') or"
    " re:test(@class, '^[Cc]omment(?!ary)|(?:article|post)-comments')]["
    " not(self::ol or self::ul) or re:test(@id, '^(?:[Cc]omment(?!ary)|comol)') or"
    " re:test(@class, '^[Cc]omment(?!ary)|(?:article|post)-comments')]",
    ".//*[self::div or self::section or self::aside]["
    " re:test(@id, 'mvp-post-add-(?:box|wrap)|infinite-?scroll') or"
    " re:test(@class, 'mvp-post-add-(?:box|wrap)|infinite-?scroll')]["
    " not(.//h1) or re:test(@id, 'mvp-post-add-(?:box|wrap)') or"
    " re:test(@class, 'mvp-post-add-(?:box|wrap)')]",
    ".//*[self::div or self::section or self::aside][contains(@class, 'elementor-share-buttons')]",
]

PAGE = """<html><body>
<div id="main"><h1>Budget approved</h1><p>The council approved the budget.</p>
<div class="area comments"><p>stays: "comments" does not open the class</p></div>
<div class="comment-list"><p>a comment box</p><div id="comment-7"><p>nested</p></div></div>
<section id="Comments"><p>by id</p></section><details id="commentary"><p>commentary</p></details>
<div id="disqus_thread"></div><div id="dsq-comments"></div><div class="post-comments"></div>
<ul id="disqus_thread"><li>a list named by disqus only stays</li></ul>
<ol id="comol"><li>a list named as comments goes</li></ol>
<ul class="article-comments"><li>goes</li></ul><ul class="menu"><li>stays</li></ul>
</div>
<div class="infinite-scroll"><h1>The next article</h1><p>kept: it holds an h1</p></div>
<section id="infinitescroll"><p>a follow-up without h1 goes</p></section>
<aside class="mvp-post-add-box"><h1>Appended</h1></aside><div id="mvp-post-add-wrap"></div>
<div class="elementor-share-buttons x"></div><section class="elementor-widget"></section>
</body></html>"""


def test_trafilatura_still_writes_the_xpaths_we_mirror() -> None:
    paths = xpaths.REMOVE_COMMENTS_AND_LISTS_XPATH + xpaths.RAW_TREE_PRUNE_XPATH
    assert [" ".join(x.path.split()) for x in paths] == MIRRORED


@pytest.mark.parametrize(
    ("xpath", "ours"),
    [
        (xpaths.REMOVE_COMMENTS_AND_LISTS_XPATH[0], html_prune.comments_and_lists),
        (xpaths.RAW_TREE_PRUNE_XPATH[0], html_prune.appended_articles),
        (xpaths.RAW_TREE_PRUNE_XPATH[1], html_prune.share_buttons),
    ],
)
def test_each_prune_selects_what_its_xpath_selects(xpath: object, ours: object) -> None:
    tree = parse_page(PAGE)
    found = ours(tree)  # type: ignore[operator]
    assert found == xpath(tree)  # type: ignore[operator]
    assert found  # the page has something for each


def test_install_puts_the_prunes_where_trafilatura_reads_them() -> None:
    html_prune.install()
    assert [html_prune.comments_and_lists] == core.REMOVE_COMMENTS_AND_LISTS_XPATH
    assert [html_prune.appended_articles, html_prune.share_buttons] == core.RAW_TREE_PRUNE_XPATH
