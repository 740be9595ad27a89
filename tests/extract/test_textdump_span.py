"""The article span of a text dump and what it holds: lists and tables inside
it, teaser cards and an author box after it (``textdump_span``)."""

from __future__ import annotations

from tests.extract.english_dump import HEADLINE, INTRO, OUTRO, extract_en

LIST_LEAD = "The owners we spoke to named the same reasons for the change:"
ITEMS = [
    "Rising electricity costs",
    "Slow response times with old machines",
    "Delayed product launches",
    "Cash flow trouble after hardware purchases",
]


def _list_dump(bullet: str) -> str:
    items = "\n".join(f"{bullet} {item}" for item in ITEMS)
    return f"""\
{bullet} Home
{bullet} Business
{bullet} Technology
{bullet} Contact

{HEADLINE}

{INTRO}

{LIST_LEAD}

{items}

{OUTRO}

Related stories

{bullet} Five cheap ways to back up a laptop
{bullet} The town that runs on one server
"""


def test_a_list_between_paragraphs_is_the_articles_list() -> None:
    # Items with too few stopwords to read as prose ("Rising electricity costs") are the
    # article's own list when its text stands on both sides; the menu above is not.
    for bullet in ("*", "1."):
        article = extract_en(_list_dump(bullet))
        lists = [b.text for b in article.blocks if b.kind == "list"]
        assert lists == ["\n".join(ITEMS)], bullet
        assert "Home" not in article.text and "Five cheap ways" not in article.text


def test_rows_of_figures_in_the_body_are_a_table_kept() -> None:
    rows = ["Region Score", "North Valley 91.0", "Lake District 87.8", "Old Town 85.7"]
    table = "\n".join(rows)
    dump = f"""\
{HEADLINE}

{INTRO}

Where shops moved most

{table}

{OUTRO}
"""
    article = extract_en(dump)
    for row in rows[1:]:
        assert row in article.text
    assert OUTRO in article.text


def _card(n: int) -> str:
    excerpt = (
        f"Card {n} tells the story of a shop owner who moved the accounts to the cloud and "
        "found that the bills went down while the service to customers went up, which is why "
        "the owner now tells every neighbour on the high street to do the same thing soon."
    )
    return f"Story number {n} about servers\nMay {n}, 2025\n\n{excerpt}\n\nRead More Story {n}"


def test_teaser_cards_after_a_related_heading_are_not_the_article() -> None:
    # Six long excerpts outweigh the "You might also like" heading in the span score,
    # but each stands apart between a headline, a date and a link: no article text.
    cards = "\n\n".join(_card(n) for n in range(1, 7))
    body = "\n\n".join([INTRO, *(f"{OUTRO} ({n})" for n in range(1, 6))])
    dump = f"""\
{HEADLINE}

{body}

You might also like

{cards}

Products
Pricing
"""
    article = extract_en(dump)
    assert OUTRO in article.text
    assert "Card 1" not in article.text and "Card 6" not in article.text


def test_an_author_box_under_the_article_is_furniture() -> None:
    bio = (
        "Mara Lindqvist is a staff writer at the Valley Ledger. She covers small business "
        "and technology, and before that she reported on the city council for six years."
    )
    dump = f"""\
{HEADLINE}

{INTRO}

{OUTRO}

Mara Lindqvist

{bio}

Products
Pricing
"""
    article = extract_en(dump)
    assert OUTRO in article.text
    assert "staff writer" not in article.text and "Mara Lindqvist" not in article.text


def test_a_last_section_headed_by_its_topic_stays() -> None:
    # "Film Photography" over "Film photography has …": a section heading, not a name.
    section = (
        "Film photography has come back in the last few years, and many of the shops in the "
        "valley now sell rolls of film again next to their memory cards and their cables."
    )
    dump = f"""\
{HEADLINE}

{INTRO}

{OUTRO}

Film Photography

{section}

Products
Pricing
"""
    article = extract_en(dump)
    assert section in article.text


def test_the_footer_after_a_menu_under_the_article_is_not_the_article() -> None:
    # A little prose after a run of menu lines (a disclaimer in the footer) outweighs
    # the menu in the span score, but an article is not cut into a small last piece.
    disclaimer = (
        "The contents of this website are for general information only and are not meant to "
        "replace the advice of a professional who knows your shop, its servers and its accounts "
        "as well as you do."
    )
    body = "\n\n".join([INTRO, *(f"{OUTRO} ({n})" for n in range(1, 4))])
    menu = "\n".join(
        f"* {item}" for item in ("Home", "Business", "Technology", "Science", "Jobs", "Contact")
    )
    dump = f"""\
{HEADLINE}

{body}

{menu}

{disclaimer}
"""
    article = extract_en(dump)
    assert f"{OUTRO} (3)" in article.text
    assert "general information only" not in article.text


def test_a_standfirst_above_share_icons_and_the_dateline_is_the_lead() -> None:
    # html2text writes a row of icon-only share links as lines of "*": seven of them
    # between the standfirst and the body outweighed the standfirst in the span score.
    standfirst = (
        "Rented servers cost less than the machines in the back room, the owners say, and "
        "most of them would not go back."
    )
    icons = "\n".join("*" for _ in range(7))
    body = "\n\n".join([INTRO, OUTRO])
    dump = f"""\
# {HEADLINE}

{standfirst}

dpa

May 4, 2025

{icons}

{body}
"""
    article = extract_en(dump)
    assert article.teaser == standfirst or article.text.startswith(standfirst)
    assert INTRO in article.text
