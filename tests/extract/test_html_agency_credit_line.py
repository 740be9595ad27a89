"""Reported to the extraction side by the entities work (issue #12): a wire story's closing
credit line "(Reporting by …; Editing by …)" stayed in the article's text, so the reporter
and the editor became people of the article. The line names the story's makers, not people
the story is about: it leaves the text, and its reporters are the authors when the page
names no one else."""

from __future__ import annotations

import newsgraph

PAGE = """<html><head><title>Shipyard to cut jobs</title></head><body><article>
<h1>Norwegian shipyard to cut 900 jobs as orders dry up</h1>
<p>OSLO, May 20 (Reuters) - A Norwegian shipyard will cut about 900 jobs and close one of its
two yards, the company said on Tuesday, blaming a slump in orders for car ferries.</p>
<p>"We have to size the company for the market it has," the chief executive told reporters at
the yard, adding that talks with the unions would start next week.</p>
<p>The yard delivered nine vessels last year, most of them electric ferries for operators in
Norway and Denmark, and is now bidding for offshore wind service ships.</p>
<p>(Reporting by Ingvild Aasen in Oslo; Additional reporting by Knut Bjerke; Editing by Tom
Hallett)</p>
</article></body></html>"""


def test_the_wire_credit_line_is_not_in_the_text() -> None:
    article = newsgraph.process(PAGE.encode("utf-8"), format="html")
    assert "shipyard will cut" in article.text
    assert "Editing by" not in article.text
    assert "Hallett" not in article.text
    assert article.authors == ["Ingvild Aasen"]  # the reporter; no editor


def test_a_byline_wins_over_the_credit_line() -> None:
    page = PAGE.replace("<article>", "<article><p class='byline'>By Maren Holt</p>")
    assert newsgraph.process(page.encode("utf-8"), format="html").authors == ["Maren Holt"]
