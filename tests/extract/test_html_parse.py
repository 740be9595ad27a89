"""The page's tree: what trafilatura's parser makes of it, with one element class."""

from __future__ import annotations

import pytest
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from newsgraph.extract.html_parse import parse_page

_PAGES = [
    "<!DOCTYPE html><html><head><title>Budget</title></head><body><h1>Budget</h1>"
    "<p>The council met.<!-- a comment --></p><form><label>Name</label><input value='x'>"
    "<select><option>a</option></select><textarea>b</textarea></form></body></html>",
    # an encoding declaration: lxml refuses it in a str, the bytes are parsed
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>Grüße aus Köln</p></body></html>',
    "<html/>\n<body><p>A self-closing html tag.</p></body>",
    "<p>A fragment.</p><p>Two paragraphs.</p>",
]


@pytest.mark.parametrize("page", _PAGES)
def test_the_tree_is_the_one_trafilatura_parses(page: str) -> None:
    ours, theirs = parse_page(page), load_html(page)
    assert ours is not None and theirs is not None
    assert etree.tostring(ours) == etree.tostring(theirs)


def test_every_element_is_a_plain_html_element() -> None:
    tree = parse_page(_PAGES[0])
    assert tree is not None
    classes = {type(el) for el in tree.iter()}
    assert classes == {HtmlElement}  # forms and inputs too: no class is looked up in Python
    assert tree.find(".//p").text_content() == "The council met."  # the comment is gone


def test_text_that_is_no_html_page_gives_no_tree() -> None:
    assert parse_page("Just a line of text.") is None
    assert load_html("Just a line of text.") is None
