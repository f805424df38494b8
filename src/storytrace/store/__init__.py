"""The embedded store: one SQLite file in WAL mode.

Inputs: :class:`~storytrace.model.Article` and :class:`~storytrace.model.Rejected` records from the
pipeline. Outputs: the same records read back, full-text search, and the bookkeeping that makes runs
resumable (which pages are known, which text dumps wait for their site's furniture profile).

Every write method that takes several records writes them in one transaction: a run killed at any
moment leaves either all or none of a batch. Ids are content hashes, so writing a record twice is a
no-op.

Stable API: :class:`Store` and its public methods.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from storytrace.errors import SchemaVersionError, StoreError
from storytrace.extract.textdump import near_copy, prose_keys
from storytrace.model import (
    Article,
    DateGuess,
    Link,
    Page,
    Rejected,
    Source,
    Story,
    content_hash,
)
from storytrace.store.schema import MIGRATIONS

__all__ = [
    "OFFLINE_EXTRACTOR",
    "OFFLINE_RULES_KEY",
    "OFFLINE_RULES_VERSION",
    "AnalysisRow",
    "ArticleRow",
    "CachedAnswer",
    "FailureRow",
    "PendingPage",
    "ReuseRows",
    "Store",
    "StoryStateRows",
    "page_from_json",
    "page_to_json",
]

_ARTICLE_COLUMNS = (
    "id, source_kind, source_location, source_record, kind, url, canonical_url, outlet, title, "
    "published, published_method, published_confidence, author, language, text, removed, "
    "extractor, links"
)


#: The extractor of articles with no ``article_analysis`` row: an offline analysis asked for as
#: such is stored without one, so both ways of running it (in the extraction workers, or when a
#: later run catches up) leave the same store.
OFFLINE_EXTRACTOR = "offline"
#: The version of the offline rules (actor finding, event coding, attribution): raised when they
#: change what they find, so that stores analysed before are analysed again
#: (:func:`storytrace.analysis.update_offline_analysis`). A new store starts at this version.
OFFLINE_RULES_VERSION = "2026-11-24"
#: The meta entry holding a store's offline rules version.
OFFLINE_RULES_KEY = "offline_rules_version"


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def page_to_json(page: Page) -> str:
    """Everything of a page but its bytes, as JSON (kept to re-extract it later)."""
    return json.dumps(
        {
            "source": page.source.to_dict(),
            "kind": page.kind,
            "url": page.url,
            "content_type": page.content_type,
            "fetched_at": page.fetched_at,
            "hints": dict(page.hints),
        },
        sort_keys=True,
    )


def page_from_json(data: str, body: bytes) -> Page:
    """The inverse of :func:`page_to_json`, given the page's bytes."""
    fields = json.loads(data)
    return Page(
        source=Source.from_dict(fields["source"]),
        body=body,
        kind=fields.get("kind"),
        url=fields.get("url"),
        content_type=fields.get("content_type"),
        fetched_at=fields.get("fetched_at"),
        hints=fields.get("hints") or {},
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class PendingPage:
    """A text dump that waits for its site's furniture profile."""

    page: Page
    site: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleRow:
    """A stored article plus its bookkeeping (site, furniture profile, raw page)."""

    article: Article
    site: str | None
    profile: str | None
    page: Page | None


@dataclass(frozen=True, slots=True, kw_only=True)
class FailureRow:
    """A stored rejection plus what is needed to retry it."""

    rejected: Rejected
    site: str | None
    profile: str | None
    page: Page | None


@dataclass(frozen=True, slots=True, kw_only=True)
class AnalysisRow:
    """One article's actors and events and which extractor made them (``article_analysis``).

    Attributes:
        article_id: the article.
        local_actors: its local actors, JSON.
        events: its coded events, JSON.
        extractor: what made them: ``offline`` or an LLM extractor name.
        requested: what the run asked for (differs from ``extractor`` after a fallback).
        reason: why the LLM's answer was not used, or None.
        detail: the failure's detail, or what grounding dropped.
    """

    article_id: str
    local_actors: str
    events: str
    extractor: str
    requested: str
    reason: str | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class CachedAnswer:
    """A model's validated answer, cached by the key of its request (``llm_cache``)."""

    key: str
    model: str
    prompt_version: str
    schema_version: str
    answer: str


def _article_from_row(row: sqlite3.Row) -> Article:
    published = None
    if row["published"]:
        published = DateGuess(
            value=row["published"],
            method=row["published_method"] or "unknown",
            confidence=float(row["published_confidence"] or 0.0),
        )
    return Article(
        id=row["id"],
        source=Source(
            kind=row["source_kind"], location=row["source_location"], record=row["source_record"]
        ),
        kind=row["kind"],
        text=row["text"],
        title=row["title"],
        url=row["url"],
        canonical_url=row["canonical_url"],
        outlet=row["outlet"],
        author=row["author"],
        language=row["language"],
        published=published,
        removed=tuple(json.loads(row["removed"])),
        extractor=row["extractor"],
        links=tuple(Link.from_dict(link) for link in json.loads(row["links"] or "[]")),
    )


def _failure_from_row(row: sqlite3.Row) -> Rejected:
    return Rejected(
        source=Source(
            kind=row["source_kind"], location=row["source_location"], record=row["source_record"]
        ),
        reason=row["reason"],
        detail=row["detail"],
        page_id=row["id"],
    )


def _pack(page: Page | None) -> tuple[bytes | None, str | None]:
    if page is None:
        return None, None
    return zlib.compress(page.body, 6), page_to_json(page)


def _unpack(raw: bytes | None, data: str | None) -> Page | None:
    if raw is None or data is None:
        return None
    return page_from_json(data, zlib.decompress(raw))


@dataclass(frozen=True, slots=True, kw_only=True)
class ReuseRows:
    """Rows a reuse run appends to the stored index (see :meth:`Store.write_reuse`).

    Attributes:
        first: the document number of the first id.
        ids: article ids of the new documents, in number order.
        keys: ``(key, document number)`` pairs, keys as signed 64-bit integers.
        neighbours: ``(document, position, neighbour)`` near-copy list entries.
        pages: ``(page, data)`` changed pages of the shingle counter.
        upgrade: the rows move a pre-migration-5 blob index into the tables.
    """

    first: int
    ids: Sequence[str]
    keys: Sequence[tuple[int, int]]
    neighbours: Sequence[tuple[int, int, int]]
    pages: Sequence[tuple[int, bytes]]
    upgrade: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryStateRows:
    """Rows of the story clusterer's state that a stories run changed (migration 9).

    Attributes:
        meta: ``(name, value)``: ``documents`` and ``next_seq``.
        frequencies: ``(key, documents)``.
        stories: ``(id, seq, body_docs, first_published, last_published, data)`` of changed
            stories, ``data`` as :meth:`Store.story_state_stories` gives it.
        articles: ``(story id, article ids in order)`` of the same stories.
        removed: ids of stories absorbed by a merge.
        postings: ``(key, story ids)``; an empty list drops the key.
        merges: ``(absorbed, into)`` made by the run, in order.
        waiting: ``(article id, linking article ids)``; an empty list drops the row.
        upgrade: the rows move the whole state of migration 3's blobs (which are dropped).
    """

    meta: Sequence[tuple[str, int]]
    frequencies: Sequence[tuple[str, int]]
    stories: Sequence[tuple[str, int, int, str | None, str | None, Mapping[str, Any]]]
    articles: Sequence[tuple[str, Sequence[str]]]
    removed: Sequence[str]
    postings: Sequence[tuple[str, Sequence[str]]]
    merges: Sequence[tuple[str, str]]
    waiting: Sequence[tuple[str, Sequence[str]]]
    upgrade: bool = False


#: Most values bound in one ``IN (...)`` query.
_IN_CHUNK = 500


def _near_copy(db: sqlite3.Connection, site: str, keys: frozenset[str]) -> bool:
    """Whether a text dump repeats the prose of its site's counted pages
    (:func:`storytrace.extract.textdump.near_copy`): it is then not counted."""
    prose = prose_keys(keys)
    seen = 0
    for start in range(0, len(prose), 500):
        chunk = prose[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        seen += db.execute(
            f"SELECT COUNT(*) FROM site_lines WHERE site = ? AND key IN ({marks})",
            (site, *chunk),
        ).fetchone()[0]
    return near_copy(keys, seen)


class Store:
    """A storytrace store in one SQLite file (or in memory).

    Args:
        path: the database file; created with its folder when missing.
        memory: use a private in-memory database instead (tests).

    Raises:
        StoreError: the file cannot be opened or is not a storytrace store.
        SchemaVersionError: the store was written by a newer storytrace.
    """

    def __init__(self, path: str | Path | None = None, *, memory: bool = False) -> None:
        if memory == (path is not None):
            raise StoreError("give a store either a path or memory=True, not both or neither")
        self.path = None if memory else Path(path)  # type: ignore[arg-type]
        try:
            if self.path is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            target = ":memory:" if self.path is None else str(self.path)
            self._db = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA busy_timeout = 10000")
            if self.path is not None:
                self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise StoreError(
                f"cannot open the store {target!r}: {error}. Is it a storytrace database? "
                "Choose another file with --db."
            ) from error

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """How many migrations the store has."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version
        if version == 0 and self._db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone():
            raise StoreError(
                "the file is an SQLite database but not a storytrace store; "
                "choose another file with --db"
            )
        if version > len(MIGRATIONS):
            raise SchemaVersionError(
                f"the store has schema version {version}, newer than this storytrace knows "
                f"({len(MIGRATIONS)}); upgrade storytrace to read it"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                for statement in _statements(script):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number}")
        if version == 0:
            # a new store: whatever is analysed into it is analysed by the current rules
            self.set_meta(OFFLINE_RULES_KEY, OFFLINE_RULES_VERSION)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed on success, rolled back on any exception."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- what is known ---------------------------------------------------------------------

    def known(self, page_id: str) -> str | None:
        """Where a page id is stored: ``"article"``, ``"failure"``, ``"pending"`` or ``None``."""
        for table, name in (
            ("articles", "article"),
            ("failures", "failure"),
            ("pending", "pending"),
        ):
            if self._db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (page_id,)).fetchone():
                return name
        return None

    def known_source(self, kind: str, location: str) -> bool:
        """True when some article or non-fetch failure came from this exact source location."""
        query = (
            "SELECT 1 FROM articles WHERE source_kind = ? AND source_location = ? "
            "UNION ALL SELECT 1 FROM failures WHERE source_kind = ? AND source_location = ? "
            "AND reason NOT IN ('fetch_failed', 'robots_disallowed') LIMIT 1"
        )
        return self._db.execute(query, (kind, location, kind, location)).fetchone() is not None

    def failed_source(self, source: Source) -> bool:
        """True when a failure is stored for this exact source (whatever its bytes were)."""
        query = (
            "SELECT 1 FROM failures WHERE source_kind = ? AND source_location = ? "
            "AND source_record IS ? LIMIT 1"
        )
        row = self._db.execute(query, (source.kind, source.location, source.record)).fetchone()
        return row is not None

    # -- writing ---------------------------------------------------------------------------

    def write(
        self,
        results: Iterable[tuple[Article | Rejected, str | None, str | None, Page | None]],
    ) -> None:
        """Store results in one transaction.

        Each item is ``(record, site, profile, page)``: ``site`` and ``profile`` are the furniture
        profile a text dump was extracted with, ``page`` the raw page kept to re-extract it (text
        dumps only; ``None`` otherwise). A record replaces an earlier one with the same id (an
        article replaces its own failure on retry, and the other way round), and leaves the pending
        queue.
        """
        with self.transaction() as db:
            for record, site, profile, page in results:
                self._write_one(db, record, site, profile, page)

    def _write_one(
        self,
        db: sqlite3.Connection,
        record: Article | Rejected,
        site: str | None,
        profile: str | None,
        page: Page | None,
    ) -> None:
        raw, page_json = _pack(page)
        record_id = record.id if isinstance(record, Article) else record.page_id
        db.execute("DELETE FROM pending WHERE id = ?", (record_id,))
        if isinstance(record, Article):
            # An article supersedes every failure of the same source (a retry that worked).
            db.execute(
                "DELETE FROM failures WHERE id = ? OR (source_kind = ? AND source_location = ? "
                "AND source_record IS ?)",
                (record.id, record.source.kind, record.source.location, record.source.record),
            )
            db.execute("DELETE FROM articles WHERE id = ?", (record.id,))
            db.execute("DELETE FROM article_actors WHERE article_id = ?", (record.id,))
            db.execute("DELETE FROM article_events WHERE article_id = ?", (record.id,))
            db.execute("DELETE FROM article_analysis WHERE article_id = ?", (record.id,))
            db.execute(
                f"INSERT INTO articles ({_ARTICLE_COLUMNS}, site, profile, raw, page, stored_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*_article_values(record), site, profile, raw, page_json, _now()),
            )
            return
        db.execute("DELETE FROM articles WHERE id = ?", (record.page_id,))
        db.execute(
            "INSERT OR REPLACE INTO failures (id, reason, detail, skipped, source_kind, "
            "source_location, source_record, site, profile, raw, page, stored_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.page_id,
                record.reason,
                record.detail,
                int(record.skipped),
                record.source.kind,
                record.source.location,
                record.source.record,
                site,
                profile,
                raw,
                page_json,
                _now(),
            ),
        )

    def add_pending(
        self, pending: Sequence[PendingPage], site_keys: Sequence[frozenset[str]]
    ) -> None:
        """Queue text dumps and count their lines for their sites, in one transaction.

        A page already counted for its site is not counted again, so this is idempotent.
        """
        with self.transaction() as db:
            for item, keys in zip(pending, site_keys, strict=True):
                raw, page_json = _pack(item.page)
                db.execute(
                    "INSERT OR IGNORE INTO pending (id, site, page, raw) VALUES (?, ?, ?, ?)",
                    (item.page.id, item.site, page_json, raw),
                )
                self._count_lines(db, item.page.id, item.site, keys)

    def _count_lines(
        self, db: sqlite3.Connection, page_id: str, site: str, keys: frozenset[str]
    ) -> None:
        if _near_copy(db, site, keys):
            return
        inserted = db.execute(
            "INSERT OR IGNORE INTO site_pages (id, site) VALUES (?, ?)", (page_id, site)
        ).rowcount
        if not inserted:
            return
        db.executemany(
            "INSERT INTO site_lines (site, key, pages) VALUES (?, ?, 1) "
            "ON CONFLICT (site, key) DO UPDATE SET pages = pages + 1",
            [(site, key) for key in sorted(keys)],
        )

    # -- furniture learning ----------------------------------------------------------------

    def site_line_counts(self, site: str) -> tuple[dict[str, int], int]:
        """For one site: pages per line key, and the number of pages counted."""
        counts = {
            row["key"]: int(row["pages"])
            for row in self._db.execute("SELECT key, pages FROM site_lines WHERE site = ?", (site,))
        }
        pages = self._db.execute("SELECT COUNT(*) FROM site_pages WHERE site = ?", (site,))
        return counts, int(pages.fetchone()[0])

    def pending_sites(self) -> list[str]:
        """Sites that have text dumps waiting, sorted."""
        rows = self._db.execute("SELECT DISTINCT site FROM pending ORDER BY site")
        return [row["site"] for row in rows]

    def pending(self, site: str) -> Iterator[PendingPage]:
        """The text dumps of a site waiting for extraction, in id order."""
        rows = self._db.execute(
            "SELECT id, site, page, raw FROM pending WHERE site = ? ORDER BY id", (site,)
        )
        for row in rows.fetchall():
            page = _unpack(row["raw"], row["page"])
            if page is not None:
                yield PendingPage(page=page, site=row["site"])

    def stale_text_rows(self, site: str, profile: str) -> Iterator[tuple[Page, str]]:
        """Stored text dumps (articles and failures) of a site extracted with another profile.

        Yields ``(page, kind)`` with kind ``"article"`` or ``"failure"``.
        """
        for table, kind in (("articles", "article"), ("failures", "failure")):
            rows = self._db.execute(
                f"SELECT raw, page FROM {table} WHERE site = ? AND profile IS NOT ? "
                "AND raw IS NOT NULL ORDER BY id",
                (site, profile),
            ).fetchall()
            for row in rows:
                page = _unpack(row["raw"], row["page"])
                if page is not None:
                    yield page, kind

    def text_sites(self) -> list[str]:
        """Every site that has stored text dumps, sorted."""
        rows = self._db.execute(
            "SELECT site FROM articles WHERE site IS NOT NULL UNION "
            "SELECT site FROM failures WHERE site IS NOT NULL ORDER BY site"
        )
        return [row["site"] for row in rows]

    # -- runs ------------------------------------------------------------------------------

    def start_run(self, inputs: Sequence[str]) -> int:
        """Record the start of a run; returns its number."""
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO runs (started_at, inputs) VALUES (?, ?)", (_now(), json.dumps(inputs))
            )
        return int(cursor.lastrowid or 0)

    def finish_run(self, run: int, summary: Mapping[str, Any]) -> None:
        """Record the end of a run and its summary."""
        with self.transaction() as db:
            db.execute(
                "UPDATE runs SET finished_at = ?, summary = ? WHERE id = ?",
                (_now(), json.dumps(summary, sort_keys=True), run),
            )

    # -- reading ---------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        """The article with this id, or with an id starting with it when that is unique."""
        rows = self._by_id_or_prefix(f"SELECT {_ARTICLE_COLUMNS} FROM articles", article_id)
        return _article_from_row(rows[0]) if len(rows) == 1 else None

    def articles(
        self, *, limit: int | None = None, offset: int = 0, search: str | None = None
    ) -> Iterator[Article]:
        """Articles ordered by publication date (undated last), then id.

        Args:
            search: an FTS5 query over title and text (e.g. ``letter AND harithi``).
        """
        order = "ORDER BY a.published IS NULL, a.published, a.id"
        columns = ", ".join(f"a.{name.strip()}" for name in _ARTICLE_COLUMNS.split(","))
        if search:
            query = (
                f"SELECT {columns} FROM articles a JOIN articles_fts f ON f.rowid = a.rowid "
                f"WHERE articles_fts MATCH ? {order} LIMIT ? OFFSET ?"
            )
            params: tuple[Any, ...] = (search, -1 if limit is None else limit, offset)
        else:
            query = f"SELECT {columns} FROM articles a {order} LIMIT ? OFFSET ?"
            params = (-1 if limit is None else limit, offset)
        try:
            rows = self._db.execute(query, params).fetchall()
        except sqlite3.OperationalError as error:
            raise StoreError(f"bad search query {search!r}: {error}") from error
        for row in rows:
            yield _article_from_row(row)

    def failures(self, *, include_skipped: bool = False) -> Iterator[Rejected]:
        """Stored rejections, by reason then source."""
        where = "" if include_skipped else "WHERE skipped = 0"
        rows = self._db.execute(
            f"SELECT id, reason, detail, source_kind, source_location, source_record "
            f"FROM failures {where} ORDER BY reason, source_location, source_record, id"
        ).fetchall()
        for row in rows:
            yield _failure_from_row(row)

    def failed_pages(self) -> Iterator[Page]:
        """Raw pages of stored failures that can be retried (those whose bytes were kept)."""
        rows = self._db.execute(
            "SELECT raw, page FROM failures WHERE raw IS NOT NULL ORDER BY id"
        ).fetchall()
        for row in rows:
            page = _unpack(row["raw"], row["page"])
            if page is not None:
                yield page

    def counts(self) -> dict[str, int]:
        """How many articles, failures, skipped records and pending pages the store holds."""
        one = self._db.execute
        return {
            "articles": int(one("SELECT COUNT(*) FROM articles").fetchone()[0]),
            "failures": int(one("SELECT COUNT(*) FROM failures WHERE skipped = 0").fetchone()[0]),
            "skipped": int(one("SELECT COUNT(*) FROM failures WHERE skipped = 1").fetchone()[0]),
            "pending": int(one("SELECT COUNT(*) FROM pending").fetchone()[0]),
        }

    # -- stories ---------------------------------------------------------------------------

    def story_state(self) -> dict[str, list[list[Any]]]:
        """The story clusterer's saved state: rows by part name (empty for a new store)."""
        rows = self._db.execute("SELECT part, rows FROM story_state ORDER BY part").fetchall()
        return {row["part"]: json.loads(zlib.decompress(row["rows"])) for row in rows}

    def story_state_meta(self) -> dict[str, int]:
        """The clusterer's counters (``documents``, ``next_seq``); empty when none are stored."""
        rows = self._db.execute("SELECT name, value FROM story_state_meta").fetchall()
        return {str(row["name"]): int(row["value"]) for row in rows}

    def _story_state_in(self, sql: str, keys: Sequence[str]) -> list[sqlite3.Row]:
        """Run ``sql`` (with ``{marks}`` for the placeholders) over ``keys`` in chunks."""
        rows: list[sqlite3.Row] = []
        for start in range(0, len(keys), _IN_CHUNK):
            chunk = list(keys[start : start + _IN_CHUNK])
            marks = ", ".join("?" * len(chunk))
            rows.extend(self._db.execute(sql.format(marks=marks), chunk).fetchall())
        return rows

    def story_state_frequencies(self, keys: Sequence[str]) -> dict[str, int]:
        """Document frequency of each stored key among ``keys``."""
        sql = "SELECT key, documents FROM story_state_frequencies WHERE key IN ({marks})"
        return {row["key"]: int(row["documents"]) for row in self._story_state_in(sql, keys)}

    def story_state_postings(self, keys: Sequence[str]) -> dict[str, list[str]]:
        """Story ids posted under each stored key among ``keys``, oldest first."""
        sql = "SELECT key, stories FROM story_state_postings WHERE key IN ({marks})"
        return {row["key"]: json.loads(row["stories"]) for row in self._story_state_in(sql, keys)}

    def story_state_stories(
        self, ids: Sequence[str]
    ) -> dict[str, tuple[int, int, str | None, str | None, dict[str, Any], list[str]]]:
        """Stored clusterer stories: ``(seq, body_docs, first, last, data, article ids)``."""
        sql = (
            "SELECT id, seq, body_docs, first_published, last_published, data "
            "FROM story_state_stories WHERE id IN ({marks})"
        )
        found: dict[str, tuple[int, int, str | None, str | None, dict[str, Any], list[str]]]
        found = {
            row["id"]: (
                int(row["seq"]),
                int(row["body_docs"]),
                row["first_published"],
                row["last_published"],
                json.loads(zlib.decompress(row["data"])),
                [],
            )
            for row in self._story_state_in(sql, ids)
        }
        sql = (
            "SELECT story_id, article_id FROM story_state_articles WHERE story_id IN ({marks}) "
            "ORDER BY story_id, position"
        )
        for row in self._story_state_in(sql, sorted(found)):
            found[row["story_id"]][5].append(row["article_id"])
        return found

    def story_state_seqs(self, ids: Sequence[str]) -> dict[str, int]:
        """Creation order of stored clusterer stories."""
        sql = "SELECT id, seq FROM story_state_stories WHERE id IN ({marks})"
        return {row["id"]: int(row["seq"]) for row in self._story_state_in(sql, ids)}

    def story_state_articles(self, article_ids: Sequence[str]) -> dict[str, str]:
        """The clusterer story holding each article (before hand corrections)."""
        sql = "SELECT article_id, story_id FROM story_state_articles WHERE article_id IN ({marks})"
        rows = self._story_state_in(sql, article_ids)
        return {row["article_id"]: row["story_id"] for row in rows}

    def story_state_aliases(self, ids: Sequence[str]) -> dict[str, str]:
        """For absorbed clusterer story ids, the story that absorbed each."""
        sql = "SELECT absorbed, into_story FROM story_state_merges WHERE absorbed IN ({marks})"
        return {row["absorbed"]: row["into_story"] for row in self._story_state_in(sql, ids)}

    def story_state_waiting(self, article_ids: Sequence[str]) -> dict[str, list[str]]:
        """Articles linking to each of these articles the clusterer has not seen."""
        sql = "SELECT article_id, linkers FROM story_state_waiting WHERE article_id IN ({marks})"
        rows = self._story_state_in(sql, article_ids)
        return {row["article_id"]: json.loads(row["linkers"]) for row in rows}

    def has_story_blobs(self) -> bool:
        """True when the clusterer state is still in migration 3's blobs (see story_state)."""
        return self._db.execute("SELECT 1 FROM story_state LIMIT 1").fetchone() is not None

    def write_story_state(
        self, rows: StoryStateRows, stories: Sequence[Story], replaced: Sequence[str]
    ) -> None:
        """Write the changed clusterer rows and replace some stories, in one transaction.

        Args:
            rows: the changed clusterer state.
            stories: the new summaries of the stories a run touched.
            replaced: article ids whose stored stories are dropped first (every article of
                ``stories``, and any that left them).
        """
        with self.transaction() as db:
            if rows.upgrade:
                db.execute("DELETE FROM story_state")
            self._write_clusterer_rows(db, rows)
            self._replace_stories(db, stories, replaced)

    def _write_clusterer_rows(self, db: sqlite3.Connection, rows: StoryStateRows) -> None:
        db.executemany(
            "INSERT OR REPLACE INTO story_state_meta (name, value) VALUES (?, ?)", rows.meta
        )
        db.executemany(
            "INSERT OR REPLACE INTO story_state_frequencies (key, documents) VALUES (?, ?)",
            rows.frequencies,
        )
        gone = [(story_id,) for story_id in [*rows.removed, *(row[0] for row in rows.stories)]]
        db.executemany("DELETE FROM story_state_stories WHERE id = ?", gone)
        db.executemany("DELETE FROM story_state_articles WHERE story_id = ?", gone)
        db.executemany(
            "INSERT INTO story_state_stories (id, seq, body_docs, first_published, "
            "last_published, data) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (*row[:5], zlib.compress(json.dumps(row[5], separators=(",", ":")).encode()))
                for row in rows.stories
            ],
        )
        db.executemany(
            "INSERT OR REPLACE INTO story_state_articles (article_id, story_id, position) "
            "VALUES (?, ?, ?)",
            [(a, story_id, n) for story_id, ids in rows.articles for n, a in enumerate(ids)],
        )
        self._write_lists(db, "story_state_postings", "key", "stories", rows.postings)
        self._write_lists(db, "story_state_waiting", "article_id", "linkers", rows.waiting)
        db.executemany(
            "INSERT OR REPLACE INTO story_state_merges (absorbed, into_story) VALUES (?, ?)",
            rows.merges,
        )

    @staticmethod
    def _write_lists(
        db: sqlite3.Connection, table: str, key: str, column: str, lists: Sequence[Any]
    ) -> None:
        """Upsert JSON lists by key; an empty list deletes the key's row."""
        db.executemany(f"DELETE FROM {table} WHERE {key} = ?", [(k,) for k, v in lists if not v])
        db.executemany(
            f"INSERT OR REPLACE INTO {table} ({key}, {column}) VALUES (?, ?)",
            [(k, json.dumps(list(v))) for k, v in lists if v],
        )

    def _replace_stories(
        self, db: sqlite3.Connection, stories: Sequence[Story], replaced: Sequence[str]
    ) -> None:
        sql = "SELECT DISTINCT story_id FROM story_articles WHERE article_id IN ({marks})"
        old = sorted({row["story_id"] for row in self._story_state_in(sql, replaced)})
        old.extend(story.id for story in stories)
        db.executemany("DELETE FROM story_articles WHERE story_id = ?", [(s,) for s in old])
        db.executemany("DELETE FROM stories WHERE id = ?", [(s,) for s in old])
        for story in stories:
            _insert_story(db, story)

    def unclustered_articles(self) -> Iterator[Article]:
        """Articles in no story yet, in timeline order (dated by date, then undated, by id).

        Read from ``story_unclustered`` (migration 10), which triggers keep: the cost follows
        the number of new articles, not of stored ones.
        """
        columns = ", ".join(f"a.{name.strip()}" for name in _ARTICLE_COLUMNS.split(","))
        # CROSS JOIN keeps the short table outside: one primary-key look-up per new article.
        rows = self._db.execute(
            f"SELECT {columns} FROM story_unclustered u CROSS JOIN articles a "
            "ON a.id = u.article_id ORDER BY a.published IS NULL, a.published, a.id"
        ).fetchall()
        for row in rows:
            yield _article_from_row(row)

    def write_stories(
        self, state: Mapping[str, Sequence[Sequence[Any]]], stories: Sequence[Story]
    ) -> None:
        """Replace the clusterer's blob state (before migration 9) and every story, at once.

        Runs write rows instead (:meth:`write_story_state`); a blob state written here is
        converted by the next stories run.
        """
        with self.transaction() as db:
            db.execute("DELETE FROM story_state")
            db.executemany(
                "INSERT INTO story_state (part, rows) VALUES (?, ?)",
                [
                    (part, zlib.compress(json.dumps(list(rows)).encode("utf-8"), 6))
                    for part, rows in sorted(state.items())
                ],
            )
            db.execute("DELETE FROM story_articles")
            db.execute("DELETE FROM stories")
            for story in stories:
                _insert_story(db, story)

    def stories(self, *, limit: int | None = None) -> list[Story]:
        """Stories, largest first, then by first publication."""
        rows = self._db.execute(
            "SELECT id, title, first_published, last_published, outlets FROM stories "
            "ORDER BY articles DESC, first_published IS NULL, first_published, id LIMIT ?",
            (-1 if limit is None else limit,),
        ).fetchall()
        return [self._story_from_row(row) for row in rows]

    def story(self, story_id: str) -> Story | None:
        """The story with this id, or with an id starting with it when that is unique."""
        rows = self._by_id_or_prefix(
            "SELECT id, title, first_published, last_published, outlets FROM stories", story_id
        )
        return self._story_from_row(rows[0]) if len(rows) == 1 else None

    def _by_id_or_prefix(self, select: str, key: str) -> list[sqlite3.Row]:
        """The row whose id is ``key``, else the (at most two) rows whose id starts with it.

        Both look-ups search the id index: a ``LIKE`` prefix match is case-insensitive and
        would scan the whole table on every call.
        """
        rows = self._db.execute(f"{select} WHERE id = ?", (key,)).fetchall()
        if rows or not key:
            return rows
        for prefix in dict.fromkeys((key, key.lower())):
            rows = self._db.execute(
                f"{select} WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
                (prefix, prefix + _AFTER_ALL),
            ).fetchall()
            if rows:
                return rows
        return []

    def article_heads(
        self, ids: Sequence[str] | None = None
    ) -> dict[str, tuple[str | None, str | None, str | None]]:
        """Title, publication date and outlet of every article (or of these), by id (no texts)."""
        sql = "SELECT id, title, published, outlet FROM articles"
        if ids is None:
            rows: Iterable[sqlite3.Row] = self._db.execute(sql)
        else:
            rows = self._story_state_in(sql + " WHERE id IN ({marks})", ids)
        return {row["id"]: (row["title"], row["published"], row["outlet"]) for row in rows}

    def add_story_correction(self, action: str, article_id: str, anchor_id: str | None) -> None:
        """Record a hand correction (see the ``story_corrections`` table)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO story_corrections (action, article_id, anchor_id, made_at) "
                "VALUES (?, ?, ?, ?)",
                (action, article_id, anchor_id, _now()),
            )

    def story_corrections(self) -> list[tuple[str, str, str | None]]:
        """Hand corrections in the order they were made: ``(action, article, anchor)``."""
        rows = self._db.execute(
            "SELECT action, article_id, anchor_id FROM story_corrections ORDER BY seq"
        )
        return [(row["action"], row["article_id"], row["anchor_id"]) for row in rows]

    def story_of(self, article_id: str) -> str | None:
        """The id of the story an article is in."""
        row = self._db.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return None if row is None else str(row["story_id"])

    def _story_from_row(self, row: sqlite3.Row) -> Story:
        members = self._db.execute(
            "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position",
            (row["id"],),
        )
        return Story(
            id=row["id"],
            title=row["title"],
            first_published=row["first_published"],
            last_published=row["last_published"],
            article_ids=tuple(member["article_id"] for member in members),
            outlets=tuple(json.loads(row["outlets"])),
        )

    # -- actors ----------------------------------------------------------------------------

    def articles_without_actors(self) -> Iterator[tuple[str, str]]:
        """``(id, text)`` of articles whose actors have not been found yet, by id."""
        ids = self._db.execute(
            "SELECT a.id FROM articles a LEFT JOIN article_actors x "
            "ON x.article_id = a.id WHERE x.article_id IS NULL ORDER BY a.id"
        ).fetchall()  # read first: the caller writes actors while it iterates
        for (article_id,) in ids:
            row = self._db.execute("SELECT text FROM articles WHERE id = ?", (article_id,))
            found = row.fetchone()
            if found is not None:
                yield article_id, found["text"]

    def articles_without_events(self) -> Iterator[Article]:
        """Articles whose events have not been coded yet, by id."""
        ids = self._db.execute(
            "SELECT a.id FROM articles a LEFT JOIN article_events e "
            "ON e.article_id = a.id WHERE e.article_id IS NULL ORDER BY a.id"
        ).fetchall()  # read first: the caller writes events while it iterates
        for (article_id,) in ids:
            article = self.article(article_id)
            if article is not None:
                yield article

    def write_article_events(self, items: Sequence[tuple[str, str]]) -> None:
        """Store ``(article id, events as JSON)`` pairs in one transaction."""
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO article_events (article_id, events) VALUES (?, ?)", items
            )

    def events(self, article_ids: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
        """Coded events, article by article (in timeline order), each with its article id."""
        columns = (
            "e.article_id, e.events FROM article_events e JOIN articles a ON a.id = e.article_id"
        )
        order = "ORDER BY a.published IS NULL, a.published, a.id"
        if article_ids is None:
            rows = self._db.execute(f"SELECT {columns} {order}").fetchall()
        else:
            marks = ", ".join("?" for _ in article_ids)
            rows = self._db.execute(
                f"SELECT {columns} WHERE e.article_id IN ({marks}) {order}", tuple(article_ids)
            ).fetchall()
        for row in rows:
            for event in json.loads(row["events"]):
                yield {"article_id": row["article_id"], **event}

    # -- which extractor analysed each article; the LLM answer cache ------------------------

    def articles_analysed_otherwise(self, extractor: str) -> Iterator[Article]:
        """Articles whose actors and events another extractor made, or none yet, by id.

        An article with no ``article_analysis`` row counts as analysed by ``offline`` when it
        has actors and events (the extraction workers wrote them) and as not analysed else.
        """
        ids = self._db.execute(
            "SELECT a.id FROM articles a LEFT JOIN article_analysis x ON x.article_id = a.id "
            "WHERE x.extractor IS NOT NULL AND x.extractor != ? "
            "OR x.extractor IS NULL AND (? != ? "
            "OR NOT EXISTS (SELECT 1 FROM article_actors WHERE article_id = a.id) "
            "OR NOT EXISTS (SELECT 1 FROM article_events WHERE article_id = a.id)) "
            "ORDER BY a.id",
            (extractor, extractor, OFFLINE_EXTRACTOR),
        ).fetchall()  # read first: the caller writes analyses while it iterates
        for (article_id,) in ids:
            article = self.article(article_id)
            if article is not None:
                yield article

    def offline_analysed_ids(self, after: str = "") -> list[str]:
        """Ids of the articles whose actors and events the offline extractor made (no record,
        or a record naming it), after ``after``, sorted."""
        rows = self._db.execute(
            "SELECT a.id FROM articles a LEFT JOIN article_analysis x ON x.article_id = a.id "
            "WHERE a.id > ? AND (x.extractor IS NULL AND EXISTS "
            "(SELECT 1 FROM article_actors WHERE article_id = a.id) OR x.extractor = ?) "
            "ORDER BY a.id",
            (after, OFFLINE_EXTRACTOR),
        )
        return [str(row[0]) for row in rows.fetchall()]

    def write_analysis(
        self, rows: Sequence[AnalysisRow], answers: Sequence[CachedAnswer] = ()
    ) -> None:
        """Store articles' actors, events and extractor, and new cached answers, in one
        transaction."""
        now = _now()
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO llm_cache (key, model, prompt_version, schema_version, "
                "answer, stored_at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (a.key, a.model, a.prompt_version, a.schema_version, a.answer, now)
                    for a in answers
                ],
            )
            for row in rows:
                db.execute(
                    "INSERT OR REPLACE INTO article_actors (article_id, local) VALUES (?, ?)",
                    (row.article_id, row.local_actors),
                )
                db.execute(
                    "INSERT OR REPLACE INTO article_events (article_id, events) VALUES (?, ?)",
                    (row.article_id, row.events),
                )
                if row.extractor == row.requested == OFFLINE_EXTRACTOR and row.reason is None:
                    db.execute(
                        "DELETE FROM article_analysis WHERE article_id = ?", (row.article_id,)
                    )
                    continue
                db.execute(
                    "INSERT OR REPLACE INTO article_analysis (article_id, extractor, requested, "
                    "reason, detail, analysed_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (row.article_id, row.extractor, row.requested, row.reason, row.detail, now),
                )

    def cached_answer(self, key: str) -> str | None:
        """The cached answer (JSON) of a request, or None."""
        row = self._db.execute("SELECT answer FROM llm_cache WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row["answer"])

    def analysis_of(self, article_id: str) -> dict[str, Any] | None:
        """Which extractor made an article's actors and events, and why (None: not analysed).

        Returns:
            ``extractor``, ``requested``, ``reason`` (why the LLM's answer was not used, or None)
            and ``detail``.
        """
        row = self._db.execute(
            "SELECT extractor, requested, reason, detail FROM article_analysis "
            "WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        if row is not None:
            return dict(row)
        analysed = self._db.execute(
            "SELECT 1 FROM article_actors WHERE article_id = ?", (article_id,)
        ).fetchone()
        if analysed is None:
            return None
        return {
            "extractor": OFFLINE_EXTRACTOR,
            "requested": OFFLINE_EXTRACTOR,
            "reason": None,
            "detail": "",
        }

    # -- text reuse ------------------------------------------------------------------------

    def reuse_state(self) -> bytes | None:
        """The reuse index of a store written before migration 8 (an ``.npz`` archive), or None."""
        row = self._db.execute("SELECT data FROM reuse_state WHERE id = 1").fetchone()
        return None if row is None else bytes(row["data"])

    def articles_not_in_reuse(self) -> list[Article]:
        """Articles the reuse index does not hold yet, in timeline order."""
        columns = ", ".join(f"a.{name.strip()}" for name in _ARTICLE_COLUMNS.split(","))
        rows = self._db.execute(
            f"SELECT {columns} FROM articles a LEFT JOIN reuse_docs r ON r.article_id = a.id "
            "WHERE r.article_id IS NULL ORDER BY a.published IS NULL, a.published, a.id"
        ).fetchall()
        return [_article_from_row(row) for row in rows]

    def reuse_size(self) -> int:
        """How many documents the reuse index holds (they are numbered from 0)."""
        row = self._db.execute("SELECT MAX(number) FROM reuse_docs").fetchone()
        return 0 if row[0] is None else int(row[0]) + 1

    def reuse_postings(
        self, keys: Sequence[int], *, band_cap: int, fingerprint_cap: int
    ) -> list[tuple[int, int]]:
        """Stored ``(key, document number)`` pairs of these keys (signed 64-bit integers).

        At most ``band_cap`` per even key (an LSH band) and ``fingerprint_cap`` per odd key (a
        fingerprint), the lowest document numbers first; in no particular order.
        """
        rows = self._db.execute(
            "SELECT key, doc FROM (SELECT p.key AS key, p.doc AS doc, "
            "row_number() OVER (PARTITION BY p.key ORDER BY p.doc) AS rank "
            "FROM reuse_keys p WHERE p.key IN (SELECT value FROM json_each(?))) "
            "WHERE rank <= CASE WHEN key & 1 THEN ? ELSE ? END",
            (json.dumps(list(keys)), fingerprint_cap, band_cap),
        )
        return [(int(key), int(doc)) for key, doc in rows]

    def reuse_doc_ids(self, numbers: Sequence[int]) -> dict[int, str]:
        """The article ids of reuse index document numbers."""
        rows = self._db.execute(
            "SELECT number, article_id FROM reuse_docs "
            "WHERE number IN (SELECT value FROM json_each(?))",
            (json.dumps(list(numbers)),),
        )
        return {int(number): str(article_id) for number, article_id in rows}

    def reuse_neighbours(self, number: int) -> list[int]:
        """A reuse index document's near-copy list, in the order it grew."""
        rows = self._db.execute(
            "SELECT neighbour FROM reuse_neighbours WHERE doc = ? ORDER BY position", (number,)
        )
        return [int(row[0]) for row in rows]

    def reuse_counter_pages(self) -> list[tuple[int, bytes]]:
        """The stored pages of the reuse index's shingle counter, ``(page, data)``."""
        rows = self._db.execute("SELECT page, data FROM reuse_counts ORDER BY page")
        return [(int(page), bytes(data)) for page, data in rows]

    def write_reuse(self, rows: ReuseRows, links: Sequence[Mapping[str, Any]]) -> None:
        """Append new reuse index rows and save new links, in one transaction.

        Args:
            rows: the documents added (numbered from ``rows.first``), their keys, the near-copy
                list entries and the changed counter pages. With ``rows.upgrade``, the index
                of a store written before migration 8 is being moved into rows: its blob is
                dropped, and documents it did not number are forgotten (added again next run).
            links: reuse links as :meth:`storytrace.reuse.ReuseLink.to_dict` gives them.
        """
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO reuse_docs (article_id, number) VALUES (?, ?) "
                "ON CONFLICT (article_id) DO UPDATE SET number = excluded.number",
                [(article_id, rows.first + n) for n, article_id in enumerate(rows.ids)],
            )
            db.executemany("INSERT OR IGNORE INTO reuse_keys (key, doc) VALUES (?, ?)", rows.keys)
            db.executemany(
                "INSERT OR REPLACE INTO reuse_neighbours (doc, position, neighbour) "
                "VALUES (?, ?, ?)",
                rows.neighbours,
            )
            db.executemany(
                "INSERT OR REPLACE INTO reuse_counts (page, data) VALUES (?, ?)", rows.pages
            )
            if rows.upgrade:
                db.execute("DELETE FROM reuse_state")
                db.execute("DELETE FROM reuse_docs WHERE number IS NULL")
            db.executemany(
                "INSERT OR REPLACE INTO reuse_links (a_id, b_id, direction, a_share, b_share, "
                "similarity, repost, passages) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        link["a_id"],
                        link["b_id"],
                        link["direction"],
                        link["a_share"],
                        link["b_share"],
                        link["similarity"],
                        link["repost"],
                        json.dumps(link["passages"]),
                    )
                    for link in links
                ],
            )

    def reuse_links(self, article_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Reuse links (all, or those touching the given articles), most similar first."""
        query = (
            "SELECT a_id, b_id, direction, a_share, b_share, similarity, repost, passages "
            "FROM reuse_links"
        )
        params: tuple[str, ...] = ()
        if article_ids is not None:
            marks = ", ".join("?" for _ in article_ids)
            query += f" WHERE a_id IN ({marks}) OR b_id IN ({marks})"
            params = (*article_ids, *article_ids)
        rows = self._db.execute(query + " ORDER BY similarity DESC, a_id, b_id", params)
        return [{**dict(row), "passages": json.loads(row["passages"])} for row in rows]

    def reuse_partners(self, article_id: str, *, min_share: float = 0.0) -> frozenset[str]:
        """Articles that share passages with this one.

        Args:
            min_share: only links where at least this share of one of the two articles' words
                is shared.
        """
        rows = self._db.execute(
            "SELECT b_id AS other FROM reuse_links WHERE a_id = ? AND MAX(a_share, b_share) >= ? "
            "UNION SELECT a_id FROM reuse_links WHERE b_id = ? AND MAX(a_share, b_share) >= ?",
            (article_id, min_share, article_id, min_share),
        )
        return frozenset(row["other"] for row in rows)

    def write_local_actors(self, items: Sequence[tuple[str, str]]) -> None:
        """Store ``(article id, local actors as JSON)`` pairs in one transaction."""
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO article_actors (article_id, local) VALUES (?, ?)", items
            )

    def local_actor_count(self) -> int:
        """How many existing articles have their local actors stored."""
        row = self._db.execute(
            "SELECT COUNT(*) FROM article_actors x JOIN articles a ON a.id = x.article_id"
        ).fetchone()
        return int(row[0])

    def meta(self, name: str) -> str | None:
        """A bookkeeping value of the link stages."""
        row = self._db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row["value"])

    def set_meta(self, name: str, value: str) -> None:
        """Set a bookkeeping value (e.g. the user's actor dictionary, as YAML)."""
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", (name, value))

    def local_actors(self) -> Iterator[str]:
        """The local actors (JSON) of every article that still exists, by article id."""
        rows = self._db.execute(
            "SELECT x.local FROM article_actors x JOIN articles a ON a.id = x.article_id "
            "ORDER BY x.article_id"
        )
        for row in rows:
            yield row["local"]

    def write_actors(
        self,
        actors: Sequence[Mapping[str, Any]],
        mentions: Sequence[tuple[str, int, int, str, str, str]],
        *,
        merged_from: str,
    ) -> None:
        """Replace the canonical actors and linked mentions, in one transaction.

        Args:
            actors: ``Actor.to_dict()`` records plus ``mentions`` (their number).
            mentions: ``(article_id, start, end, text, label, actor_id)``.
            merged_from: what the table was merged from (article count and dictionary hash).
        """
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO meta (name, value) VALUES ('actors_merged_from', ?)",
                (merged_from,),
            )
            db.execute("DELETE FROM actors")
            db.execute("DELETE FROM mentions")
            db.executemany(
                "INSERT INTO actors (id, name, type, role, part_of, aliases, articles, mentions) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        actor["id"],
                        actor["name"],
                        actor["type"],
                        actor["role"],
                        actor["part_of"],
                        json.dumps(actor["aliases"], ensure_ascii=False),
                        actor["articles"],
                        actor["mentions"],
                    )
                    for actor in actors
                ],
            )
            db.executemany(
                "INSERT OR IGNORE INTO mentions (article_id, start, end, text, label, actor_id) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                mentions,
            )

    def actors(self, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Canonical actors, most mentioned first, as JSON-ready records."""
        rows = self._db.execute(
            "SELECT id, name, type, role, part_of, aliases, articles, mentions FROM actors "
            "ORDER BY mentions DESC, name LIMIT ?",
            (-1 if limit is None else limit,),
        ).fetchall()
        return [
            {
                "id": row["id"],
                "name": row["name"],
                "type": row["type"],
                "role": row["role"],
                "part_of": row["part_of"],
                "aliases": json.loads(row["aliases"]),
                "articles": row["articles"],
                "mentions": row["mentions"],
            }
            for row in rows
        ]

    def actors_by_id(self, actor_ids: Sequence[str]) -> list[dict[str, Any]]:
        """The canonical actors with these ids, as :meth:`actors` gives them, in id order."""
        found: list[dict[str, Any]] = []
        for start in range(0, len(actor_ids), 500):
            chunk = list(actor_ids[start : start + 500])
            rows = self._db.execute(
                "SELECT id, name, type, role, part_of, aliases, articles, mentions FROM actors "
                f"WHERE id IN ({', '.join('?' * len(chunk))}) ORDER BY id",
                chunk,
            ).fetchall()
            found.extend({**dict(row), "aliases": json.loads(row["aliases"])} for row in rows)
        return found

    def actor_ids_of(self, article_id: str) -> frozenset[str]:
        """The canonical actors an article mentions."""
        rows = self._db.execute(
            "SELECT DISTINCT actor_id FROM mentions WHERE article_id = ?", (article_id,)
        )
        return frozenset(row["actor_id"] for row in rows)

    def mentions_of(self, article_id: str) -> list[dict[str, Any]]:
        """The actor mentions of one article, in text order."""
        rows = self._db.execute(
            "SELECT start, end, text, label, actor_id FROM mentions WHERE article_id = ? "
            "ORDER BY start",
            (article_id,),
        )
        return [dict(row) for row in rows]

    def articles_at(self, urls: Iterable[str]) -> dict[str, str]:
        """Stored articles whose URL or canonical URL is one of these, exactly (use an index).

        Returns:
            url to article id, for the URLs found.
        """
        wanted = sorted(set(urls))
        found: dict[str, str] = {}
        for start in range(0, len(wanted), 400):
            chunk = wanted[start : start + 400]
            marks = ", ".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT id, url AS at FROM articles WHERE url IN ({marks}) UNION ALL "
                f"SELECT id, canonical_url AS at FROM articles WHERE canonical_url IN ({marks}) "
                "ORDER BY id",
                (*chunk, *chunk),
            )
            for row in rows:
                found.setdefault(row["at"], row["id"])
        return found

    def story_signatures(self, story_ids: Sequence[str] | None = None) -> dict[str, str]:
        """For each story (or these), a hash of its articles and their coded events (what
        sources read)."""
        where, args = _story_filter("story_id", story_ids)
        rows = self._db.execute(
            "SELECT s.story_id, group_concat(s.article_id || ':' || "
            "coalesce(length(e.events), -1), ',') AS parts FROM "
            f"(SELECT story_id, article_id FROM story_articles {where} "
            "ORDER BY story_id, article_id) s "
            "LEFT JOIN article_events e ON e.article_id = s.article_id GROUP BY s.story_id",
            args,
        )
        return {row["story_id"]: content_hash(row["parts"].encode("utf-8")) for row in rows}

    def source_signatures(self, story_ids: Sequence[str] | None = None) -> dict[str, str]:
        """The signature each story's (or these stories') stored sources were computed for."""
        where, args = _story_filter("story_id", story_ids)
        rows = self._db.execute(f"SELECT story_id, signature FROM story_sources {where}", args)
        return {row["story_id"]: row["signature"] for row in rows}

    def write_story_sources(
        self, rows: Sequence[tuple[str, str, int | None, int, str, str]], *, keep: Iterable[str]
    ) -> None:
        """Store stories' sources and drop those of stories that no longer exist.

        Args:
            rows: ``(story_id, signature, main_count, root_count, summary, data_json)``.
            keep: the ids of every current story.
        """
        kept = set(keep)
        with self.transaction() as db:
            stale = [
                (row["story_id"],)
                for row in db.execute("SELECT story_id FROM story_sources")
                if row["story_id"] not in kept
            ]
            db.executemany("DELETE FROM story_sources WHERE story_id = ?", stale)
            db.executemany(
                "INSERT OR REPLACE INTO story_sources (story_id, signature, main_count, "
                "root_count, summary, data) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (story, signature, main, roots, summary, zlib.compress(data.encode(), 6))
                    for story, signature, main, roots, summary, data in rows
                ],
            )

    def story_sources(self, story_id: str) -> dict[str, Any] | None:
        """The stored sources of one story (``StorySources.to_dict``), or ``None``."""
        row = self._db.execute(
            "SELECT data FROM story_sources WHERE story_id = ?", (story_id,)
        ).fetchone()
        if row is None:
            return None
        data: dict[str, Any] = json.loads(zlib.decompress(row["data"]).decode("utf-8"))
        return data

    def independent_counts(self) -> dict[str, tuple[int | None, str]]:
        """Per story: the independent sources of its main claim, and the summary of them."""
        rows = self._db.execute("SELECT story_id, main_count, summary FROM story_sources")
        return {row["story_id"]: (row["main_count"], row["summary"]) for row in rows}

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every stored record without timestamps: equal for equal stores (tests, resume)."""
        tables = {
            "articles": f"SELECT {_ARTICLE_COLUMNS}, site, profile FROM articles ORDER BY id",
            "failures": "SELECT id, reason, detail, skipped, source_kind, source_location, "
            "source_record, site, profile FROM failures ORDER BY id",
            "pending": "SELECT id, site FROM pending ORDER BY id",
            "site_lines": "SELECT site, key, pages FROM site_lines ORDER BY site, key",
            "site_pages": "SELECT id, site FROM site_pages ORDER BY id",
            "stories": "SELECT id, title, first_published, last_published, articles, outlets "
            "FROM stories ORDER BY id",
            "story_articles": "SELECT article_id, story_id, position FROM story_articles "
            "ORDER BY article_id",
            "article_events": "SELECT article_id, events FROM article_events ORDER BY article_id",
            "article_analysis": "SELECT article_id, extractor, requested, reason, detail "
            "FROM article_analysis ORDER BY article_id",
            "llm_cache": "SELECT key, model, prompt_version, schema_version, answer "
            "FROM llm_cache ORDER BY key",
            "reuse_docs": "SELECT article_id FROM reuse_docs ORDER BY article_id",
            "reuse_links": "SELECT a_id, b_id, direction, a_share, b_share, similarity, repost, "
            "passages FROM reuse_links ORDER BY a_id, b_id",
            "story_corrections": "SELECT seq, action, article_id, anchor_id "
            "FROM story_corrections ORDER BY seq",
            "meta": "SELECT name, value FROM meta ORDER BY name",
            "story_sources": "SELECT story_id, signature, main_count, root_count, summary, data "
            "FROM story_sources ORDER BY story_id",
            "actors": "SELECT id, name, type, role, part_of, aliases, articles, mentions "
            "FROM actors ORDER BY id",
            "mentions": "SELECT article_id, start, end, text, label, actor_id FROM mentions "
            "ORDER BY article_id, start, end",
        }
        return {
            name: [tuple(row) for row in self._db.execute(query)] for name, query in tables.items()
        }


