"""The store's schema as named migrations, applied in order and recorded.

Each migration is a name and its statements, in SQL that DuckDB and
PostgreSQL both accept. Never edit an applied migration: add a new one.
Offsets are ``start_at``/``end_at`` because ``end`` is reserved in SQL.
A statement only one backend needs (an index the other would never use, or
syntax it lacks) is wrapped in ``Only``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from newsgraph.store import words


class Only(NamedTuple):
    """A migration statement for one backend (``"duckdb"`` or ``"postgres"``)."""

    backend: str
    sql: str


def postgres(*statements: str) -> list[str | Only]:
    """``statements`` for PostgreSQL alone (its indexes; DuckDB scans instead)."""
    return [Only("postgres", sql) for sql in statements]


MIGRATIONS: list[tuple[str, list[str | Only]]] = [
    (
        "0001_corpus",
        [
            """CREATE TABLE runs (
                id TEXT PRIMARY KEY, started TEXT NOT NULL, finished TEXT,
                paths TEXT NOT NULL, seen INTEGER, added INTEGER)""",
            """CREATE TABLE articles (
                hash TEXT PRIMARY KEY, id TEXT NOT NULL, url TEXT,
                version INTEGER NOT NULL, previous TEXT, story TEXT NOT NULL,
                location TEXT, format TEXT, language TEXT, publisher TEXT,
                headline TEXT, kicker TEXT, teaser TEXT, published TEXT, updated TEXT,
                date TEXT, authors TEXT, agencies TEXT, text TEXT NOT NULL,
                minhash BLOB, run TEXT, record TEXT NOT NULL)""",
            """CREATE TABLE blocks (
                article TEXT NOT NULL, n INTEGER NOT NULL, kind TEXT NOT NULL,
                text TEXT NOT NULL, start_at INTEGER, end_at INTEGER)""",
            """CREATE TABLE images (
                article TEXT NOT NULL, n INTEGER NOT NULL, src TEXT, alt TEXT,
                caption TEXT, credit TEXT)""",
            """CREATE TABLE entities (
                key TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL,
                first_seen TEXT, last_seen TEXT)""",
            """CREATE TABLE entity_forms (
                key TEXT NOT NULL, article TEXT NOT NULL, name TEXT NOT NULL, seen TEXT)""",
            """CREATE TABLE entity_roles (
                key TEXT NOT NULL, article TEXT NOT NULL, role TEXT NOT NULL, seen TEXT)""",
            """CREATE TABLE mentions (
                article TEXT NOT NULL, entity_key TEXT NOT NULL, entity_id TEXT NOT NULL,
                n INTEGER NOT NULL, part TEXT NOT NULL, start_at INTEGER, end_at INTEGER,
                text TEXT NOT NULL)""",
            """CREATE TABLE statements (
                article TEXT NOT NULL, n INTEGER NOT NULL, id TEXT NOT NULL,
                kind TEXT NOT NULL, text TEXT NOT NULL, start_at INTEGER, end_at INTEGER,
                speaker_text TEXT, speaker_name TEXT, speaker_role TEXT, speaker_key TEXT,
                cue TEXT, language TEXT, date TEXT)""",
            """CREATE TABLE problems (
                article TEXT NOT NULL, n INTEGER NOT NULL, code TEXT NOT NULL,
                stage TEXT NOT NULL, message TEXT NOT NULL)""",
        ],
    ),
    (
        # What a run read, per outcome, so that a stored run accounts for every
        # document: read = seen; problems is a JSON object of code -> count.
        "0002_run_counts",
        [
            "ALTER TABLE runs ADD COLUMN extracted INTEGER",
            "ALTER TABLE runs ADD COLUMN with_problems INTEGER",
            "ALTER TABLE runs ADD COLUMN problems TEXT",
        ],
    ),
    (
        # The lookups the questions make: by speaker, by article, by entity key,
        # newest statements first. PostgreSQL plans with them; DuckDB mostly
        # scans, which is fast there too.
        "0003_indexes",
        [
            "CREATE INDEX statements_speaker ON statements (speaker_key)",
            "CREATE INDEX statements_article ON statements (article)",
            "CREATE INDEX statements_date ON statements (date DESC NULLS LAST)",
            "CREATE INDEX entity_roles_key ON entity_roles (key)",
            "CREATE INDEX entity_forms_key ON entity_forms (key)",
            "CREATE INDEX mentions_entity ON mentions (entity_key)",
            "CREATE INDEX mentions_article ON mentions (article)",
            "CREATE INDEX articles_url ON articles (url)",
        ],
    ),
    (
        # Speakers as entities (schema newsgraph.article/2): a mention's kind (name,
        # description, pronoun), the part of the article a statement is in (body or
        # lead), and the statement's confidence.
        "0004_speakers",
        [
            "ALTER TABLE mentions ADD COLUMN kind TEXT",
            "UPDATE mentions SET kind = 'name'",
            "ALTER TABLE statements ADD COLUMN part TEXT",
            "UPDATE statements SET part = 'text'",
            "ALTER TABLE statements ADD COLUMN confidence DOUBLE PRECISION",
        ],
    ),
    (
        # The word index of ``newsgraph search`` (see ``newsgraph.store.words``):
        # normalised words per article (n = -1) and per statement, with how often
        # each occurs; and the words of people's name forms, which find a person's
        # statements through the identity key. Filled from stored rows when added.
        "0005_search_words",
        [
            """CREATE TABLE search_words (
                word TEXT NOT NULL, article TEXT NOT NULL, n INTEGER NOT NULL,
                hits INTEGER NOT NULL)""",
            "CREATE INDEX search_words_word ON search_words (word)",
            """CREATE TABLE name_words (
                word TEXT NOT NULL, key TEXT NOT NULL, article TEXT NOT NULL)""",
            "CREATE INDEX name_words_word ON name_words (word)",
            "CREATE INDEX articles_date ON articles (date)",
        ],
    ),
    (
        # Every question under 100 ms at 100,000 statements (bench/store.py).
        # speaker_counts: each speaker's statements, articles and newest date, kept
        # by every write, so the people index without statement filters reads a row
        # per speaker instead of counting every statement. PostgreSQL: the lookups' indexes made
        # covering (read from the index alone), and one in the listings' default
        # order (newest first) that a page far down is counted off without sorting.
        # DuckDB scans its columns for all of these and uses none of them.
        "0006_query_speed",
        [
            """CREATE TABLE speaker_counts (
                key TEXT PRIMARY KEY, statements INTEGER NOT NULL,
                articles INTEGER NOT NULL, latest TEXT)""",
            """INSERT INTO speaker_counts
               SELECT speaker_key, count(*), count(DISTINCT article), max(date)
               FROM statements WHERE speaker_key IS NOT NULL GROUP BY speaker_key""",
            *postgres(
                "CREATE INDEX mentions_entity_article ON mentions (entity_key, article)",
                "CREATE INDEX mentions_article_entity ON mentions (article, entity_key)",
                "CREATE INDEX statements_speaker_article "
                "ON statements (speaker_key, article, n) INCLUDE (date)",
                "CREATE INDEX statements_article_n ON statements (article, n)",
                "CREATE INDEX statements_newest ON statements (date DESC NULLS LAST, article, n) "
                "INCLUDE (language, kind, confidence, speaker_key)",
                # the indexes above lead with these columns and serve their lookups
                "DROP INDEX mentions_entity",
                "DROP INDEX mentions_article",
                "DROP INDEX statements_speaker",
                "DROP INDEX statements_article",
                "DROP INDEX statements_date",
            ),
        ],
    ),
]

# Migrations whose new tables are filled from the rows already stored, in Python
# (run in the migration's transaction, right after its statements).
FILLS: dict[str, Callable[[Any], None]] = {"0005_search_words": words.backfill}
