"""The German cue lexicon from SpkAtt-2023 (``lang/de/spkatt_cues.tsv``), read once.

Why: the hand-written verb list misses many verbs that report speech in German news;
the lexicon (built by ``newsgraph.models.spkatt_cues`` from annotated Bundestag
speeches) adds every verb annotated often enough as a cue, and the confidence model
reads how often each lemma is a cue at all (its cue ratio), so rare or doubtful cue
verbs propose candidates that the model may still drop.
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


def selected(language: str, min_others: int, min_share: float, min_ratio: float) -> list[Cue]:
    """The lemmas annotated at least ``min_others`` times as the cue of someone else's
    words, in at least ``min_share`` of their cues, and as a cue in at least ``min_ratio``
    of their occurrences. Why the third person: in speeches "wir sehen", "ich glaube"
    are cues of the speaker's own words; news reports other people's, and verbs of seeing
    and thinking there are mostly no speech."""
    return [
        c
        for c in cues(language).values()
        if c.others >= min_others and c.others >= min_share * c.cues and c.ratio >= min_ratio
    ]


def ratio(language: str, lemma: str) -> float:
    """How often ``lemma`` is a cue where it occurs in the lexicon's data; 0 when unknown."""
    found = cues(language).get(lemma)
    return found.ratio if found is not None else 0.0


def reporting(data: dict[str, object]) -> set[str]:
    """Lemmas the cue lexicon shows reporting someone else's words often enough
    (``lexicon_reporting_min_others`` times, as a cue in ``lexicon_min_ratio`` of their
    occurrences): they make a reported statement on their own, like the `reporting`
    list ("verkündete seinen Rücktritt")."""
    least = data.get("lexicon_reporting_min_others")
    if not isinstance(least, int):
        return set()
    ratio = float(data.get("lexicon_min_ratio", 0.0))  # type: ignore[arg-type]
    return {c.lemma for c in selected("de", least, 0.0, ratio)}


def added_verbs(
    data: dict[str, object], listed: set[str]
) -> list[tuple[str, str | None, list[str], str]]:
    """The cue lexicon's verbs the lists lack, with enough support (``lexicon_*`` in
    [verbs]; none when ``lexicon_min_others`` is absent)."""
    min_others = data.get("lexicon_min_others")
    if not isinstance(min_others, int):
        return []
    share = float(data.get("lexicon_min_share", 0.0))  # type: ignore[arg-type]
    ratio = float(data.get("lexicon_min_ratio", 0.0))  # type: ignore[arg-type]
    out: list[tuple[str, str | None, list[str], str]] = []
    for cue in selected("de", min_others, share, ratio):
        if cue.lemma in listed:
            continue
        p = cue.particle
        if p is None:
            out.append((cue.lemma, None, list(cue.separated), ""))
            continue
        participle = next((f[len(p) :] for f in cue.fused if f[len(p) :].startswith("ge")), "")
        out.append((cue.lemma, p, list(cue.separated), participle))
    return out


def only(language: str, data: dict[str, object]) -> frozenset[str]:
    """The lemmas that are speech verbs by the lexicon alone, not by the [verbs] lists."""
    if language != "de":
        return frozenset()
    strong = data.get("strong", []) or []
    listed = {str(e) for e in data.get("weak", []) or []}  # type: ignore[attr-defined]
    listed |= {str(e).partition(":")[0].strip() for e in strong}  # type: ignore[attr-defined]
    return frozenset(lemma for lemma, *_ in added_verbs(data, listed))
