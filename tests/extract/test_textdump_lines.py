"""Lines of a text dump: markers to flags, wrapped paragraphs joined."""

from __future__ import annotations

from newsgraph.extract.textdump_lines import parse_lines

LONG = (
    "This paragraph stands on one line, as html2text and inscriptis write paragraphs when "
    "nothing in the page broke them, and it goes on for a while so that it is long."
)
WRAPPED = [
    "Gym equipment means the machines, tools and accessories found in a",
    "fitness club that help people reach their goals. These machines are",
    "built to train different muscle groups, to improve the health of the",
    "heart and to make people fitter overall.",
]
MENU = [
    "Gym in Eastfield, North County",
    "Gym in Westbrook, South County",
    "Gym in Millbrook, North County",
    "Gym in Riverside, South County",
]


def test_a_paragraph_broken_at_a_width_is_one_line() -> None:
    # The page broke one paragraph with <br> at about 70 characters; the rest is not wrapped,
    # so no wrap width holds for the whole dump.
    dump = "\n\n".join([LONG, "\n".join(WRAPPED), "\n".join(MENU), LONG + " Again."])
    texts = [line.text for line in parse_lines(dump)]
    assert " ".join(WRAPPED) in texts
    assert all(item in texts for item in MENU)  # lines that start with capitals stay apart
