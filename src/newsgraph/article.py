"""The typed records that flow through every stage, and their JSON form.

One ``Article`` goes from the extractor through every later stage; its JSON
form is a stable, versioned schema (``SCHEMA``). Offsets anywhere in the
record refer to ``Article.text``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

SCHEMA = "newsgraph.article/2"
# Older schemas this version reads: /1 had no mention kinds, statement parts or
# confidences; its records read with the defaults below.
READABLE_SCHEMAS: tuple[str, ...] = ("newsgraph.article/1", SCHEMA)

BlockKind = Literal["paragraph", "heading", "list", "quote"]
BLOCK_KINDS: tuple[str, ...] = ("paragraph", "heading", "list", "quote")
BLOCK_SEPARATOR = "\n\n"


@dataclass
class Problem:
    """Something that went wrong with one document; recorded, never raised.

    ``code`` is stable and machine-readable (see ``newsgraph.problems``),
    ``stage`` names the stage that recorded it.
    """

    code: str
    stage: str
    message: str


@dataclass
class Source:
    """Where a document came from: a path or URL, and a byte offset inside it
    for container formats (WARC record offset, JSON-lines line number)."""

    location: str
    offset: int | None = None
    record: str | None = None


@dataclass
class Block:
    """One unit of body text; ``start``/``end`` are offsets into ``Article.text``."""

    kind: BlockKind
    text: str
    start: int = 0
    end: int = 0


@dataclass
class Image:
    src: str | None = None
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None


StatementKind = Literal["direct", "indirect", "mixed", "reported"]
STATEMENT_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed", "reported")


@dataclass
class Span:
    """A stretch of ``Article.text``: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass
class Speaker:
    """Who made a statement. ``text``/``start``/``end`` is the mention in the
    text ("er", "US-Außenminister Marco Rubio"); ``name`` is the person or
    body meant (resolved for pronouns, descriptions and surnames), ``role``
    their function when the text gives one, ``entity`` the id of their entity
    in ``Article.entities`` (None when they are none of them)."""

    text: str
    start: int
    end: int
    name: str | None = None
    role: str | None = None
    entity: str | None = None


@dataclass
class Statement:
    """Something a person or body is reported to have said. ``text`` runs
    from ``start`` to ``end``; ``spans`` lists the parts when a frame
    ("sagte er") splits the content. ``part`` names the string the offsets
    index: ``text`` (the body) or ``teaser`` (a lead kept apart from the body).
    ``confidence`` is the calibrated probability that the statement is real
    and in the right mouth (None when no model has scored it)."""

    id: str
    kind: StatementKind
    text: str
    start: int
    end: int
    speaker: Speaker | None = None
    cue: Span | None = None
    language: str | None = None
    spans: list[Span] = field(default_factory=list)
    part: str = "text"
    confidence: float | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Statement:
        speaker, cue = d.get("speaker"), d.get("cue")
        return cls(
            id=d["id"],
            kind=d["kind"],
            text=d["text"],
            start=d["start"],
            end=d["end"],
            speaker=Speaker(**speaker) if speaker else None,
            cue=Span(**cue) if cue else None,
            language=d.get("language"),
            spans=[Span(**s) for s in d.get("spans", [])],
            part=d.get("part", "text"),
            confidence=d.get("confidence"),
        )


EntityType = Literal["PER", "ORG", "LOC", "MISC"]
ENTITY_TYPES: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")
MENTION_KINDS: tuple[str, ...] = ("name", "description", "pronoun")


@dataclass
class Mention:
    """One place where an entity is referred to: ``text == article.text[start:end]``.
    Names that only appear outside the body ("Andrij Jermak" in a photo caption)
    give mentions whose offsets index another ``part`` of the article:
    ``headline``, ``teaser``, ``images[<i>].alt`` or ``images[<i>].caption``.
    ``kind``: ``name`` (a name or surname, with its honorific: "Ms. Okafor"),
    ``description`` ("der Kanzler", "a spokesperson for the employers") or
    ``pronoun`` ("er", "they"); only names are forms of the entity's name."""

    start: int
    end: int
    text: str
    part: str = "text"
    kind: str = "name"


@dataclass
class Entity:
    """A person, organisation, place or other named thing in one article.
    ``name`` is its fullest form in the article, ``key`` an identity that is
    the same across spellings, languages and articles ("per:selenski:v").
    An unnamed source ("ein Sprecher des Ministeriums") is an entity too: its
    ``name`` is its first description and its key starts with ``anon:`` and
    belongs to this article alone."""

    id: str
    type: EntityType
    name: str
    key: str
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(
            id=d["id"],
            type=d["type"],
            name=d["name"],
            key=d["key"],
            roles=list(d.get("roles", [])),
            mentions=[Mention(**m) for m in d.get("mentions", [])],
        )


@dataclass
class Parse:
    """The dependency parses of one text of an article (its body or its lead), as the
    statements stage made them: the ``(start, end)`` of each sentence it parsed and that
    sentence's parsed document (a spaCy ``Doc``), in the same order."""

    sentences: list[tuple[int, int]]
    docs: list[Any]


