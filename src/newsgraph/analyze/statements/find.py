"""The patterns that make statements out of sentences.

Why: each pattern is one way news reports speech, tried in order of how sure
it is: a speech verb with its content after it ("sagte, der Ball sei …",
"said that …", "erklärte: „…“"), or before it ("„…“, sagte Trump", "…, so
der Minister"), a reporting verb alone ("Trump signalisierte …"), a source
phrase ("laut X", "X zufolge", "according to X", "wie X mitteilte"), a
speaker and a colon ("Merz: „…“"), and finally continuations: a bare quote
or (German) a Konjunktiv sentence right after a statement goes on with its
speaker.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field
from itertools import takewhile

from newsgraph.analyze.statements import mood
from newsgraph.analyze.statements import quotes as quote_marks
from newsgraph.analyze.statements.phrases.after_verb import after_verb
from newsgraph.analyze.statements.phrases.apposition import cut_relative
from newsgraph.analyze.statements.phrases.describe import describe
from newsgraph.analyze.statements.phrases.mention import MAX_SPEAKER, Mention
from newsgraph.analyze.statements.phrases.noun_phrase import noun_phrase
from newsgraph.analyze.statements.phrases.words import FUNCTION_WORDS
from newsgraph.analyze.statements.quotes import Quote
from newsgraph.analyze.statements.resolve import Memory
from newsgraph.analyze.statements.rules import Rules, VerbForm
from newsgraph.analyze.statements.tokens import Token, Unit

_SEPARATORS = ",:;"
MIN_BARE_QUOTE = 4  # words in a quote inside a sentence kept without a speaker
CONTINUATION_GAP = 1  # sentences without a statement that free indirect speech may skip
_PASSIVE = frozenset(["wird", "wurde", "wurden", "werden", "worden", "ist", "sind", "war", "waren"])
_WERDEN = frozenset(["wird", "wurde", "wurden", "werden", "worden"])  # passive auxiliaries
_NOMINATIVE_RELATIVES = frozenset(["der", "die", "das", "welcher", "welche", "welches"])
# endings of adjectives used as adverbs: a lone such word before the verb is no subject
# ("Unmissverständlich sagt das Gericht", "Reflexartig", "Offiziell")
_ADVERB_LIKE = ("lich", "ig", "isch", "ell", "bar", "sam", "weise")
_ACTIVE = frozenset(["hat", "hatte", "hatten", "haben", "habe"])
_BE = frozenset(["be", "been", "being", "is", "are", "was", "were"])  # English passive
_FINAL = ".!?…"


@dataclass
class Found:
    """A statement before it gets its id: offsets, speaker mention, cue."""

    kind: str
    parts: list[tuple[int, int]]
    speaker: Mention | None
    cue: tuple[int, int] | None
    name: str | None = None
    role: str | None = None
    continued: bool = False
    anaphoric: bool = False  # "Dies bestätigte X": the content is the sentence before

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


@dataclass
class Finder:
    """Runs the patterns over the units of one text, keeping who was mentioned."""

    text: str
    rules: Rules
    memory: Memory = field(default_factory=Memory)
    found: list[Found] = field(default_factory=list)
    dropped: list[Mention] = field(default_factory=list)  # speakers of frames given way

    def run(self, units: list[Unit]) -> list[Found]:
        last: Found | None = None
        last_unit = -99
        prev: Unit | None = None
        for n, unit in enumerate(units):
            if not unit.prose or not unit.tokens:
                prev = None
                continue
            here = [f for f in self._unit(unit) if not _says_itself(f)]
            near = (
                last
                if last is not None
                and n - last_unit <= 1 + CONTINUATION_GAP
                and unit.paragraph - units[last_unit].paragraph <= 1
                else None
            )
            if not here:
                if (
                    near is not None
                    and prev is not None
                    and last_unit < n - 1
                    and (self._lead_subject(prev) or self._source_of(prev)) is not None
                ):
                    near = None  # a sentence between names someone else: "X nahm Stellung."
                here = self._continuation(unit, near, prev if near is None else None)
                if (
                    len(here) == 1
                    and last is not None
                    and last.continued
                    and last_unit == n - 1
                    and (here[0].kind == "direct") == (last.kind == "direct")
                    and here[0].speaker is last.speaker
                ):
                    # free indirect speech over several sentences: one statement
                    last.parts[-1] = (last.parts[-1][0], here[0].end)
                    if here[0].kind == "mixed":
                        last.kind = "mixed"
                    last_unit = n
                    here = []
            for m in self.dropped:
                name, _ = self.memory.resolve(m, None)
                if name and m.kind != "pronoun":
                    self.memory.add(name, m)
            self.dropped = []
            for f in here:
                if f.anaphoric and prev is not None and prev is units[n - 1]:
                    self._take_previous(f, prev)
                self._speak(f, unit)
            self.found.extend(here)
            if here:
                last, last_unit = here[-1], n
            self._remember(unit)
            prev = unit
        return self.found

    def _second_frame(self, out: list[Found], tok: Token) -> bool:
        """Whether ``tok`` stands in a second frame between a statement's cue and its
        quote, after a colon: "X kritisierte das Gesetz scharf: So sagte Y: „…“"."""
        for f in out:
            if f.cue is None or not (f.cue[1] <= tok.start < f.start):
                continue
            if ":" in self.text[f.cue[1] : tok.start] and self.text[tok.start : f.start].rstrip(
                ' „“"»«'
            ).endswith(":"):
                return True
        return False

    def _take_previous(self, f: Found, prev: Unit) -> None:
        """ "Dies bestätigte X": the sentence before is the content, unless it is a statement
        of its own already (a weaker reading of it, "reported", gives way)."""
        mine = [g for g in self.found if g.start >= prev.start]
        if any(g.kind != "reported" for g in mine) or not prev.tokens:
            return
        self.found = [g for g in self.found if g.start < prev.start]
        f.parts.insert(0, self._trim(prev.tokens, keep_final=False))

    # -- one sentence -------------------------------------------------------------
    def _unit(self, unit: Unit) -> list[Found]:
        toks = unit.tokens
        out: list[Found] = []
        used: list[tuple[int, int]] = []
        if self.rules.language == "de":
            # "…, wie Burt Rutan, Chef der Firma, mitteilte": the frame names the speaker; its
            # verb is no cue for a statement of its own
            for i, tok in enumerate(toks):
                if (
                    tok.lower in self.rules.as_frame
                    and not tok.quoted
                    and (i == 0 or toks[i - 1].text == ",")
                ):
                    found = self._as_frame(unit, i)
                    if found is not None and found.cue is not None:
                        out.append(found)
                        used.append((min(found.start, tok.start), max(found.end, found.cue[1])))
        for i, tok in enumerate(toks):
            if tok.quoted or (
                any(a <= tok.start < b for a, b in used) and not self._second_frame(out, tok)
            ):
                continue
            found = self._at_cue(unit, i) if self._cue(toks, i) else None
            if found is None and tok.lower in self.rules.so_frame:
                found = self._so_frame(unit, i)
            if found is None and tok.lower in self.rules.opinion_nouns:
                found = self._opinion(unit, i)
            if found is not None:
                # one quote claimed by two frames ("äußerte sich X: „…“, sagte er"): the frame
                # right after it wins
                for f in out:
                    if f.parts == found.parts and f.speaker is not None:
                        self.dropped.append(f.speaker)  # still someone named, for "er"
                out = [f for f in out if f.parts != found.parts]
                out.append(found)
                used.append(
                    (
                        min(found.start, found.speaker.start if found.speaker else found.start),
                        max(found.end, found.speaker.end if found.speaker else found.end),
                    )
                )
        source = self._source(unit, used)
        if source is None and self.rules.language == "de":
            # "Laut ROG wurden zwei Blogger verurteilt": a sentence read as reported speech
            # only for its reporting verb, with a source phrase in it, is what the source
            # says; the verb's subject is what it is about
            bare = [f for f in out if f.kind == "reported" and f.parts == [(unit.start, unit.end)]]
            if bare:
                source = self._source(unit)
                if source is not None and source.speaker is not None:
                    out = [f for f in out if f not in bare]
                else:
                    source = None
        if source is not None and out and self.rules.language == "de":
            # "X sagte, … Laut Y …": a source of its own, outside the statements found
            source.parts = self._outside(unit, source.parts, out)
            if not source.parts:
                source = None
        if source is not None and (not out or self.rules.language == "de"):
            out.append(source)
        for q in unit.quotes:
            if any(f.start <= q.start < f.end for f in out):
                continue
            if any(f.cue is not None and f.cue[0] <= q.start < f.start for f in out):
                continue  # a name in the frame: "heißt es in der Meldung von „con energy“:"
            found = self._colon(unit, q) or self._quoted(unit, q, out)
            if found is not None:
                out.append(found)
        return sorted(out, key=lambda f: f.start)

    def _opinion(self, unit: Unit, n: int) -> Found | None:
        """ "X ist der Meinung, dass …", "kam zu dem Schluss, dass …": a verb and an opinion
        noun make the cue; the content clause follows."""
        toks = unit.tokens
        v = n - 1
        while v > 0 and (
            toks[v].lower in self.rules.determiners or toks[v].lower in self.rules.prepositions
        ):
            v -= 1
        if v < 1 or v == n - 1 or not toks[v].word or toks[v].cap or toks[v].quoted:
            return None
        after = self._content_after(unit, n, n)
        if after is None or n + 1 >= len(toks) or toks[n + 1].text != ",":
            return None
        speaker = self._subject(toks, v, False, strict=True)
        if speaker is None or speaker.kind == "unknown":
            return None
        content, _ = after
        return Found(self._kind(unit, content), [content], speaker, (toks[v].start, toks[n].end))

    def _quoted(self, unit: Unit, q: Quote, out: list[Found]) -> Found | None:
        """A quote with no speech verb next to it ("nannte dies einen „Militärputsch“"):
        the subject of its sentence said it, or the speaker of a statement beside it."""
        toks = unit.tokens
        inner = [t for t in toks if q.start <= t.start < q.end and t.word]
        if not inner or quote_marks.is_name(self.text, q):
            return None  # a title or a name: „Shenzhou 6“, „Morning Star“
        if q.start == unit.start:
            # a bare quote is a continuation, decided by the caller; one with words after it
            # that frame nothing we know is kept, its speaker the last one (see ``run``)
            tail = [t for t in toks if t.start >= q.end]
            if len(inner) >= MIN_BARE_QUOTE and any(t.word and not t.quoted for t in tail):
                speaker = self._after_quote(tail)
                verb = next((t for t in tail if t.word), None)
                cue = (verb.start, verb.end) if speaker is not None and verb is not None else None
                return Found("direct", [(q.start, q.end)], speaker, cue)
            return None
        if (
            self.rules.language == "de"
            and mood.konjunktiv(toks, self.rules, strong=True)
            and not self._indicative_subject(toks)
        ):
            return None  # free indirect speech: goes on with the last speaker
        for f in out:
            if f.speaker is not None:
                return Found("direct", [(q.start, q.end)], f.speaker, f.cue)
        field_ = [t for t in toks if t.end <= q.start]
        while field_ and (field_[0].lower in self.rules.leading_particles or not field_[0].word):
            field_ = field_[1:]
        agent = self._passive_agent(field_)
        if agent is not None:
            # "Die Gefahr wird vom Wetterdienst als „sehr hoch“ eingestuft": the agent says it
            return Found("direct", [(q.start, q.end)], agent, None)
        phrase = noun_phrase(cut_relative(field_, self.rules), 0, self.rules)
        if phrase and len(phrase) < len(field_) and not field_[len(phrase)].cap:
            m = describe(phrase, self.rules)
            word = next((t for t in phrase if t.word), phrase[0])
            # a lone unknown word is an adverb or a thing ("Reflexartig", "Einspareffekte"),
            # but a name when a finite verb follows ("Stoiber begründete … „…“")
            lone = self._unknown_word(phrase) and (
                self.rules.adverb(word.text)
                or self.rules.thing(word.text)
                or word.lower.endswith(("ig", "lich", "isch", "weise"))
                or not self._finite_verb(field_[len(phrase)])
            )
            if lone:
                # "Ursprünglich wollte er „…“": an adverb, the verb and a pronoun subject
                v = self._verb_after(field_, len(phrase))
                if v + 1 < len(field_) and field_[v + 1].lower in self.rules.subject_pronouns:
                    m = describe(field_[v + 1 : v + 2], self.rules)
                    return Found("direct", [(q.start, q.end)], m, None)
            if m is None or m.kind == "unknown" or phrase[0].lower in self.rules.oblique:
                # "Hier sparte der Bundespräsident nicht mit Kritik: „…“", "Den Unmut der CDU
                # über … brachte die Sprecherin … zum Ausdruck: „…“": after the finite verb
                post = self._person_after(field_, self._verb_after(field_, len(phrase)) + 1)
                if post is not None:
                    return Found("direct", [(q.start, q.end)], post, None)
            if lone:
                if len(inner) < MIN_BARE_QUOTE and self.rules.language != "de":
                    return None  # "janky sites “powered” by AI": a word in quotes, no one's
                return Found("direct", [(q.start, q.end)], None, None)
            if m is not None and (m.name or m.role or m.kind == "pronoun"):
                verb = field_[len(phrase)]
                cue = (verb.start, verb.end) if verb.word and not verb.quoted else None
                return Found("direct", [(q.start, q.end)], m, cue)
        if field_ and field_[0].lower in self.rules.prepositions:
            # "Mit den Worten „…“ entschuldigte sich Rooney": the subject after the quote
            tail = [t for t in toks if t.start >= q.end]
            after = self._after_quote(tail)
            if after is not None:
                return Found("direct", [(q.start, q.end)], after, None)
            # "In seiner Stellungnahme nannte der Premierminister den Angriff „…“": the
            # subject after the finite verb
            v = self._verb_after(field_, 1)
            source = field_[0].lower in self.rules.source_before or field_[0].lower == "nach"
            if 0 < v < len(field_) and field_[v].word and not field_[v].cap and not source:
                post = self._person_after(field_, v + 1)
                if (
                    post is not None
                    and (post.role or self._seen(post))
                    and not self._common_noun(post)
                ):
                    return Found("direct", [(q.start, q.end)], post, None)
        if len(inner) >= MIN_BARE_QUOTE:
            return Found("direct", [(q.start, q.end)], None, None)  # quoted, speaker unknown
        return None

    def _passive_agent(self, field_: list[Token]) -> Mention | None:
        """The agent of a passive clause: "wird vom Wetterdienst als … eingestuft", "wurde
        von der Polizei …" — "von" right after a form of "werden"."""
        if self.rules.language != "de":
            return None
        for k in range(1, len(field_) - 1):
            if field_[k].lower in ("von", "vom") and field_[k - 1].lower in _WERDEN:
                return self._agent(noun_phrase(field_, k + 1, self.rules))
        return None

    def _indicative_subject(self, toks: list[Token]) -> bool:
        """A sentence opening with a named person or body and an indicative verb ("Auch der
        Sprecher X will „…“ prüfen, ob … solle"): its own subject, even with a Konjunktiv in a
        subordinate clause, so no free indirect speech."""
        field_ = [t for t in toks if not t.quoted]
        while field_ and (field_[0].lower in self.rules.leading_particles or not field_[0].word):
            field_ = field_[1:]
        phrase = noun_phrase(cut_relative(field_, self.rules), 0, self.rules)
        k = len(phrase)
        while k < len(field_) and field_[k].text == ",":
            k += 1
        if not phrase or k >= len(field_):
            return False
        verb = field_[k]
        if verb.cap or not verb.word or verb.lower in self.rules.konjunktiv:
            return False
        if verb.lower in self.rules.prepositions or verb.lower in self.rules.and_words:
            return False  # "Ziel der Delegation bei den Verhandlungen sei …": no verb yet
        m = describe(phrase, self.rules)
        return (
            m is not None
            and m.kind in ("person", "body")
            and bool(m.name or m.role)
            and not self._common_noun(m)
            and phrase[0].lower not in self.rules.oblique
        )

    def _finite_verb(self, t: Token) -> bool:
        """A lowercase word that can be a finite verb after a subject: a speech verb, an
        auxiliary, or a past-tense form ("begründete", "hatte")."""
        low = t.lower
        if t.cap or not t.word or t.quoted or low in self.rules.determiners:
            return False
        if low in self.rules.prepositions or low in self.rules.pronouns:
            return False
        return (
            low in self.rules.verbs
            or low in self.rules.auxiliaries
            or low.endswith(("te", "ten", "t"))
        )

    def _verb_after(self, toks: list[Token], k: int) -> int:
        """Index of the finite verb at or after ``k``: the first lowercase word that is no
        preposition or article and no adjective before its noun ("über Stoibers Äußerungen
        brachte die Sprecherin" -> "brachte")."""
        rules = self.rules
        for j in range(k, len(toks)):
            t = toks[j]
            if t.quoted or not t.word or t.cap or t.text[:1].isdigit():
                continue
            if t.lower in rules.prepositions or t.lower in rules.determiners:
                continue
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if mood_adjective(t) and nxt is not None and nxt.cap:
                continue
            return j
        return k

    def _after_quote(self, tail: list[Token]) -> Mention | None:
        """The subject after the verb that follows a quote with a frame we do not know
        ("„…“, zeigte sich der Trainer zufrieden", "„…“, schrieb „Die Zeit“")."""
        while tail and tail[0].text in _SEPARATORS and not tail[0].quoted:
            tail = tail[1:]
        if len(tail) < 2 or tail[0].cap or not tail[0].word or tail[0].quoted:
            return None
        if tail[0].lower in self.rules.prepositions or tail[0].lower in self.rules.determiners:
            return None
        phrase = after_verb(tail, 1, self.rules)
        m = describe(phrase, self.rules) if phrase else None
        if m is None or not (m.name or m.role or m.kind == "pronoun"):
            return None
        return m

    def _outside(
        self, unit: Unit, parts: list[tuple[int, int]], out: list[Found]
    ) -> list[tuple[int, int]]:
        """The parts cut back to the tokens outside the statements in ``out``."""
        taken = [(f.start, f.end) for f in out]
        taken += [(f.speaker.start, f.speaker.end) for f in out if f.speaker is not None]
        kept = []
        for a, b in parts:
            run: list[Token] = []
            runs = []
            for t in unit.tokens:
                if t.start < a or t.end > b:
                    continue
                if any(x <= t.start < y for x, y in taken):
                    runs.append(run)
                    run = []
                else:
                    run.append(t)
            runs.append(run)
            best = max(runs, key=lambda r: sum(t.word for t in r))
            while best and best[0].text in _SEPARATORS:
                best = best[1:]
            if sum(t.word for t in best) >= 3:
                kept.append(self._trim(best, keep_final=False))
        return kept

    def _cue(self, toks: list[Token], i: int) -> bool:
        return self._verb(toks, i) is not None

    def _verb(self, toks: list[Token], i: int) -> VerbForm | None:
        """The speech verb at ``i``: a particle verb only with its particle in the clause
        ("gab … bekannt"), an impersonal one only with its subject ("heißt es")."""
        tok = toks[i]
        if tok.cap and (i > 0 or self.rules.language == "de"):
            return None
        if (
            0 < i < len(toks) - 1
            and self.rules.language == "de"
            and toks[i - 1].lower in self.rules.prepositions
            and toks[i + 1].cap
            and toks[i + 1].word
            and mood_adjective(tok)
        ):
            return None  # an adjective before its noun: "wegen wiederholten Fouls"
        for form in self.rules.particle_verbs.get(tok.lower, ()):
            if self._particle(toks, i, form) is not None:
                return form
        verb = self.rules.verbs.get(tok.lower)
        if verb is None or verb.particle:
            return None
        if verb.impersonal:
            near = toks[max(0, i - 1) : i + 2]
            if not any(t.lower in self.rules.impersonal_subjects for t in near):
                return None
        return verb

    def _particle(self, toks: list[Token], i: int, verb: VerbForm) -> int | None:
        for j in range(i + 1, min(len(toks), i + 25)):
            t = toks[j]
            if t.quoted or (t.text in _SEPARATORS + _FINAL and t.text != ","):
                return None
            if t.text == "," and j + 1 < len(toks) and not toks[j + 1].cap:
                if toks[j + 1].lower == verb.particle:
                    return j + 1
                return None  # a new clause, not an apposition
            if t.lower == verb.particle:
                return j
        return None

    def _cue_end(self, toks: list[Token], i: int) -> int:
        """Index of the last token of the cue: the particle or "es" when there is one."""
        verb = self._verb(toks, i)
        if verb is None:
            return i
        if verb.particle:
            return self._particle(toks, i, verb) or i
        if (
            verb.impersonal
            and i + 1 < len(toks)
            and toks[i + 1].lower in self.rules.impersonal_subjects
        ):
            return i + 1
        return i

    def _at_cue(self, unit: Unit, i: int) -> Found | None:
        toks = unit.tokens
        verb = self._verb(toks, i)
        if verb is None:
            return None
        end = self._cue_end(toks, i)
        cue = (toks[i].start, toks[end].end)
        before = self._content_before(unit, i)
        after = self._content_after(unit, i, end)
        if (
            before is not None
            and self.rules.language != "de"
            and (before[1] is not None or any(q.end == before[0][1] for q in unit.quotes))
        ):
            if after is not None and after[0] and self._scene(unit, before[0]):
                # "In a notice viewed by STAT, HCA said employees …": the words before
                # set the scene; what was said follows the verb
                before = None
            else:
                # English: "“…,” she said, …" — the quote before wins; "“…,” said X,
                # director of …": what follows the verb is its speaker, never content
                after = None
        if after is not None:
            content, middle = after
            if (
                self._passive_participle(toks, i)
                and not verb.impersonal
                and verb.lemma not in self.rules.passive_speaker
            ):
                # "Die Männer werden beschuldigt, …", "Klien wurde vorgeworfen, …": the
                # subject is who is talked about; the speaker is the agent, if named, or the
                # document it is in ("In einer Presseerklärung wurde verkündet, …")
                field_ = [t for t in toks[:i] if not t.quoted]
                speaker = self._source_in(field_) or self._document_in(field_)
            else:
                speaker = self._subject(toks, i, verb.impersonal) or (
                    describe(after_verb(middle, 0, self.rules), self.rules) if middle else None
                )
            if speaker is not None and content:
                return Found(self._kind(unit, content), [content], speaker, cue)
            if (
                content
                and speaker is None
                and self._passive(toks, i)
                and not verb.impersonal
                and self._kind(unit, content) == "indirect"
            ):
                # "Es wird erwartet, dass …", "Ihm wurde vorgeworfen, …": no one named, or the
                # agent ("Von der Opposition wurde kritisiert, dass …")
                agent = self._source_in([t for t in toks[:i] if not t.quoted])
                return Found(self._kind(unit, content), [content], agent, cue)
        if before is not None:
            content, speaker = before
            if speaker is None and verb.impersonal:
                # "„…“ heißt es dazu in einer Pressemitteilung des CCC"
                speaker = self._subject(toks, i, True)
            if speaker is not None:
                return Found(self._kind(unit, content), [content], speaker, cue)
        if (
            self.rules.language == "de"
            and 0 < i <= 2
            and toks[i - 1].lower in self.rules.anaphors
            and (i == 1 or toks[0].lower in self.rules.leading_particles)
            and not verb.impersonal
        ):
            # "Dies bestätigte der Premierminister.": what he confirmed is the sentence before;
            # "Das teilten beide Delegationen … mit": the subject follows the verb, not the particle
            speaker = describe(after_verb(toks, i + 1, self.rules), self.rules)
            if speaker is not None and (speaker.name or speaker.kind != "unknown"):
                a = toks[i - 1]
                return Found("indirect", [(a.start, a.end)], speaker, cue, anaphoric=True)
        if verb.reporting and not self._passive(toks, i):
            speaker = self._subject(toks, i, verb.impersonal, strict=True)
            if (
                speaker is not None
                and (speaker.name or speaker.kind != "unknown")
                and not self._common_noun(speaker)
            ):
                return Found("reported", [(unit.start, unit.end)], speaker, cue)
        return None

    def _common_noun(self, m: Mention) -> bool:
        """ "Die Bluttat", "Ein DNA-Test", "Das Objekt": an article and one noun that is no
        role — German capitalises every noun, so this is a thing, not a name."""
        if self.rules.language != "de" or not m.tokens:
            return False
        words = [t for t in m.tokens if t.word or t.quoted]
        if not words or words[0].lower not in self.rules.determiners:
            return False
        if any(
            t.text == "," and k + 1 < len(m.tokens) and m.tokens[k + 1].cap
            for k, t in enumerate(m.tokens)
        ):
            return False  # a name in apposition: "Der ältere Bruder des Papstes, Georg Ratzinger"
        for k, t in enumerate(words[1:], 1):
            if t.quoted:
                return False  # "Die Zeitung „Yemen Observer“": a name follows
            if not t.cap:
                continue
            if self.rules.role_of(t.text) or t.lower in self.rules.article_names:
                return False
            nxt = words[k + 1] if k + 1 < len(words) else None
            # the head noun: one capitalised word, not a run of them ("Die Wiener Linien")
            return nxt is None or not nxt.cap or nxt.lower in self.rules.determiners
        return False

    def _passive(self, toks: list[Token], i: int) -> bool:
        """ "wurde … bestätigt", "sind … angekündigt", "have been criticised": the subject
        is not the speaker."""
        if self.rules.language != "de":
            k = i - 1
            if k > 0 and toks[k].lower.endswith("ly"):
                k -= 1  # "was widely criticised"
            return k >= 0 and toks[k].lower in _BE
        clause: list[str] = []
        for t in toks[max(0, i - 12) : i + 3]:
            if t.text in _SEPARATORS + _FINAL:
                if t.start < toks[i].start:
                    clause = []
                    continue
                break
            clause.append(t.lower)
        return bool(_PASSIVE.intersection(clause)) and not _ACTIVE.intersection(clause)

    def _passive_participle(self, toks: list[Token], i: int) -> bool:
        """A passive clause whose cue is a participle ("wurde vorgeworfen", "werden
        beschuldigt"), not a future infinitive ("wird sagen")."""
        low = toks[i].lower
        return self._passive(toks, i) and (not low.endswith("en") or "ge" in low[:-3])

    def _kind(self, unit: Unit, content: tuple[int, int]) -> str:
        a, b = content
        inside = [q for q in unit.quotes if a <= q.start and q.end <= b]
        if inside and inside[0].start == a and inside[-1].end >= b - 1 and len(inside) == 1:
            return "direct"
        return "mixed" if inside else "indirect"

    # -- where the content is --------------------------------------------------------------
    def _content_after(
        self, unit: Unit, i: int, end: int
    ) -> tuple[tuple[int, int], list[Token]] | None:
        toks = unit.tokens
        rules = self.rules
        j = end + 1
        while j < len(toks) and toks[j].text not in _SEPARATORS:
            if toks[j].quoted:
                # a quoted name inside the frame ("in der Meldung von „con energy“ wörtlich:")
                q = next((x for x in unit.quotes if x.start <= toks[j].start < x.end), None)
                k = j
                while k < len(toks) and q is not None and toks[k].start < q.end:
                    k += 1
                if (
                    rules.language != "de"
                    or q is None
                    or k >= len(toks)
                    or not toks[k].word
                    or toks[k].quoted
                    or sum(t.word for t in toks[j:k]) > 4
                ):
                    break
                j = k
                continue
            if (
                rules.language != "de"
                and toks[j].lower in rules.content_openers
                and (j == end + 1 or (toks[j].lower == "that" and j - end <= 6))
            ):
                break
            j += 1
        middle = toks[end + 1 : j]
        if (
            rules.language != "de"
            and (j >= len(toks) or toks[j].text in _SEPARATORS)
            and not (j + 1 < len(toks) and toks[j].text in _SEPARATORS and toks[j + 1].quoted)
        ):
            k = end + 1 + (toks[end].lower in ("told", "tells"))
            if middle and self._english_bare(toks[: j if j < len(toks) else len(toks)], k - 1):
                return self._trim(toks[k:j] if j < len(toks) else toks[k:], False), []
            return None
        if j >= len(toks):
            return None
        first = toks[j]
        if first.text in _SEPARATORS:
            if j + 1 >= len(toks):
                return None
            rest = toks[j + 1 :]
        else:
            rest = toks[j:]
        head = rest[0]
        if head.lower in rules.not_content and not (
            # "erklärte, damit solle …": an adverb opening a verb-second clause
            len(rest) > 1 and rest[1].lower in rules.konjunktiv and rules.language == "de"
        ):
            return None
        if first.quoted and rules.language == "de":
            return None  # "sprach von einer „Entwicklung“": an object, no content clause
        if head.quoted and not head.word:
            quote = next(q for q in unit.quotes if q.start == head.start)
            tail = [t for t in rest if t.start >= quote.end and t.word]
            if not tail:
                return (quote.start, quote.end), middle
        ok = (
            head.lower in rules.content_openers
            or rules.language != "de"
            or mood.konjunktiv(rest, rules)
            or mood.infinitive_clause(self._clause(rest), rules)
            or (any(t.quoted for t in rest) and first.text == ",")
        )
        if not ok:
            return None
        for c in range(len(rest) - 1):
            if rest[c].text == ":" and not rest[c].quoted and rest[c + 1].quoted:
                # "heißt es zur Begründung, warum …: „…“": the quote is the content
                opening = next((q for q in unit.quotes if q.start == rest[c + 1].start), None)
                if opening is not None:
                    return (opening.start, unit.quotes[-1].end), middle
        if rules.language == "de":
            rest = self._before_next_frame(toks, rest)
        return self._trim(rest, keep_final=False), middle

    def _before_next_frame(self, toks: list[Token], rest: list[Token]) -> list[Token]:
        """The content up to a second speaker's frame joined by "doch"/"aber": "X sagte, A sei
        tot, doch Y erklärte, …" — Y's statement is Y's, not part of X's."""
        for c in range(1, len(rest) - 2):
            if rest[c].text != "," or rest[c + 1].lower not in self.rules.contrast_words:
                continue
            for m in range(c + 2, min(len(rest), c + 14)):
                t = rest[m]
                if t.quoted or t.text in _SEPARATORS + _FINAL:
                    break
                if self._cue(toks, toks.index(t)) and any(x.cap for x in rest[c + 2 : m]):
                    return rest[:c]
        return rest

    def _english_bare(self, toks: list[Token], end: int) -> bool:
        """English "said the talks were useful": a clause follows the verb directly."""
        rest = [t for t in toks[end + 1 :] if t.word]
        if len(rest) < 3:
            return False
        head = rest[0].lower
        return head not in self.rules.prepositions and head not in self.rules.not_content

    def _clause(self, toks: list[Token]) -> list[Token]:
        for j, t in enumerate(toks):
            if t.text in _SEPARATORS + _FINAL and not t.quoted:
                return toks[:j]
        return toks

    def _trim(self, toks: list[Token], keep_final: bool) -> tuple[int, int]:
        a, b = 0, len(toks)
        while b > a + 1 and not toks[b - 1].quoted and toks[b - 1].text in _FINAL + _SEPARATORS:
            if keep_final and toks[b - 1].text in _FINAL and b == len(toks):
                break
            b -= 1
        if keep_final:
            # a direct quote: up to its closing mark, not the sentence's full stop
            while b > a + 1 and not toks[b - 1].quoted:
                b -= 1
        return toks[a].start, toks[b - 1].end

    def _content_before(self, unit: Unit, i: int) -> tuple[tuple[int, int], Mention | None] | None:
        toks = unit.tokens
        k = i - 1
        speaker_toks: list[Token] = []
        if self.rules.language != "de":
            # "…, the minister said" / "“…,” he said"
            k = i - 1
            while k >= 0 and not toks[k].quoted and toks[k].text != ",":
                k -= 1
            if k < i - 1:
                speaker_toks = toks[k + 1 : i]
                if noun_phrase(speaker_toks, 0, self.rules) != speaker_toks:
                    return None
        if self.rules.language == "de" and k > 1 and not toks[k].quoted and toks[k].text != ",":
            # "„…“, hatte der Minister gesagt": an auxiliary, the subject, the participle
            c = k
            while c > 0 and toks[c].text != "," and not toks[c].quoted and k - c < MAX_SPEAKER:
                c -= 1
            if (
                c < k - 1
                and (toks[c].text == "," or (toks[c].quoted and not toks[c].word))
                and toks[c + 1].lower in self.rules.auxiliaries
                and not toks[c + 1].cap
            ):
                np = after_verb(toks, c + 2, self.rules)
                gap = toks[toks.index(np[-1]) + 1 : i] if np else []
                if (
                    np
                    and all(
                        t.word and not t.cap and not t.quoted and t.lower not in self.rules.verbs
                        for t in gap
                    )
                    and len(gap) <= 3
                ):
                    speaker_toks = np  # "…, hatte Koch-Mehrin damals gesagt"
                    k = c
        if (
            self.rules.language == "de"
            and k > 0
            and toks[k].lower in self.rules.so_frame
            and toks[k - 1].text == ","
        ):
            k -= 1  # "…, so heißt es in der Erklärung"
        if k < 0:
            return None
        if toks[k].text != "," and not (toks[k].quoted and not toks[k].word):
            return None
        content_end = k if toks[k].text == "," else k + 1
        content = toks[:content_end]
        if sum(t.word for t in content) < 3:
            return None
        if self.rules.language != "de" and toks[k].text == "," and self._adverbial(content):
            return None  # "On the strength of that evidence, the administration urged …"
        if self.rules.language == "de" and toks[k].text == ",":
            lead = 0
            while lead < len(content) and content[lead].lower in self.rules.leading_particles:
                lead += 1
            phrase = noun_phrase(content, lead, self.rules)
            if (phrase and phrase[-1].end >= content[-1].end) or not self._has_verb(content):
                return None  # "Lars Schauer, Manager von Energie Cottbus, bezeichnete …": the
                # subject and its apposition, no content
        if not speaker_toks:
            speaker_toks = after_verb(toks, i + 1, self.rules)
            rest = toks[i + 1 :]
            after = [t for t in rest if not speaker_toks or t.start >= speaker_toks[-1].end]
            # "X, a spokeswoman, said the bridge would open": a verb right after the phrase
            # makes it the subject of the content, which follows the cue (English)
            clause = takewhile(lambda t: t.text != "," and not t.quoted, after)
            if self.rules.language != "de" and any(
                t.lower in self.rules.auxiliaries for t in clause
            ):
                return None
            if after and after[0].text == "," and not after[0].quoted:
                after = after[1:]  # the comma closing an apposition
            # "…, sagte er, „…“": the frame is inside the quote; fine. Else another clause.
            if (
                any(t.text == "," and not t.quoted for t in after)
                and not any(t.quoted for t in after)
                and not self._apposition_tail(after)
            ):
                return None
        speaker = describe(speaker_toks, self.rules) if speaker_toks else None
        quoted = [q for q in unit.quotes if q.end <= toks[content_end - 1].end]
        if quoted and quoted[0].start == toks[0].start:
            return (quoted[0].start, quoted[-1].end), speaker
        if quoted and quoted[-1].end == toks[content_end - 1].end:
            # "… äußerte sich X zu den Vorgängen: „…“, sagte er": the frame right after the
            # quote claims it; the words before the colon are another frame
            q = quoted[-1]
            before = [t for t in content if t.end <= q.start]
            if before and before[-1].text == ":":
                return (q.start, q.end), speaker
        return self._trim(content, keep_final=False), speaker

    def _scene(self, unit: Unit, content: tuple[int, int]) -> bool:
        """Whether content before a frame opens with a preposition or a subordinator
        ("In a notice viewed by STAT, …", "While some focus on …, X points out that …") and
        is no quote: it sets the scene of what follows the verb."""
        if any(q.start <= content[0] < q.end for q in unit.quotes):
            return False
        first = next((t for t in unit.tokens if t.start >= content[0] and t.word), None)
        rules = self.rules
        return first is not None and (
            first.lower in rules.prepositions
            or first.lower in rules.not_content
            or first.lower in rules.contrast_words
            or first.lower == "instead"
        )

    def _adverbial(self, toks: list[Token]) -> bool:
        """An English phrase opening with a preposition and holding no clause ("Despite
        the disappointing results"): it sets the scene, it is nothing said."""
        if not toks or toks[0].lower not in self.rules.prepositions:
            return False
        return not any(
            t.quoted
            or t.text == ","
            or t.lower in self.rules.auxiliaries
            or (t.lower.endswith("ed") and not t.cap)
            or t.lower.endswith("n't")
            for t in toks
        )

    def _has_verb(self, toks: list[Token]) -> bool:
        """Whether a stretch outside relative clauses and quotes has a word that may be a
        verb: content is a clause; "Sadiq Khan, eines der Mitglieder, die …," is a subject."""
        rules = self.rules
        if any(t.quoted for t in toks):
            return True
        for t in _outside_relatives(toks, rules):
            low = t.lower
            if not t.cap and (low in rules.konjunktiv or low in rules.auxiliaries):
                return True  # "könne", "werden": verbs that look like adjectives
            if not t.word or t.cap or t.text[:1].isdigit() or mood_adjective(t):
                continue
            if (
                low in rules.determiners
                or low in rules.prepositions
                or low in rules.and_words
                or low in rules.name_particles
                or low in rules.leading_particles
            ):
                continue
            return True
        return False

    def _apposition_tail(self, toks: list[Token]) -> bool:
        words = [t for t in toks if t.word]
        if not words or len(words) >= 12:
            return False
        if any(self.rules.role_of(t.text) for t in words):
            return True
        # ", kanadischer General und Kommandeur des Einsatzes am Montag.": no verb in it
        return self.rules.language == "de" and not self._has_verb(toks)

    def _subject(
        self, toks: list[Token], i: int, impersonal: bool, strict: bool = False
    ) -> Mention | None:
        """The speaker of a cue at ``i``: the field before it, or the phrase after it."""
        rules = self.rules
        pronoun = self._relative_pronoun(toks, i) if not impersonal else None
        if pronoun is not None:
            # "…, der alle Nichtmoslems aufforderte, …": the frame names the speaker by its
            # relative pronoun; who it is, is the phrase before the comma
            k = next(j for j, t in enumerate(toks) if t is pronoun) - 2  # before the comma
            antecedent = _antecedent(toks, k, rules)
            heads = [t for t in antecedent if t.cap and t.word]
            m = describe(antecedent, rules)
            if heads and rules.thing(heads[-1].text) and not rules.role_of(heads[-1].text):
                pass  # "eine Darstellung, die … widerspricht": a thing, no speaker
            elif m is None or m.kind == "unknown":
                return Mention([pronoun], None, None, "pronoun")
            else:
                return Mention([pronoun], m.name, m.role, m.kind, m.gender, m.plural, m.definite)
        start = 0
        k = i - 1
        while k >= 0:
            if toks[k].quoted or toks[k].text in ":;":
                if toks[k].text == ":" and 0 < k < i - 1 and _digits(toks[k - 1], toks[k + 1]):
                    k -= 1
                    continue  # a time of day: "Um 10:05 Uhr meldete …"
                opening = self._name_quote(toks, k)
                if opening is not None:
                    k = opening - 1
                    continue  # a quoted name: Die Organisation „Reporter ohne Grenzen“ weist …
                start = k + 1
                break
            k -= 1
        for c in range(i - 2, start - 1, -1):
            if toks[c].text == "," and toks[c + 1].lower in rules.contrast_words:
                start = c + 2  # "…, doch UN-Sprecher X erklärte, …": a clause of its own
                break
            if rules.language == "de":
                continue
            if toks[c].text == ",":
                if self._adverbial(toks[start:c]):
                    start = c + 1  # "Despite the results, researchers said": after the scene
                break  # "Smith, when asked, said": a comma before the cue ends the search
            if c > start and toks[c].lower in rules.contrast_words:
                start = c + 1  # "… as investors welcomed the savings": no comma in English
                break
        field_ = toks[start:i]
        while field_ and (field_[0].lower in rules.leading_particles or not field_[0].word):
            field_ = field_[1:]
        end = self._cue_end(toks, i)
        if impersonal:
            # "In der Erklärung heißt es", "Aus Kreisen hieß es": the phrase after the preposition
            if field_ and field_[0].lower in rules.prepositions:
                # "In einer Erklärung der EU-Außenminister hatte es geheißen"
                phrase = noun_phrase(cut_relative(field_, rules), 1, rules)
                return describe(phrase or _head_phrase(field_[1:]), rules)
            j = end + 1
            while j < len(toks) and toks[j].lower not in rules.prepositions and j - end < 4:
                j += 1
            if j < len(toks) and toks[j].lower in rules.prepositions:
                return describe(noun_phrase(toks, j + 1, rules), rules)
            return None
        post = i + 1  # German V2: the subject may follow the finite verb
        if rules.language == "de":
            if i > 0 and toks[i - 1].lower in rules.and_words and i - 1 > start:
                # "Er verständigte die Polizei und teilte mit, …": the first verb's subject
                return self._coordinated(field_)
            return self._german_subject(toks, field_, post, strict)
        if (
            not field_
            or (len(field_) == 1 and field_[0].lower in rules.not_subjects)
            or (field_[0].lower in rules.prepositions and len(field_) <= 6)
        ):
            if field_:
                return None
            return describe(after_verb(toks, post, rules), rules)
        if field_[0].lower in rules.prepositions or field_[0].lower in rules.not_subjects:
            return None
        return self._forefield(field_, strict)

    def _relative_pronoun(self, toks: list[Token], i: int) -> Token | None:
        """The subject of a relative clause the cue at ``i`` closes: ", die berichteten, …",
        ", der … forderte, …" — a nominative relative pronoun after a comma, with no other
        subject between it and the verb."""
        rules = self.rules
        if rules.language != "de" or self._verb(toks, i) is None:
            return None
        if toks[i].lower in rules.konjunktiv:
            return None  # "…, der tue und sage, was …": reported content, not a frame
        for c in range(i - 1, max(0, i - 16), -1):
            t = toks[c]
            if t.quoted or t.text in _FINAL + ";:":
                return None
            if t.text != ",":
                continue
            rel = toks[c + 1]
            if (
                c + 1 < i
                and not rel.cap
                and rel.lower in rules.relatives
                and rel.lower in _NOMINATIVE_RELATIVES
                and c > 0
                and toks[c - 1].word
                and not any(x.lower in rules.subject_pronouns for x in toks[c + 2 : i])
                and not (c + 2 < i and toks[c + 2].cap)  # an apposition: ", der Koordinator …"
            ):
                return rel
            return None
        return None

    def _name_quote(self, toks: list[Token], k: int) -> int | None:
        """Index of the opening mark when ``toks[k]`` closes a short quoted name after a noun,
        an article or an adjective (Zeitung „Die Welt“, der „Deutsche Fußball-Bund“)."""
        if self.rules.language != "de" or not toks[k].quoted or toks[k].word:
            return None
        j = k - 1
        while j >= 0 and toks[j].quoted and toks[j].word:
            j -= 1
        if j < 1 or not toks[j].quoted or toks[j].word or k - j - 1 > 6 or k - j < 2:
            return None
        first, prev = toks[j + 1], toks[j - 1]
        if not first.cap or prev.quoted:
            return None
        named = (
            prev.lower in self.rules.determiners
            or prev.lower in self.rules.np_prepositions  # Der Geschäftsführer von „Ener1“
            or self.rules.role_of(prev.text) is not None
            or mood_adjective(prev)
        )
        return j if named else None

    def _german_subject(
        self, toks: list[Token], field_: list[Token], post: int, strict: bool
    ) -> Mention | None:
        """German V2: the field before the finite verb is one phrase. When it is the
        subject it is the speaker ("Der Vertreter der Arbeitgeber im Aufsichtsrat, Peter
        Clever, hat … gefordert"); when it is an adverbial ("In der Debatte …", "Nachdem …,",
        "Jetzt") the subject follows the finite verb ("hat Staatssekretär X gefordert")."""
        rules = self.rules
        aux = self._finite(field_)
        fore = field_[:aux] if aux is not None else field_
        if len(fore) == 1 and fore[0].lower in rules.demonstratives:
            return _demonstrative(fore[0])  # "Dieser behauptete, …": the one just named
        adverbial = not fore or (
            fore[0].lower in rules.prepositions
            or fore[0].lower in rules.oblique
            or fore[0].lower in rules.not_content
            or (len(fore) == 1 and rules.adverb(fore[0].text))
            or (fore[0].lower in rules.not_subjects and not fore[0].cap)
            or (len(fore) <= 3 and fore[-1].cap and fore[-1].lower in rules.time_nouns)
        )
        if adverbial:
            if aux is not None:
                after = after_verb(field_, aux + 1, rules)
                if after:
                    return describe(after, rules)
            if (
                fore
                and not (
                    fore[0].lower in rules.prepositions
                    or fore[0].lower in rules.oblique
                    or len(fore) == 1
                )
                and fore[0].lower not in rules.not_content
            ):
                return None
            return describe(after_verb(toks, post, rules), rules)
        if fore[0].lower in rules.not_subjects and fore[0].lower not in rules.determiners:
            return None  # "Damit die Regierung …" — but "Das Komitee sagte" has a subject
        after = field_[aux + 1 :] if aux is not None else toks[post : post + 1]
        if after and after[0].lower in rules.subject_pronouns and not after[0].quoted:
            # a nominative pronoun right after the finite verb is the subject, whatever
            # stands before it: "Das ägyptische Angebot lehnt er ab", "Deren Haltung
            # bezeichnete er als …"
            return describe(after[:1], rules)
        if len(fore) == 1 and self._unknown_word(fore):
            # one capitalised word no one has been called, then the verb: an adverb
            # ("Relativierend fügt Gall hinzu", "Weiterhin erklärte die Ministerin")
            adverbial = fore[0].lower.endswith(_ADVERB_LIKE)
            post_m = self._person_after(toks, post, pronoun=adverbial)
            if post_m is not None and (post_m.role or self._seen(post_m) or adverbial):
                return post_m
            if adverbial and post < len(toks) and toks[post].lower in rules.pronouns:
                return describe(toks[post : post + 1], rules)  # "Aktuell lässt sie erklären"
        found = self._forefield(fore, strict)
        if (
            found is None
            or found.kind == "unknown"
            or fore[0].lower in rules.oblique
            or self._thing_first(fore)
        ):
            # "Die praktische Anwendung … stellte der SPD-Vorsitzende in Frage", "Die
            # Äußerungen Hassemers bezeichnete Wiefelspütz als …": an object first; a person,
            # a body or a pronoun after the verb is the subject
            post_m = self._person_after(toks, post, pronoun=found is not None)
            if post_m is not None:
                return post_m
        return found

    def _thing_first(self, fore: list[Token]) -> bool:
        """The field before the verb opens with an article and a noun that names no
        speaker ("Die Forderungen Berningers", "Seine Zuversicht"): likely the object."""
        rules = self.rules
        if rules.language != "de" or len(fore) < 2 or fore[0].lower not in rules.determiners:
            return False
        k = 1
        while k < len(fore) and (fore[k].lower in rules.determiners or mood_adjective(fore[k])):
            k += 1
        if k >= len(fore) or not fore[k].cap or not fore[k].word or fore[k].quoted:
            return False
        head = fore[k]
        if rules.role_of(head.text) or head.lower in rules.article_names:
            return False
        return rules.thing(head.text)

    def _person_after(self, toks: list[Token], post: int, pronoun: bool = False) -> Mention | None:
        """A phrase right after the finite verb that names a person or body (or, with
        ``pronoun``, a personal pronoun: "Der Politik schlug er vor")."""
        if self.rules.language != "de":
            return None
        m = describe(after_verb(toks, post, self.rules), self.rules)
        if m is not None and pronoun and m.kind == "pronoun" and m.tokens[0].lower != "sie":
            return m  # "sie" may be the object: "Die Forderung wies sie zurück" is ambiguous
        if m is None or m.kind not in ("person", "body") or not (m.name or m.role):
            return None
        return m

    def _coordinated(self, field_: list[Token]) -> Mention | None:
        """The subject opening a clause whose second verb is the cue: a phrase at the start,
        then a lowercase (finite) verb."""
        phrase = noun_phrase(cut_relative(field_, self.rules), 0, self.rules)
        if not phrase or len(phrase) >= len(field_) - 1 or self._unknown_word(phrase):
            return None
        rest = field_[len(phrase) :]
        if rest and rest[0].text == "," and len(rest) > 1:
            rest = rest[1:]  # the comma closing an apposition: "Einer …, Harouna Adamou, dankte"
        nxt = rest[0]
        if nxt.cap or not nxt.word or nxt.lower in self.rules.prepositions:
            return None
        if any(t.text in _SEPARATORS and not t.quoted for t in rest):
            return None
        return describe(phrase, self.rules)

    def _finite(self, field_: list[Token]) -> int | None:
        """Index of the main clause's finite auxiliary in ``field_``, skipping relative and
        subordinate clauses (", die … geführt wird,", "Nachdem … hatte,")."""
        rules = self.rules
        inside = bool(field_) and (
            field_[0].lower in rules.not_content or field_[0].lower in rules.content_openers
        )
        for a, t in enumerate(field_):
            if t.text == ",":
                nxt = field_[a + 1] if a + 1 < len(field_) else None
                inside = (
                    nxt is not None
                    and not nxt.cap
                    and (
                        nxt.lower in rules.relatives
                        or nxt.lower in rules.not_content
                        or nxt.lower in rules.content_openers
                        or nxt.lower in rules.prepositions
                    )
                )
                continue
            if a > 0 and not inside and t.lower in rules.auxiliaries and not t.cap:
                return a
        return None

    def _forefield(self, field_: list[Token], strict: bool) -> Mention | None:
        rules = self.rules
        cut = cut_relative(field_, rules)
        while cut and cut[-1].text in ",":
            cut = cut[:-1]
        phrase = noun_phrase(cut, 0, rules) or self._english_plural(cut)
        if not phrase:
            return None
        rest = cut[len(phrase) :]
        while rest and rest[0].lower in rules.not_subjects and not rest[0].cap:
            rest = rest[1:]  # "Die Armeeleitung hingegen sprach …": an adverb after the subject
        if not rest and len(phrase) < len(cut):
            return describe(phrase, rules)
        nxt = cut[len(phrase)] if len(phrase) < len(cut) else None
        if nxt is not None and nxt.text != "," and nxt.lower not in rules.auxiliaries:
            rest = cut[len(phrase) :]
            if rules.language == "de" and _attachments(rest, rules):
                return describe(cut, rules) or describe(phrase, rules)
            if strict or len(phrase) < len(cut) - 2:
                return None
        return describe(phrase, rules)

    def _english_plural(self, field_: list[Token]) -> list[Token]:
        """A short English subject of common nouns ending in a plural ("investors", "the
        protesters", "many local residents"): English does not capitalise them."""
        rules = self.rules
        if rules.language == "de" or not 0 < len(field_) <= 3:
            return []
        *lead, head = field_
        if not (head.word and head.lower.endswith("s") and len(head.lower) > 3):
            return []
        function = rules.verbs_and_function | rules.not_subjects
        if any(t.lower in function for t in field_):
            return []
        return field_ if all(t.word and not t.quoted for t in lead) else []

    def _so_frame(self, unit: Unit, i: int) -> Found | None:
        """ "…, so der Minister." after a quote or a content clause."""
        toks = unit.tokens
        if i == 0 or (
            toks[i - 1].text != "," and not (toks[i - 1].quoted and not toks[i - 1].word)
        ):
            return None
        phrase = noun_phrase(toks, i + 1, self.rules)
        if not phrase:
            return None
        tail = toks[toks.index(phrase[-1]) + 1 :]
        if tail and tail[-1].text in _FINAL:
            tail = tail[:-1]
        colon = next((c for c, t in enumerate(tail) if t.text == ":" and not t.quoted), None)
        if colon is not None and colon <= 3 and all(t.word for t in tail[:colon]):
            # "…, so Elshorst weiter: „…“": the content before and the quote after
            rest = [q for q in unit.quotes if q.start >= tail[colon].end]
            content = toks[: i - 1] if toks[i - 1].text == "," else toks[:i]
            if rest and sum(t.word for t in content) >= 3:
                parts = [self._trim(content, keep_final=False), (rest[0].start, rest[-1].end)]
                return Found(
                    "mixed", parts, describe(phrase, self.rules), (toks[i].start, toks[i].end)
                )
        # "…, so der Minister." / "…, so Guttenberg wörtlich." / "…, so X am Montag."
        if len(tail) > 3 or any(not t.word or t.quoted for t in tail):
            return self._so_inside(unit, i, phrase)
        content = toks[: i - 1] if toks[i - 1].text == "," else toks[:i]
        if sum(t.word for t in content) < 3:
            return None
        span = self._trim(content, keep_final=False)
        speaker = describe(phrase, self.rules)
        return Found(self._kind(unit, span), [span], speaker, (toks[i].start, toks[i].end))

    def _so_inside(self, unit: Unit, i: int, phrase: list[Token]) -> Found | None:
        """ "Doch sei es, so der Schriftsteller X in einem Blog, ein Haufen …": the frame
        inside the content, closed by a comma; the content is on both sides."""
        if self.rules.language != "de" or _comma_before(unit.tokens, i) is None:
            return None
        toks = unit.tokens
        k = toks.index(phrase[-1]) + 1
        if k < len(toks) and toks[k].text == ",":
            after = cut_relative(toks[k:], self.rules)  # ", der bei … arbeitet,"
            if not after:
                k = next((c for c in range(k + 1, len(toks)) if toks[c].text == ","), len(toks))
        # a few adverbials ("in einem Blogeintrag auf der Website") up to the closing comma
        j = k
        while j < len(toks) and toks[j].text != "," and j - k < 14:
            t = toks[j]
            if t.text in _FINAL + ";:" or (t.word and not t.cap and not _frame_word(t, self.rules)):
                return None
            j += 1
        if j >= len(toks) or toks[j].text != ",":
            return None
        left = [t for t in toks[: i - 1] if t.word]
        right = toks[j + 1 :]
        if len(left) < 1 or sum(t.word for t in right) < 2 or len(left) + len(right) < 4:
            return None
        parts = [self._trim(toks[: i - 1], keep_final=False), self._trim(right, keep_final=False)]
        speaker = describe(phrase, self.rules)
        kind = "mixed" if unit.quotes else "indirect"
        return Found(kind, parts, speaker, (toks[i].start, toks[i].end))

    def _source(self, unit: Unit, used: list[tuple[int, int]] | None = None) -> Found | None:
        """ "laut X", "nach Angaben von X", "X zufolge", "according to X", "demnach"."""
        toks = unit.tokens
        rules = self.rules
        for i, tok in enumerate(toks):
            if tok.quoted or any(a <= tok.start < b for a, b in used or ()):
                continue
            low = tok.lower
            if low in rules.source_self:
                # "Demnach seien …": the source is the one just named; the word stands for it
                found = self._sourced(unit, i, i, [tok], tok.end, after=True)
                if found is not None:
                    found.speaker = Mention([tok], None, None, "pronoun")
                    return found
            for phrase in rules.source_before.get(low, ()):
                n = len(phrase)
                if tuple(t.lower for t in toks[i : i + n]) == phrase:
                    np = self._source_phrase(toks, i + n) or noun_phrase(toks, i + n, rules)
                    if np:
                        return self._sourced(unit, i, i + n - 1, np, toks[i + n - 1 + len(np)].end)
            if low == "nach" and rules.source_nouns:
                # "nach ukrainischen Angaben", "Nach Polizeiangaben", "Nach einer Studie"
                np = noun_phrase(toks, i + 1, rules)
                head = next((t for t in np if t.cap and t.word), None)
                # the head noun must name a source: not "nach dem Abgang von Parteichef X"
                if head is not None and (
                    _source_noun(head.lower, rules) or rules.role_of(head.text) == "body"
                ):
                    found = self._sourced(unit, i, i, np, np[-1].end)
                    if found is not None:
                        return found
            if low == "nach" and rules.source_nouns and i > 0:
                # "Seiner Meinung nach", "Dem Vernehmen nach", "Angaben der Polizei nach"
                np = _phrase_before(toks, i, rules)
                if np and any(_source_noun(t.lower, rules) for t in np if t.cap):
                    found = self._sourced(unit, i, i, np, tok.end, after=True)
                    if found is not None:
                        return found
            if low in rules.source_after and i > 0:
                np = _phrase_before(toks, i, rules)
                if np and any(t.cap for t in np):
                    return self._sourced(unit, i, i, np, tok.end, after=True)
            if low in rules.as_frame and (i == 0 or toks[i - 1].text == ","):
                found = self._as_frame(unit, i)
                if found is not None:
                    return found
        return None

    def _source_phrase(self, toks: list[Token], i: int) -> list[Token]:
        """English "according to X": X runs to the next comma or the sentence end
        ("according to a technical report published alongside the model, …"); empty when
        that is no short phrase (German "laut X" takes no comma: ``noun_phrase`` decides)."""
        if self.rules.language == "de":
            return []
        k = i
        while k < len(toks) and toks[k].text not in _SEPARATORS + _FINAL and not toks[k].quoted:
            if toks[k].lower in self.rules.auxiliaries or toks[k].lower in self.rules.verbs:
                return []  # a clause: "according to X the plan was …" has no phrase end
            k += 1
        return toks[i:k] if 0 < k - i <= MAX_SPEAKER else []

    def _sourced(
        self, unit: Unit, c0: int, c1: int, np: list[Token], frame_end: int, after: bool = False
    ) -> Found | None:
        toks = unit.tokens
        cue = (toks[c0].start, toks[c1].end)
        frame_start = np[0].start if after else toks[c0].start
        parts = []
        left = [t for t in toks if t.end <= frame_start]
        right = [t for t in toks if t.start >= frame_end]
        while left and left[-1].text in _SEPARATORS:
            left.pop()
        while right and right[0].text in _SEPARATORS:
            right.pop(0)
        if left and sum(t.word for t in left) >= 1:
            parts.append(self._trim(left, keep_final=False))
        if right and sum(t.word for t in right) >= 2:
            parts.append(self._trim(right, keep_final=False))
        if not parts or sum(t.word for t in left + right) < 3:
            return None
        speaker = describe(np, self.rules)
        nouns = tuple(self.rules.source_nouns)
        if (
            speaker is not None
            and speaker.name
            and nouns
            and all(w.lower().endswith(nouns) for w in speaker.name.split())
        ):
            speaker.name = None  # "Seiner Meinung nach": no one named
        return Found("reported", parts, speaker, cue)

    def _as_frame(self, unit: Unit, i: int) -> Found | None:
        """ "Wie die Polizei mitteilte, …" / "…, as the ministry said"."""
        toks = unit.tokens
        if i + 2 < len(toks) and toks[i + 1].lower in self.rules.impersonal_subjects:
            return self._as_impersonal(unit, i)
        np = noun_phrase(toks, i + 1, self.rules)
        k = i + 1 + len(np)
        if not np or k >= len(toks):
            return None
        # the verb may come after a few words: "wie X am Montag mitteilte", or after an
        # apposition: "wie Burt Rutan, Chef der Firma Scaled Composites, mitteilte"
        apposition = toks[k].text == "," and self.rules.language == "de"
        for j in range(k, min(len(toks), k + (20 if apposition else 6))):
            if toks[j].text in _FINAL + ";:" or toks[j].quoted:
                break
            if toks[j].text == "," and not (apposition and j == k):
                if not apposition or (toks[j + 1 : j + 2] and toks[j + 1].cap):
                    break
                continue
            if self._verb(toks, j) is not None and not toks[j].cap:
                end = j + 1 if j + 1 < len(toks) and toks[j + 1].text == "," else j
                if apposition and j > k + 1:
                    np = self._with_apposition(toks, i + 1, k, j)
                return (
                    self._sourced(unit, j, j, np, toks[end].end, after=False)
                    if False
                    else (self._framed(unit, i, j, np, toks[end].end))
                )
        return None

    def _as_impersonal(self, unit: Unit, i: int) -> Found | None:
        """ "wie es auf einer Pressekonferenz in Oslo hieß": the source is the phrase after
        the preposition."""
        toks = unit.tokens
        for j in range(i + 2, min(len(toks), i + 16)):
            if toks[j].text == "." and toks[j - 1].text.isdigit():
                continue  # an ordinal: "am 13. Januar"
            if toks[j].text in _SEPARATORS + _FINAL or toks[j].quoted:
                return None
            verb = self.rules.verbs.get(toks[j].lower)
            if verb is not None and verb.impersonal and not toks[j].cap:
                p = next(
                    (x for x in range(i + 2, j) if toks[x].lower in self.rules.prepositions),
                    None,
                )
                np = noun_phrase(toks[:j], p + 1, self.rules) if p is not None else []
                end = j + 1 if j + 1 < len(toks) and toks[j + 1].text == "," else j
                found = self._framed(unit, i, j, np or [toks[i + 1]], toks[end].end)
                if found is not None and not np:
                    found.speaker = None
                return found
        return None

    def _with_apposition(self, toks: list[Token], a: int, k: int, j: int) -> list[Token]:
        """The phrase at ``a`` (ending before the comma at ``k``) with its apposition, up
        to its closing comma before the verb at ``j`` or its own noun phrase."""
        inner = toks[k + 1 : j]
        close = [c for c, t in enumerate(inner) if t.text == ","]
        tail = inner[: close[-1]] if close else noun_phrase(inner, 0, self.rules)
        return toks[a : k + 1 + len(tail)] if tail else toks[a:k]

    def _framed(self, unit: Unit, i: int, j: int, np: list[Token], frame_end: int) -> Found | None:
        toks = unit.tokens
        left = [t for t in toks if t.end <= toks[i].start]
        right = [t for t in toks if t.start >= frame_end]
        while left and left[-1].text in _SEPARATORS:
            left.pop()
        while right and right[0].text in _SEPARATORS:
            right.pop(0)
        parts = [
            self._trim(p, keep_final=False) for p in (left, right) if sum(t.word for t in p) >= 2
        ]
        if not parts:
            return None
        return Found("reported", parts, describe(np, self.rules), (toks[j].start, toks[j].end))

    def _colon(self, unit: Unit, q: Quote) -> Found | None:
        """ "Merz: „Wir …“" — a short speaker phrase, a colon, the quote."""
        toks = unit.tokens
        before = [t for t in toks if t.end <= q.start]
        if len(before) < 2 or before[-1].text != ":":
            return None
        np = noun_phrase(before[:-1], 0, self.rules)
        if np and len(np) == len(before) - 1:
            return Found("direct", [(q.start, q.end)], describe(np, self.rules), None)
        # a frame clause and a colon: "Teamchef Jean Todt stellt sich vor seinen Piloten: „…“"
        inner = [t for t in toks if q.start <= t.start < q.end and t.word]
        if len(inner) < 3 or quote_marks.is_name(self.text, q):
            return None
        frame = [t for t in before[:-1] if not t.quoted]
        rules = self.rules
        if rules.language == "de" and mood.konjunktiv(frame, rules, strong=True, first=True):
            # "Queensland sei dem Land zu Dank verpflichtet: „…“": reported speech goes on,
            # the quote is the last speaker's, not the frame's subject's
            return None
        lead = 0
        if rules.language == "de" and frame and frame[0].lower in rules.not_content:
            # "Da Brauereien … angewiesen sind, warnte der Geschäftsführer …: „…“": the
            # subordinate clause first, the main clause's verb after its comma
            lead = next((c + 1 for c, t in enumerate(frame) if t.text == ","), len(frame))
        for v, t in enumerate(frame):
            if v < lead:
                continue
            if (
                v > 0
                and _lower_word_outside(
                    t,
                    rules.determiners,
                    rules.prepositions,
                    rules.name_particles,
                    rules.leading_particles,
                    rules.pronouns,
                )
                and not (mood_adjective(t) and v + 1 < len(frame) and frame[v + 1].cap)
            ):
                speaker = self._subject(frame, v, False)
                if speaker is not None and speaker.kind != "unknown":
                    cue = (t.start, t.end)  # the frame's verb: "stellt sich vor …:"
                    return Found("direct", [(q.start, q.end)], speaker, cue)
                break
        return None

    def _continuation(self, unit: Unit, last: Found | None, prev: Unit | None) -> list[Found]:
        """A sentence with no cue that goes on with the last speaker: a bare quote, or
        (German) free indirect speech in the Konjunktiv. With no statement just before,
        the subject of the sentence before is the likeliest speaker ("Der Iran streitet
        dies ab. Sein Programm diene …"), else the speaker stays unknown."""
        toks = unit.tokens
        speaker = last.speaker if last is not None else None
        name, role = (last.name, last.role) if last is not None else (None, None)
        bare = (
            unit.quotes
            and unit.quotes[0].start == unit.start
            and sum(t.word and not t.quoted for t in toks) == 0
        )
        konjunktiv = self.rules.language == "de" and mood.konjunktiv(toks, self.rules, strong=True)
        if last is None and (bare or konjunktiv):
            if prev is not None:
                speaker = next(
                    (
                        m
                        for m in (self._lead_subject(prev), self._source_of(prev))
                        if m is not None and self._known_speaker(m)
                    ),
                    None,
                )
                if speaker is not None:
                    name, role = self.memory.resolve(speaker, None)
            unsure = not konjunktiv or not mood.konjunktiv(
                toks, self.rules, strong=True, first=True
            )
            if speaker is None and not (bare and _sentence_quote(toks)) and unsure:
                return []
        if bare:
            q = unit.quotes[0]
            return [
                Found("direct", [(q.start, unit.quotes[-1].end)], speaker, None, name, role, True)
            ]
        if konjunktiv:
            kind = "mixed" if unit.quotes else "indirect"
            return [Found(kind, [(unit.start, unit.end)], speaker, None, name, role, True)]
        return []

    def _source_of(self, unit: Unit) -> Mention | None:
        """Who a sentence without a statement is about, when an adverbial opens it: the
        subject after the finite verb ("Langfristig strebt das Unternehmen …", "Trotz … gibt
        ROG keine Entwarnung"), or the agent of a passive ("… wird von Beobachtern als …
        gewertet")."""
        return self._source_in([t for t in unit.tokens if not t.quoted])

    def _source_in(self, toks: list[Token]) -> Mention | None:
        if self.rules.language != "de":
            return None
        rules = self.rules
        if any(t.lower in _PASSIVE for t in toks):
            for k, t in enumerate(toks[:-1]):
                if t.lower in ("von", "vom"):
                    m = self._agent(noun_phrase(toks, k + 1, rules))
                    if m is not None:
                        return m
        k = 0
        while k < len(toks) and (
            not toks[k].word
            or toks[k].cap
            or toks[k].text[:1].isdigit()
            or toks[k].lower in rules.prepositions
            or toks[k].lower in rules.determiners
            or mood_adjective(toks[k])
        ):
            if toks[k].text in _SEPARATORS + _FINAL:
                return None
            k += 1
        if k == 0 or k >= len(toks) or toks[0].lower in rules.pronouns:
            return None
        if toks[k].text == "," or (
            toks[k].word and not toks[k].cap and toks[0].lower in rules.prepositions
        ):
            # "Um die Zeit dafür zu gewinnen, will Oettinger …": a clause first, then the verb
            c = next((j for j in range(k, len(toks)) if toks[j].text == ","), None)
            if c is not None and c + 2 < len(toks):
                v = toks[c + 1]
                if not v.quoted and _lower_word_outside(
                    v,
                    rules.determiners,
                    rules.prepositions,
                    rules.relatives,
                    rules.and_words,
                    rules.content_openers,
                ):
                    found = self._agent(after_verb(toks, c + 2, rules))
                    if found is not None:
                        return found
        return self._agent(after_verb(toks, k + 1, rules))

    def _document_in(self, field_: list[Token]) -> Mention | None:
        """The document a passive clause is found in: "In einem Bericht der Salzburger
        Nachrichten wurde vermutet, …" -> "einem Bericht der Salzburger Nachrichten"."""
        rules = self.rules
        if len(field_) < 3 or field_[0].lower not in rules.place_prepositions | {"auf"}:
            return None
        phrase = noun_phrase(cut_relative(field_, rules), 1, rules)
        heads = [t for t in phrase if t.cap and t.word]
        if not heads or rules.role_of(heads[0].text) != "body":
            return None
        return describe(phrase, rules)

    def _agent(self, phrase: list[Token]) -> Mention | None:
        m = describe(phrase, self.rules) if phrase else None
        if m is None or m.kind not in ("person", "body") or not (m.name or m.role):
            return None
        if self._common_noun(m) or phrase[0].lower in self.rules.oblique:
            return None
        return m

    def _lead_subject(self, unit: Unit) -> Mention | None:
        """The subject opening a sentence ("Das Robert-Koch-Institut sieht …"), when it
        names a person or a body."""
        toks = [t for t in unit.tokens if not t.quoted]
        k = 0
        while k < len(toks) and toks[k].lower in self.rules.leading_particles:
            k += 1
        phrase = noun_phrase(cut_relative(toks[k:], self.rules), 0, self.rules)
        if not phrase or k + len(phrase) >= len(toks) or self._unknown_word(phrase):
            return None
        nxt = toks[k + len(phrase)]
        if (nxt.cap or not nxt.word) and nxt.text != ",":
            return None
        m = describe(phrase, self.rules)
        if m is None or m.kind == "unknown" or (m.kind == "pronoun" and m.plural is None):
            return None
        if self._common_noun(m) or phrase[0].lower in self.rules.oblique:
            return None  # "Die Widerspruchsfrist endet …", "Dem Einsatz … steht X gegenüber"
        return m

    def _seen(self, m: Mention) -> bool:
        """Whether a word of the mention's name names someone already seen."""
        # capitalised words only: "der" in "Auswärtige Amt der Bundesrepublik" names no one
        words = [w.lower() for w in (m.name or "").split() if w[:1].isupper()]
        return any(w in e.name.lower().split() for e in self.memory.seen for w in words)

    def _known_speaker(self, m: Mention) -> bool:
        """A guessed speaker with no speech verb to vouch for it must show it speaks: a
        role or body noun, a pronoun, or a name already seen in the text. German
        capitalises every noun, so "Besondere Probleme" or "Teil der Lieferung" would
        otherwise read as names."""
        if self.rules.language != "de" or m.kind == "pronoun" or m.role:
            return True
        if any(
            self.rules.role_of(t.text) or t.lower in self.rules.article_names
            for t in m.tokens
            if t.word
        ):
            return True
        return self._seen(m)

    def _unknown_word(self, phrase: list[Token]) -> bool:
        """A lone capitalised word opening a sentence that names no one seen so far and is
        no role or pronoun: an adverb or a noun ("Dagegen", "Reflexartig", "Einspareffekte"),
        capitalised only by its place. Used where no speech verb vouches for a subject."""
        words = [t for t in phrase if t.word]
        if len(words) != 1:
            return False
        low = words[0].lower
        if low in self.rules.pronouns or low in self.rules.demonstratives:
            return False
        if self.rules.role_of(words[0].text):
            return False
        return not any(low in e.name.lower().split() for e in self.memory.seen)

    # -- speakers -----------------------------------------------------------------
    def _speak(self, f: Found, unit: Unit) -> None:
        if f.speaker is None or f.continued:
            return
        plural = None
        if f.cue is not None:
            verb = self.rules.verbs.get(self.text[f.cue[0] : f.cue[1]].split()[0].lower())
            plural = verb.plural if verb else None
        f.name, f.role = self.memory.resolve(f.speaker, plural)
        if f.name:
            self.memory.add(f.name, f.speaker)
            if f.speaker.kind == "pronoun":
                self.memory.seen[-1].role = f.role
        else:
            self.memory.add_unnamed(f.speaker)

    def _remember(self, unit: Unit) -> None:
        """People named with a role ("Kreml-Sprecher Dmitri Peskow") for later pronouns."""
        toks = unit.tokens
        for i, t in enumerate(toks):
            if t.quoted or not t.word or self.rules.role_of(t.text) != "person":
                continue
            start = i
            while start > 0 and (
                toks[start - 1].cap
                or (
                    mood_adjective(toks[start - 1])
                    and toks[start - 1].lower not in self.rules.verbs  # "sagte Trainer X"
                    and toks[start - 1].lower not in self.rules.auxiliaries
                )
                or toks[start - 1].lower in self.rules.determiners
            ):
                start -= 1
            m = describe(noun_phrase(toks, start, self.rules), self.rules)
            if m is not None and m.name and len(m.name.split()) >= 2 and m.kind == "person":
                self.memory.add(m.name, m)


