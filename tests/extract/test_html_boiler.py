"""Page furniture among the body blocks: each kind on a page written for the test,
removed without losing a word of the article."""

from __future__ import annotations

from newsgraph.article import Article, Source
from newsgraph.extract.html import extract
from newsgraph.read.base import RawDocument

_BODY = [
    "Die Regierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien "
    "beschlossen, das den Ausbau von Wind- und Solaranlagen deutlich beschleunigen soll.",
    "Nach Angaben des Wirtschaftsministeriums sollen Genehmigungsverfahren künftig nur noch "
    "wenige Monate dauern. Kritiker bemängeln jedoch fehlende Mittel für den Netzausbau.",
    "Die Opposition kündigte an, das Gesetz im Bundesrat zu blockieren. Eine Einigung gilt "
    "vor der Sommerpause als unwahrscheinlich, hieß es aus Kreisen der Länder.",
    "Umweltverbände begrüßten das Tempo, warnten aber vor Abstrichen beim Artenschutz. Sie "
    "wollen die ersten Genehmigungen nach dem neuen Verfahren genau prüfen lassen.",
]


def _extract(furniture: list[str]) -> Article:
    """The four paragraphs with one piece of furniture after each of the first ones."""
    parts = []
    for i, text in enumerate(_BODY):
        parts.append(f"<p>{text}</p>")
        if i < len(furniture):
            parts.append(furniture[i])
    page = (
        "<html><head><title>Energiegesetz</title></head><body><main><article>"
        f"<h1>Neues Energiegesetz beschlossen</h1>{''.join(parts)}</article></main></body></html>"
    )
    return extract(RawDocument(Source("t.html"), "html", page, "https://www.example.de/a.html"))


def _assert_only_body(article: Article) -> None:
    assert [b.text for b in article.blocks] == _BODY


def test_read_more_lines_and_teaser_links_leave_the_text() -> None:
    article = _extract(
        [
            "<p>Mehr zum Thema: <a href='/stopp'>Bundesrat stoppt das Heizungsgesetz</a></p>",
            "<p><a href='/wind'>Warum Windräder im Süden fehlen und was Bayern plant</a></p>",
            "<p>Read more: <a href='/en/grid'>Why the grid cannot keep up</a></p>",
        ]
    )
    _assert_only_body(article)


def test_a_promo_in_brackets_leaves_the_text() -> None:
    article = _extract(
        [
            "<p>[Alle Entwicklungen zur Energiewende lesen Sie in unserem "
            "<a href='/liveblog'>Liveblog</a>]</p>"
        ]
    )
    _assert_only_body(article)


def test_a_comment_count_and_a_consent_box_per_embed_leave_the_text() -> None:
    consent = (
        "<p>Externer Inhalt nicht verfügbar</p><p>Ihre Privatsphäre-Einstellungen verhindern "
        "das Laden externer Inhalte. Bitte ändern Sie die Einstellungen.</p>"
    )
    article = _extract([consent, "<p>5 Kommentare</p>", consent])
    _assert_only_body(article)


def test_a_gallery_heading_repeated_per_slide_leaves_the_text() -> None:
    slide = "<h2>Bildergalerie: So sieht der neue Windpark aus</h2>"
    article = _extract([slide, slide, slide])
    _assert_only_body(article)


def test_a_heading_linked_from_the_contents_list_stays() -> None:
    body = [
        "<ul><li><a href='#kritik'>Kritik aus den Ländern</a></li></ul>",
        "<h2><a name='kritik'>Kritik aus den Ländern</a></h2>",
    ]
    article = _extract(body)
    assert ("heading", "Kritik aus den Ländern") in [(b.kind, b.text) for b in article.blocks]
    assert all(text in article.text for text in _BODY)


def test_an_image_credit_after_a_label_leaves_the_text() -> None:
    article = _extract(["<p>Rubriklistenbild: © Max Muster/dpa</p>"])
    _assert_only_body(article)


def test_a_name_in_an_author_card_button_is_the_author() -> None:
    card = "<div class='article-author'><button class='author-card'>Anna Berger</button></div>"
    page = (
        "<html><head><title>Energiegesetz</title></head><body><article>"
        f"<h1>Neues Energiegesetz beschlossen</h1>{card}"
        + "".join(f"<p>{text}</p>" for text in _BODY)
        + "</article></body></html>"
    )
    article = extract(RawDocument(Source("t.html"), "html", page, "https://www.example.de/a.html"))
    assert article.authors == ["Anna Berger"]
