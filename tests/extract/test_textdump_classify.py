"""Line kinds of a text dump (``textdump_classify``) as the extractor uses them."""

from __future__ import annotations

from tests.extract.english_dump import HEADLINE, INTRO, OUTRO, extract_en


def test_recent_posts_and_share_buttons_after_the_article_are_furniture() -> None:
    # English headings of a blog's post lists end the article ("Recent Posts"), and
    # WordPress share buttons are boilerplate lines (phrases in lang/en/textdump.toml).
    dump = f"""\
{HEADLINE}

{INTRO}

{OUTRO}

* Click to share on Facebook (Opens in new window) Facebook
* Click to share on X (Opens in new window) X

Recent Posts

* How we helped a bakery in the valley move all of its orders to the cloud in a week
* What a small shop should ask before it signs a contract for a rented server
"""
    article = extract_en(dump)
    assert OUTRO in article.text
    assert "Click to share" not in article.text
    assert "bakery" not in article.text