def _says_itself(f: Found) -> bool:
    """Content that is its own speaker's phrase ("“…,” said Dr. X, MBA ’16, …" read once
    as a frame and once as "said <content>"): a misreading, never a statement."""
    m = f.speaker
    if m is None:
        return False
    return all(m.start <= a and b <= m.end for a, b in f.parts)


def mood_adjective(tok: Token) -> bool:
    """A lowercase inflected adjective or participle ("gemeinsamen", "staatliche")."""
    return (
        tok.word
        and not tok.cap
        and len(tok.text) > 3
        and tok.lower not in FUNCTION_WORDS
        and tok.lower.endswith(("e", "en", "er", "es", "em"))
    )


def _demonstrative(tok: Token) -> Mention:
    """A demonstrative standing for a person or body just named, as a pronoun."""
    low = tok.lower
    gender = "m" if low.endswith(("er", "es")) else "any"
    return Mention([tok], None, None, "pronoun", gender, None)


def _antecedent(toks: list[Token], k: int, rules: Rules) -> list[Token]:
    """The noun phrase ending at or just before ``toks[k]`` that a relative pronoun after it
    stands for: "ein Bischof aus Köln, der …", "trat ein Bischof auf, der …"."""
    for _ in range(2):  # a verb or particle closing the clause before the comma
        if k > 0 and toks[k].word and not toks[k].cap and toks[k].lower not in rules.determiners:
            k -= 1
    a = k
    while a > 0 and k - a < MAX_SPEAKER:
        t = toks[a - 1]
        if t.quoted or not t.word:
            break
        if not t.cap and not (
            t.lower in rules.determiners
            or t.lower in rules.prepositions
            or mood_adjective(t)
            or t.text[:1].isdigit()
        ):
            break
        a -= 1
    # the head before a place or attachment first: "ein Bischof aus Köln" -> "ein Bischof"
    ends = [p - 1 for p in range(a + 1, k + 1) if toks[p].lower in rules.prepositions] + [k]
    for end in ends:
        for j in range(a, end + 1):
            phrase = noun_phrase(toks[: end + 1], j, rules)
            if phrase and phrase[-1] is toks[end] and any(t.cap for t in phrase):
                return phrase
    return toks[k : k + 1] if toks[k].cap else []


