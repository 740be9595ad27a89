"""newsgraph: news pages in, a record of who said what, about whom, when out.

The Python API mirrors the command line::

    import newsgraph
    article = newsgraph.process(text=page_html, format="html", url="https://…")
    print(article.headline, article.published)
    print(article.to_json())          # the same JSON as `newsgraph extract`
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from newsgraph.article import SCHEMA, Article, Block, Image, Problem, Source
from newsgraph.pipeline import Options, process_document, run
from newsgraph.read import RawDocument, read_bytes
from newsgraph.read.decode import decode

__all__ = [
    "SCHEMA",
    "Article",
    "Block",
    "Image",
    "Options",
    "Problem",
    "Source",
    "process",
    "process_many",
    "run",
]
__version__ = "0.1.0"

API_FORMATS = ("auto", "html", "text", "plain")


def process(
    text: str | bytes,
    format: str = "auto",
    language: str | None = None,
    url: str | None = None,
    *,
    id: str | None = None,
    options: Options | None = None,
) -> Article:
    """One document to an Article.

    ``format``: ``"html"`` (a web page), ``"text"`` (a text dump of a web page:
    boilerplate is removed), ``"plain"`` (clean text, kept exactly: every offset
    points into ``text``), or ``"auto"`` (HTML if it looks like markup, else a
    text dump). ``bytes`` are decoded as the command line does (BOM, declared
    charset, UTF-8, guess). ``language`` skips detection; ``url`` is the page's
    address when the page does not say it.
    """
    if format not in API_FORMATS:
        raise ValueError(f"format must be one of {', '.join(API_FORMATS)}, not {format!r}")
    options = options or Options()
    if isinstance(text, bytes):
        if format == "plain":
            text = decode(text, html=False)
        else:
            doc = next(read_bytes(text, url or "<bytes>", format, options.max_bytes))
            return _finish(doc, language, url, id, options)
    if format == "auto":
        from newsgraph.read import sniff_text

        format = sniff_text(text)
    doc = RawDocument(Source(url or "<text>"), format, content=text)
    return _finish(doc, language, url, id, options)


def process_many(
    items: Iterable[str | bytes | Mapping[str, Any]],
    format: str = "auto",
    language: str | None = None,
    *,
    options: Options | None = None,
) -> Iterator[Article]:
    """Stream Articles for many documents, in order. An item is the document
    itself or a mapping with ``text`` (or ``html``) and optional ``id``,
    ``language`` and ``url``."""
    for item in items:
        if isinstance(item, Mapping):
            body = item.get("text", item.get("html", ""))
            yield process(
                body,
                format=format,
                language=item.get("language", language),
                url=item.get("url"),
                id=str(item["id"]) if item.get("id") is not None else None,
                options=options,
            )
        else:
            yield process(item, format=format, language=language, options=options)


def _finish(
    doc: RawDocument, language: str | None, url: str | None, id: str | None, options: Options
) -> Article:
    doc.language = language or doc.language
    doc.url = url or doc.url
    if id is not None:
        doc.doc_id = id
    return process_document(doc, options)
