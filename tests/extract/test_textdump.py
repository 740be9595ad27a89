"""The text-dump extractor on small dumps written for these tests, and on the
project's seed document when ../shared is present."""

from __future__ import annotations

import random
import textwrap
import time

import pytest

from newsgraph.article import BLOCK_SEPARATOR, Article, Source
from newsgraph.extract import textdump
from newsgraph.read.base import RawDocument
from tests.extract.english_dump import HEADLINE, INTRO, OUTRO, extract_en


def extract(text: str, language: str | None = None) -> Article:
    return textdump.extract(RawDocument(Source("<test>"), "text", content=text, language=language))


PARAGRAPH_1 = (
    "Der Stadtrat hat am Montagabend nach langer Debatte den neuen Haushalt beschlossen. "
    "Die Mehrheit stimmte für die Pläne der Verwaltung, die Opposition kritisierte "
    "die hohen Kosten."
)
PARAGRAPH_2 = (
    "Bürgermeisterin Anna Weber sagte, man habe einen guten Kompromiss gefunden. Es sei nun an "
    "der Zeit, die Projekte umzusetzen, die seit Jahren auf der Liste der Stadt stehen."
)
PARAGRAPH_3 = (
    "Die Opposition will den Beschluss dennoch prüfen lassen. Sie hält die Planung für zu "
    "optimistisch und fordert eine unabhängige Untersuchung der Zahlen durch die Aufsicht."
)

GERMAN_DUMP = f"""\
  1. Zum Inhalt springen
  2. Zur Hauptnavigation springen
  3. Zu weiteren Angeboten der Stadtpost springen
PolitikKommunen

Stadtrat beschließt neuen Haushalt

Veröffentlicht 3. Februar 2025Zuletzt aktualisiert 4. Februar 2025

Nach monatelangem Streit hat die Stadt einen Haushalt. Doch die Opposition will klagen.

https://proxy.example.org:443/https/www.stadtpost.example/p/abc123
Rathaus am Marktplatz
Das Rathaus der Stadt am Marktplatz am frühen MorgenBild: Max Muster/dpa

{PARAGRAPH_1}

{PARAGRAPH_2}

Opposition kündigt Prüfung an

{PARAGRAPH_3}

abc/xy (dpa, afp)

Redaktionsschluss: 18.00 Uhr - dieser Artikel wird nicht weiter aktualisiert.

Mehr zum Thema

Teilen
Impressum
"""


def test_german_dump_metadata() -> None:
    article = extract(GERMAN_DUMP)
    assert article.kicker == ["Politik", "Kommunen"]
    assert article.headline == "Stadtrat beschließt neuen Haushalt"
    assert article.published == "2025-02-03"
    assert article.updated == "2025-02-04"
    assert article.teaser == (
        "Nach monatelangem Streit hat die Stadt einen Haushalt. Doch die Opposition will klagen."
    )
    assert article.url == "https://www.stadtpost.example/p/abc123"
    assert article.publisher == "Stadtpost"
    assert article.agencies == ["dpa", "AFP"]
    assert article.notes == [
        "Redaktionsschluss: 18.00 Uhr - dieser Artikel wird nicht weiter aktualisiert."
    ]


def test_german_dump_body() -> None:
    article = extract(GERMAN_DUMP)
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("paragraph", PARAGRAPH_1),
        ("paragraph", PARAGRAPH_2),
        ("heading", "Opposition kündigt Prüfung an"),
        ("paragraph", PARAGRAPH_3),
    ]
    assert len(article.images) == 1
    image = article.images[0]
    assert image.alt == "Rathaus am Marktplatz"
    assert image.caption == "Das Rathaus der Stadt am Marktplatz am frühen Morgen"
    assert image.credit == "Max Muster/dpa"


# html2text with body_width=0 writes each paragraph on one line.
EN_PARAGRAPH_1 = (
    "The city council approved the **new budget** on Monday evening after a long and _heated_ "
    "debate that lasted until well after midnight in the main chamber."
)
EN_PARAGRAPH_2 = (
    "The mayor said that the projects would start in the spring, and that the first contracts "
    "were already being prepared by the city's planning office."
)
EN_COMMENT = (
    "This is a long reader comment that says many things about the budget and the council and "
    "how it should have voted on the matter, with many words in it to look like prose text."
)
ENGLISH_MARKDOWN = f"""\
  * [Home](https://news.example.com/)
  * World
  * Business

Skip to content

# Council approves the new city budget

By Jane Doe and Tom Hale

Published March 12, 2025 Updated March 13, 2025

![The city hall at dawn](https://news.example.com/img/hall.jpg)

{EN_PARAGRAPH_1}

## What happens next

{EN_PARAGRAPH_2}

  * The first project is the renovation of the old central library on Main Street.
  * The second project is a new bridge that will connect the two halves of the town.

Editor's note: An earlier version of this story misspelled the mayor's name.

## Related articles

  * Mayor wins the election by a wide margin in the second round of voting
  * City hall to close for renovation

Comments

{EN_COMMENT}
"""