def _outside_relatives(toks: list[Token], rules: Rules) -> list[Token]:
    """The tokens outside relative clauses (", das … gestanden hatte,"): what stands after
    a clause's closing comma still counts ("Ein Tief, das … lag, habe … erreicht")."""
    out: list[Token] = []
    inside = False
    for j, t in enumerate(toks):
        if t.text == ",":
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            nxt2 = toks[j + 2] if j + 2 < len(toks) else None
            opens = nxt is not None and (
                (nxt.lower in rules.relatives and not nxt.cap)
                or (
                    nxt.lower in rules.prepositions
                    and nxt2 is not None
                    and nxt2.lower in rules.relatives
                )
            )
            if inside or opens:
                inside = opens
                continue
        if not inside:
            out.append(t)
    return out


def _head_phrase(toks: list[Token]) -> list[Token]:
    """The head noun at the end of ``toks`` with its adjectives: "gemeinsamen Erklärung"."""
    if not toks or not toks[-1].cap:
        return []
    k = len(toks) - 1
    while k > 0 and mood_adjective(toks[k - 1]):
        k -= 1
    return toks[k:]


def _attachments(toks: list[Token], rules: Rules) -> bool:
    """Prepositional attachments to a subject ("im Aufsichtsrat der Bundesagentur für
    Arbeit (BA), Peter Clever"): no word in them could be a verb."""
    if not toks or toks[0].lower not in rules.prepositions or len(toks) > 20:
        return False
    depth = 0
    for t in toks:
        depth += (t.text == "(") - (t.text == ")")
        if depth or not t.word or t.cap or t.text[:1].isdigit():
            continue
        low = t.lower
        if not (
            low in rules.prepositions
            or low in rules.determiners
            or low in rules.and_words
            or low in rules.name_particles
            or mood_adjective(t)
        ):
            return False
    return True


