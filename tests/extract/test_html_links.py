"""Short articles against navigation pages: a brief is an article however
short, a page of nothing but links is not, however long."""

from __future__ import annotations

import newsgraph
from newsgraph import problems
from newsgraph.pipeline import stage_names

_BRIEF = (
    "The city council of Riverton voted on Tuesday evening to close the old harbour bridge to "
    "heavy trucks from next month. Engineers had found cracks in two of its steel girders during "
    "a routine inspection in May. Mayor Ellen Park said repairs would start in the autumn and "
    "should take about a year. Buses and cars may still use the bridge."
)
_EXTRACTION = newsgraph.Options(skip=frozenset(stage_names()) - {"language", "checks"})


def _menu(prefix: str, n: int) -> str:
    return "".join(f"<li><a href='/{prefix}{i}'>{prefix.title()} {i}</a></li>" for i in range(n))


def _process(page: str, url: str) -> newsgraph.Article:
    return newsgraph.process(page, format="html", url=url, options=_EXTRACTION)


def test_a_sixty_word_brief_whose_paragraph_is_the_description_is_an_article() -> None:
    page = (
        "<html><head><title>Harbour bridge closed to trucks | Riverton Post</title>"
        f'<meta name="description" content="{_BRIEF[:120]}"></head><body>'
        f"<header><ul>{_menu('section', 12)}</ul></header><main><article>"
        f"<h1>Harbour bridge closed to trucks</h1><p>{_BRIEF}</p></article></main>"
        "<footer><p>© Riverton Post 2026</p><a href='/imprint'>Imprint</a></footer></body></html>"
    )
    article = _process(page, "https://www.rivertonpost.example/news/bridge.html")
    assert article.text == _BRIEF
    assert article.problems == []


def test_a_page_of_topic_links_is_not_an_article() -> None:
    links = "".join(f"<li><a href='/t{i}'>News about topic number {i}</a></li>" for i in range(40))
    page = (
        "<html><head><title>Topics | Riverton Post</title></head><body>"
        f"<h1>All topics</h1><ul>{links}</ul>"
        "<p>Find every topic of the Riverton Post here.</p></body></html>"
    )
    article = _process(page, "https://www.rivertonpost.example/topics/")
    assert [p.code for p in article.problems] == [problems.NOT_AN_ARTICLE]
    assert "link texts" in article.problems[0].message


def test_links_inside_an_article_do_not_make_it_navigation() -> None:
    linked = _BRIEF.replace("Mayor Ellen Park", "<a href='/people/park'>Mayor Ellen Park</a>")
    page = (
        "<html><head><title>Bridge</title></head><body>"
        f"<nav><ul>{_menu('section', 30)}</ul></nav><article><h1>Bridge closed</h1>"
        f"<p>{linked}</p><p>{_BRIEF}</p></article></body></html>"
    )
    article = _process(page, "https://www.rivertonpost.example/news/b.html")
    assert article.problems == []