def test_html2text_markdown_comes_out_clean() -> None:
    article = extract(ENGLISH_MARKDOWN)
    assert article.headline == "Council approves the new city budget"
    assert article.authors == ["Jane Doe", "Tom Hale"]
    assert article.published == "2025-03-12"
    assert article.updated == "2025-03-13"
    kinds = [b.kind for b in article.blocks]
    assert kinds == ["paragraph", "heading", "paragraph", "list"]
    for marker in ("**", "![", "](", "# ", " _", "* "):
        assert marker not in article.text
    assert "new budget" in article.text and "heated" in article.text
    assert "Related" not in article.text and "reader comment" not in article.text
    assert article.notes == [
        "Editor's note: An earlier version of this story misspelled the mayor's name."
    ]
    assert article.images[0].alt == "The city hall at dawn"
    assert article.images[0].src == "https://news.example.com/img/hall.jpg"


def test_hard_wrapped_paragraphs_are_joined() -> None:
    """Text browsers wrap at a fixed width; each paragraph must come back whole."""
    paragraphs = [PARAGRAPH_1 + " " + PARAGRAPH_2, PARAGRAPH_3 + " " + PARAGRAPH_1, PARAGRAPH_2]
    wrapped = "\n\n".join(textwrap.fill(p, 72) for p in paragraphs)
    article = extract("Überschrift der Meldung\n\n" + wrapped)
    assert [b.text for b in article.blocks] == paragraphs


def test_text_is_the_blocks_joined() -> None:
    for dump in (GERMAN_DUMP, ENGLISH_MARKDOWN):
        article = extract(dump)
        assert article.text == BLOCK_SEPARATOR.join(b.text for b in article.blocks)
        for block in article.blocks:
            assert article.text[block.start : block.end] == block.text


def test_body_lines_that_look_like_headings_stay_paragraphs() -> None:
    quote_line = (
        'Waltz sagte, es sei nun nicht mehr die Frage, "ob der Krieg beendet wird, '
        'sondern wie er beendet wird".'
    )
    article = extract(f"Titel der Meldung hier\n\n{PARAGRAPH_1}\n\n{quote_line}\n\n{PARAGRAPH_2}\n")
    assert ("paragraph", quote_line) in [(b.kind, b.text) for b in article.blocks]


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n\t", "\x00\x01", "![", "](", "* * *", "# ", "Bild:", "(dpa)", "1. 2. 3."],
)
def test_odd_input_never_raises(text: str) -> None:
    article = extract(text)
    assert isinstance(article.text, str)


