"""A listing's controls read from its URL, and the URLs of the same view changed."""

from __future__ import annotations

import pytest

from newsgraph.web.controls import BadControl, read


def test_empty_fields_mean_any_and_defaults_stay_out_of_urls() -> None:
    view = read({"q": "  Genf  ", "language": "", "outlet": " ", "min_confidence": ""})
    assert view.q == "Genf" and view.filters.language is None and view.filters.outlet is None
    assert view.filters.min_confidence == 0.0 and view.paging.limit == 50
    assert view.url("/") == "/?q=Genf"


def test_a_view_links_to_its_next_page_sort_and_export() -> None:
    view = read({"q": "Genf", "kind": "direct", "limit": "10", "offset": "20", "sort": "date"})
    assert view.url("/", offset=30) == "/?q=Genf&kind=direct&limit=10&offset=30&sort=date"
    assert view.url("/", format="csv", offset=None) == (
        "/?q=Genf&kind=direct&limit=10&sort=date&format=csv"
    )
    # the sorted column flips its direction; another column starts at its natural one
    assert view.sort_url("/", "date", "date", True).endswith("sort=date&desc=0")
    assert view.sort_url("/", "speaker", "date", True).endswith("sort=speaker")
    assert "offset" not in view.sort_url("/", "speaker", "date", True)


@pytest.mark.parametrize(
    ("params", "says"),
    [
        ({"limit": "0"}, "limit must be from 1"),
        ({"offset": "-1"}, "offset must be 0 or more"),
        ({"min_confidence": "x"}, "min_confidence must be a number"),
        ({"until": "2025-02-30"}, "not a date"),
        ({"desc": "yes"}, "desc must be 0 or 1"),
        ({"person": "p" * 201}, "person is longer than 200"),
    ],
)
def test_a_wrong_value_says_which_and_why(params: dict[str, str], says: str) -> None:
    with pytest.raises(BadControl, match=says):
        read(params)
