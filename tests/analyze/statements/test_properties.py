"""Property tests: the statements stage never raises and never points outside the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.analyze.statements import find

MARKS = "„“”\"'‚‘’«»‹›"
WORDS = [
    "sagte",
    "er",
    "sie",
    "Rubio",
    "der",
    "Minister",
    "sei",
    ",",
    ".",
    ":",
    "laut",
    "zufolge",
    "said",
    "according",
    "to",
    "he",
    "the",
    "\n",
    "\n\n",
    "dass",
    "that",
    "teilte",
    "mit",
    "Die",
    "Polizei",
    "heißt",
    "es",
    "In",
    "Erklärung",
]
texts = st.lists(
    st.sampled_from(WORDS) | st.sampled_from(list(MARKS)) | st.text(max_size=5), max_size=60
).map(" ".join) | st.text(max_size=300)


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["de", "en", "fr"]))
def test_never_raises_and_offsets_inside(text: str, language: str) -> None:
    for s in find(text, language):
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start : s.end] == s.text
        for part in [*s.spans, *(x for x in (s.speaker, s.cue) if x is not None)]:
            assert 0 <= part.start <= part.end <= len(text)
            assert text[part.start : part.end] == part.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(list(MARKS)), min_size=1, max_size=9))
def test_unbalanced_marks(marks: list[str]) -> None:
    text = " ".join(f"Er sagte {m}Wir kommen. Sie sei da." for m in marks)
    for s in find(text, "de"):
        assert text[s.start : s.end] == s.text
