"""Reported to the extraction side by the entities work (issue #12): a wire story's closing
credit line "(Reporting by …; Editing by …)" stays in the article's text, so the reporter
and the editor become people of the article. The line names the story's authors, not
people the story is about; extraction should drop it from the text (or keep it as a
byline). Expected to fail until extraction does; strict, so it is noticed when it passes."""

from __future__ import annotations

import pytest

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


@pytest.mark.xfail(strict=True, reason="extraction keeps wire credit lines (issue #12)")
def test_the_wire_credit_line_is_not_in_the_text() -> None:
    article = newsgraph.process(PAGE.encode("utf-8"), format="html")
    assert "shipyard will cut" in article.text
    assert "Editing by" not in article.text
