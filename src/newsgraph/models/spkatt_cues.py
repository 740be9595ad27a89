"""Build ``lang/de/spkatt_cues.tsv``: German speech-cue verbs and how often they are cues.

Why: the hand-written verb list in ``lang/de/statements.toml`` misses many verbs German
news uses to report speech ("beschwor", "attackierte", "rechnet damit, dass", "schloss
nicht aus, dass"), and a statement never proposed can never be kept by the confidence
model. The SpkAtt-2023 train split (``../shared/data/quotes-de-bundestag/train``, German
Bundestag speeches annotated with speech events; CC BY-SA 4.0, see NOTICE) marks every
cue word. Each verb lemma (lemmatised with simplemma, MIT; the version pinned in the
``model`` extra) gets how often it is annotated as a cue and how often it occurs at all;
the statements stage reads the lemmas with enough of both (thresholds in
``statements.toml`` [verbs] ``lexicon_*``) and the confidence model reads the ratio.
A separable particle annotated beside the verb ("räumte … ein") makes it part of the
lemma ("ein|räumen"). The word forms of each lemma come from simplemma's German
dictionary, so strong verbs keep their own forms ("beschwor", "schloss … aus").

    python -m newsgraph.models.spkatt_cues [--data DIR]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from functools import cache
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "lang" / "de" / "spkatt_cues.tsv"
DATA = Path("../shared/data/quotes-de-bundestag/train/task1")
MIN_CUES = 2  # lemmas annotated fewer times are left out of the file
# Separable particles a cue may carry ("räumte … ein", "stellte … dar", "wies … hin").
PARTICLES = (
    "zusammen", "zurück", "voraus", "hervor", "heraus", "hinzu", "hinweg", "weiter", "fest",
    "fort", "dar", "auf", "aus", "ein", "mit", "nach", "vor", "bei", "hin", "her", "los",
    "weg", "zu", "ab", "an", "klar", "bekannt", "offen", "fest", "frei",
)  # fmt: skip
# First and second person: a speaker's own words or those of the people addressed.
_PERSONAL = frozenset(["ich", "wir", "du", "ihr", "mir", "mich", "uns", "man"])
_PARTICIPLE_TAILS = ("e", "er", "es", "em", "en")
_HEADER = (
    "# German speech-cue verbs from SpkAtt-2023 train (CC BY-SA 4.0, Bundestag SpkAtt data,"
    " see NOTICE).\n# Built by `python -m newsgraph.models.spkatt_cues`.\n"
    "# lemma\tcue\ttotal\tothers (cues of a third-person source)\t"
    "forms (a particle verb: separated forms | fused forms)\n"
)


def lemma_of(word: str) -> str:
    import simplemma

    return str(simplemma.lemmatize(word, lang="de"))


def _verb_lemma(lemma: str) -> bool:
    return lemma.islower() and lemma.isalpha() and lemma.endswith("n") and len(lemma) > 3


def split_particle(lemma: str) -> tuple[str, str]:
    """ "einräumen" -> ("ein", "räumen"); a lemma without a separable particle -> ("", lemma)."""
    for p in sorted(PARTICLES, key=len, reverse=True):
        base = lemma[len(p) :]
        if lemma.startswith(p) and len(base) >= 4 and base in _known_lemmas():
            return p, base
    return "", lemma


def _sentence_lemmas(tokens: list[str]) -> list[str]:
    """The full lemma of each verb token (with a particle later in the sentence joined as
    its separable particle), "" for other tokens."""
    out = []
    for i, tok in enumerate(tokens):
        if not tok.islower() or not tok.isalpha():
            out.append("")
            continue
        lem = lemma_of(tok)
        if not _verb_lemma(lem):
            out.append("")
            continue
        particle, base = split_particle(lem)
        if not particle:
            particle = _clause_particle(tokens, i, lem)
        out.append(f"{particle}|{base}" if particle else base)
    return out


def _clause_particle(tokens: list[str], i: int, lemma: str) -> str:
    """The separable particle closing the verb's clause ("räumte … ein, dass"), when the
    particle and the verb make a known lemma; "" otherwise."""
    for j in range(i + 1, min(len(tokens), i + 25)):
        tok = tokens[j]
        closes = j + 1 == len(tokens) or not tokens[j + 1][:1].isalnum()
        if tok in PARTICLES and closes:
            return tok if tok + lemma in _known_lemmas() else ""
        if not tok[:1].isalnum() and tok not in ("-", "„", "“", '"'):
            return ""
    return ""


@cache
def _known_lemmas() -> frozenset[str]:
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    return frozenset(DefaultDictionaryFactory().get_dictionary("de").values())


def _others(ann: dict[str, list[str]], sentences: dict[int, list[str]]) -> bool:
    """Whether an annotated speech event's source is someone other than the speaker and
    the people addressed ("die Experten warnen", not "wir sehen", "Sie wissen")."""
    words = []
    for ref in ann.get("Source", []):
        s, _, t = ref.partition(":")
        toks = sentences.get(int(s), [])
        if int(t) < len(toks):
            words.append(toks[int(t)])
    return bool(words) and not all(w.lower() in _PERSONAL or w == "Sie" for w in words)


def counts(data: Path) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """How often each verb lemma is annotated as a cue, how often it occurs at all, and
    how often it is the cue of someone else's words (a third-person source)."""
    cues: Counter[str] = Counter()
    total: Counter[str] = Counter()
    others: Counter[str] = Counter()
    for path in sorted(data.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        sentences = {int(s["SentenceId"]): s["Tokens"] for s in doc["Sentences"]}
        lemmas = {k: _sentence_lemmas(toks) for k, toks in sentences.items()}
        for lems in lemmas.values():
            total.update(lem for lem in lems if lem)
        for ann in doc["Annotations"]:
            seen = set()
            for ref in ann.get("Cue", []):
                s, _, t = ref.partition(":")
                lem = lemmas.get(int(s), [])[int(t)] if int(t) < len(lemmas.get(int(s), [])) else ""
                if lem and lem not in seen:
                    seen.add(lem)
                    cues[lem] += 1
                    others[lem] += _others(ann, sentences)
    return cues, total, others


def inverse_forms(lemmas: set[str]) -> dict[str, set[str]]:
    """Every lowercase word form simplemma's German dictionary gives each of ``lemmas``."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    table = DefaultDictionaryFactory().get_dictionary("de")
    out: dict[str, set[str]] = {lem: {lem} for lem in lemmas}
    for form, lemma in table.items():
        if lemma in out and form.islower() and form.isalpha():
            out[lemma].add(form)
    return out


def verb_forms(forms: set[str], particle: str = "") -> list[str]:
    """Forms that can stand as a clause's verb: no present participles ("warnende"), no
    inflected past participles ("angekündigten"), which are adjectives before a noun, and
    no infinitives with "zu" ("anzukündigen")."""
    n = len(particle)
    participles = {f for f in forms if f[n:].startswith("ge") and f.endswith(("t", "en"))}
    adjectives = {p + tail for p in participles for tail in _PARTICIPLE_TAILS}
    keep = [
        f
        for f in forms
        if not f.endswith(("nd", "nde", "nden", "nder", "ndes", "ndem"))
        and f not in adjectives
        and not (n and f[n:].startswith("zu"))
    ]
    return sorted(keep)


def write(cues: Counter[str], total: Counter[str], others: Counter[str], path: Path = OUT) -> int:
    """Sorted lines, so the same data gives the same file; returns the number of lemmas."""
    kept = sorted(lem for lem, n in cues.items() if n >= MIN_CUES)
    wanted: set[str] = set()
    for lem in kept:
        particle, _, base = lem.rpartition("|")
        wanted.update({base, particle + base})
    forms = inverse_forms(wanted)
    lines = []
    for lem in kept:
        particle, _, base = lem.rpartition("|")
        if particle:
            separated = [f for f in verb_forms(forms[base]) if not f.startswith("ge") or
                         base.startswith("ge")]  # fmt: skip
            fused = verb_forms(forms[particle + base], particle)
            text = " ".join(separated) + " | " + " ".join(fused)
        else:
            text = " ".join(verb_forms(forms[base]))
        seen = max(total[lem], cues[lem])
        lines.append(f"{lem}\t{cues[lem]}\t{seen}\t{others[lem]}\t{text}\n")
    path.write_text(_HEADER + "".join(lines), encoding="utf-8")
    return len(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="SpkAtt train task1 folder")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        parser.error(f"no SpkAtt train data at {args.data}")
    cues, total, others = counts(args.data)
    print(f"{write(cues, total, others)} cue lemmas -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
