"""The per-language rule data of the statements stage, read once into typed form.

Why: the finders ask many small questions ("is this word a speech verb, and
does it need a particle?"); answering them from sets built once keeps the
stage fast and keeps every word list in ``lang/<language>/statements.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from newsgraph.lang import load, nouns

_INSEPARABLE = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "wider", "hinter")


# role_of's answers, per (language, word); cleared when it grows past _MAX_ROLES words.
_ROLES: dict[tuple[str, str], str | None] = {}
_MAX_ROLES = 100_000


@dataclass(frozen=True)
class VerbForm:
    """One form of a speech verb: ``particle`` must close the clause ("teilte … mit")."""

    lemma: str
    particle: str | None
    reporting: bool
    impersonal: bool
    plural: bool | None


@cache
def _role_sets(roles: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The role words, and those of five letters or more that end compounds: a word ends
    with one exactly when one of its endings of five letters or more is one."""
    return frozenset(roles), frozenset(r for r in roles if len(r) >= 5)


@dataclass(frozen=True)
class Rules:
    """Everything one language needs; word sets are lowercase."""

    language: str
    verbs: dict[str, VerbForm]
    particle_verbs: dict[str, tuple[VerbForm, ...]]  # forms shared by particle verbs
    source_before: dict[str, tuple[tuple[str, ...], ...]]  # by first word, longest first
    source_nouns: frozenset[str]
    source_after: frozenset[str]
    source_self: frozenset[str]  # "demnach": a source word that stands for the last source
    passive_speaker: frozenset[str]  # lemmas whose passive subject speaks: "wird X zitiert"
    as_frame: frozenset[str]
    so_frame: frozenset[str]
    content_openers: frozenset[str]
    not_content: frozenset[str]
    infinitive: str
    impersonal_subjects: frozenset[str]
    determiners: frozenset[str]
    relatives: frozenset[str]
    demonstratives: frozenset[str]  # "Diese baten …": a pronoun when a verb follows
    time_nouns: frozenset[str]  # "Vergangene Woche sagte X": a time, never the subject
    auxiliaries: frozenset[str]
    verbs_and_function: frozenset[str]
    prepositions: frozenset[str]
    np_prepositions: frozenset[str]
    place_prepositions: frozenset[str]  # "die Regierung in Lomé"
    fused_prepositions: frozenset[str]  # "im norwegischen Oslo": may take adjectives
    not_attached: frozenset[str]  # nouns after such a preposition that are no attachment
    and_words: frozenset[str]
    contrast_words: frozenset[str]  # ", doch Y erklärte, …": a second speaker's frame
    attribute_openers: frozenset[str]  # "der sich … inszenierende Unternehmer"
    name_particles: frozenset[str]
    not_subjects: frozenset[str]
    adverb_endings: tuple[str, ...]  # "monatelang", "möglicherweise": adverbs, never subjects
    leading_particles: frozenset[str]
    not_names: frozenset[str]
    oblique: frozenset[str]  # determiners and pronouns that are never a subject
    article_names: frozenset[str]  # names used with an article: "der Iran"
    thing_endings: tuple[str, ...]  # nouns that name a thing, never a speaker: "-ung"
    opinion_nouns: frozenset[str]  # "ist der Meinung, dass …"
    anaphors: frozenset[str]  # "Dies bestätigte X": the object is the sentence before
    pronouns: dict[str, tuple[str, str]]
    author: frozenset[str]  # "I", "wir": the article's own voice
    subject_pronouns: frozenset[str]  # nominative only: "lehnt er ab" — er is the subject
    person_roles: tuple[str, ...]
    body_roles: tuple[str, ...]
    konjunktiv: frozenset[str]
    strong_konjunktiv: frozenset[str]
    first_konjunktiv: frozenset[str]
    abbreviations: frozenset[str]
    months: frozenset[str]

    def role_of(self, word: str) -> str | None:
        """``"person"``, ``"body"`` or None for a (compound) noun. Remembered per language
        and word: the statements and speakers stages ask for the same words many times."""
        key = (self.language, word)
        if key not in _ROLES:
            if len(_ROLES) > _MAX_ROLES:
                _ROLES.clear()
            _ROLES[key] = self._role_of(word)
        return _ROLES[key]

    def _role_of(self, word: str) -> str | None:
        low = word.lower()
        if self.language != "de":
            return self._english_role(low, compound=not word[:1].isupper())
        for suffix in ("innen", "in", ""):
            stem = low[: len(low) - len(suffix)] if suffix and low.endswith(suffix) else low
            if suffix and not low.endswith(suffix):
                continue
            female_e = bool(suffix) and (stem + "e").endswith(self.person_roles)
            if stem.endswith(self.person_roles) or female_e:
                return "person"  # "Expertin": "Experte"
        if low.endswith(self.body_roles):
            return "body"
        # plural and genitive forms: "Behörden", "Organisationen", "Experten", "Ministeriums"
        for suffix in ("en", "n", "e", "s", "es"):
            if low.endswith(suffix) and len(low) - len(suffix) >= 3:
                stem = low[: -len(suffix)]
                if stem.endswith(self.person_roles):
                    return "person"
                if stem.endswith(self.body_roles):
                    return "body"
        return "person" if movable(word, nouns(self.language)) else None

    @property
    def phrase_roles(self) -> tuple[str, ...]:
        """Person roles of several words ("secretary of state", "chief executive"); bodies
        of several words ("White House") are names as well."""
        return tuple(r for r in self.person_roles if " " in r)

    def _english_role(self, low: str, compound: bool = True) -> str | None:
        """Whole words (or their plural, or the last part of a hyphenated word): "side" is
        a role, "alongside" is not; only longer role words end compounds ("policewoman"),
        and only lowercase ones: a capitalised "Tripadvisor" is a brand."""
        tail = low.rsplit("-", 1)[-1]
        forms = {
            tail,
            tail[:-1] if tail.endswith("s") else tail,
            tail[:-2] if tail.endswith("es") else tail,
        }
        for kind, roles in (("person", self.person_roles), ("body", self.body_roles)):
            whole, long = _role_sets(roles)
            if forms & whole or (
                compound and any(tail[i:] in long for i in range(len(tail) - 4))
            ):
                return kind
        return None

    def adverb(self, word: str) -> bool:
        """A word that opens a sentence as an adverbial, never as its subject."""
        low = word.lower()
        return low in self.not_subjects or (len(low) >= 6 and low.endswith(self.adverb_endings))

    def thing(self, word: str) -> bool:
        """A noun that names a thing, never a speaker ("Forderungen", "Klage")."""
        low = word.lower()
        return len(low) >= 5 and low.endswith(self.thing_endings)

    def feminine(self, word: str) -> bool:
        low = word.lower()
        return low.endswith("in") and self.role_of(low[:-2]) == "person"