class Parses(dict[str, Parse]):
    """An article's parses by the part they read ("text", "teaser"): the statements
    stage's hand-over to the later stages (the confidence stage reads the subject of a
    cue verb there), so that no sentence is parsed twice and no stage reads another's
    module state. In memory only: never in the JSON form, and pickled empty, so a
    worker process sends its articles back without them."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (Parses, ())


@dataclass
class Article:
    """A clean article. ``text`` is the blocks joined by blank lines (or the
    untouched input for ``format="plain"``)."""

    source: Source
    format: str
    url: str | None = None
    publisher: str | None = None
    language: str | None = None
    kicker: list[str] = field(default_factory=list)
    headline: str | None = None
    teaser: str | None = None
    published: str | None = None
    updated: str | None = None
    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    text: str = ""
    images: list[Image] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    id: str = ""
    schema: str = SCHEMA
    # not part of the record (``record`` False): left out of every dict and row of it
    parses: Parses = field(
        default_factory=Parses, repr=False, compare=False, metadata={"record": False}
    )

    # -- building -----------------------------------------------------------
    def set_blocks(self, blocks: list[tuple[BlockKind, str]]) -> None:
        """Set the body from ``(kind, text)`` pairs: joins them into ``text``
        and records each block's offsets."""
        self.blocks = []
        parts: list[str] = []
        pos = 0
        for kind, text in blocks:
            text = text.strip()
            if not text:
                continue
            if parts:
                pos += len(BLOCK_SEPARATOR)
            self.blocks.append(Block(kind, text, pos, pos + len(text)))
            parts.append(text)
            pos += len(text)
        self.text = BLOCK_SEPARATOR.join(parts)

    def add_problem(self, code: str, stage: str, message: str) -> None:
        self.problems.append(Problem(code, stage, message))

    def finalize_id(self) -> None:
        """A stable id that does not depend on where the page was read from (the same
        page in two files is one article): a hash of the canonical URL when known, else
        of the headline and text. Only a record with no text (nothing could be read)
        is told apart by its source."""
        if self.url:
            basis = self.url
        elif self.text.strip():
            basis = f"text\n{self.headline or ''}\n{self.text}"
        else:
            basis = f"source\n{self.source.location}#{self.source.offset}"
        self.id = hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def spans(self) -> list[tuple[str, int, int, str]]:
        """Every offset-bearing part as ``(what, start, end, surface text)``.
        Each must slice ``text`` to its surface text; tests check this."""
        return self.part_spans("text")

    def part_spans(self, part: str) -> list[tuple[str, int, int, str]]:
        """Like ``spans``, for the offsets that index ``part`` ("text", "teaser")."""
        out = []
        if part == "text":
            out = [(f"block {i}", b.start, b.end, b.text) for i, b in enumerate(self.blocks)]
        for s in self.statements:
            if s.part != part:
                continue
            out.append((f"statement {s.id}", s.start, s.end, s.text))
            out.extend((f"statement {s.id} span", p.start, p.end, p.text) for p in s.spans)
            if s.speaker is not None:
                sp = s.speaker
                out.append((f"statement {s.id} speaker", sp.start, sp.end, sp.text))
            if s.cue is not None:
                out.append((f"statement {s.id} cue", s.cue.start, s.cue.end, s.cue.text))
        for e in self.entities:
            out.extend(
                (f"entity {e.id} mention", m.start, m.end, m.text)
                for m in e.mentions
                if m.part == part
            )
        return out

    def part(self, name: str) -> str:
        """The string a mention's ``part`` names: "text", "headline", "teaser",
        "images[0].alt", "images[0].caption" (empty when absent)."""
        if name in ("text", "headline", "teaser"):
            return getattr(self, name) or ""
        index, _, attr = name.removeprefix("images[").partition("].")
        if not index.isdigit() or int(index) >= len(self.images) or attr not in ("alt", "caption"):
            return ""
        return getattr(self.images[int(index)], attr) or ""

    # -- JSON -----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        d = asdict(replace(self, parses=Parses()))
        del d["parses"]  # a hand-over between stages, not part of the record
        ordered = {"schema": d.pop("schema"), "id": d.pop("id")}
        ordered.update(d)
        return ordered

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        if d.get("schema") not in READABLE_SCHEMAS:
            raise ValueError(f"unsupported schema {d.get('schema')!r}, expected {SCHEMA!r}")
        return cls(
            schema=SCHEMA,
            id=d["id"],
            source=Source(**d["source"]),
            format=d["format"],
            url=d.get("url"),
            publisher=d.get("publisher"),
            language=d.get("language"),
            kicker=list(d.get("kicker", [])),
            headline=d.get("headline"),
            teaser=d.get("teaser"),
            published=d.get("published"),
            updated=d.get("updated"),
            authors=list(d.get("authors", [])),
            agencies=list(d.get("agencies", [])),
            blocks=[Block(**b) for b in d.get("blocks", [])],
            text=d.get("text", ""),
            images=[Image(**i) for i in d.get("images", [])],
            notes=list(d.get("notes", [])),
            problems=[Problem(**p) for p in d.get("problems", [])],
            statements=[Statement.from_dict(s) for s in d.get("statements", [])],
            entities=[Entity.from_dict(e) for e in d.get("entities", [])],
        )

    @classmethod
    def from_json(cls, line: str) -> Article:
        return cls.from_dict(json.loads(line))
