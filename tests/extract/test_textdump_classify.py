"""Line kinds and the article span of a text dump, on dumps written for these
tests in the shapes inscriptis and html2text give (bullets as ``*``, headings
as ``#``, links dropped)."""

from __future__ import annotations

from newsgraph.article import Article, Source
from newsgraph.extract import textdump
from newsgraph.read.base import RawDocument


def extract(text: str) -> Article:
    return textdump.extract(RawDocument(Source("<test>"), "text", content=text, language="en"))


INTRO = (
    "Small shops in the valley moved their accounts to rented servers this year, and most of "
    "them say the switch paid for itself within a few months of the move."
)
LIST_LEAD = "The owners we spoke to named the same reasons for the change:"
OUTRO = (
    "Not every owner is happy with the result. Some of them miss the control they had when the "
    "machines stood in the back room, and a few of them have already moved back again."
)
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

Shops move their servers out of the back room

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
        article = extract(_list_dump(bullet))
        lists = [b.text for b in article.blocks if b.kind == "list"]
        assert lists == ["\n".join(ITEMS)], bullet
        assert "Home" not in article.text and "Five cheap ways" not in article.text


def test_a_short_line_that_opens_a_list_stays() -> None:
    dump = f"""\
Shops move their servers out of the back room

{INTRO}

Owners name three reasons:

* The machines in the back room cost more every year to keep running.
* The people who looked after them have retired or moved on to other jobs.
* The rented servers answer faster when customers order in the evening.

{OUTRO}
"""
    article = extract(dump)
    assert "Owners name three reasons:" in [b.text for b in article.blocks]


def test_rows_of_figures_in_the_body_are_a_table_kept() -> None:
    rows = ["Region Score", "North Valley 91.0", "Lake District 87.8", "Old Town 85.7"]
    table = "\n".join(rows)
    dump = f"""\
Shops move their servers out of the back room

{INTRO}

Where shops moved most

{table}

{OUTRO}
"""
    article = extract(dump)
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
Shops move their servers out of the back room

{body}

You might also like

{cards}

Products
Pricing
"""
    article = extract(dump)
    assert OUTRO in article.text
    assert "Card 1" not in article.text and "Card 6" not in article.text


def test_recent_posts_and_share_buttons_after_the_article_are_furniture() -> None:
    # English headings of a blog's post lists end the article ("Recent Posts"), and
    # WordPress share buttons are boilerplate lines (phrases in lang/en/textdump.toml).
    dump = f"""\
Shops move their servers out of the back room

{INTRO}

{OUTRO}

* Click to share on Facebook (Opens in new window) Facebook
* Click to share on X (Opens in new window) X

Recent Posts

* How we helped a bakery in the valley move all of its orders to the cloud in a week
* What a small shop should ask before it signs a contract for a rented server
"""
    article = extract(dump)
    assert OUTRO in article.text
    assert "Click to share" not in article.text
    assert "bakery" not in article.text


def test_an_author_box_under_the_article_is_furniture() -> None:
    bio = (
        "Mara Lindqvist is a staff writer at the Valley Ledger. She covers small business "
        "and technology, and before that she reported on the city council for six years."
    )
    dump = f"""\
Shops move their servers out of the back room

{INTRO}

{OUTRO}

Mara Lindqvist

{bio}

Products
Pricing
"""
    article = extract(dump)
    assert OUTRO in article.text
    assert "staff writer" not in article.text and "Mara Lindqvist" not in article.text


def test_a_last_section_headed_by_its_topic_stays() -> None:
    # "Film Photography" over "Film photography has …": a section heading, not a name.
    section = (
        "Film photography has come back in the last few years, and many of the shops in the "
        "valley now sell rolls of film again next to their memory cards and their cables."
    )
    dump = f"""\
Shops move their servers out of the back room

{INTRO}

{OUTRO}

Film Photography

{section}

Products
Pricing
"""
    article = extract(dump)
    assert section in article.text
