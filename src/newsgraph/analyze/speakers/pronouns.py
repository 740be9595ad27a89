"""Who a speaker pronoun means ("er", "sie", "he", "they").

Why: the statements stage binds a pronoun to the last compatible name it kept, which is
often a name from a frame before the one the article has just turned to. Readers take
the latest subject: the speaker quoted just before, a person who opens a sentence ("Steffen
Kauert leitet die Außenstelle. Er erklärte, …"), or the last person named outside quoted
words in this or the sentence before ("Hier sieht auch Bönte Vorteile. „…“, sagte er"). A
pronoun with a gender means a person of that gender (``gender``). In an "as" frame after
the words ("Der beste Deutsche, Sebastian Hendel, empfand den Wind als schön, wie er
sagte") the pronoun is the person who is the subject of those words.
"""

from __future__ import annotations

from newsgraph.analyze.entities.features import lexicon
from newsgraph.analyze.speakers.appositions import people
from newsgraph.analyze.speakers.describe import said_spans
from newsgraph.analyze.speakers.gender import agrees
from newsgraph.analyze.speakers.heads import Head
from newsgraph.analyze.statements.rules import Rules
from newsgraph.article import Article, Entity, Mention, Statement
from newsgraph.lang import nouns

# ((part, where the mention ends), entity): a person named, and where.
Named = tuple[tuple[str, int], Entity]


class Pronouns:
    """Pronoun resolution over one article, given the speakers linked so far."""

    def __init__(self, article: Article, rules: Rules, near: int) -> None:
        self.article = article
        self.rules = rules
        self.near = near
        self.persons = frozenset(p for p, (g, _) in rules.pronouns.items() if g in ("m", "f"))

    def resolve(
        self, found: Entity | None, h: Head, statement: Statement, linked: list[Named]
    ) -> Entity | None:
        """The entity ``h`` means: the latest subject when it was named after ``found``
        (the statements stage's choice), and never one of the other gender."""
        entity = self._as_framed(h, statement) or self._latest(found, h, statement, linked) or found
        if entity is not None and not agrees(entity, h.noun, self.rules):
            entity = self._agreeing(h, statement)
        return entity

    def _as_framed(self, h: Head, statement: Statement) -> Entity | None:
        """In "…, wie er sagte" / "…, as he said" after the words: the first person named
        in those words, when they are the frame's own sentence (no full stop between)."""
        sp = statement.speaker
        assert sp is not None
        if h.noun.lower() not in self.persons or statement.end > sp.start:
            return None
        text = self.article.part(statement.part)
        between = text[statement.end : sp.start]
        if "." in between or not any(
            w.lower() in self.rules.as_frame for w in between.replace(",", " ").split()
        ):
            return None
        inside = [
            (m.start, e)
            for e, m in self._people(statement.part, h)
            if statement.start <= m.start < statement.end
        ]
        return min(inside, key=lambda c: c[0])[1] if inside else None

    def _latest(
        self, found: Entity | None, h: Head, statement: Statement, linked: list[Named]
    ) -> Entity | None:
        """The speaker of the statement just before, or the latest subject, when named
        after the one the pronoun was resolved to: "A spokesperson for the employers said
        … 'We …,' he said" is the spokesperson, not the union leader named before."""
        sp = statement.speaker
        assert sp is not None
        person = h.noun.lower() in self.persons
        if sp.name and any(w.lower() in self.rules.and_words for w in sp.name.split()):
            return None  # the rules resolved it to a group ("Sie" after "X und Y")
        if self._plural_cue(statement) and person:
            return None  # "Sie sprachen …": not one person
        candidates = list(linked[-1:])
        if person:
            candidates += self._subjects(h, statement.part, sp.start, statement.start)
            candidates = [c for c in candidates if agrees(c[1], h.noun, self.rules)]
            if found is not None and not agrees(found, h.noun, self.rules):
                found = None
        if not candidates:
            return None
        last_at, last = max(candidates, key=lambda c: c[0][1])
        if last is found or last_at[0] != statement.part or sp.start - last_at[1] > self.near:
            return None
        if person and last.type != "PER":
            return None  # "he", "she": a person
        if found is not None:
            seen = [
                m.start for m in found.mentions if m.part == statement.part and m.start < sp.start
            ]
            if seen and max(seen) > last_at[1]:
                return None  # the resolved one was named after that speaker
        return last

    def _subjects(self, h: Head, part: str, before: int, said_at: int) -> list[Named]:
        """The last person of the pronoun's gender named at the start of a sentence
        before ``before``, or, if later, the last one named outside quoted words in the
        sentence of the statement (starting at ``said_at``) or the one before it."""
        text = self.article.part(part)
        opening: Named | None = None
        for e, m in self._people(part, h):
            if not m.end <= before:
                continue
            lead = text[max(0, m.start - 3) : m.start]
            if (m.start == 0 or lead.rstrip(" ").endswith((".", "\n"))) and (
                opening is None or m.end > opening[0][1]
            ):
                opening = ((part, m.end), e)
        recent = self._recent(h, part, before, min(before, said_at))
        if recent is not None and (opening is None or recent[0][1] > opening[0][1]):
            return [recent]
        return [opening] if opening else []

    def _recent(self, h: Head, part: str, before: int, origin: int) -> Named | None:
        text = self.article.part(part)
        start = origin
        for _ in range(2):  # back to the start of the sentence before
            start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
        said = said_spans(self.article, part)
        best: Named | None = None
        for e, m in self._people(part, h):
            if not start <= m.start < before or any(a <= m.start < b for a, b in said):
                continue
            if self._modifier(text, m):
                continue
            if best is None or m.end > best[0][1]:
                best = ((part, m.end), e)
        return best

    def _modifier(self, text: str, m: Mention) -> bool:
        """Whether a name only modifies the noun before it ("die Ära Hörmann", "der Fall
        Weikert"): a thing's noun, no role or title ("Frau Chuba"), so the name is no
        subject."""
        before = text[max(0, m.start - 40) : m.start].split()
        if not before or not before[-1][:1].isupper():
            return False
        word = before[-1]
        if word.lower() in lexicon(self.rules.language).titles:
            return False
        return word in nouns(self.rules.language) and self.rules.role_of(word) is None

    def _agreeing(self, h: Head, statement: Statement) -> Entity | None:
        """The last person of the pronoun's gender named within ``near`` before it."""
        sp = statement.speaker
        assert sp is not None
        best: tuple[int, Entity] | None = None
        for e, m in self._people(statement.part, h):
            near = sp.start - self.near <= m.start < sp.start
            if near and (best is None or m.start > best[0]):
                best = (m.start, e)
        return best[1] if best else None

    def _people(self, part: str, h: Head) -> list[tuple[Entity, Mention]]:
        """The named people of ``part`` that the pronoun can mean, with their names."""
        return [
            (e, m)
            for e in people(self.article.entities)
            if agrees(e, h.noun, self.rules)
            for m in e.mentions
            if m.part == part and m.kind == "name"
        ]

    def _plural_cue(self, statement: Statement) -> bool:
        cue = statement.cue.text.split() if statement.cue else []
        form = self.rules.verbs.get(cue[0].lower()) if cue else None
        return form is not None and form.plural is True
