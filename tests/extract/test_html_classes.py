"""Elements found by class-name fragments, in document order, within the asked scope."""

from __future__ import annotations

from trafilatura.utils import load_html

from newsgraph.extract.html_classes import elements_of

PAGE = """<html><body>
<nav class="Breadcrumb"><a href="/">Home</a></nav>
<header id="head"><p class="article-kicker">Wahl</p><h1>Titel</h1>
<p class="byline">Von Jana Köhler</p><p class="text-caption">not a caption</p></header>
<main><p class="kicker">Second kicker</p>
<figure><figcaption class="bu">Bild</figcaption></figure></main>
</body></html>"""


def test_kinds_in_document_order_within_the_scope() -> None:
    tree = load_html(PAGE)
    assert [el.text for el in elements_of(tree, "kicker")] == ["Wahl", "Second kicker"]
    header = tree.xpath("//header")[0]
    assert [el.text for el in elements_of(header, "kicker")] == ["Wahl"]
    assert [el.tag for el in elements_of(tree, "breadcrumb")] == ["nav"]
    assert [el.text for el in elements_of(tree, "caption")] == ["Bild"]  # utility CSS is not
    assert elements_of(tree.xpath("//h1")[0], "kicker") == []


def test_pages_do_not_mix() -> None:
    first, second = load_html(PAGE), load_html(PAGE.replace("Wahl", "Krieg"))
    assert elements_of(first, "kicker")[0].text == "Wahl"
    assert elements_of(second, "kicker")[0].text == "Krieg"
    assert elements_of(first, "kicker")[0].text == "Wahl"


def test_elements_beside_the_root_element() -> None:
    """A broken page parses into two ``<html>`` elements; the second one's are found too."""
    tree = load_html(
        "<html><body><p>x</p></body></html>"
        "<html><body><div class='kicker'><span class='kicker-label'>K</span></div></body></html>"
    )
    box = tree.xpath("//div")[0]
    assert [el.tag for el in elements_of(box, "kicker")] == ["div", "span"]


def test_a_page_is_not_kept_after_the_next_is_read() -> None:
    """The table of named elements goes with its page: the run does not grow with every
    page read (the root with a class is among its own table's elements)."""
    import gc
    import weakref

    first = load_html(PAGE.replace("<html>", "<html class='page'>"))
    elements_of(first, "kicker")
    gone = weakref.ref(first)
    elements_of(load_html(PAGE), "kicker")
    del first
    gc.collect()
    assert gone() is None
