"""The store: batched upserts of postings and streamed queries, on SQLAlchemy Core.

The ORM stays out of the hot path (per-row ORM work is ~5x slower than Core executemany
on SQLite); one write transaction per batch.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, insert, or_, select, update
from sqlalchemy.engine import Engine, RowMapping
from sqlalchemy.exc import SQLAlchemyError

from scraper.dedupe import JobKey, Matcher, canonical_url, exact_key, job_key
from scraper.errors import StorageError
from scraper.models import RECORD_FIELDS, Posting
from storage.dialect import lock_values
from storage.engine import WRITE, create_db_engine
from storage.ledger import Ledger
from storage.migrations import migrate
from storage.models import Job, Listing, table

JOB = table(Job)
LISTING = table(Listing)

# Bound parameters per IN (...) chunk: well under SQLite's limit on every version.
_CHUNK = 500
_POSTING_FIELDS = tuple(f.name for f in fields(Posting))
# The dedupe keys (company_key among them) are computed here, not taken from the posting.
_KEY_FIELDS = ("company_key", "title_key", "dedupe_key")
_JOB_FIELDS = tuple(n for n in _POSTING_FIELDS if n in JOB.c and n not in _KEY_FIELDS)
# Fields a job takes from a later copy when its own listing did not say them.
_FILLABLE = tuple(
    name
    for name in _JOB_FIELDS
    if name not in ("title", "company", "url", "source", "source_id", "company_key")
)
# A job that disappears and comes back under a new id within this window is one job.
REPOST_WINDOW = timedelta(days=30)


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
    roles: tuple[str, ...] = ()
    level: str | None = None
    since: datetime | None = None  # first seen at or after
    include_closed: bool = False


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
                                "b_source": posting.source,
                                "b_source_id": posting.source_id,
                                "b_canonical": canonical_url(posting.url),
                                **self._key_values(posting),
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
                        update(LISTING)
                        .where(LISTING.c.id.in_(ids))
                        .values(last_seen=seen_at, closed_at=None)
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
                        update(LISTING).where(cond).values(last_seen=seen_at, closed_at=None)
                    ).rowcount
                    conn.execute(
                        update(JOB)
                        .where(JOB.c.id.in_(job_ids))
                        .values(last_seen=seen_at, closed_at=None)
                    )
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
        """New listings: join the job they are a copy of, or start a new job."""
        canon = [canonical_url(p.url) for p, _ in new]
        # Workers writing different sources at once could each start a new job for one
        # opening: serialise matching per company (a no-op on SQLite, one writer at a time).
        lock_values(conn, "company", (self._key(p).company or "" for p, _ in new))
        targets = self._find_jobs(conn, new, canon, seen_at)
        fresh = [i for i, target in enumerate(targets) if target is None]
        if fresh:
            rows = []
            for i in fresh:
                posting = new[i][0]
                rows.append(
                    {
                        **self._job_values(posting),
                        **self._key_values(posting),
                        "content_hash": new[i][1],
                        "first_seen": seen_at,
                        "last_seen": seen_at,
                        "sources": posting.source,
                    }
                )
            stmt = insert(JOB).returning(JOB.c.id, sort_by_parameter_order=True)
            for i, job_id in zip(fresh, conn.execute(stmt, rows).scalars().all(), strict=True):
                targets[i] = job_id
        fresh_set = set(fresh)
        joined: dict[int, Posting] = {}
        for i, target in enumerate(targets):
            if i not in fresh_set and target is not None:
                joined[target] = new[i][0]
        if joined:
            self._join(conn, joined, seen_at)
        conn.execute(
            insert(LISTING),
            [
                {
                    "job_id": job_id,
                    "source": p.source,
                    "source_id": p.source_id,
                    "url": p.url,
                    "canonical_url": url,
                    "first_seen": seen_at,
                    "last_seen": seen_at,
                    "content_hash": h,
                }
                for job_id, (p, h), url in zip(targets, new, canon, strict=True)
            ],
        )

    def _find_jobs(
        self, conn: Any, new: list[tuple[Posting, str]], canon: list[str], seen_at: datetime
    ) -> list[int | None]:
        """For each new listing, the job it is a copy or repost of, or None for a new job.

        1. Within a source, a new id at a known canonical URL whose old listing was not seen
           in this run (and was seen within the repost window) is that job, reposted.
        2. Otherwise the dedupe matcher looks for the same job among the open (or recently
           closed) jobs of the same company: equal keys, or a close title with no level,
           team or location conflict (`scraper.dedupe`).
        A job never takes a second listing from a source that still lists it in this run:
        two live postings on one board are two openings.
        """
        targets: list[int | None] = [None] * len(new)
        window = seen_at - REPOST_WINDOW
        by_source: dict[str, list[int]] = {}
        for i, (posting, _) in enumerate(new):
            by_source.setdefault(posting.source, []).append(i)
        for source, indexes in by_source.items():
            urls = list({canon[i] for i in indexes})
            known: dict[str, int] = {}
            for chunk in _chunks(urls):
                stmt = select(LISTING.c.canonical_url, LISTING.c.job_id).where(
                    LISTING.c.source == source,
                    LISTING.c.canonical_url.in_(chunk),
                    LISTING.c.last_seen < seen_at,  # not listed in this run: a repost
                    LISTING.c.last_seen >= window,
                )
                known.update({url: job_id for url, job_id in conn.execute(stmt)})
            for i in indexes:
                targets[i] = known.get(canon[i])

        keys = [self._key(posting) for posting, _ in new]
        pending = [i for i, target in enumerate(targets) if target is None]
        companies = list({keys[i].company for i in pending if keys[i].company})
        if not companies:
            return targets
        matcher = Matcher()
        cols = (
            JOB.c.id,
            JOB.c.company,
            JOB.c.title,
            JOB.c.country,
            JOB.c.city,
            JOB.c.location,
            JOB.c.remote,
        )
        for chunk in _chunks(companies):
            stmt = select(*cols).where(
                JOB.c.company_key.in_(chunk),
                or_(JOB.c.closed_at.is_(None), JOB.c.closed_at >= window),
                JOB.c.last_seen >= window,
            )
            for row in conn.execute(stmt).mappings():
                matcher.add(row["id"], self._row_key(row))
        if not len(matcher):
            return targets
        matched = {i: matcher.match(keys[i]) for i in pending}
        live = self._live_sources(conn, [j for j in matched.values() if j is not None], seen_at)
        for i, job_id in matched.items():
            if job_id is not None and new[i][0].source not in live.get(job_id, ()):
                targets[i] = job_id
        return targets

    @classmethod
    def _key_values(cls, posting: Posting) -> dict[str, str]:
        key = cls._key(posting)
        return {"company_key": key.company, "title_key": key.title, "dedupe_key": exact_key(key)}

    @staticmethod
    def _key(posting: Posting) -> JobKey:
        return job_key(
            posting.company,
            posting.title,
            country=posting.country,
            city=posting.city,
            location=posting.location,
            remote=posting.remote,
        )

    @staticmethod
    def _row_key(row: RowMapping) -> JobKey:
        return job_key(
            row["company"],
            row["title"],
            country=row["country"],
            city=row["city"],
            location=row["location"],
            remote=row["remote"],
        )

    @staticmethod
    def _live_sources(conn: Any, job_ids: list[int], seen_at: datetime) -> dict[int, set[str]]:
        """Per job, the sources whose listing of it was already seen in this run."""
        live: dict[int, set[str]] = {}
        for chunk in _chunks(list(set(job_ids))):
            stmt = select(LISTING.c.job_id, LISTING.c.source).where(
                LISTING.c.job_id.in_(chunk), LISTING.c.last_seen >= seen_at
            )
            for job_id, source in conn.execute(stmt):
                live.setdefault(job_id, set()).add(source)
        return live

    @staticmethod
    def _join(conn: Any, joined: dict[int, Posting], seen_at: datetime) -> None:
        """A job gains a listing: note its source, fill fields it lacked, reopen it."""
        ids = list(joined)
        current: dict[int, RowMapping] = {}
        for chunk in _chunks(ids):
            rows = conn.execute(select(JOB).where(JOB.c.id.in_(chunk))).mappings()
            current.update({row["id"]: row for row in rows})
        updates = []
        for job_id, posting in joined.items():
            row = current[job_id]
            sources = sorted({*(row["sources"] or row["source"]).split(","), posting.source})
            values = {
                name: getattr(posting, name)
                for name in _FILLABLE
                if row[name] is None and getattr(posting, name) is not None
            }
            updates.append(
                {"b_job": job_id, **values, "sources": ",".join(sources), "last_seen": seen_at}
            )
        for values in updates:  # columns differ per row, so one statement each
            job_id = values.pop("b_job")
            conn.execute(update(JOB).where(JOB.c.id == job_id).values(**values, closed_at=None))

    @staticmethod
    def _update_changed(conn: Any, changed: list[dict[str, Any]], seen_at: datetime) -> None:
        values: dict[str, Any] = {name: bindparam(name) for name in (*_JOB_FIELDS, *_KEY_FIELDS)}
        # Only a job's primary listing rewrites its fields; every listing keeps it open.
        conn.execute(
            update(JOB)
            .where(
                JOB.c.id == bindparam("b_job"),
                JOB.c.source == bindparam("b_source"),
                JOB.c.source_id == bindparam("b_source_id"),
            )
            .values(**values, content_hash=bindparam("b_hash")),
            changed,
        )
        for ids in _chunks(list({c["b_job"] for c in changed})):
            conn.execute(
                update(JOB).where(JOB.c.id.in_(ids)).values(last_seen=seen_at, closed_at=None)
            )
        conn.execute(
            update(LISTING)
            .where(LISTING.c.id == bindparam("b_listing"))
            .values(
                url=bindparam("url"),
                canonical_url=bindparam("b_canonical"),
                content_hash=bindparam("b_hash"),
                last_seen=seen_at,
                closed_at=None,
            ),
            changed,
        )

    def close_missing(self, source: str, seen_at: datetime) -> int:
        """After a complete, healthy run of `source`: close its listings it no longer lists.

        A job closes when all of its listings are closed; it reopens when one comes back.
        Never call this after a failed, partial or suspect run.
        """
        try:
            with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
                gone = and_(
                    LISTING.c.source == source,
                    LISTING.c.closed_at.is_(None),
                    LISTING.c.last_seen < seen_at,
                )
                job_ids = [r[0] for r in conn.execute(select(LISTING.c.job_id).where(gone))]
                closed = conn.execute(update(LISTING).where(gone).values(closed_at=seen_at))
                for chunk in _chunks(job_ids):
                    still_open = (
                        select(LISTING.c.id)
                        .where(LISTING.c.job_id == JOB.c.id, LISTING.c.closed_at.is_(None))
                        .exists()
                    )
                    conn.execute(
                        update(JOB)
                        .where(JOB.c.id.in_(chunk), JOB.c.closed_at.is_(None), ~still_open)
                        .values(closed_at=seen_at)
                    )
                return int(closed.rowcount or 0)
        except SQLAlchemyError as exc:
            detail = getattr(exc, "orig", None) or exc
            raise StorageError(f"cannot write to the database: {detail}") from None

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
            # Any of the job's listings may come from the source.
            conds.append(
                select(LISTING.c.id)
                .where(LISTING.c.job_id == JOB.c.id, LISTING.c.source.in_(filters.sources))
                .exists()
            )
        if filters.roles:
            conds.append(JOB.c.role.in_(filters.roles))
        if filters.level:
            conds.append(JOB.c.level == filters.level)
        if filters.since is not None:
            conds.append(JOB.c.first_seen >= filters.since)
        if not filters.include_closed:
            conds.append(JOB.c.closed_at.is_(None))
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

    def get_job(self, job_id: int) -> dict[str, Any] | None:
        """One job as a record plus its description, department and every listing."""
        with self.engine.connect() as conn:
            row = conn.execute(select(JOB).where(JOB.c.id == job_id)).mappings().first()
            if row is None:
                return None
            listings = conn.execute(
                select(LISTING).where(LISTING.c.job_id == job_id).order_by(LISTING.c.first_seen)
            ).mappings()
            record = to_record(row)
            record["description"] = row["description"]
            record["department"] = row["department"]
            record["listings"] = [
                {
                    "source": li["source"],
                    "source_id": li["source_id"],
                    "url": li["url"],
                    "first_seen": iso(li["first_seen"]),
                    "last_seen": iso(li["last_seen"]),
                    "closed_at": iso(li["closed_at"]),
                }
                for li in listings
            ]
            return record

    def role_counts(self, include_closed: bool = False) -> dict[str, int]:
        """Jobs per role (open jobs unless asked otherwise)."""
        from sqlalchemy import func

        stmt = select(JOB.c.role, func.count()).group_by(JOB.c.role)
        if not include_closed:
            stmt = stmt.where(JOB.c.closed_at.is_(None))
        with self.engine.connect() as conn:
            return {role or "": int(n) for role, n in conn.execute(stmt)}

    def retag(
        self,
        tag: Callable[[dict[str, Any]], tuple[str, str | None]],
        batch: int = 1000,
        progress: Callable[[int], None] | None = None,
    ) -> tuple[int, int]:
        """Re-run `tag` (role, level) over every job in id order, in batches; (seen, changed)."""
        cols = (
            JOB.c.id,
            JOB.c.title,
            JOB.c.department,
            JOB.c.category,
            JOB.c.source_level,
            JOB.c.description,
            JOB.c.role,
            JOB.c.level,
        )
        seen = changed = 0
        last_id = 0
        while True:
            with self.engine.connect() as conn:
                rows = list(
                    conn.execute(
                        select(*cols).where(JOB.c.id > last_id).order_by(JOB.c.id).limit(batch)
                    ).mappings()
                )
            if not rows:
                return seen, changed
            updates = []
            for row in rows:
                role, level = tag(dict(row))
                if (role, level) != (row["role"], row["level"]):
                    updates.append({"b_id": row["id"], "role": role, "level": level})
            if updates:
                with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
                    conn.execute(
                        update(JOB)
                        .where(JOB.c.id == bindparam("b_id"))
                        .values(role=bindparam("role"), level=bindparam("level")),
                        updates,
                    )
            seen += len(rows)
            changed += len(updates)
            last_id = rows[-1]["id"]
            if progress is not None:
                progress(seen)

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
    record["sources"] = (row["sources"] or row["source"]).split(",")
    return record
