"""Images with caption and credit, which no extraction library returns.

Two shapes cover most pages: ``<figure>`` with ``<figcaption>`` (HTML5) and a
caption element named by its class ("caption", "bildunterschrift", …) next to
an ``<img>``. The credit is an element inside the caption whose class names
it ("credit", "copyright", …) or a "Foto: …" tail (``split_credit``). Only
the article's own region is searched, and regions of other articles
(related links, teasers) are skipped.
"""

from __future__ import annotations

from typing import Any

from newsgraph.article import Image
from newsgraph.extract.credits import split_credit
from newsgraph.extract.html_classes import has_matching_ancestor, matches

_MAX_CAPTION = 800  # a longer "caption" element is a text container, not a caption
_SRC_ATTRS = ("src", "data-src", "data-lazy-src", "data-original", "data-srcset", "srcset")
_SKIP_TAGS = ("script", "style", "noscript", "button", "svg")


def find_images(root: Any) -> list[Image]:
    """Every captioned or credited image (and plain figure) under ``root``."""
    images: list[Image] = []
    seen: set[Any] = set()  # elements, not id(): lxml proxies are recycled
    for el in root.xpath("descendant-or-self::*[self::figure or @class or @id]"):
        if el in seen:
            continue
        if el.tag == "figure" or (_is_caption(el) and not _inside(el, "figure")):
            if _foreign(el, root):
                _mark(el, seen)
                continue
            image = _figure(el) if el.tag == "figure" else _loose_caption(el)
            _mark(el, seen)
            if image is not None and not _duplicate(image, images):
                images.append(image)
    return images


def _is_caption(el: Any) -> bool:
    """A caption-class element that holds no image and little text."""
    if el.tag in _SKIP_TAGS or el.tag == "img" or not matches(el, "caption"):
        return False
    if next(el.iter("img", "figure", "picture"), None) is not None:
        return False
    return len(el.text_content()) <= _MAX_CAPTION


def _mark(el: Any, seen: set[Any]) -> None:
    seen.update(el.iter())


def _inside(el: Any, tag: str) -> bool:
    return any(a.tag == tag for a in el.iterancestors())


def _foreign(el: Any, root: Any) -> bool:
    """Inside a nested article teaser or a related-links/sidebar region."""
    for node in el.iterancestors():
        if node is root:
            return False
        if node.tag in ("aside", "nav", "footer") or node.tag == "article":
            return True
        if matches(node, "foreign"):
            return True
    return False


def _figure(figure: Any) -> Image | None:
    captions = figure.xpath(".//figcaption")
    caption_el = captions[0] if captions else _first_match(figure, "caption")
    image = _image_of(figure)
    caption, credit = _caption_and_credit(caption_el) if caption_el is not None else (None, None)
    if credit is None:
        credit = _credit_outside(figure, caption_el)
    if image is None and caption is None:
        return None
    src, alt = image if image is not None else (None, None)
    return Image(src, alt, caption, credit)


def _loose_caption(el: Any) -> Image | None:
    """A caption element outside ``<figure>``: its image is in a nearby ancestor."""
    caption, credit = _caption_and_credit(el)
    if caption is None and credit is None:
        return None
    node = el.getparent()
    image = None
    for _ in range(3):
        if node is None:
            break
        image = _image_of(node)
        if image is not None:
            break
        node = node.getparent()
    if image is None:
        return None
    return Image(image[0], image[1], caption, credit)


def _first_match(el: Any, kind: str) -> Any:
    for node in el.iter():
        if isinstance(node.tag, str) and node is not el and matches(node, kind):
            return node
    return None


def _image_of(el: Any) -> tuple[str | None, str | None] | None:
    """``(src, alt)`` of the first image under ``el``."""
    for img in el.iter("img", "source"):
        src = _src(img)
        if src or img.tag == "img":
            alt = img.get("alt")
            return src, (" ".join(alt.split()) or None) if alt else None
    return None


def _src(img: Any) -> str | None:
    for attr in _SRC_ATTRS:
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value.split(",")[0].split()[0]
    return None


def _caption_and_credit(el: Any) -> tuple[str | None, str | None]:
    """Caption text without its credit element, and the credit."""
    parts: list[str] = []
    credits: list[str] = []
    _collect(el, parts, credits, top=el)
    caption = " ".join(" ".join(parts).split())
    if len(caption) > _MAX_CAPTION:
        return None, None
    credit = " ".join(" ".join(credits).split()) or None
    caption, tail = split_credit(caption)
    return caption or None, _clean_credit(credit or tail)


def _clean_credit(credit: str | None) -> str | None:
    """Without the "©" that pages print before the name."""
    if credit is None:
        return None
    credit = credit.strip().removeprefix("©").strip()
    return credit or None


def _collect(el: Any, parts: list[str], credits: list[str], top: Any) -> None:
    """Text of ``el`` into ``parts``, text of credit elements into ``credits``."""
    if el.text:
        parts.append(el.text)
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _SKIP_TAGS:
            if matches(child, "credit") or child.get("itemprop") in ("author", "copyrightHolder"):
                credits.append(child.text_content())
            else:
                _collect(child, parts, credits, top)
        if child.tail:
            parts.append(child.tail)


def _credit_outside(figure: Any, caption_el: Any) -> str | None:
    """A credit element in the figure but outside its caption."""
    for node in figure.iter():
        if node is caption_el or not isinstance(node.tag, str) or node is figure:
            continue
        if caption_el is not None and node in caption_el.iterdescendants():
            continue
        if matches(node, "credit") and not has_matching_ancestor(node.getparent(), "credit"):
            text = " ".join(node.text_content().split())
            if text and len(text) < 200:
                return _clean_credit(text)
    return None


def _duplicate(image: Image, images: list[Image]) -> bool:
    """Pages repeat a figure (lazy-load copies, lightboxes): same caption, or
    same image with no caption of its own."""
    return any(
        (image.caption and image.caption == other.caption)
        or (image.src and image.src == other.src and not image.caption)
        for other in images
    )
