"""The store: batched upserts of postings on SQLAlchemy Core (reads: `storage.reader`).

The ORM stays out of the hot path (per-row ORM work is ~5x slower than Core executemany
on SQLite); one write transaction per batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from operator import attrgetter
from typing import Any

from sqlalchemy import (
    BindParameter,
    and_,
    bindparam,
    select,
    update,
)
from sqlalchemy.engine import RowMapping

from scraper.errors import StorageError
from scraper.models import Posting, content_hash
from storage.bulk import BulkInsert
from storage.candidates import KEY_COLUMNS, CandidateRows, Matching, key_columns, stored_key
from storage.dialect import lock_values
from storage.engine import WRITE, db_errors
from storage.reader import Reader
from storage.search import fts_add, fts_remove
from storage.tables import JOB, LISTING

# Bound parameters per IN (...) chunk: well under SQLite's limit on every version.
_CHUNK = 500
_POSTING_FIELDS = tuple(f.name for f in fields(Posting))
# The identity columns: the posting's key (built where it was prepared) and its exact key.
_KEY_FIELDS = (*KEY_COLUMNS, "dedupe_key")
# The stored fields a job's identity is built from (`Store.rekey`).
_REKEY_FIELDS = (
    "source",
    "source_id",
    "url",
    "title",
    "company",
    "location",
    "country",
    "city",
    "remote",
)
# A job's key parts a later copy fills in when the job's own listing did not say them.
_FILLABLE_KEYS = ("key_country", "key_city", "key_workplace")
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
    """A database of jobs: open (creating and migrating it), write batches, read streams.

    `matching` decides which job a new listing is a copy of (`scraper.matching.JobMatching`;
    the CLI and pipeline always pass one). Without it the store joins a new listing to a
    job only when it is a repost on the same source (same canonical URL).
    """

    def __init__(self, target: str, matching: Matching | None = None) -> None:
        """Open `target` (an SQLite path or a database URL), creating and migrating it."""
        super().__init__(target)
        self.matching = matching

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
        identified = self.matching.identified if self.matching is not None else None
        for posting in postings:  # a source may list one id twice: the last copy wins
            if identified is not None and (posting.key is None or posting.canonical_url is None):
                posting = identified(posting)
            batch[(posting.source, posting.source_id)] = posting
        if not batch:
            return UpsertResult()
        try:
            return self._upsert(batch, seen_at, raws, given)
        except Exception:
            # The transaction was rolled back: the matcher may hold jobs that never were.
            if self.matching is not None:
                self.matching.rolled_back()
            raise

    def _upsert(
        self,
        batch: dict[tuple[str, str], Posting],
        seen_at: datetime,
        raws: Mapping[tuple[str, str], str],
        given: Mapping[tuple[str, str], str],
    ) -> UpsertResult:
        """`upsert` of a batch keyed by (source, source_id), in one transaction."""
        with (
            db_errors("write to the database"),
            self.engine.connect().execution_options(**WRITE) as conn,
            conn.begin(),
        ):
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
                            "b_canonical": _canonical(posting),
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
                if self.matching is not None:  # their keys may be new: re-read them
                    self.matching.changed(c["b_job"] for c in changed)
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
        return UpsertResult(
            new=len(new), updated=len(changed), unchanged=len(touched_jobs), new_jobs=new_jobs
        )

    def touch(self, source: str, source_ids: Sequence[str], seen_at: datetime) -> int:
        """Mark listings (and their jobs) as still seen without rewriting them; returns count."""
        touched = 0
        with (
            db_errors("write to the database"),
            self.engine.connect().execution_options(**WRITE) as conn,
            conn.begin(),
        ):
            for chunk in _chunks(list(dict.fromkeys(source_ids))):
                params = {"b_source": source, "ids": chunk, "seen": seen_at}
                touched += conn.execute(_TOUCH_LISTINGS, params).rowcount
                conn.execute(_TOUCH_JOBS, params)
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
        with db_errors("read the database"), self.engine.connect() as conn:
            for chunk in _chunks(list(dict.fromkeys(source_ids))):
                rows = conn.execute(_KNOWN_RAW, {"b_source": source, "ids": chunk})
                found.update({source_id: raw for source_id, raw in rows})
        return found

    def _insert_new(
        self, conn: Any, new: list[tuple[Posting, str, str | None]], seen_at: datetime
    ) -> int:
        """New listings: join the job they are a copy of, or start a new job (how many)."""
        canon = [_canonical(p) for p, _, _ in new]
        # Workers writing different sources at once could each start a new job for one
        # opening: serialise matching per company (a no-op on SQLite, one writer at a time).
        lock_values(conn, "company", (p.key.company if p.key else "" for p, _, _ in new))
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
            keyed = [(j, k) for j, i in zip(fresh_ids, fresh, strict=True) if (k := new[i][0].key)]
            if self.matching is not None and keyed:
                self.matching.inserted([j for j, _ in keyed], [k for _, k in keyed])
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
        2. Otherwise the store's `matching` looks for the same job among the open (or
           recently closed) jobs of the same company, read from their identity columns.
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

        matching = self.matching
        pending = [
            (i, key)
            for i, target in enumerate(targets)
            if target is None and (key := new[i][0].key) is not None and key.company
        ]
        if matching is None or not pending:
            return targets
        # Jobs that gain a listing now may have their place filled in: read them again.
        matching.changed(j for j in targets if j is not None)
        matched = matching.match(CandidateRows(conn, seen_at, window), seen_at, pending)
        live = self._live_sources(conn, [j for j in matched.values() if j is not None], seen_at)
        for i, job_id in matched.items():
            if job_id is not None and new[i][0].source not in live.get(job_id, ()):
                targets[i] = job_id
        matching.changed(targets[i] for i in matched if targets[i] is not None)
        return targets

    def _key_values(self, posting: Posting) -> dict[str, str | None]:
        return dict(zip(_KEY_FIELDS, self._key_row(posting), strict=True))

    def _key_row(self, posting: Posting) -> tuple[str | None, ...]:
        """The stored identity columns of a posting, in `_KEY_FIELDS` order."""
        key = posting.key
        if key is None:  # a store without matching, given a posting nobody identified
            return (None,) * len(_KEY_FIELDS)
        exact = self.matching.exact(key) if self.matching is not None else None
        return (*key_columns(key).values(), exact)

    @staticmethod
    def _live_sources(conn: Any, job_ids: list[int], seen_at: datetime) -> dict[int, set[str]]:
        """Per job, the sources whose listing of it was already seen in this run."""
        live: dict[int, set[str]] = {}
        for chunk in _chunks(list(set(job_ids))):
            for job_id, source in conn.execute(_LIVE, {"ids": chunk, "seen": seen_at}):
                live.setdefault(job_id, set()).add(source)
        return live

    def _join(self, conn: Any, joined: dict[int, Posting], seen_at: datetime) -> None:
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
            values.update(self._filled_key(row, posting))
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

    def _filled_key(self, row: RowMapping, posting: Posting) -> dict[str, str | None]:
        """The key parts (place, workplace) a joining copy states and the job lacks."""
        key = posting.key
        if key is None or row["key_level"] is None:
            return {}
        ours = (key.country, key.city, key.remote)
        filled: dict[str, str | None] = {
            name: value
            for name, value in zip(_FILLABLE_KEYS, ours, strict=True)
            if row[name] is None and value is not None
        }
        if filled and self.matching is not None:
            merged = stored_key([filled.get(name, row[name]) for name in KEY_COLUMNS])
            filled["dedupe_key"] = self.matching.exact(merged)
        return filled

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
        with (
            db_errors("write to the database"),
            self.engine.connect().execution_options(**WRITE) as conn,
            conn.begin(),
        ):
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

    def rekey(
        self,
        *,
        everything: bool = False,
        batch: int = 1000,
        progress: Callable[[int], None] | None = None,
    ) -> tuple[int, int]:
        """Rebuild the identity columns with the store's `matching`; (seen, changed).

        Only jobs without them unless `everything` (after a change of identity rules).
        """
        matching = self.matching
        if matching is None:
            raise StorageError("re-keying needs a matcher: open the store with one")
        cols = (
            JOB.c.id,
            JOB.c.source,
            JOB.c.source_id,
            JOB.c.url,
            JOB.c.title,
            JOB.c.company,
            JOB.c.location,
            JOB.c.country,
            JOB.c.city,
            JOB.c.remote,
            *(JOB.c[name] for name in _KEY_FIELDS),
        )

        def change(row: RowMapping) -> dict[str, Any] | None:
            fields = {name: row[name] for name in _REKEY_FIELDS}
            values = self._key_values(matching.identified(Posting(**fields)))
            return values if any(row[n] != v for n, v in values.items()) else None

        where = None if everything else JOB.c.key_level.is_(None)
        return self._rewrite(
            cols, change, _KEY_FIELDS, "re-key the database", where, batch, progress
        )

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

        def change(row: RowMapping) -> dict[str, Any] | None:
            role, level = tag(dict(row))
            same = (role, level) == (row["role"], row["level"])
            return None if same else {"role": role, "level": level}

        return self._rewrite(
            cols, change, ("role", "level"), "re-tag the database", None, batch, progress
        )

    def _rewrite(
        self,
        cols: Sequence[Any],
        change: Callable[[RowMapping], dict[str, Any] | None],
        names: Sequence[str],
        action: str,
        where: Any,
        batch: int,
        progress: Callable[[int], None] | None,
    ) -> tuple[int, int]:
        """Walk the jobs (those matching `where`) in id order, in batches of `batch` in a
        transaction each, and write the columns `names` that `change` returns for a row."""
        statement = (
            update(JOB)
            .where(JOB.c.id == bindparam("b_id"))
            .values({name: bindparam(name) for name in names})
        )
        seen = changed = 0
        last_id = 0
        with db_errors(action):
            while True:
                query = select(*cols).where(JOB.c.id > last_id)
                if where is not None:
                    query = query.where(where)
                with self.engine.connect() as conn:
                    rows = list(conn.execute(query.order_by(JOB.c.id).limit(batch)).mappings())
                if not rows:
                    return seen, changed
                updates = [{"b_id": row["id"], **values} for row in rows if (values := change(row))]
                if updates:
                    with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
                        conn.execute(statement, updates)
                seen += len(rows)
                changed += len(updates)
                last_id = rows[-1]["id"]
                if progress is not None:
                    progress(seen)


def _canonical(posting: Posting) -> str:
    """The listing's canonical URL as prepared, else its URL as given."""
    return posting.canonical_url or posting.url
