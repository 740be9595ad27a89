"""Whatever the text, the entities stage does not fail and every mention slices its part."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.analyze.entities import find
from newsgraph.analyze.entities.tokens import sentences, tokenize

WORDS = st.sampled_from(
    [
        "Olaf",
        "Scholz",
        "Präsident",
        "US-Außenminister",
        "Marco",
        "Rubio",
        "(",
        "Grüne",
        ")",
        ",",
        ".",
        "der",
        "die",
        "Kiew",
        "sagte",
        "UnionUrsula",
        "von",
        "Leyen",
        "\n",
        "'s",
        "Secretary",
        "of",
        "State",
        "„",
        "“",
        "e.V.",
        "-",
        "Dschidda",
        "Bild",
        ":",
        "ß",
        "🙂",
    ]
)
TEXTS = st.lists(WORDS, max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(TEXTS, st.sampled_from(["de", "en"]))
def test_mentions_always_slice_the_text(text: str, language: str) -> None:
    for entity in find(text, language):
        assert entity.type in ("PER", "ORG", "LOC", "MISC")
        assert entity.key and entity.mentions
        for m in entity.mentions:
            assert text[m.start : m.end] == m.text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_tokens_cover_the_text_in_order(text: str) -> None:
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert all(a.end <= b.start for a, b in pairwise(tokens))
    assert [t for s in sentences(text, tokens) for t in s] == tokens
