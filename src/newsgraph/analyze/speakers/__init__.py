"""The speakers stage: every statement's speaker becomes one of the article's entities.

Entry point ``stage(article)``; runs after the entities and statements stages. Each
speaker mention is read by its head (``heads``) and joined to an entity, in text order
(the lead first):
1. a **name**: the person (else the one body or place) named in the mention's head
   region ("US-Außenminister Marco Rubio" → Marco Rubio; "Ein Bäcker aus Erfurt" is not
   Erfurt), the one person in an apposition ("Der Sprecher der Polizei, Lars Beringer";
   "Mike Waltz, ein Berater Trumps": ``appositions``), or the entity whose identity key
   the resolved name has; a title keeps the name after its full stop ("Ms. Okafor"), and
   a name with a person's role that the entity stage missed becomes a person;
2. a **pronoun** ("er", "they"): the entity of the name the statements stage resolved it
   to, unless the speaker quoted just before was named after that one (speakers are
   subjects, and the latest subject is what a pronoun most often means);
3. a **description**: a definite one ("der Kanzler", "die Sprecherin") joins an unnamed
   source with that head noun, else the person or body whose role or name fits the head
   noun, else the one person named just before it (a genitive owner makes it definite:
   "Thüringens AfD-Chef"); a paper with no author named ("heißt es in einer Erklärung")
   goes on with the last speaker (``carry``); an indefinite one ("ein Sprecher des
   Ministeriums") is an unnamed source: a new entity of this article alone (key
   ``anon:…``), the same for the same words.
A resolved speaker carries the entity's id and canonical name, and the entity gains the
mention with its kind (``description``, ``pronoun``) when it is not a name it already has.
A time ("hieß es am Montag") is no speaker. A speaker that fits no entity, or several
people ("Rubio und Waltz"), keeps ``entity`` None: a quote left unresolved costs less than
one put in the wrong mouth.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from newsgraph.analyze.entities import keys
from newsgraph.analyze.speakers import appositions, carry
from newsgraph.analyze.speakers.describe import company, holder, last_person, salient
from newsgraph.analyze.speakers.gender import gender, of_description
from newsgraph.analyze.speakers.groups import is_group
from newsgraph.analyze.speakers.heads import Head, head, words
from newsgraph.analyze.speakers.names import (
    a_persons_name,
    by_name,
    name_after_title,
    named_after_role,
)
from newsgraph.analyze.speakers.pronouns import Named, Pronouns
from newsgraph.analyze.speakers.seats import seated
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.rules import rules as load_rules
from newsgraph.article import Article, Entity, EntityType, Mention, Speaker, Statement
from newsgraph.lang import nouns

__all__ = ["stage"]

# A name in quotation marks that ends the mention: "„Die Mitte“", "«Vier Pfoten»".
_QUOTED = re.compile(r"\s*[„“”\"«»‚‘](?P<name>[^„“”\"«»]{2,80})[“”\"«»‘’]\s*$")

# How far back (characters) the last named speaker may be for a pronoun to mean them.
_NEAR = 600


def stage(article: Article) -> Article:
    rules = load_rules(article.language or "de")
    linker = _Linker(article, rules)
    for statement in article.statements:
        if statement.speaker is not None:
            linker.link(statement)
        else:
            linker.continues(statement)
    return article


class _Linker:
    """The walk through one article's statements, with what it has resolved so far."""

    def __init__(self, article: Article, rules: Rules) -> None:
        self.article = article
        self.rules = rules
        self.by_said: dict[str, Entity] = {}  # the finder's resolved name -> entity
        self.anonymous: dict[str, Entity] = {}
        self.heads: list[tuple[str, Entity]] = []  # head nouns of the unnamed, in order
        self.previous: Statement | None = None  # the statement linked last
        # speakers named so far (not pronouns), with where their mention ends
        self.linked: list[Named] = []
        # what is never a speaker; pronouns that mean a person ("er", "she": a gender)
        self.never = rules.time_nouns | rules.months | words(rules.language).not_speakers
        self.pronouns = Pronouns(article, rules, _NEAR)
        self.next_id = 1 + max(
            (int(e.id[1:]) for e in article.entities if e.id[1:].isdigit()), default=0
        )

    def link(self, statement: Statement) -> None:
        previous = self.previous
        sp = statement.speaker
        assert sp is not None
        text = self.article.part(statement.part)
        h = head(text, sp.start, sp.end, self.rules)
        if self._goes_on(statement, h):
            return
        titled = name_after_title(sp, text, self.rules.language)
        if self._no_one(sp, h):
            statement.speaker = None  # "…, hieß es am Montag": a time is no one
            return
        if self._thing(h) and self._named(h, statement.part) is None:
            # „…“ next to "die Technik": not its words
            statement.speaker = carry.after_thing(previous, statement, _NEAR)
            return
        said = sp.name
        leading = appositions.leading(self.article.entities, sp, statement.part)
        if leading is None and self._group(sp, h, statement.part):
            return  # "Rubio und Waltz": a group, no one entity
        entity, kind = None, "name"
        if h.kind == "pronoun":
            kind = "pronoun"
            if said:
                entity = self.by_said.get(said) or by_name(said, self.article.entities)
            entity = self.pronouns.resolve(entity, h, statement, self.linked)
        else:
            entity = (
                leading
                or self._seated(sp, statement.part)
                or self._named(h, statement.part)
                or self._apposition(sp, h, statement.part)
                or self._quoted(sp, h, text)
                or self._author(sp, h, statement.part)
            )
            if entity is None and h.kind == "description":
                kind = "description"
                entity = self._described(h, statement, text, previous)
            elif entity is None:
                for name in (said, sp.text):
                    if entity is None and name and name.strip():
                        entity = by_name(name, self.article.entities)
        if entity is None and (
            titled or a_persons_name(sp, h, self.rules.language) or named_after_role(sp, self.rules)
        ):
            entity = self._titled(sp)
        if entity is None and self._document(h):
            carried = carry.for_document(self.article, previous, statement)
            if carried is not None:
                statement.speaker = carried
                return
        if said and entity is not None:
            self.by_said[said] = entity
        if entity is not None and kind != "pronoun":
            self.linked.append(((statement.part, sp.end), entity))
        sp.entity = entity.id if entity else None
        if entity is not None:
            sp.name = entity.name
            self._mention(entity, Mention(sp.start, sp.end, sp.text, statement.part, kind))

    def continues(self, statement: Statement) -> None:
        """A statement without a frame of its own goes on with the last speaker
        (``carry``)."""
        found = carry.continued(self.article, self.previous, statement)
        if found is not None:
            statement.speaker = found
            self.previous = statement

    def _goes_on(self, statement: Statement, h: Head) -> bool:
        """A sentence of reported speech without a frame of its own goes on with the
        statement just before it: the rules sometimes give it the subject of a sentence in
        between instead ("Peskow sagte, man werde … prüfen. Rubio und Waltz sollten Details
        erklären. Ein Telefonat sei möglich." is Peskow's throughout). Not when that
        sentence names a paper, whose words follow ("Das Urteil der AfD fällt kritisch
        aus. Zwar vereinfache …"; ``h``: the head of the statement's speaker)."""
        previous, self.previous = self.previous, statement
        sp = statement.speaker
        if previous is None or previous.speaker is None or sp is None or statement.cue:
            return False
        if statement.kind not in ("indirect", "mixed") or previous.part != statement.part:
            return False
        if (
            not previous.end <= sp.start < statement.start
            or statement.start - previous.end > _NEAR / 2
        ):
            return False
        if previous.speaker.entity is None:
            return False
        if h.noun.lower() in words(self.rules.language).documents:
            return False
        statement.speaker = replace(previous.speaker)
        return True

    def _no_one(self, sp: Speaker, h: Head) -> bool:
        """A time, an adverb or a subordinator read as the speaker ("Today", "Erstmal seit
        2022", "am Montag")."""
        first = sp.text.split()[0].lower() if sp.text.split() else ""
        return (
            h.noun.lower() in self.never
            or first in self.never
            or (len(sp.text.split()) == 1 and first in self.rules.not_subjects)
        )

    def _thing(self, h: Head) -> bool:
        """Whether the mention's head is a common noun that names no person, body or source
        ("die Technik", "dieses Duell", "die Chancen"): a thing, which says nothing. Names
        the noun list lacks ("die Haspa", "die Tradwives") and role, document and source
        nouns stay speakers."""
        if h.kind == "pronoun" or h.role is not None or not h.noun[:1].isupper():
            return False
        low = h.noun.lower()
        if low in words(self.rules.language).documents or low in self.rules.source_nouns:
            return False
        return h.noun in nouns(self.rules.language)

    def _seated(self, sp: Speaker, part: str) -> Entity | None:
        """A body named by its noun and its seat ("Das Verwaltungsgericht Berlin"): the
        body, not the place, and a body of its own when the entity stage tagged only the
        place or nothing (``seats``)."""
        found = seated(sp.text, self.rules, self.never)
        if found is None:
            return None
        body, at = found
        if any(e.type != "LOC" for e, _ in self._inside(part, sp.start + at, sp.end)):
            return None  # "das Unternehmen Datang Mobile": the body named
        key = keys.key("ORG", body)
        for e in self.article.entities:
            if e.type == "ORG" and e.key == key:
                return e
        return self._new("ORG", body, key)

    def _apposition(self, sp: Speaker, h: Head, part: str) -> Entity | None:
        """The person an apposition names (``appositions.after_comma``); a name the
        entity stage missed after a person's role becomes a person."""
        entity, name = appositions.after_comma(self.article.entities, sp, part, self.rules)
        if entity is None and name is not None and h.role == "person":
            return self._titled(replace(sp, name=name))
        return entity

    def _quoted(self, sp: Speaker, h: Head, text: str) -> Entity | None:
        """The name in quotation marks right after the head noun: "die Partei „Die Mitte“",
        "der Rapper „Haftbefehl“", "the charity 'Save the Children'". The entity stage
        seldom tags a quoted name; the head says whether it is a person or a body."""
        found = _QUOTED.match(text, h.end, sp.end)
        if found is None or not h.noun[:1].isalpha():
            return None
        name = found.group("name").strip()
        entity = by_name(name, self.article.entities)
        if entity is None:
            person = h.role == "person"
            key = keys.person(name) if person else keys.key("ORG", name)
            entity = self._new("PER" if person else "ORG", name, key)
        return entity

    def _group(self, sp: Speaker, h: Head, part: str) -> bool:
        """Whether the mention names several ("Rubio und Waltz"): ``groups``."""
        named = [(x, e.type) for e, x in self._inside(part, sp.start, sp.end)]
        return is_group(sp, h, named, self.rules)

    def _named(self, h: Head, part: str) -> Entity | None:
        """The entity named inside the head region: one person, else one body or place. A
        place speaks only as the head itself ("Washington said"): in "Irans Justiz" or
        "Thüringens AfD-Chef" it only says whose; so does a body before a person's role
        ("The PAHO Director" is a person)."""
        for people in (True, False):
            found = {
                e.id: e
                for e in self.article.entities
                if (e.type == "PER") == people and not e.key.startswith("anon:")
                for m in e.mentions
                if m.part == part
                and m.kind == "name"
                and m.start < h.end
                and h.start < m.end
                and (e.type != "LOC" or m.end >= h.end)
                and (people or h.role != "person" or m.end >= h.end)
            }
            if len(found) == 1:
                return next(iter(found.values()))
            if found:
                return None  # several people: a group, no one entity
        return None

    def _described(
        self, h: Head, statement: Statement, text: str, previous: Statement | None
    ) -> Entity | None:
        sp = statement.speaker
        assert sp is not None
        first = sp.text.split()[0].lower() if sp.text.split() else ""
        if h.named_from is not None:  # "Angaben des Sprechers": the article after the noun
            lead = text[sp.start : h.named_from].split()  # the mention up to the name
            first = lead[-1].lower() if lead else ""
        definite = first in words(self.rules.language).definite or appositions.whose(
            sp, h, self.rules.language
        )
        # the gender the description gives ("die 43-Jährige"), for the person it may mean
        wanted = of_description(sp.text, h.noun, self.rules) if definite else None
        if definite and h.noun:
            noun = keys.fold(h.noun)
            for anonymous, e in reversed(self.heads):
                if len(noun) > 3 and (anonymous.endswith(noun) or _genitive_of(noun, anonymous)):
                    return e  # "eine Bahn-Sprecherin … sagte die Sprecherin"
            roles = self.rules.person_roles if h.role == "person" else ()
            found = holder(self.article, h, sp.start, statement.part, roles, wanted)
            if found is not None:
                return found
            if sp.name and sp.name != sp.text:
                found = by_name(sp.name, self.article.entities)
                # "der Landwirt aus … im Kreis Paderborn" is no place; "die 43-Jährige"
                # no man
                if (
                    found is not None
                    and (h.role != "person" or found.type == "PER")
                    and (wanted is None or gender(found, self.rules) in (wanted, None))
                ):
                    return found
            found = salient(self.article, h, sp.start, statement.part, wanted) or company(
                self.article, h, sp.start, statement.part, self.rules
            )
            if found is not None:
                return found
        if h.role is None:
            return None  # "Anfang März", "Den Recherchen": nobody
        if definite and self.rules.role_of(h.noun) is None:
            # "erinnert sich der junge Mann", "sagt der Deutsch-Israeli": someone named
            # before; the one who spoke just before, if close and of that gender
            return last_person(self.article, previous, statement, wanted, _NEAR)
        said = text[h.named_from : sp.end] if h.named_from is not None else sp.text
        role = (sp.role or "").split()
        while role and role[-1].lower() in self.rules.determiners:
            role.pop()  # "Sprecher der" (of "ein Sprecher der Arbeitgeber"): "Sprecher"
        return self._anonymous(said, h, " ".join(role) or None)

    def _author(self, sp: Speaker, h: Head, part: str) -> Entity | None:
        """The one person or body named after a paper's head noun, its author: "Das Urteil
        der AfD im Landtag", "das Papier von SPD und FDP" (several: no one), "a report by
        the agency"; or named before it as its owner ("Pellworth's trends report")."""
        if h.noun.lower() not in words(self.rules.language).documents:
            return None
        inside = self._inside(part, h.end, sp.end) + self._inside(part, sp.start, h.start)
        found = {
            e.id: e
            for e, m in inside
            if e.type in ("PER", "ORG") and not e.key.startswith("anon:") and m.kind == "name"
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _inside(self, part: str, start: int, end: int) -> list[tuple[Entity, Mention]]:
        """The entities mentioned between ``start`` and ``end`` of ``part``, with those
        mentions."""
        return [
            (e, m)
            for e in self.article.entities
            for m in e.mentions
            if m.part == part and start <= m.start and m.end <= end
        ]

    def _document(self, h: Head) -> bool:
        """ "dem Bericht", "einer Erklärung": a paper, with no author named in the mention."""
        return h.named_from is None and h.noun.lower() in words(self.rules.language).papers

    def _titled(self, sp: Speaker) -> Entity:
        """A person the entity stage missed, named with a title ("Ms. Okafor") or a
        person's role ("Mayor Ana Ruiz")."""
        name = sp.name or sp.text
        found = by_name(name, self.article.entities)
        if found is None:
            found = self._new("PER", name, keys.person(name))
        return found

    def _anonymous(self, said: str, h: Head, role: str | None) -> Entity:
        """The unnamed source ``said`` ("ein Sprecher der Arbeitgeber"), one per wording."""
        name = said.strip(" ,;:")
        folded = keys.fold(name)
        found = self.anonymous.get(folded)
        if found is None:
            digest = hashlib.sha1(f"{self.article.text[:2000]}\n{folded}".encode()).hexdigest()
            found = self._new(
                "PER" if h.role == "person" else "ORG",
                name,
                f"anon:{digest[:12]}",
                [role] if role else [],
            )
            self.anonymous[folded] = found
        self.heads.append((keys.fold(h.noun), found))
        return found

    def _new(
        self, type_: EntityType, name: str, key: str, roles: list[str] | None = None
    ) -> Entity:
        """A new entity of this article, for a speaker the entity stage did not find."""
        entity = Entity(f"e{self.next_id}", type_, name, key, roles or [])
        self.next_id += 1
        self.article.entities.append(entity)
        return entity

    def _mention(self, entity: Entity, mention: Mention) -> None:
        for m in entity.mentions:
            if m.part == mention.part and m.start < mention.end and mention.start < m.end:
                return
        entity.mentions.append(mention)
        entity.mentions.sort(key=lambda m: (m.part != "text", m.part, m.start))


def _genitive_of(noun: str, other: str) -> bool:
    """ "sprechers" of "ein sprecher": a German genitive ending on the same noun."""
    return any(noun == other.rsplit(" ", 1)[-1] + end for end in ("s", "es"))
