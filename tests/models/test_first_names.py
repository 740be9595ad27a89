"""The first-name table: genders by how Faker's locales give the names."""

from __future__ import annotations

from collections import Counter

import pytest

from newsgraph.analyze.entities.first_names import first_names
from newsgraph.models.first_names import genders


def test_a_name_goes_to_the_gender_most_lists_give_it_and_a_shared_one_to_neither() -> None:
    male = Counter({"boris": 13, "andrea": 2, "kim": 8})
    female = Counter({"ekaterina": 2, "andrea": 23, "kim": 10})
    assert genders(male, female) == {"boris": "m", "andrea": "f", "ekaterina": "f"}


def test_the_shipped_table_knows_common_names() -> None:
    table = first_names()
    assert (table["boris"], table["ekaterina"], table["annika"]) == ("m", "f", "f")
    assert "kim" not in table


def test_the_table_rebuilds_byte_identically(tmp_path) -> None:  # type: ignore[no-untyped-def]
    faker = pytest.importorskip("faker")
    if faker.VERSION != "40.63.0":
        pytest.skip("the table is built from Faker 40.63.0 (the model extra)")
    from importlib import resources

    from newsgraph.models.first_names import counts, write

    write(genders(*counts()), tmp_path / "names.tsv.gz")
    shipped = resources.files("newsgraph.models").joinpath("first_names.tsv.gz").read_bytes()
    assert (tmp_path / "names.tsv.gz").read_bytes() == shipped