def movable(word: str, forms: frozenset[str]) -> bool:
    """Whether a German noun names a person by the feminine form the language builds for
    persons ("Movierung"): "Läufer"/"Läuferin", "Experte"/"Expertin", "Landwirt" by its
    last part "Wirt"/"Wirtin"; "Papier", "Technik" and "Duell" have none. ``forms`` are
    the common nouns in every form (``lang/de/nouns.txt.gz``), which hold both forms; the
    word, its plural or case form, or its compound's last part (four letters at least)
    counts, when both it and its feminine are nouns."""
    if not forms:
        return False
    base = word.replace("-", "")
    stems = [base]
    for suffix in ("innen", "in", "en", "n", "s"):
        if base.endswith(suffix) and len(base) - len(suffix) >= 4:
            stems.append(base[: -len(suffix)])  # "Expertinnen", "Juristen", "Läufers"
    for stem in stems:
        for i in range(0, len(stem) - 3):
            tail = stem[i].upper() + stem[i + 1 :]
            for male, female in ((tail, tail + "in"), (tail + "e", tail + "in"),
                                 (tail, tail[:-1] + "in")):  # fmt: skip
                if male in forms and female in forms:
                    return True
    return False


def _by_first(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases grouped by their first word, longest first, so a lookup costs one dict get."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(phrases, key=len, reverse=True):
        words = tuple(p.split())
        if words:
            out.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


def _words(items: object) -> frozenset[str]:
    return frozenset(str(x).lower() for x in items) if isinstance(items, list) else frozenset()


def _german_weak(lemma: str) -> tuple[list[str], str]:
    """Third-person finite forms and participle of a weak verb, by rule."""
    if lemma.endswith(("ern", "eln")):
        stem, plural = lemma[:-1], lemma
    else:
        stem, plural = lemma[:-2], lemma
    e = "e" if stem.endswith(("t", "d")) or _needs_e(stem) else ""
    finite = [f"{stem}{e}t", plural, f"{stem}{e}te", f"{stem}{e}ten", f"{stem}e"]
    if lemma.endswith("ieren") or lemma.startswith(_INSEPARABLE):
        participle = f"{stem}{e}t"
    else:
        participle = f"ge{stem}{e}t"
    return finite, participle


def _needs_e(stem: str) -> bool:
    """ "rechnet", "atmet", "zeichnet" but "betont", "warnt", "wohnt"."""
    if len(stem) < 3 or stem[-1] not in "mn":
        return False
    c, vowels = stem[-2], "aeiouäöüy"
    return c not in vowels and c not in "lrmn" and not (c == "h" and stem[-3] in vowels)


def _german_verbs(data: dict[str, object]) -> list[tuple[str, str | None, list[str], str]]:
    """``(lemma, particle, finite forms, participle)`` for every listed verb."""
    out = []
    for entry in data.get("weak", []) or []:  # type: ignore[attr-defined]
        particle, _, base = str(entry).rpartition("|")
        finite, participle = _german_weak(base)
        out.append((str(entry), particle or None, finite, participle))
    for entry in data.get("strong", []) or []:  # type: ignore[attr-defined]
        head, _, forms = str(entry).partition(":")
        particle, _, base = head.strip().rpartition("|")
        parts = forms.split()
        finite = [*parts[:3], base]
        out.append((head.strip(), particle or None, finite, parts[3] if len(parts) > 3 else ""))
    return out


def _verb_table(language: str, data: dict[str, object]) -> dict[str, VerbForm]:
    return {
        form: next((v for v in verbs if not v.particle), verbs[0])
        for form, verbs in _verb_forms(language, data).items()
    }


def _particle_table(language: str, data: dict[str, object]) -> dict[str, tuple[VerbForm, ...]]:
    """Forms that belong to several particle verbs: "gab" is "gab … an", "gab … bekannt",
    "gab … zu"; the particle found in the clause decides."""
    out = {}
    for form, verbs in _verb_forms(language, data).items():
        with_particle = tuple(v for v in verbs if v.particle)
        if with_particle:
            out[form] = with_particle
    return out


def _verb_forms(language: str, data: dict[str, object]) -> dict[str, list[VerbForm]]:
    reporting = {str(x).replace("\u00ad", "") for x in data.get("reporting", []) or []}  # type: ignore[attr-defined]
    impersonal = {str(x) for x in data.get("impersonal", []) or []}  # type: ignore[attr-defined]
    table: dict[str, list[VerbForm]] = {}

    def add(form: str, lemma: str, particle: str | None, plural: bool | None) -> None:
        base = lemma.rpartition("|")[2]
        verb = VerbForm(
            lemma, particle, lemma in reporting or base in reporting, base in impersonal, plural
        )
        known = table.setdefault(form.lower(), [])
        if all(v.particle != verb.particle for v in known):
            known.append(verb)

    if language == "de":
        for lemma, particle, finite, participle in _german_verbs(data):
            for form in finite:
                plural = form.endswith("en")
                if particle and " " not in particle:
                    add(form, lemma, particle, plural)
                    add(particle + form, lemma, None, plural)
                else:
                    add(form, lemma, None, plural)
            if participle:
                add((particle or "") + participle, lemma, None, None)
    else:
        for entry in data.get("strong", []) or []:  # type: ignore[attr-defined]
            lemma, _, forms = str(entry).partition(":")
            for form in forms.split():
                word, _, particle = form.partition("|")
                add(word, lemma.strip(), particle or None, None)
    return table


def _konjunktiv(language: str) -> tuple[frozenset[str], dict[str, str]]:
    path = resources.files("newsgraph.lang").joinpath(language, "konjunktiv.txt")
    table: dict[str, str] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                form, _, mood = line.partition(" ")
                table[form] = mood
    return frozenset(table), table


@cache
def rules(language: str) -> Rules:
    """The rules for ``language`` (falls back to English for unknown languages)."""
    data = load(language, "statements") or load("en", "statements")
    lang = language if load(language, "statements") else "en"
    phrases = data.get("phrases", {})
    words = data.get("words", {})
    mood = data.get("mood", {})
    roles = data.get("roles", {})
    sentences = data.get("sentences", {})
    _, table = _konjunktiv(lang)
    not_markers = _words(mood.get("not_markers"))
    konj = {f for f, m in table.items() if m == "1" or f.startswith(("würd", "wär", "hätt"))}
    konj |= {f for f, m in table.items() if m == "2"}
    konj = (konj | _words(mood.get("markers")) | _words(mood.get("after_cue"))) - not_markers
    strong = (
        ({f for f, m in table.items() if m == "1"} - not_markers)
        | _words(mood.get("markers"))
        | _words(mood.get("strong_ii"))
    )
    pronouns = {
        str(k).lower(): tuple(str(v).split()[:2]) for k, v in data.get("pronouns", {}).items()
    }
    return Rules(
        language=lang,
        verbs=_verb_table(lang, data.get("verbs", {})),
        particle_verbs=_particle_table(lang, data.get("verbs", {})),
        source_before=_by_first(_words(phrases.get("source_before"))),
        source_nouns=_words(phrases.get("source_nouns")),
        source_after=_words(phrases.get("source_after")),
        source_self=_words(phrases.get("source_self")),
        passive_speaker=_words(data.get("verbs", {}).get("passive_speaker")),
        as_frame=_words(phrases.get("as_frame")),
        so_frame=_words(phrases.get("so_frame")),
        content_openers=_words(phrases.get("content_openers")),
        not_content=_words(phrases.get("not_content")),
        infinitive=str(phrases.get("infinitive", "")),
        impersonal_subjects=_words(phrases.get("impersonal_subjects")),
        determiners=_words(words.get("determiners")),
        relatives=_words(words.get("relatives")),
        demonstratives=_words(words.get("demonstratives")),
        time_nouns=_words(words.get("time_nouns")) | _words(sentences.get("months")),
        auxiliaries=_words(words.get("auxiliaries")),
        verbs_and_function=_words(words.get("auxiliaries"))
        | _words(words.get("prepositions"))
        | _words(words.get("relatives"))
        | frozenset(_verb_table(lang, data.get("verbs", {}))),
        prepositions=_words(words.get("prepositions")),
        np_prepositions=_words(words.get("np_prepositions")),
        place_prepositions=_words(words.get("place_prepositions")),
        fused_prepositions=_words(words.get("fused_prepositions")),
        not_attached=_words(words.get("not_attached")),
        and_words=_words(words.get("and_words")),
        contrast_words=_words(words.get("contrast_words")),
        attribute_openers=_words(words.get("attribute_openers")),
        name_particles=_words(words.get("name_particles")),
        not_subjects=_words(words.get("not_subjects")),
        adverb_endings=tuple(sorted(_words(words.get("adverb_endings")))),
        leading_particles=_words(words.get("leading_particles")),
        not_names=_words(words.get("not_names")),
        oblique=_words(words.get("oblique")),
        anaphors=_words(words.get("anaphors")),
        opinion_nouns=_words(phrases.get("opinion_nouns")),
        article_names=_words(words.get("article_names")),
        thing_endings=tuple(sorted(_words(words.get("thing_endings")))),
        author=_words(words.get("author")),
        pronouns={k: (v[0], v[1]) for k, v in pronouns.items() if len(v) == 2},
        subject_pronouns=_words(words.get("subject_pronouns")),
        person_roles=tuple(sorted(_words(roles.get("persons")))),
        body_roles=tuple(sorted(_words(roles.get("bodies")))),
        konjunktiv=frozenset(konj),
        strong_konjunktiv=frozenset(strong),
        first_konjunktiv=frozenset(strong - _words(mood.get("strong_ii"))),
        abbreviations=_words(sentences.get("abbreviations")),
        months=_words(sentences.get("months")),
    )