def _source_noun(low: str, rules: Rules) -> bool:
    """ "Angaben", "Darstellungen", "Einschätzung": a noun naming a source, plural too."""
    nouns = tuple(rules.source_nouns)
    return bool(nouns) and (
        low.endswith(nouns) or low[:-1].endswith(nouns) or low[:-2].endswith(nouns)
    )


def _comma_before(toks: list[Token], i: int) -> int | None:
    """Index of the comma just before ``i``, if there is one."""
    return i - 1 if i > 0 and toks[i - 1].text == "," else None


def _lower_word_outside(t: Token, *word_sets: Container[str]) -> bool:
    """A lowercase word in none of ``word_sets``: where a frame's verb may stand."""
    return t.word and not t.cap and not any(t.lower in words for words in word_sets)


def _frame_word(t: Token, rules: Rules) -> bool:
    """A lowercase word that may sit in an adverbial of a frame ("in einem Blogeintrag")."""
    low = t.lower
    return (
        low in rules.prepositions
        or low in rules.determiners
        or low in rules.and_words
        or low in rules.leading_particles
        or low in rules.not_subjects
        or mood_adjective(t)
        or low in ("wörtlich", "weiter", "gegenüber")
    )


def _digits(a: Token, b: Token) -> bool:
    return a.text.isdigit() and b.text.isdigit() and a.end == b.start - 1


