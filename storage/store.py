"""The store: batched upserts of postings and streamed queries, on SQLAlchemy Core.

The ORM stays out of the hot path (per-row ORM work is ~5x slower than Core executemany
on SQLite); one write transaction per batch.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, insert, or_, select, update
from sqlalchemy.engine import Engine, RowMapping
from sqlalchemy.exc import SQLAlchemyError

from scraper.errors import StorageError
from scraper.models import RECORD_FIELDS, Posting
from storage.engine import WRITE, create_db_engine
from storage.ledger import Ledger
from storage.migrations import migrate
from storage.models import Job, Listing, table

JOB = table(Job)
LISTING = table(Listing)

# Bound parameters per IN (...) chunk: well under SQLite's limit on every version.
_CHUNK = 500
_POSTING_FIELDS = tuple(f.name for f in fields(Posting))
_JOB_FIELDS = tuple(name for name in _POSTING_FIELDS if name in JOB.c)


@dataclass(frozen=True, slots=True)
class UpsertResult:
    """What one batch did: listings new to the database, changed, and unchanged."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True, slots=True)
class Filters:
    """Search/export filters shared by every read command."""

    text: str | None = None
    company: str | None = None
    sources: tuple[str, ...] = ()


def content_hash(posting: Posting) -> str:
    """A short digest of everything a posting says, to skip rewriting unchanged rows."""
    values = repr(tuple(getattr(posting, name) for name in _POSTING_FIELDS))
    return hashlib.blake2b(values.encode("utf-8"), digest_size=12).hexdigest()


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _like(value: str) -> str:
    """A LIKE pattern matching `value` anywhere, with LIKE's wildcards escaped."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def iso(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with a Z suffix."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


class Store:
    """A database of jobs: open (creating and migrating it), write batches, read streams."""

    def __init__(self, target: str):
        self.target = target
        self.engine: Engine = create_db_engine(target)
        migrate(self.engine)
        self.ledger = Ledger(self.engine)

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    # -- writes ---------------------------------------------------------------
    def upsert(self, postings: Iterable[Posting], seen_at: datetime) -> UpsertResult:
        """Insert new listings, refresh changed ones, touch `last_seen` on all: one transaction."""
        batch: dict[tuple[str, str], Posting] = {}
        for posting in postings:  # a source may list one id twice: the last copy wins
            batch[(posting.source, posting.source_id)] = posting
        if not batch:
            return UpsertResult()
        try:
            with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
                existing = self._existing(conn, list(batch))
                new: list[tuple[Posting, str]] = []
                changed: list[dict[str, Any]] = []
                touched_jobs: list[int] = []
                touched_listings: list[int] = []
                for key, posting in batch.items():
                    digest = content_hash(posting)
                    found = existing.get(key)
                    if found is None:
                        new.append((posting, digest))
                        continue
                    listing_id, job_id, old_digest = found
                    if old_digest != digest:
                        changed.append(
                            {
                                "b_job": job_id,
                                "b_listing": listing_id,
                                "b_hash": digest,
                                **self._job_values(posting),
                            }
                        )
                    else:
                        touched_jobs.append(job_id)
                        touched_listings.append(listing_id)
                if new:
                    self._insert_new(conn, new, seen_at)
                if changed:
                    self._update_changed(conn, changed, seen_at)
                for ids in _chunks(touched_jobs):
                    conn.execute(
                        update(JOB)
                        .where(JOB.c.id.in_(ids))
                        .values(last_seen=seen_at, closed_at=None)
                    )
                for ids in _chunks(touched_listings):
                    conn.execute(
                        update(LISTING).where(LISTING.c.id.in_(ids)).values(last_seen=seen_at)
                    )
        except SQLAlchemyError as exc:
            detail = getattr(exc, "orig", None) or exc
            raise StorageError(f"cannot write to the database: {detail}") from None
        return UpsertResult(new=len(new), updated=len(changed), unchanged=len(touched_jobs))

    def touch(self, source: str, source_ids: Sequence[str], seen_at: datetime) -> int:
        """Mark listings (and their jobs) as still seen without rewriting them; returns count."""
        touched = 0
        try:
            with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
                for chunk in _chunks(list(dict.fromkeys(source_ids))):
                    cond = and_(LISTING.c.source == source, LISTING.c.source_id.in_(chunk))
                    job_ids = select(LISTING.c.job_id).where(cond).scalar_subquery()
                    touched += conn.execute(
                        update(LISTING).where(cond).values(last_seen=seen_at)
                    ).rowcount
                    conn.execute(update(JOB).where(JOB.c.id.in_(job_ids)).values(last_seen=seen_at))
        except SQLAlchemyError as exc:
            detail = getattr(exc, "orig", None) or exc
            raise StorageError(f"cannot write to the database: {detail}") from None
        return touched

    @staticmethod
    def _job_values(posting: Posting) -> dict[str, Any]:
        return {name: getattr(posting, name) for name in _JOB_FIELDS}

    @staticmethod
    def _existing(
        conn: Any, keys: list[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[int, int, str]]:
        by_source: dict[str, list[str]] = {}
        for source, source_id in keys:
            by_source.setdefault(source, []).append(source_id)
        found: dict[tuple[str, str], tuple[int, int, str]] = {}
        cols = (LISTING.c.source_id, LISTING.c.id, LISTING.c.job_id, LISTING.c.content_hash)
        for source, ids in by_source.items():
            for chunk in _chunks(ids):
                stmt = select(*cols).where(
                    LISTING.c.source == source, LISTING.c.source_id.in_(chunk)
                )
                for source_id, listing_id, job_id, digest in conn.execute(stmt):
                    found[(source, source_id)] = (listing_id, job_id, digest)
        return found

    def _insert_new(self, conn: Any, new: list[tuple[Posting, str]], seen_at: datetime) -> None:
        rows = [
            {**self._job_values(p), "content_hash": h, "first_seen": seen_at, "last_seen": seen_at}
            for p, h in new
        ]
        stmt = insert(JOB).returning(JOB.c.id, sort_by_parameter_order=True)
        job_ids = conn.execute(stmt, rows).scalars().all()
        conn.execute(
            insert(LISTING),
            [
                {
                    "job_id": job_id,
                    "source": p.source,
                    "source_id": p.source_id,
                    "url": p.url,
                    "first_seen": seen_at,
                    "last_seen": seen_at,
                    "content_hash": h,
                }
                for job_id, (p, h) in zip(job_ids, new, strict=True)
            ],
        )

    @staticmethod
    def _update_changed(conn: Any, changed: list[dict[str, Any]], seen_at: datetime) -> None:
        values: dict[str, Any] = {name: bindparam(name) for name in _JOB_FIELDS}
        conn.execute(
            update(JOB)
            .where(JOB.c.id == bindparam("b_job"))
            .values(**values, content_hash=bindparam("b_hash"), last_seen=seen_at, closed_at=None),
            changed,
        )
        conn.execute(
            update(LISTING)
            .where(LISTING.c.id == bindparam("b_listing"))
            .values(url=bindparam("url"), content_hash=bindparam("b_hash"), last_seen=seen_at),
            changed,
        )

    # -- reads ----------------------------------------------------------------
    def _conditions(self, filters: Filters) -> list[ColumnElement[bool]]:
        conds: list[ColumnElement[bool]] = []
        if filters.text:
            for word in filters.text.split():
                pattern = _like(word)
                conds.append(
                    or_(
                        JOB.c.title.ilike(pattern, escape="\\"),
                        JOB.c.company.ilike(pattern, escape="\\"),
                        JOB.c.description.ilike(pattern, escape="\\"),
                    )
                )
        if filters.company:
            conds.append(JOB.c.company.ilike(_like(filters.company), escape="\\"))
        if filters.sources:
            conds.append(JOB.c.source.in_(filters.sources))
        return conds

    def search(
        self, filters: Filters, limit: int | None = None, offset: int = 0
    ) -> Iterator[dict[str, Any]]:
        """Matching jobs as records, newest first, streamed from the database."""
        stmt = (
            select(JOB)
            .where(and_(True, *self._conditions(filters)))
            .order_by(JOB.c.posted_at.desc().nulls_last(), JOB.c.id.desc())
            .offset(offset)
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        try:
            with self.engine.connect() as conn:
                result = conn.execution_options(yield_per=1000).execute(stmt)
                for row in result.mappings():
                    yield to_record(row)
        except SQLAlchemyError as exc:
            detail = getattr(exc, "orig", None) or exc
            raise StorageError(f"cannot read the database: {detail}") from None

    def count_jobs(self) -> int:
        """How many jobs are stored."""
        from sqlalchemy import func

        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(JOB)).scalar_one())


def to_record(row: RowMapping) -> dict[str, Any]:
    """A database row as the public job record (RECORD_FIELDS, in order)."""
    record: dict[str, Any] = {}
    for name in RECORD_FIELDS:
        value = row[name]
        record[name] = iso(value) if isinstance(value, datetime) else value
    return record
