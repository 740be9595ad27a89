"""The ``Store`` interface: what ``ingest``, the queries and the web page need.

A backend supplies a connection's primitives (run SQL with ``?`` parameters,
transactions); writing an article, its idempotency and its versioning live
here once, in SQL both DuckDB and PostgreSQL accept.
"""

from __future__ import annotations

import json
import uuid
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from newsgraph.article import Article
from newsgraph.pipeline import Summary
from newsgraph.store import stories
from newsgraph.store.migrations import FILLS, MIGRATIONS, Only
from newsgraph.store.rows import (
    ArticleRows,
    Row,
    article_row,
    child_rows,
    hashed,
    merge_entity,
    speaker_counts,
)

if TYPE_CHECKING:
    from datasketch import MinHash

CHUNK = 400  # rows per multi-row INSERT

# child table -> ArticleRows field, in the order they are written
_CHILD_TABLES = {
    "blocks": "blocks", "images": "images", "entity_forms": "forms", "entity_roles": "roles",
    "mentions": "mentions", "statements": "statements", "problems": "problems",
    "search_words": "words", "name_words": "names",
}  # fmt: skip

_UPSERT_ENTITY = """
INSERT INTO entities (key, type, name, first_seen, last_seen) VALUES {values}
ON CONFLICT (key) DO UPDATE SET
  name = CASE WHEN length(excluded.name) > length(entities.name)
               OR (length(excluded.name) = length(entities.name) AND excluded.name < entities.name)
              THEN excluded.name ELSE entities.name END,
  first_seen = least(entities.first_seen, excluded.first_seen),
  last_seen = greatest(entities.last_seen, excluded.last_seen)
"""

# a batch's statements added to their speakers' counts (the people index's)
_UPSERT_SPEAKER = """
INSERT INTO speaker_counts (key, statements, articles, latest) VALUES {values}
ON CONFLICT (key) DO UPDATE SET
  statements = speaker_counts.statements + excluded.statements,
  articles = speaker_counts.articles + excluded.articles,
  latest = greatest(speaker_counts.latest, excluded.latest)
"""


class StoreBusy(Exception):
    """Another process holds the store (a DuckDB file being written); the message
    says who and what to do."""


@dataclass
class Added:
    """What ``Store.add`` did with one article."""

    hash: str
    added: bool
    version: int = 1
    story: str = ""