def _article_values(article: Article) -> tuple[Any, ...]:
    published = article.published
    return (
        article.id,
        article.source.kind,
        article.source.location,
        article.source.record,
        article.kind,
        article.url,
        article.canonical_url,
        article.outlet,
        article.title,
        published.value if published else None,
        published.method if published else None,
        published.confidence if published else None,
        article.author,
        article.language,
        article.text,
        json.dumps(list(article.removed), ensure_ascii=False),
        article.extractor,
        json.dumps([link.to_dict() for link in article.links], ensure_ascii=False),
    )


def _story_filter(column: str, ids: Sequence[str] | None) -> tuple[str, tuple[str, ...]]:
    """A WHERE clause keeping these ids (none: every row)."""
    if ids is None:
        return "", ()
    return f"WHERE {column} IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),)


def _insert_story(db: sqlite3.Connection, story: Story) -> None:
    """Write a story's summary row and its article rows (the old ones already deleted)."""
    db.execute(
        "INSERT INTO stories (id, title, first_published, last_published, articles, outlets) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            story.id,
            story.title,
            story.first_published,
            story.last_published,
            len(story.article_ids),
            json.dumps(list(story.outlets), ensure_ascii=False),
        ),
    )
    db.executemany(
        "INSERT OR REPLACE INTO story_articles (article_id, story_id, position) VALUES (?, ?, ?)",
        [(article, story.id, n) for n, article in enumerate(story.article_ids)],
    )


#: Sorts after every character: ``prefix <= id < prefix + _AFTER_ALL`` is "id starts with prefix".
_AFTER_ALL = chr(0x10FFFF)


def _statements(script: str) -> Iterator[str]:
    """Split a migration into statements; triggers hold semicolons, so ask SQLite where they end."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            buffer = ""
            if statement:
                yield statement
    if buffer.strip():
        yield buffer.strip()
