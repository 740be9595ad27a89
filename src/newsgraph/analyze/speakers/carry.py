"""Who speaks when a statement has no frame of its own.

Why: news often quotes on without a new frame: „…“ after "sagte Streeck", a Konjunktiv
sentence after "Streeck sagte, …". Readers take the last speaker when no one else is
named in between. The rules leave these statements without a speaker, and one without a
speaker is no use to anyone asking who said it.

Tried and not kept: the one person named in the sentence that leads into a quote
("Phillip Brändle zeigte sich optimistisch. „…“"). It fired on 4 train and 3 dev
statements, more of them non-statements that a speaker then kept than real ones.
"""

from __future__ import annotations

from dataclasses import replace

from newsgraph.article import Article, Speaker, Statement

# How far (characters) a statement may follow the last one and still be its speaker's.
NEAR = 300


def continued(article: Article, previous: Statement | None, statement: Statement) -> Speaker | None:
    """The last statement's speaker, when ``statement`` follows it closely with no other
    person or body named in between."""
    if not _frameless(statement) or previous is None:
        return None
    return _close_by(article, previous, statement.part, statement.start)


def after_thing(previous: Statement | None, statement: Statement, near: int) -> Speaker | None:
    """For a quote whose mention names a thing („…“ next to "die Technik"): the speaker of
    the statement just before, when it is within ``near`` characters and resolved (the
    quote goes on with who spoke last), else no one."""
    if previous is None or previous.speaker is None or previous.speaker.entity is None:
        return None
    if previous.part != statement.part or statement.start - previous.end > near:
        return None
    return replace(previous.speaker)


def for_document(
    article: Article, previous: Statement | None, statement: Statement
) -> Speaker | None:
    """For words a document says with no author named ("heißt es in einer Erklärung",
    "dem Bericht zufolge"): the last speaker, when close and no one else is named in
    between; a statement is the author's, not the paper's."""
    sp = statement.speaker
    if previous is None or previous.speaker is None or previous.speaker.entity is None:
        return None
    if sp is None:
        return None
    return _close_by(article, previous, statement.part, min(sp.start, statement.start))


def _close_by(article: Article, previous: Statement, part: str, until: int) -> Speaker | None:
    """``previous``'s speaker, when ``until`` in ``part`` follows that statement (and its
    frame, which may follow the words) within ``NEAR`` with no one else named between."""
    if previous.speaker is None or previous.part != part:
        return None
    since = max(previous.end, previous.speaker.end)
    if not 0 <= until - since <= NEAR:
        return None
    between = named_between(article, part, since, until, previous.speaker)
    return None if between else replace(previous.speaker)


def named_between(article: Article, part: str, start: int, end: int, speaker: Speaker) -> int:
    """How many times a person or body other than ``speaker``'s entity is named between
    ``start`` and ``end`` of ``part``: each may be the one who speaks instead."""
    return sum(
        1
        for e in article.entities
        if e.type in ("PER", "ORG") and e.id != speaker.entity
        for m in e.mentions
        if m.part == part and start <= m.start < end
    )


def _frameless(statement: Statement) -> bool:
    """No cue and not reported: a reported statement has a cue, and one without a speaker
    has none for a reason ("hieß es")."""
    return statement.speaker is None and statement.cue is None and statement.kind != "reported"
