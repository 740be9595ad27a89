"""Is this an article at all? Flags pages with no body or too little body
text (index pages, error pages, galleries), without dropping them."""

from __future__ import annotations

from newsgraph import problems
from newsgraph.article import Article

MIN_WORDS = 60  # below this a page is a teaser list, an error page or a stub


def stage(article: Article) -> Article:
    if article.format == "plain" or any(
        p.stage == "read" or p.code == problems.NOT_AN_ARTICLE for p in article.problems
    ):
        return article  # the user's own text, or a problem already explains it
    words = len(article.text.split())
    if words == 0:
        article.add_problem(problems.NO_BODY, "checks", "no article text found")
    elif words < MIN_WORDS:
        article.add_problem(problems.NOT_AN_ARTICLE, "checks", f"only {words} words of body text")
    return article
