"""The German cue lexicon from SpkAtt-2023 (``lang/de/spkatt_cues.tsv``), read once.

Why: a speech verb with only an object ("verkündete seinen Rücktritt") is a statement
only when the verb reports what someone said; the lexicon (built by
``newsgraph.models.spkatt_cues`` from annotated Bundestag speeches) tells which listed
verbs do so often enough, and the confidence model reads how often each lemma is a cue
at all (its cue ratio), so doubtful cue verbs propose candidates the model may drop.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Cue:
    """One cue lemma ("ein|räumen"): how often annotated as a cue, how often seen, how
    often the cue of someone else's words (a third-person source: "die Experten warnen",
    not "wir sehen"), and its word forms (separated forms of a particle verb apart from
    the fused ones)."""

    lemma: str
    cues: int
    total: int
    others: int
    separated: tuple[str, ...]
    fused: tuple[str, ...]

    @property
    def ratio(self) -> float:
        return self.cues / self.total if self.total else 0.0

    @property
    def particle(self) -> str | None:
        return self.lemma.rpartition("|")[0] or None


@cache
def cues(language: str) -> dict[str, Cue]:
    """Every lemma of the language's cue lexicon ({} when it has none)."""
    path = resources.files("newsgraph.lang").joinpath(language, "spkatt_cues.tsv")
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        lemma, n, total, others, forms = line.split("\t")
        separated, _, fused = forms.partition(" | ")
        out[lemma] = Cue(
            lemma, int(n), int(total), int(others), tuple(separated.split()), tuple(fused.split())
        )
    return out


def selected(language: str, min_others: int, min_ratio: float) -> list[Cue]:
    """The lemmas annotated at least ``min_others`` times as the cue of someone else's
    words and as a cue in at least ``min_ratio`` of their occurrences. Why the third
    person: in speeches "wir sehen", "ich glaube" are cues of the speaker's own words;
    news reports other people's."""
    return [c for c in cues(language).values() if c.others >= min_others and c.ratio >= min_ratio]


def ratio(language: str, lemma: str) -> float:
    """How often ``lemma`` is a cue where it occurs in the lexicon's data; 0 when unknown."""
    found = cues(language).get(lemma)
    return found.ratio if found is not None else 0.0


def reporting(data: dict[str, object]) -> set[str]:
    """Lemmas the cue lexicon shows reporting someone else's words often enough
    (``lexicon_reporting_min_others`` times, as a cue in ``lexicon_min_ratio`` of their
    occurrences, both in [verbs]): they make a reported statement on their own, like the
    `reporting` list ("verkündete seinen Rücktritt")."""
    least = data.get("lexicon_reporting_min_others")
    if not isinstance(least, int):
        return set()
    min_ratio = float(data.get("lexicon_min_ratio", 0.0))  # type: ignore[arg-type]
    return {c.lemma for c in selected("de", least, min_ratio)}