def _sentence_quote(toks: list[Token]) -> bool:
    """A quote that is a whole sentence: several words, capitalised, closed by a stop."""
    words = [t for t in toks if t.word]
    stops = [t for t in toks if t.text in _FINAL]
    return len(words) >= 4 and words[0].cap and bool(stops)


def _phrase_before(toks: list[Token], i: int, rules: Rules) -> list[Token]:
    """The noun phrase just before a postposition ("Ermittlungen der Polizei zufolge",
    "Seiner Meinung nach"): nouns, adjectives, articles and genitives, back to a boundary."""
    k = i
    while k > 0:
        t = toks[k - 1]
        if t.quoted and t.word:
            k -= 1
            continue
        if t.quoted and k - 1 > 0 and toks[k - 2].quoted:
            k -= 1  # a closing mark of a quoted name: Zeitung „Die Welt“
            continue
        if not t.word and t.text not in "-":
            break
        if not t.cap and (
            t.lower in rules.auxiliaries or t.lower in rules.verbs or t.lower in rules.konjunktiv
        ):
            break  # "Im Juli waren offiziellen Angaben zufolge …": the verb ends the phrase
        if (
            t.cap
            and k < i
            and mood_adjective(toks[k])
            and not toks[k].lower.endswith("er")
            and t.lower not in rules.determiners
        ):
            # a noun before an adjective starts another phrase (but "Berichten britischer …");
            # the "adjective" right after it is the finite verb: "Sie entstammen
            # Zeitungsberichten zufolge …", "Dabei starben behördlichen Angaben zufolge …"
            k += 1
            break
        if t.cap or t.text[:1].isdigit() or mood_adjective(t) or t.lower in rules.determiners:
            k -= 1
            continue
        if t.lower in rules.np_prepositions or t.lower in rules.name_particles:
            k -= 1
            continue
        break
    out = toks[k:i]
    while (
        out
        and (
            out[0].lower in rules.prepositions
            or out[0].lower in rules.leading_particles
            or (out[0].lower in rules.not_subjects and out[0].lower not in rules.determiners)
            or not out[0].word
        )
        and not out[0].quoted
    ):
        out = out[1:]  # "Auch dem Korrespondenten zufolge": "auch" is no part of the source
    while out and not out[-1].cap and not out[-1].quoted:
        out = out[:-1]
    return out if any(t.cap for t in out) and len(out) <= MAX_SPEAKER else []
