from __future__ import annotations

import pytest

from newsgraph.extract.dates import find_dates, normalize_iso, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("12. März 2025", "2025-03-12"),
        ("12. Maerz 2025", "2025-03-12"),
        ("12.03.2025, 16:30 Uhr", "2025-03-12T16:30"),
        ("am 1. Mai 2024 um 8.15 Uhr", "2024-05-01T08:15"),
        ("March 12, 2025", "2025-03-12"),
        ("12 March 2025", "2025-03-12"),
        ("Sept. 3, 2024", "2024-09-03"),
        ("Published March 12, 2025 at 4:30 pm", "2025-03-12T16:30"),
        ("2025-03-12T16:30:00+01:00", "2025-03-12T16:30+01:00"),
        ("14.05.2025 - 11:47 Uhr", "2025-05-14T11:47"),
        ("12.03.2025, 16:30 Uhr (MEZ)", "2025-03-12T16:30+01:00"),
        ("Jul 8, 2025, 9:00 AM EDT", "2025-07-08T09:00-04:00"),
        ("Wed 25 Jun 2025 17.40 BST", "2025-06-25T17:40+01:00"),
        ("Stand: 07.11.2024 18:02 Uhr", "2024-11-07T18:02"),
    ],
)
def test_dates_in_running_text(text: str, iso: str) -> None:
    assert parse_date(text) == iso


def test_a_following_date_is_not_read_as_a_time() -> None:
    assert [d.iso for d in find_dates("12.03.2025 - 14.03.2025")] == ["2025-03-12", "2025-03-14"]


def test_glued_dateline_gives_both_dates_in_order() -> None:
    found = find_dates("Veröffentlicht 12. März 2025Zuletzt aktualisiert 13. März 2025")
    assert [d.iso for d in found] == ["2025-03-12", "2025-03-13"]


@pytest.mark.parametrize("text", ["31. Februar 2025", "Seite 12 von 30", "im Jahr 2025", ""])
def test_no_date(text: str) -> None:
    assert parse_date(text) is None


def test_normalize_machine_dates() -> None:
    assert normalize_iso("2025-03-12") == "2025-03-12"
    assert normalize_iso("2025-03-12T16:30:00Z") == "2025-03-12T16:30:00+00:00"
    assert normalize_iso("2025-03-12T16:30:00+01:00") == "2025-03-12T16:30:00+01:00"
    assert normalize_iso("garbage") is None
    assert normalize_iso(None) is None
