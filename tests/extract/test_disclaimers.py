"""The publisher network's disclaimer line ("*lokalbote-nordheide.de ist ein Angebot
von …") leaves the text; a sentence of the article about another outlet stays."""

from __future__ import annotations

from newsgraph.article import Article, Source
from newsgraph.extract.disclaimers import is_disclaimer, site_names
from newsgraph.extract.html import extract
from newsgraph.read.base import RawDocument

_DE = [
    "Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen. Größter "
    "Posten ist die Sanierung der Grundschule, die seit Jahren auf der Liste steht.",
    "Die Kämmerin rechnet mit höheren Einnahmen aus der Gewerbesteuer. Gleichzeitig steigen "
    "die Kosten für Personal und Energie deutlich, hieß es in der Sitzung.",
    "Die Opposition kritisierte, dass für den Radverkehr kaum Mittel vorgesehen seien. Der "
    "Bürgermeister verwies auf Förderprogramme des Landes, die noch geprüft würden.",
]
_EN = [
    "The city council approved the new budget on Tuesday after a long debate about road "
    "repairs, school buildings and the cost of public transport in the coming years.",
    "The finance director expects higher tax income next year, while the cost of staff and "
    "energy keeps rising, she told the council during the meeting.",
    "Opposition members said too little money was set aside for cycling. The mayor pointed to "
    "state grants that are still being reviewed by the county.",
]


def _page(paragraphs: list[str], tail: str, site: str, host: str) -> Article:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        f"<html><head><title>Haushalt</title><meta property='og:site_name' content='{site}'>"
        f"</head><body><main><article><h1>Haushalt beschlossen</h1>{body}<p>{tail}</p>"
        "</article></main></body></html>"
    )
    doc = RawDocument(Source("t.html"), "html", html, f"https://www.{host}/lokales/a-1.html")
    return extract(doc)


def test_the_networks_disclaimer_line_leaves_a_german_article() -> None:
    tail = (
        "*lokalbote-nordheide.de ist ein Angebot von NORDMEDIA. Unsere Redaktion gehört zum "
        "bundesweiten Nordmedia-Netzwerk."
    )
    article = _page(_DE, tail, "Lokalbote Nordheide", "lokalbote-nordheide.de")
    assert [b.text for b in article.blocks] == _DE


def test_the_networks_disclaimer_line_leaves_an_english_article() -> None:
    tail = "The Riverton Ledger is part of the Lakeside News Network, a group of local newsrooms."
    article = _page(_EN, tail, "Riverton Ledger", "riverton-ledger.com")
    assert [b.text for b in article.blocks] == _EN


def test_a_sentence_about_another_outlet_stays() -> None:
    tail = "The Harbor Times is part of the Lakeside News Network, the mayor's office said."
    article = _page(_EN, tail, "Riverton Ledger", "riverton-ledger.com")
    assert [b.text for b in article.blocks] == [*_EN, tail]


def test_is_disclaimer_needs_the_site_and_a_network_phrase() -> None:
    names = ("riverton ledger", "riverton-ledger.com")
    assert is_disclaimer("Riverton Ledger is a member of the Lakeside News Network.", names)
    assert not is_disclaimer("Riverton Ledger reporters visited the plant on Monday.", names)
    assert not is_disclaimer("The plant is part of the Lakeside group.", names)
    assert not is_disclaimer("Riverton Ledger is part of it. " * 20, names)  # not a short line


def test_site_names_from_the_page() -> None:
    import lxml.html

    tree = lxml.html.fromstring(
        "<html><head><meta property='og:site_name' content='Riverton Ledger'>"
        "<link rel='canonical' href='https://www.riverton-ledger.com/news/a/'></head>"
        "<body><p>x</p></body></html>"
    )
    assert site_names(tree) == ("riverton ledger", "riverton-ledger.com")
