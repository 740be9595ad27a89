"""The byline search gives what trafilatura's own ``extract_author`` gives: each page
here holds one alternative of trafilatura's XPaths or of the parts it deletes first,
and trafilatura itself is the reference."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from trafilatura.metadata import extract_author
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

from newsgraph.extract.html_author_search import author_search
from newsgraph.extract.html_authors import _library
from newsgraph.extract.html_parse import parse_page

_WRITTEN_FOR = "bd5f280624916a83"  # sha256 of trafilatura's two XPath lists, when written

# Each element is one alternative of trafilatura.xpaths.AUTHOR_XPATHS.
_SELECTED = [
    '<a rel="author">Ann Lee</a>',
    '<div id="author">Ann Lee</div>',
    '<span class="author">Ann Lee</span>',
    '<span itemprop="author name">Ann Lee</span>',
    "<p><rel>me</rel>Ann Lee</p>",
    '<div data-testid="AuthorCard">Ann Lee</div>',
    '<a data-testid="AuthorURL">Ann Lee</a>',
    '<address rel="author">Ann Lee</address>',
    '<strong rel="author">Ann Lee</strong>',
    '<span rel="author">Ann Lee</span>',
    '<p id="author">Ann Lee</p>',
    '<span class="meta author-name">Ann Lee</span>',
    '<span class="meta authorname">Ann Lee</span>',
    '<span class="c-AuthorName">Ann Lee</span>',
    '<span class="authorName">Ann Lee</span>',
    "<author>Ann Lee</author>",
    '<p class="byline">Ann Lee</p>',
    '<span class="username">Ann Lee</span>',
    '<h3 class="username">Ann Lee</h3>',
    '<h4 class="username">Ann Lee</h4>',
    '<p class="username">Ann Lee</p>',
    '<a class="username">Ann Lee</a>',
    '<span class="byl">Ann Lee</span>',
    '<span class="BBL">Ann Lee</span>',
    '<h4 itemprop="creator author">Ann Lee</h4>',
    '<div id="post-author-box">Ann Lee</div>',
    '<div id="zuozhe">Ann Lee</div>',
    '<div id="bianji">Ann Lee</div>',
    '<div id="xiaobian">Ann Lee</div>',
    '<span class="post-authors">Ann Lee</span>',
    '<span class="channel-name">Ann Lee</span>',
    '<span class="zuozhe">Ann Lee</span>',
    '<span class="bianji">Ann Lee</span>',
    '<span class="xiaobian">Ann Lee</span>',
    '<span class="submitted-by">Ann Lee</span>',
    '<span class="posted-by">Ann Lee</span>',
    '<span class="journalist-name">Ann Lee</span>',
    '<section data-component="ArticleByline">Ann Lee</section>',
    '<section itemprop="author">Ann Lee</section>',
    '<section id="Author">Ann Lee</section>',
    '<section class="AuthorBox">Ann Lee</section>',
    '<section class="screenname">Ann Lee</section>',
    '<section class="writer">Ann Lee</section>',
    '<section class="Byline">Ann Lee</section>',
    '<section class="byline-wrap">Ann Lee</section>',
]

# Near misses: the tag or the exact value is not the one the XPath asks for.
_NOT_SELECTED = [
    '<section rel="author">Ann Lee</section>',
    '<h3 rel="author">Ann Lee</h3>',
    '<section class="username">Ann Lee</section>',
    '<h3 class="byline-x"><b>x</b></h3>',
    '<span class="Username">Ann Lee</span>',
    "<p><rel>you</rel>Ann Lee</p>",
    '<div data-testid="authorcard">Ann Lee</div>',
    '<section data-component="byline">Ann Lee</section>',
    '<span class="autor">Ann Lee</span>',
]

# Each is one alternative of trafilatura.xpaths.AUTHOR_DISCARD_XPATHS, around or inside a byline.
_DELETED = [
    '<div id="comments">{}</div>',
    '<div class="comments">{}</div>',
    '<div class="title">{}</div>',
    '<span class="date">{}</span>',
    '<section id="comments-3">{}</section>',
    '<div id="my-commentlist">{}</div>',
    '<div id="comment-list">{}</div>',
    '<div id="ProductReviews">{}</div>',
    '<div class="Comments box">{}</div>',
    '<div class="comments-area">{}</div>',
    '<div class="x commentlist">{}</div>',
    '<div class="x comments-list">{}</div>',
    '<div class="left-sidebar">{}</div>',
    '<span class="is-hidden">{}</span>',
    '<div class="blockquote">{}</div>',
    '<div class="embedly-instagram">{}</div>',
    '<div class="article-share">{}</div>',
    '<div class="article-support">{}</div>',
    '<a class="printer">{}</a>',
    '<span class="category">{}</span>',
    '<span class="meta-date">{}</span>',
    '<span class="meta-reviewer">{}</span>',
    '<div data-component="FigureBlock">{}</div>',
    "<time>{}</time>",
    "<figure>{}</figure>",
    # near misses: not deleted
    '<section class="title">{}</section>',
    '<div class="my-comments">{}</div>',
    '<p class="date">{}</p>',
]


def _tree(body: str) -> Any:
    return parse_page(f"<html><head><title>t</title></head><body>{body}</body></html>")


def _same_as_trafilatura(body: str) -> str | None:
    tree = _tree(body)
    expected = extract_author(tree)
    assert author_search(tree) == expected, body
    return expected


def test_the_xpaths_are_those_this_module_was_written_for() -> None:
    text = "\n".join(x.path for x in AUTHOR_XPATHS + AUTHOR_DISCARD_XPATHS)
    assert hashlib.sha256(text.encode()).hexdigest()[:16] == _WRITTEN_FOR, (
        "trafilatura's byline XPaths changed: follow them in html_author_search, add their "
        "new alternatives to the pages here, and update _WRITTEN_FOR"
    )


@pytest.mark.parametrize("element", _SELECTED)
def test_each_element_trafilatura_selects_is_found(element: str) -> None:
    found = _same_as_trafilatura(f"<div><p>Some text.</p>{element}</div>")
    assert found in ("Ann Lee", "Me Ann Lee")  # <rel>me</rel> is part of the text


@pytest.mark.parametrize("element", _NOT_SELECTED)
def test_near_misses_are_not_found(element: str) -> None:
    assert _same_as_trafilatura(f"<div><p>Some text.</p>{element}</div>") is None


@pytest.mark.parametrize("part", _DELETED)
def test_a_byline_inside_a_deleted_part_is_not_read(part: str) -> None:
    inner = '<span class="author">Ann Lee</span>'
    _same_as_trafilatura(f"<div>{part.format(inner)}</div><p class='byline'>Ben Price</p>")


@pytest.mark.parametrize("part", _DELETED)
def test_a_deleted_part_inside_a_byline_leaves_its_tail_glued_to_the_text_before(
    part: str,
) -> None:
    # trafilatura deletes the part and joins its tail to the text before it: "AnnLee"
    _same_as_trafilatura(f"<p class='byline'>Ann{part.format('today')}Lee <b>x</b></p>")
    _same_as_trafilatura(f"<p class='byline'>{part.format('now')}Ann <b>Lee</b></p>")
    _same_as_trafilatura(f"<p class='byline'><b>By</b>{part.format('1')}{part.format('2')}Ann</p>")


@pytest.mark.parametrize("element", _SELECTED[:16])  # the first XPath's alternatives
def test_the_first_xpath_wins_over_an_earlier_element_of_a_later_one(element: str) -> None:
    found = _same_as_trafilatura(f"<p class='byline'>Ben Price</p>{element}")
    assert found in ("Ann Lee", "Me Ann Lee")


def test_texts_too_short_or_too_long_are_passed_over() -> None:
    long = "word " * 30
    body = f"<a rel='author'>AL</a><a rel='author'>{long}</a><span class='author'>Ann Lee</span>"
    assert _same_as_trafilatura(body) == "Ann Lee"


def test_a_rel_child_reads_its_text_without_deleted_parts() -> None:
    assert _same_as_trafilatura("<p><rel>m<time>x</time>e</rel>Ann Lee</p>") == "Me Ann Lee"


def test_several_names_are_normalised_as_trafilatura_does() -> None:
    body = "<div class='author'>By Ann Lee and Ben Price</div>"
    assert _same_as_trafilatura(body) == "Ann Lee; Ben Price"
    assert _library(_tree(body)) == ["Ann Lee", " Ben Price"]


def test_a_page_without_byline_markup_has_no_author() -> None:
    body = '<div class="story"><p class="lead">The council met.</p><time>today</time></div>'
    assert _same_as_trafilatura(body) is None
    assert _library(_tree(body)) == []
