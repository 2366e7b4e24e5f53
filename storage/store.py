"""The store: batched upserts of postings on SQLAlchemy Core (reads: `storage.reader`).

The ORM stays out of the hot path (per-row ORM work is ~5x slower than Core executemany
on SQLite); one write transaction per batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from functools import lru_cache
from operator import attrgetter
from typing import Any

from sqlalchemy import (
    BindParameter,
    and_,
    bindparam,
    or_,
    select,
    update,
)
from sqlalchemy.engine import RowMapping
from sqlalchemy.exc import SQLAlchemyError

from scraper.dedupe import JobKey, Matcher, canonical_url, exact_key, job_key
from scraper.errors import StorageError
from scraper.models import Posting, content_hash
from storage.bulk import BulkInsert
from storage.dialect import lock_values
from storage.engine import WRITE
from storage.reader import Reader
from storage.search import fts_add, fts_remove
from storage.tables import JOB, LISTING

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
# The job columns the full-text index holds (storage.search: FTS over title, company and
# description); a change to any other column leaves the index as it is.
_INDEXED = frozenset(("title", "company", "description"))
# A job that disappears and comes back under a new id within this window is one job.
REPOST_WINDOW = timedelta(days=30)
_job_fields = attrgetter(*_JOB_FIELDS)
# New rows go through BulkInsert (DB-API executemany on SQLite): per-row Core inserts were
# most of the store's time. Both tables take the run's time as first and last seen.
_NEW_JOBS = BulkInsert(
    JOB, (*_JOB_FIELDS, *_KEY_FIELDS, "content_hash", "sources"), shared=("first_seen", "last_seen")
)
_NEW_LISTINGS = BulkInsert(
    LISTING,
    ("job_id", "source", "source_id", "url", "canonical_url", "content_hash", "raw_hash"),
    shared=("first_seen", "last_seen"),
)

# The write path's statements, built once: they run per batch or per page, and building a
# Core statement (and its cache key) cost more than SQLite spent running most of them.
# Parameters: `ids`/`urls` lists (expanding IN; the shared `_IDS` takes its type from each
# column it is compared with), `b_source` (an UPDATE reserves column names) and `seen`.
_IDS: BindParameter[Any] = bindparam("ids", expanding=True)
_LISTED = and_(LISTING.c.source == bindparam("b_source"), LISTING.c.source_id.in_(_IDS))
_SEEN: dict[str, Any] = {"last_seen": bindparam("seen"), "closed_at": None}
_SEEN_JOBS = update(JOB).where(JOB.c.id.in_(_IDS)).values(_SEEN)
_SEEN_LISTINGS = update(LISTING).where(LISTING.c.id.in_(_IDS)).values(_SEEN)
_TOUCH_LISTINGS = update(LISTING).where(_LISTED).values(_SEEN)
_TOUCH_JOBS = (
    update(JOB)
    .where(JOB.c.id.in_(select(LISTING.c.job_id).where(_LISTED).scalar_subquery()))
    .values(_SEEN)
)
_EXISTING = select(
    LISTING.c.source_id, LISTING.c.id, LISTING.c.job_id, LISTING.c.content_hash, LISTING.c.raw_hash
).where(_LISTED)
_KNOWN_RAW = select(LISTING.c.source_id, LISTING.c.raw_hash).where(
    _LISTED, LISTING.c.raw_hash.is_not(None)
)
_REPOSTED = select(LISTING.c.canonical_url, LISTING.c.job_id).where(
    LISTING.c.source == bindparam("b_source"),
    LISTING.c.canonical_url.in_(bindparam("urls", expanding=True)),
    LISTING.c.last_seen < bindparam("seen"),  # not listed in this run: a repost
    LISTING.c.last_seen >= bindparam("window"),
)
_LIVE = select(LISTING.c.job_id, LISTING.c.source).where(
    LISTING.c.job_id.in_(_IDS), LISTING.c.last_seen >= bindparam("seen")
)
_JOBS_BY_ID = select(JOB).where(JOB.c.id.in_(_IDS))


@dataclass(frozen=True, slots=True)
class UpsertResult:
    """What one batch did: listings new to the database, changed, and unchanged."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    new_jobs: int = 0  # of the new listings, those that started a job (not a copy of one)


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Store(Reader):
    """A database of jobs: open (creating and migrating it), write batches, read streams."""

    # The dedupe candidates of this run, kept across batches by `_find_jobs`.
    _candidates: _Candidates | None = None

    # -- writes ---------------------------------------------------------------
    def upsert(
        self,
        postings: Iterable[Posting],
        seen_at: datetime,
        raw_hashes: Mapping[tuple[str, str], str] | None = None,
        content_hashes: Mapping[tuple[str, str], str] | None = None,
    ) -> UpsertResult:
        """Insert new listings, refresh changed ones, touch `last_seen` on all: one transaction.

        `raw_hashes` ((source, source_id) -> digest of the raw listing) are stored with the
        listings, for `known_raw` to find next time; `content_hashes` (same keys) are
        `content_hash` of postings computed beforehand (by the worker that prepared them).
        """
        raws = raw_hashes or {}
        given = content_hashes or {}
        batch: dict[tuple[str, str], Posting] = {}
        for posting in postings:  # a source may list one id twice: the last copy wins
            batch[(posting.source, posting.source_id)] = posting
        if not batch:
            return UpsertResult()
        try:
            with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
                existing = self._existing(conn, list(batch))
                new: list[tuple[Posting, str, str | None]] = []
                changed: list[dict[str, Any]] = []
                touched_jobs: list[int] = []
                touched_listings: list[int] = []
                rehashed: list[dict[str, Any]] = []
                for key, posting in batch.items():
                    digest = given.get(key) or content_hash(posting)
                    found = existing.get(key)
                    raw = raws.get(key)
                    if found is None:
                        new.append((posting, digest, raw))
                        continue
                    listing_id, job_id, old_digest, old_raw = found
                    if old_digest != digest:
                        changed.append(
                            {
                                "b_job": job_id,
                                "b_listing": listing_id,
                                "b_hash": digest,
                                "b_raw": raw,
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
                        if raw is not None and raw != old_raw:
                            rehashed.append({"b_listing": listing_id, "b_raw": raw})
                new_jobs = self._insert_new(conn, new, seen_at) if new else 0
                if changed:
                    self._update_changed(conn, changed, seen_at)
                for ids in _chunks(touched_jobs):
                    conn.execute(_SEEN_JOBS, {"ids": ids, "seen": seen_at})
                for ids in _chunks(touched_listings):
                    conn.execute(_SEEN_LISTINGS, {"ids": ids, "seen": seen_at})
                if rehashed:  # same content, new raw form (or none stored yet)
                    conn.execute(
                        update(LISTING)
                        .where(LISTING.c.id == bindparam("b_listing"))
                        .values(raw_hash=bindparam("b_raw")),
                        rehashed,
                    )
        except SQLAlchemyError as exc:
            detail = getattr(exc, "orig", None) or exc
            raise StorageError(f"cannot write to the database: {detail}") from None
        return UpsertResult(
            new=len(new), updated=len(changed), unchanged=len(touched_jobs), new_jobs=new_jobs
        )

    def touch(self, source: str, source_ids: Sequence[str], seen_at: datetime) -> int:
        """Mark listings (and their jobs) as still seen without rewriting them; returns count."""
        touched = 0
        try:
            with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
                for chunk in _chunks(list(dict.fromkeys(source_ids))):
                    params = {"b_source": source, "ids": chunk, "seen": seen_at}
                    touched += conn.execute(_TOUCH_LISTINGS, params).rowcount
                    conn.execute(_TOUCH_JOBS, params)
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
    ) -> dict[tuple[str, str], tuple[int, int, str, str | None]]:
        by_source: dict[str, list[str]] = {}
        for source, source_id in keys:
            by_source.setdefault(source, []).append(source_id)
        found: dict[tuple[str, str], tuple[int, int, str, str | None]] = {}
        for source, ids in by_source.items():
            for chunk in _chunks(ids):
                rows = conn.execute(_EXISTING, {"b_source": source, "ids": chunk})
                for source_id, listing_id, job_id, digest, raw in rows:
                    found[(source, source_id)] = (listing_id, job_id, digest, raw)
        return found

    def known_raw(self, source: str, source_ids: Sequence[str]) -> dict[str, str]:
        """The stored raw-listing digest of each of `source`'s listings that has one."""
        found: dict[str, str] = {}
        try:
            with self.engine.connect() as conn:
                for chunk in _chunks(list(dict.fromkeys(source_ids))):
                    rows = conn.execute(_KNOWN_RAW, {"b_source": source, "ids": chunk})
                    found.update({source_id: raw for source_id, raw in rows})
        except SQLAlchemyError as exc:
            detail = getattr(exc, "orig", None) or exc
            raise StorageError(f"cannot read the database: {detail}") from None
        return found

    def _insert_new(
        self, conn: Any, new: list[tuple[Posting, str, str | None]], seen_at: datetime
    ) -> int:
        """New listings: join the job they are a copy of, or start a new job (how many)."""
        canon = [canonical_url(p.url) for p, _, _ in new]
        # Workers writing different sources at once could each start a new job for one
        # opening: serialise matching per company (a no-op on SQLite, one writer at a time).
        lock_values(conn, "company", (self._key(p).company or "" for p, _, _ in new))
        targets = self._find_jobs(conn, new, canon, seen_at)
        fresh = [i for i, target in enumerate(targets) if target is None]
        if fresh:
            rows = [
                (*_job_fields(p), *self._key_row(p), digest, p.source)
                for p, digest, _ in (new[i] for i in fresh)
            ]
            fresh_ids = _NEW_JOBS.insert_ids(conn, rows, (seen_at, seen_at))
            for i, job_id in zip(fresh, fresh_ids, strict=True):
                targets[i] = job_id
            fts_add(conn, fresh_ids)
            if self._candidates is not None:
                self._candidates.inserted(fresh_ids, [self._key(new[i][0]) for i in fresh])
        fresh_set = set(fresh)
        joined: dict[int, Posting] = {}
        for i, target in enumerate(targets):
            if i not in fresh_set and target is not None:
                joined[target] = new[i][0]
        if joined:
            self._join(conn, joined, seen_at)
        _NEW_LISTINGS.insert(
            conn,
            [
                (job_id, p.source, p.source_id, p.url, url, digest, raw)
                for job_id, (p, digest, raw), url in zip(targets, new, canon, strict=True)
            ],
            (seen_at, seen_at),
        )
        return len(fresh)

    def _find_jobs(
        self,
        conn: Any,
        new: list[tuple[Posting, str, str | None]],
        canon: list[str],
        seen_at: datetime,
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
        for i, (posting, _, _) in enumerate(new):
            by_source.setdefault(posting.source, []).append(i)
        for source, indexes in by_source.items():
            urls = list({canon[i] for i in indexes})
            known: dict[str, int] = {}
            for chunk in _chunks(urls):
                params = {"b_source": source, "urls": chunk, "seen": seen_at, "window": window}
                known.update({url: job_id for url, job_id in conn.execute(_REPOSTED, params)})
            for i in indexes:
                targets[i] = known.get(canon[i])

        keys = [self._key(posting) for posting, _, _ in new]
        pending = [i for i, target in enumerate(targets) if target is None]
        companies = list({keys[i].company for i in pending if keys[i].company})
        if not companies:
            return targets
        if self._candidates is None or self._candidates.seen_at != seen_at:
            self._candidates = _Candidates(seen_at)  # a new run: nothing cached is trusted
        # Jobs that gain a listing now may have their place filled in: re-key them next batch.
        self._candidates.rekey(j for j in targets if j is not None)
        matched = self._candidates.match(conn, [(i, keys[i]) for i in pending], companies)
        live = self._live_sources(conn, [j for j in matched.values() if j is not None], seen_at)
        for i, job_id in matched.items():
            if job_id is not None and new[i][0].source not in live.get(job_id, ()):
                targets[i] = job_id
        self._candidates.rekey(targets[i] for i in matched if targets[i] is not None)
        return targets

    @classmethod
    def _key_values(cls, posting: Posting) -> dict[str, str]:
        return dict(zip(_KEY_FIELDS, cls._key_row(posting), strict=True))

    @classmethod
    def _key_row(cls, posting: Posting) -> tuple[str, str, str]:
        """The stored dedupe keys of a posting, in `_KEY_FIELDS` order."""
        key = cls._key(posting)
        return key.company, key.title, exact_key(key)

    @staticmethod
    def _key(posting: Posting) -> JobKey:
        return _job_key(
            posting.company,
            posting.title,
            posting.country,
            posting.city,
            posting.location,
            posting.remote,
        )

    @staticmethod
    def _live_sources(conn: Any, job_ids: list[int], seen_at: datetime) -> dict[int, set[str]]:
        """Per job, the sources whose listing of it was already seen in this run."""
        live: dict[int, set[str]] = {}
        for chunk in _chunks(list(set(job_ids))):
            for job_id, source in conn.execute(_LIVE, {"ids": chunk, "seen": seen_at}):
                live.setdefault(job_id, set()).add(source)
        return live

    @staticmethod
    def _join(conn: Any, joined: dict[int, Posting], seen_at: datetime) -> None:
        """A job gains a listing: note its source, fill fields it lacked, reopen it."""
        ids = list(joined)
        current: dict[int, RowMapping] = {}
        for chunk in _chunks(ids):
            rows = conn.execute(_JOBS_BY_ID, {"ids": chunk}).mappings()
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
        # Only jobs whose indexed text changes (a description filled in) are re-indexed, and
        # the index is told their old values before they change.
        reindex = [values["b_job"] for values in updates if _INDEXED.intersection(values)]
        fts_remove(conn, reindex)
        # Rows filling the same columns share one executemany (a statement per row cost
        # more in SQLAlchemy than in SQLite).
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for values in updates:
            groups.setdefault(tuple(sorted(values)), []).append(values)
        for names, rows in groups.items():
            columns: dict[str, Any] = {n: bindparam(f"v_{n}") for n in names if n != "b_job"}
            params = [{("b_job" if n == "b_job" else f"v_{n}"): r[n] for n in names} for r in rows]
            conn.execute(
                update(JOB).where(JOB.c.id == bindparam("b_job")).values(**columns, closed_at=None),
                params,
            )
        fts_add(conn, reindex)

    @staticmethod
    def _update_changed(conn: Any, changed: list[dict[str, Any]], seen_at: datetime) -> None:
        job_ids = list({c["b_job"] for c in changed})
        fts_remove(conn, job_ids)  # before the rows change: FTS5 deletes by old values
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
        fts_add(conn, job_ids)
        for ids in _chunks(job_ids):
            conn.execute(_SEEN_JOBS, {"ids": ids, "seen": seen_at})
        conn.execute(
            update(LISTING)
            .where(LISTING.c.id == bindparam("b_listing"))
            .values(
                url=bindparam("url"),
                canonical_url=bindparam("b_canonical"),
                content_hash=bindparam("b_hash"),
                raw_hash=bindparam("b_raw"),
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


@lru_cache(maxsize=16_384)
def _job_key(
    company: str,
    title: str,
    country: str | None,
    city: str | None,
    location: str | None,
    remote: str | None,
) -> JobKey:
    """`job_key`, memoised: a new posting's key is needed three times in its batch, and
    again when the job is read back as a dedupe candidate (keys are immutable values)."""
    return job_key(company, title, country=country, city=city, location=location, remote=remote)


def _row_key(row: RowMapping) -> JobKey:
    """The dedupe key of a stored job, from the fields its listing gave."""
    return _job_key(
        row["company"], row["title"], row["country"], row["city"], row["location"], row["remote"]
    )


_KEY_COLUMNS = (
    JOB.c.id,
    JOB.c.company_key,
    JOB.c.company,
    JOB.c.title,
    JOB.c.country,
    JOB.c.city,
    JOB.c.location,
    JOB.c.remote,
)
# A dedupe candidate: open, or closed and last seen within the repost window.
_WINDOW: BindParameter[Any] = bindparam("window")
_IS_CANDIDATE = and_(
    or_(JOB.c.closed_at.is_(None), JOB.c.closed_at >= _WINDOW), JOB.c.last_seen >= _WINDOW
)
# `_Candidates`' statements, built once (see `_SEEN_JOBS`); `top` bounds the jobs read.
_TOP_JOB = select(JOB.c.id).order_by(JOB.c.id.desc()).limit(1)
_NEW_CANDIDATES = (
    select(*_KEY_COLUMNS)
    .where(JOB.c.id > bindparam("after"), JOB.c.id <= bindparam("top"), _IS_CANDIDATE)
    .order_by(JOB.c.id)
)
_COMPANY_CANDIDATES = (
    select(*_KEY_COLUMNS)
    .where(
        JOB.c.company_key.in_(bindparam("companies", expanding=True)),
        JOB.c.id <= bindparam("top"),
        _IS_CANDIDATE,
    )
    .order_by(JOB.c.company_key, JOB.c.id)
)
_CANDIDATES_BY_ID = select(*_KEY_COLUMNS, _IS_CANDIDATE.label("ok")).where(JOB.c.id.in_(_IDS))
# Cached candidate keys above which the cache starts again (~0.5-1 KB each). Bounded so a
# million-posting ingest stays flat (100k keys took ~35 MB more at 100k postings, for no
# speed: the companies a run is writing at once are a few thousand jobs); a cleared
# company is simply read again on its next batch.
_MAX_CACHED = 20_000


class _Candidates:
    """The open or recently closed jobs of each company seen in one run, as dedupe keys.

    Rebuilding a company's Matcher from the database for every batch costs the company's
    size per batch, so big companies made ingest quadratic (30k postings read 512k rows).
    Here a company is read once per run; later batches only read jobs inserted since
    (ids above the last one read, from any writer), and every job the cache proposes is
    re-read and re-keyed before it is used: if it changed or is no longer a candidate, its
    company is read again and matched afresh. So a stale key never causes a merge.
    """

    __slots__ = ("_cached", "_companies", "_last_id", "_rekey", "seen_at", "window")

    def __init__(self, seen_at: datetime) -> None:
        """An empty cache for the run at `seen_at`."""
        self.seen_at = seen_at
        self.window = seen_at - REPOST_WINDOW
        self._companies: dict[str, tuple[Matcher, dict[int, JobKey]]] = {}
        self._cached = 0
        self._last_id = 0
        self._rekey: set[int] = set()

    def rekey(self, job_ids: Iterable[int | None]) -> None:
        """Jobs this run is joining: `_join` may fill their place, so read them again."""
        self._rekey.update(j for j in job_ids if j is not None)

    def inserted(self, ids: Sequence[int], keys: Sequence[JobKey]) -> None:
        """Jobs this store just inserted: cached now, so `_refresh` need not read them back.

        Only when they directly follow the last job read (no other writer's job came in
        between); otherwise `_refresh` reads everything above the last id, as always.
        """
        if not ids or list(ids) != list(range(self._last_id + 1, self._last_id + 1 + len(ids))):
            return
        for job_id, key in zip(ids, keys, strict=True):
            entry = self._companies.get(key.company)
            if entry is not None:
                entry[0].add(job_id, key)
                entry[1][job_id] = key
                self._cached += 1
        self._last_id = ids[-1]

    def _add(self, row: RowMapping) -> None:
        entry = self._companies.get(row["company_key"])
        if entry is not None:
            key = _row_key(row)
            entry[0].add(row["id"], key)
            entry[1][row["id"]] = key
            self._cached += 1

    def _refresh(self, conn: Any, companies: list[str]) -> None:
        """Bring the batch's companies up to date: new jobs of known ones, all of new ones."""
        if self._cached > _MAX_CACHED:
            self._companies.clear()
            self._cached = 0
        top = int(conn.execute(_TOP_JOB).scalar() or 0)
        if top > self._last_id and self._companies:
            params = {"after": self._last_id, "top": top, "window": self.window}
            for row in conn.execute(_NEW_CANDIDATES, params).mappings():
                self._add(row)
        self._last_id = top
        if self._rekey:
            ids, self._rekey = list(self._rekey), set()
            for chunk in _chunks(ids):
                params = {"ids": chunk, "window": self.window}
                for row in conn.execute(_CANDIDATES_BY_ID, params).mappings():
                    entry = self._companies.get(row["company_key"])
                    old = entry[1].get(row["id"]) if entry else None
                    key = _row_key(row) if entry else None
                    if entry is None or (old == key and row["ok"]):
                        continue
                    if old is not None:
                        entry[0].discard(row["id"], old)
                        del entry[1][row["id"]]
                        self._cached -= 1
                    if row["ok"]:
                        self._add(row)
        unknown = [c for c in companies if c not in self._companies]
        for chunk in _chunks(unknown):
            for company in chunk:
                self._companies[company] = (Matcher(), {})
            params = {"companies": chunk, "top": top, "window": self.window}
            for row in conn.execute(_COMPANY_CANDIDATES, params).mappings():
                self._add(row)

    def _stale(self, conn: Any, proposed: dict[int, str]) -> set[str]:
        """Companies whose proposed jobs changed key or stopped being candidates."""
        stale: set[str] = set()
        for chunk in _chunks(list(proposed)):
            params = {"ids": chunk, "window": self.window}
            for row in conn.execute(_CANDIDATES_BY_ID, params).mappings():
                company = proposed[row["id"]]
                entry = self._companies.get(company)
                cached = entry[1].get(row["id"]) if entry else None
                if not row["ok"] or cached is None or _row_key(row) != cached:
                    stale.add(company)
        return stale

    def match(
        self, conn: Any, pending: list[tuple[int, JobKey]], companies: list[str]
    ) -> dict[int, int | None]:
        """For each (index, key), the candidate job `Matcher.match` picks, or None."""
        self._refresh(conn, companies)
        matched: dict[int, int | None] = {}
        for i, key in pending:
            entry = self._companies.get(key.company)
            matched[i] = entry[0].match(key) if entry else None
        proposed = {j: k.company for (i, k) in pending if (j := matched[i]) is not None}
        stale = self._stale(conn, proposed)
        if stale:
            for company in stale:
                _matcher, entries = self._companies.pop(company)
                self._cached -= len(entries)
            self._refresh(conn, list(stale))
            for i, key in pending:
                if key.company in stale:
                    matched[i] = self._companies[key.company][0].match(key)
        return matched