def test_random_text_never_raises() -> None:
    rnd = random.Random(7)
    alphabet = "ab cdÄß\n\n\r*#![]()_-:/.\t\u2028|©0123"
    for _ in range(200):
        extract("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 300))))


@pytest.mark.parametrize(
    "text",
    [
        "wort " * 400_000,  # one 2 MB line
        "![" * 200_000 + "](" * 200_000,  # unclosed markdown
        ("Ein Satz mit Wörtern und dem Bild: x/y. " * 20 + "\n") * 2_000,
    ],
)
def test_large_input_is_linear(text: str) -> None:
    started = time.perf_counter()
    extract(text)
    assert time.perf_counter() - started < 10


# -- the seed --------------------------------------------------------------------


def test_seed_metadata(seed: Article) -> None:
    assert seed.headline == "USA nehmen Militärhilfe für die Ukraine wieder auf"
    assert seed.kicker == ["Konflikte", "Ukraine"]
    assert seed.published == seed.updated == "2025-03-12"
    assert seed.teaser is not None
    assert seed.teaser.startswith("Es ist ein Geben und Nehmen:")
    assert seed.teaser.endswith("Doch was sagt der Kreml?")
    assert seed.url == "https://p.dw.com/p/4rfZT"
    assert seed.publisher == "DW"
    assert seed.language == "de"
    assert seed.agencies == ["AFP", "Reuters", "AP", "dpa"]
    assert seed.notes == [
        "Redaktionsschluss: 16.30 Uhr (MEZ) - dieser Artikel wird nicht weiter aktualisiert."
    ]


def test_seed_body(seed: Article) -> None:
    assert [b.text for b in seed.blocks if b.kind == "heading"] == [
        "Waffenruhe aber nur, wenn auch Russland zustimmt",
        '"Der Ball liegt im Feld der Russen"',
        "Trump will auch wieder mit Putin sprechen",
        "Kreml will erst Einzelheiten wissen",
        "Bislang war Moskau gegen eine Feuerpause",
        "Westliche Verbündete sind erleichtert",
    ]
    assert any(b.text.startswith("Waltz sagte") or "Waltz sagte" in b.text for b in seed.blocks)
    for unwanted in (
        "springen",
        "https://",
        "Bild:",
        "picture alliance",
        "se/sti",
        "Redaktionsschluss",
        "Oval Office",
        "v.l.n.r.",
        "Geben und Nehmen",
    ):
        assert unwanted not in seed.text, unwanted


def test_seed_images(seed: Article) -> None:
    assert len(seed.images) == 4
    assert all(i.alt and i.caption and i.credit for i in seed.images)
    second = seed.images[1]
    assert second.caption is not None and second.caption.endswith("US-Außenminister Marco Rubio")
    assert second.credit == "picture alliance/dpa/Planet Pix via ZUMA Press Wire"
    assert seed.images[0].alt is not None and seed.images[0].alt.endswith("(v.l.n.r.)")


_ENGLISH_BRIEF = """\
Harbour bridge closed to trucks

https://www.rivertonpost.example/news/bridge

The city council of Riverton voted on Tuesday evening to close the old harbour bridge to heavy
trucks from next month, after engineers found cracks in two of its steel girders.

Mayor Ellen Park said repairs would start in the autumn and should take about a year. Buses and
cars may still use the bridge while the work goes on, the council said in a statement.

Engineers will inspect the other two bridges over the river before the winter, the council
added. Their reports are expected in November and will be published on the city's website.

{footer}
"""


def test_a_copyright_line_that_names_no_site_of_the_page_is_no_publisher() -> None:
    hosted = extract(_ENGLISH_BRIEF.format(footer="© 2026 Hosted"), language="en")
    assert hosted.publisher is None
    own = extract(_ENGLISH_BRIEF.format(footer="© 2026 Riverton Post"), language="en")
    assert own.publisher == "Riverton Post"


_SENTENCES = [
    "Die Stadt will die Brücke über den Fluss bis zum Herbst sanieren lassen.",
    "Gutachter hatten an mehreren Trägern der Brücke tiefe Risse gefunden.",
    "Der Verkehr soll während der Arbeiten über eine Behelfsbrücke geführt werden.",
    "Die Kosten schätzt das Bauamt auf rund zwölf Millionen Euro.",
    "Anwohner fürchten monatelange Staus in der Innenstadt und auf der Umgehung.",
    "Der Stadtrat hatte die Sanierung im Frühjahr einstimmig beschlossen.",
    "Ein Neubau wäre nach Angaben der Verwaltung doppelt so teuer geworden.",
    "Die Arbeiten sollen nachts ruhen, damit die Nachbarn schlafen können.",
    "Busse fahren in dieser Zeit eine Umleitung über den Bahnhofsplatz.",
    "Fußgänger können die Brücke auf einem abgesperrten Steg weiter nutzen.",
    "Bis zum Winter soll der erste Abschnitt der Fahrbahn fertig sein.",
    "Die Bauaufsicht will die Träger jeden Monat neu vermessen lassen.",
    "Auch die Geländer und die Beleuchtung werden bei der Sanierung erneuert.",
    "Die Opposition fordert eine Bürgerversammlung zu den Umleitungen.",
    "Der Oberbürgermeister sagte, die Sicherheit gehe in jedem Fall vor.",
]


def _paragraph(n: int, topic: str) -> str:
    """A paragraph of three sentences no other paragraph shares."""
    return f"{topic} {n}: " + " ".join(_SENTENCES[(3 * n + k) % len(_SENTENCES)] for k in range(3))


def test_the_article_resumes_after_a_box_set_into_it() -> None:
    first = "\n\n".join(_paragraph(i, "Bericht") for i in range(3))
    rest = "\n\n".join(_paragraph(i, "Fortsetzung") for i in range(3))
    dump = (
        f"Brücke wird saniert\n\n{first}\n\nMeistgelesen\n\nPromi trauert um Hund\n\n"
        f"Jetzt kommt der Winter\n\n{rest}\n\nImpressum\n\nDatenschutz\n"
    )
    article = extract(dump, language="de")
    assert "Bericht 0" in article.text and "Fortsetzung 2" in article.text
    assert "Promi trauert" not in article.text


def test_reader_comments_longer_than_the_article_are_not_the_article() -> None:
    body = "\n\n".join(_paragraph(i, "Bericht") for i in range(3))
    comments = "\n\n".join(_paragraph(i, "Leserin") for i in range(5))
    dump = f"Brücke wird saniert\n\n{body}\n\n3 Kommentare\n\n{comments}\n\nImpressum\n"
    article = extract(dump, language="de")
    assert "Bericht 1" in article.text
    assert "Leserin" not in article.text


def test_a_short_line_that_opens_a_list_stays() -> None:
    dump = f"""\
{HEADLINE}

{INTRO}

Owners name three reasons:

* The machines in the back room cost more every year to keep running.
* The people who looked after them have retired or moved on to other jobs.
* The rented servers answer faster when customers order in the evening.

{OUTRO}
"""
    article = extract_en(dump)
    assert "Owners name three reasons:" in [b.text for b in article.blocks]