class Store(ABC):
    """One corpus. Rows are dicts; SQL uses ``?`` placeholders, always."""

    backend = ""  # "duckdb" or "postgres": which migration statements marked ``Only`` run

    # -- primitives a backend supplies -----------------------------------------
    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    @abstractmethod
    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

    @abstractmethod
    def begin(self) -> None: ...

    @abstractmethod
    def commit(self) -> None: ...

    @abstractmethod
    def rollback(self) -> None: ...

    @abstractmethod
    def close(self) -> None: ...

    # -- schema -----------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations not yet applied; returns their names."""
        self.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied TEXT)"
        )
        done = {r["name"] for r in self.rows("SELECT name FROM schema_migrations")}
        applied = []
        for name, statements in MIGRATIONS:
            if name in done:
                continue
            self.begin()
            try:
                for sql in statements:
                    if isinstance(sql, Only):
                        if sql.backend != self.backend:
                            continue
                        sql = sql.sql
                    self.execute(sql)
                if name in FILLS:
                    FILLS[name](self)
                self.execute("INSERT INTO schema_migrations VALUES (?, ?)", (name, _now()))
                self.commit()
            except BaseException:
                self.rollback()
                raise
            applied.append(name)
        return applied

    # -- writing ---------------------------------------------------------------
    def start_run(self, paths: Sequence[str]) -> str:
        run = uuid.uuid4().hex[:16]
        self.execute(
            "INSERT INTO runs (id, started, paths) VALUES (?, ?, ?)",
            (run, _now(), json.dumps(list(paths), ensure_ascii=False)),
        )
        return run

    def finish_run(self, run: str, added: int, counts: Summary) -> None:
        """Close ``run`` with its counts: every document read is in ``seen``,
        and ``problems`` says, per code, how many had which problem."""
        self.execute(
            "UPDATE runs SET finished = ?, seen = ?, added = ?, extracted = ?,"
            " with_problems = ?, problems = ? WHERE id = ?",
            (
                _now(),
                counts.read,
                added,
                counts.extracted,
                counts.with_problems,
                json.dumps(dict(sorted(counts.problems.items()))),
                run,
            ),
        )

    def load_stories(self) -> stories.Stories:
        # the runs finished now: everything they stored is in the load below
        done = {r["id"] for r in self.rows("SELECT id FROM runs WHERE finished IS NOT NULL")}
        found = self.rows(
            "SELECT hash, story, minhash FROM articles WHERE minhash IS NOT NULL ORDER BY hash"
        )
        index = stories.Stories((r["hash"], r["story"], bytes(r["minhash"])) for r in found)
        index.finished_runs = done
        return index

    def add(self, articles: Sequence[Article], run: str, index: stories.Stories) -> list[Added]:
        """Write a batch of articles and everything in them in one transaction:
        all of each article or none of it. Articles already stored (same content
        hash, in the store or earlier in the batch) add nothing.

        Several writers may share a store (PostgreSQL): each batch is written
        under the store's writer lock, and what decides an article's fate (stored
        already? which version? which story?) is read after taking it, so that
        concurrent runs end with what one run after the other would have stored."""
        records = [hashed(a) for a in articles]
        hashes = [h for h, _ in records]
        stored = self._stored(hashes)  # a first look, outside the lock: skip the known
        prepared = {
            h: (child_rows(article, h), stories.signature(article.text))
            for article, (h, _) in zip(articles, records, strict=True)
            if h not in stored
        }
        if not prepared:
            return [Added(h, False) for h in hashes]
        pending: list[str] = []
        self.begin()
        try:
            self.lock_writers()
            self._catch_up(index, run)
            done = self._write(articles, records, prepared, run, index, pending)
            self.commit()
        except BaseException:
            self.rollback()
            for h in pending:
                index.forget(h)
            raise
        return done

    def _write(
        self,
        articles: Sequence[Article],
        records: list[tuple[str, str]],
        prepared: dict[str, tuple[ArticleRows, MinHash | None]],
        run: str,
        index: stories.Stories,
        pending: list[str],
    ) -> list[Added]:
        """The batch's rows, decided and inserted inside the writer's transaction."""
        stored = self._stored(list(prepared))
        latest = self._latest_versions(sorted({a.url for a in articles if a.url}))
        done: list[Added] = []
        rows: dict[str, list[Row]] = {t: [] for t in _CHILD_TABLES}
        articles_rows: list[Row] = []
        entities: dict[str, Row] = {}
        for article, (h, record) in zip(articles, records, strict=True):
            if h in stored or h not in prepared:
                done.append(Added(h, False))
                continue
            stored.add(h)
            children, sig = prepared[h]
            version, previous, story = 1, None, index.story_for(h, sig)
            if article.url and article.url in latest:
                prev_hash, prev_version, story = latest[article.url]
                version, previous = prev_version + 1, prev_hash
            if article.url:
                latest[article.url] = (h, version, story)
            blob = stories.to_bytes(sig) if sig is not None else None
            articles_rows.append(
                article_row(article, h, version, previous, story, blob, run, record)
            )
            for table in _CHILD_TABLES:
                rows[table].extend(getattr(children, _CHILD_TABLES[table]))
            for row in children.entities:
                known = entities.get(row[0])
                entities[row[0]] = merge_entity(known, row) if known else row
            index.add(h, story, sig)
            pending.append(h)
            done.append(Added(h, True, version, story))
        self._insert("articles", articles_rows)
        for table, table_rows in rows.items():
            self._insert(table, table_rows)
        self._upsert(_UPSERT_ENTITY, [entities[k] for k in sorted(entities)])
        self._upsert(_UPSERT_SPEAKER, speaker_counts(rows["statements"]))
        return done

    def _upsert(self, sql: str, rows: list[Row]) -> None:
        """``rows`` through an ``INSERT … VALUES {values} ON CONFLICT`` statement."""
        for i in range(0, len(rows), CHUNK):
            chunk = rows[i : i + CHUNK]
            one = "(" + ", ".join("?" * len(chunk[0])) + ")"
            self.execute(
                sql.format(values=", ".join([one] * len(chunk))), [v for r in chunk for v in r]
            )

    # -- several writers -------------------------------------------------------
    def lock_writers(self) -> None:
        """Inside a transaction: wait until no other writer is writing to this
        store; held until the transaction ends. Nothing to do where the database
        itself admits one writer (DuckDB)."""
        return None

    shared = False  # whether other processes may write while this one does

    def _catch_up(self, index: stories.Stories, run: str) -> None:
        """Teach ``index`` the articles other runs stored since it was loaded, so
        that a near-duplicate stored a moment ago by another writer gives its story."""
        if not self.shared:
            return
        runs = [
            r for r in self.rows("SELECT id, finished FROM runs WHERE id <> ?", (run,))
            if r["id"] not in index.finished_runs
        ]  # fmt: skip
        if not runs:
            return
        marks = ", ".join("?" * len(runs))
        counts = {
            r["run"]: int(r["n"])
            for r in self.rows(
                f"SELECT run, count(*) AS n FROM articles WHERE run IN ({marks}) GROUP BY run",
                [r["id"] for r in runs],
            )
        }
        for r in runs:
            n = counts.get(r["id"], 0)
            if n != index.run_counts.get(r["id"], 0):
                found = self.rows(
                    "SELECT hash, story, minhash FROM articles "
                    "WHERE run = ? AND minhash IS NOT NULL",
                    (r["id"],),
                )
                for f in found:
                    index.add(f["hash"], f["story"], stories.from_bytes(bytes(f["minhash"])))
                index.run_counts[r["id"]] = n
            if r["finished"] is not None:  # counted after it finished: nothing more will come
                index.finished_runs.add(r["id"])

    def _stored(self, hashes: list[str]) -> set[str]:
        marks = ", ".join("?" * len(hashes))
        found = self.rows(f"SELECT hash FROM articles WHERE hash IN ({marks})", hashes)
        return {r["hash"] for r in found}

    def _latest_versions(self, urls: list[str]) -> dict[str, tuple[str, int, str]]:
        if not urls:
            return {}
        marks = ", ".join("?" * len(urls))
        found = self.rows(
            f"SELECT url, hash, version, story FROM articles WHERE url IN ({marks}) "
            "ORDER BY url, version",
            urls,
        )
        return {r["url"]: (r["hash"], r["version"], r["story"]) for r in found}

    def _insert(self, table: str, rows: list[Row]) -> None:
        """Rows into ``table`` as multi-row INSERTs; a backend may do it faster."""
        if not rows:
            return
        for i in range(0, len(rows), CHUNK):
            chunk = rows[i : i + CHUNK]
            one = "(" + ", ".join("?" * len(chunk[0])) + ")"
            params = [v for row in chunk for v in row]
            self.execute(f"INSERT INTO {table} VALUES " + ", ".join([one] * len(chunk)), params)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")  # orders runs
