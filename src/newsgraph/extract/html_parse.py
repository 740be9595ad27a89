"""The page as a tree: parsed as trafilatura parses it, with one element class.

lxml.html gives forms, inputs and labels their own Python classes, and finds
the class by calling back into Python each time an element is first touched:
about 5,500 calls per page for trafilatura and our passes together, 5 % of the
extraction's time. Here every element is a plain ``HtmlElement``, decided in C.
Nothing in the extractor, trafilatura or htmldate uses the form classes (the
whole Article is the same on every bench page). The rest follows
``trafilatura.utils.load_html``: repair, parse the text, else its bytes, and
refuse a "page" that is no HTML.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    fromstring,
)
from trafilatura.utils import is_dubious_html, repair_faulty_html

_PARSER = HTMLParser(  # trafilatura's settings
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
)
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
    )
)


def parse_page(text: str) -> HtmlElement | None:
    """The page's root element, or None when the text is no HTML page."""
    beginning = text[:50].lower()
    text = repair_faulty_html(text, beginning)
    tree: HtmlElement | None = None
    as_bytes = False
    try:
        tree = fromstring(text, parser=_PARSER)
    except ValueError:  # a string with an encoding declaration: lxml wants bytes
        tree, as_bytes = _from_bytes(text), True
    except Exception:  # as trafilatura: an unparsable page is no page
        tree = None
    if (tree is None or len(tree) < 1) and not as_bytes:
        tree = _from_bytes(text)
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None
    return tree


def _from_bytes(text: str) -> HtmlElement | None:
    try:
        return fromstring(text.encode("utf8", "surrogatepass"), parser=_PARSER)
    except Exception:
        return None
