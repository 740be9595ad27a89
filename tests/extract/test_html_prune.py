"""trafilatura's prunes done in Python select what its XPaths select, in the same order; the
tests fail when trafilatura changes those XPaths."""

from __future__ import annotations

import re

import pytest
import trafilatura.core as core
import trafilatura.external as external
import trafilatura.main_extractor as main_extractor
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

# OVERALL_DISCARD_XPATH with its long token patterns (read from it by html_prune) left out.
DISCARD = [
    ".//*[self::div or self::item or self::list or self::p or self::section or self::span]["
    " @data-lp-replacement-content or contains(translate(@role, 'N', 'n'), 'nav') or"
    " contains(@data-component, 'MostPopularStories') or re:test(@id|@class, 'cookie') or"
    " re:test(@id, '…') or re:test(@class, '…')]",
    ".//*[@class='comments-title' or starts-with(@id|@class, 'reply-') or"
    " re:test(@id|@style, 'hidden') or contains(@style, 'display:none') or"
    " contains(@style, 'display: none') or re:test(@id, '…') or re:test(@class, '…') or"
    " @aria-hidden='true']",
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
<div id="cookie-box" class="x">goes: the id comes first</div>
<div class="x" id="cookie-box2">stays: the class comes first and has no "cookie"</div>
<span role="Navigation">goes</span><p data-lp-replacement-content="">goes</p>
<section data-component="MostPopularStories-2">goes</section><div id="share-top">goes</div>
<div class="article-footer">goes</div><div class="article-body">stays</div>
<a class="comments-title">goes</a><b id="reply-3" class="x">goes</b>
<b class="reply-4" id="x">goes</b><b id="x" class="reply-5">stays</b>
<i style="color: red" id="hidden-note">stays: the style comes first</i>
<i id="hidden-note2" style="color: red">goes</i><em style="display:none">goes</em>
<em style="display: none">goes</em><u id="reader-comments">goes</u>
<u class="noprint">goes</u><u aria-hidden="true">goes</u><u aria-hidden="false">stays</u>
</body></html>"""


def test_trafilatura_still_writes_the_xpaths_we_mirror() -> None:
    paths = xpaths.REMOVE_COMMENTS_AND_LISTS_XPATH + xpaths.RAW_TREE_PRUNE_XPATH
    assert [" ".join(x.path.split()) for x in paths] == MIRRORED


def test_trafilatura_still_writes_the_discard_xpaths_we_mirror() -> None:
    tokens = re.compile(r"(re:test\(@(?:id|class), ')[^']*'")
    paths = [" ".join(x.path.split()) for x in xpaths.OVERALL_DISCARD_XPATH]
    assert [tokens.sub(r"\1…'", p) for p in paths] == DISCARD


@pytest.mark.parametrize(
    ("xpath", "ours"),
    [
        (xpaths.OVERALL_DISCARD_XPATH[0], html_prune.noise_boxes),
        (xpaths.OVERALL_DISCARD_XPATH[1], html_prune.hidden_parts),
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
    discard = [html_prune.noise_boxes, html_prune.hidden_parts]
    assert discard == main_extractor.OVERALL_DISCARD_XPATH == external.OVERALL_DISCARD_XPATH
