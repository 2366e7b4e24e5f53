"""Opening a database and the read side: search, export and stats streams, one job, counts.

Read commands open a `Reader`; `storage.store.Store` adds the writes. Keeping them apart
keeps a read command's start-up small: the write side needs the dedupe matcher
(rapidfuzz), and a scrape the run ledger and leases, none of which a plain search uses.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from functools import cached_property
from itertools import islice
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, select
from sqlalchemy.engine import Engine, RowMapping

from scraper.models import RECORD_FIELDS
from storage.engine import create_db_engine, db_errors, open_existing
from storage.migrations import check_current, migrate
from storage.search import (
    Filters,
    annual_usd,
    conditions,
    fts5_expression,
    fts_plan_probes,
    order_by,
    parse_text,
)
from storage.tables import JOB, LISTING

if TYPE_CHECKING:
    from storage.ledger import Ledger

# A page up to this many jobs is read ids first (see `Reader.search`); a bigger one streams
# in one pass, as an export does: its ids would not fit in one statement's variables.
_PAGE_IDS = 500


# The covering index that reads jobs in each sort's order (0002, 0009).
_WALKS = {"newest": "ix_job_newest_cover", "salary": "ix_job_salary_cover"}


def iso(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with a Z suffix."""
    if value is None:
        return None
    # Whole seconds: microseconds in a timestamp people read are noise.
    return value.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class Reader:
    """A database of jobs opened for reading (created and migrated first if need be).

    With `create=False` (read commands) the database must exist; one this user may not
    write is opened read-only and must already have the latest schema. `read_only=True`
    (`jobs serve`, `jobs mcp`) opens it read-only always.
    """

    def __init__(self, target: str, *, create: bool = True, read_only: bool = False):
        self.target = target
        self.read_only = False
        if create and not read_only:
            self.engine: Engine = create_db_engine(target)
        else:
            self.engine, self.read_only = open_existing(target, read_only=read_only)
        if self.read_only:
            check_current(self.engine, target)
        else:
            migrate(self.engine)

    @cached_property
    def ledger(self) -> Ledger:
        """The run ledger and HTTP cache of this database."""
        # Imported on first use: only scrapes, `--new`, `jobs runs` and `jobs sources` need it.
        from storage.ledger import Ledger

        return Ledger(self.engine)

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    def _statement(
        self, filters: Filters, sort: str, conn: Any = None, tier: str | None = None
    ) -> Any:
        dialect = self.engine.dialect.name
        # Many matches, newest or best paid first: walk the covering index in that order
        # and probe the full-text index per row, so the first page is found without
        # sorting them all ("python --sort salary" sorted 400,000 matches: 600 ms at 1M).
        probe = (
            conn is not None
            and sort in _WALKS
            and bool(filters.text)
            and fts_plan_probes(conn, filters.text or "", tier)
        )
        conds = conditions(filters, dialect, probe=probe, tier=tier)
        stmt = select(JOB).where(and_(True, *conds))
        if probe:
            stmt = stmt.with_hint(JOB, f"INDEXED BY {_WALKS[sort]}", "sqlite")
        return stmt.order_by(*order_by(sort, dialect, has_text=False))

    def search(
        self,
        filters: Filters,
        limit: int | None = None,
        offset: int = 0,
        sort: str = "newest",
        extra: Sequence[str] = (),
    ) -> Iterator[dict[str, Any]]:
        """Matching jobs as records (newest first by default), streamed from the database.

        A page (`limit`) is found in two steps: the ids first, from narrow index entries,
        then the full rows of just those ids. Filtering and ordering thousands of wide rows
        (descriptions are kilobytes) is what made a page slow on big databases. `extra`
        adds optional fields (OPTIONAL_FIELDS: description, listings...) to each record.

        `relevance` (SQLite, with text) puts the jobs whose title or company matches first,
        then those that match through the description alone, each newest first: a word in
        the title says far more than one in a description. Each tier is an index walk, so a
        page costs about what a newest-first one does; ranking every match by bm25 took
        over a second for a common word on a million jobs (bench/search/README.md).
        """
        with db_errors("read the database"), self.engine.connect() as conn:
            if sort == "relevance" and self._ranked(filters):
                yield from self._tiers(conn, filters, limit, offset, extra)
            else:
                sort = "newest" if sort == "relevance" else sort
                yield from self._rows(conn, filters, sort, limit, offset, extra)

    def _ranked(self, filters: Filters) -> bool:
        """Whether relevance can rank: SQLite full-text with something to match."""
        if self.engine.dialect.name != "sqlite" or not filters.text:
            return False
        return fts5_expression(parse_text(filters.text)) is not None

    def _tiers(
        self,
        conn: Any,
        filters: Filters,
        limit: int | None,
        offset: int,
        extra: Sequence[str],
    ) -> Iterator[dict[str, Any]]:
        """Title/company matches, then description-only ones, each newest first."""
        head = 0
        if offset:  # how many of the skipped rows the first tier holds (at most `offset`)
            conds = conditions(filters, "sqlite", tier="head")
            rows = select(JOB.c.id).where(and_(True, *conds)).limit(offset)
            head = int(conn.execute(select(func.count()).select_from(rows.subquery())).scalar_one())
        left = limit
        for tier, skip in (("head", offset), ("tail", offset - head)):
            if left is not None and left <= 0:
                return
            got = 0
            for record in self._rows(conn, filters, "newest", left, skip, extra, tier):
                got += 1
                yield record
            if left is not None:
                left -= got

    def _rows(
        self,
        conn: Any,
        filters: Filters,
        sort: str,
        limit: int | None,
        offset: int,
        extra: Sequence[str],
        tier: str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """One ordered pass: a page by ids first (see `search`), or a stream."""
        paged = limit is not None and limit <= _PAGE_IDS
        stmt = self._statement(filters, sort, conn=conn if paged else None, tier=tier)
        stmt = stmt.offset(offset)
        if not paged:  # export, or a page too big to fetch by ids: one streamed pass
            if limit is not None:
                stmt = stmt.limit(limit)
            result = conn.execution_options(yield_per=1000).execute(stmt)
            yield from self._with_listings(
                conn, (to_record(row, extra) for row in result.mappings()), extra
            )
            return
        ids_stmt = stmt.with_only_columns(JOB.c.id).limit(limit)
        ids = list(conn.execute(ids_stmt).scalars())
        if not ids:
            return
        rows = conn.execute(select(JOB).where(JOB.c.id.in_(ids))).mappings()
        by_id = {row["id"]: row for row in rows}
        page = (to_record(by_id[job_id], extra) for job_id in ids)
        yield from self._with_listings(conn, page, extra)

    def _with_listings(
        self, conn: Any, records: Iterator[dict[str, Any]], extra: Sequence[str]
    ) -> Iterator[dict[str, Any]]:
        """Records with their listings added when asked, read a chunk of jobs at a time."""
        if "listings" not in extra:
            yield from records
            return
        while chunk := list(islice(records, _PAGE_IDS)):
            stmt = (
                select(LISTING)
                .where(LISTING.c.job_id.in_([r["id"] for r in chunk]))
                .order_by(LISTING.c.first_seen, LISTING.c.id)
            )
            found: dict[int, list[dict[str, Any]]] = {}
            for li in conn.execute(stmt).mappings():
                found.setdefault(li["job_id"], []).append(listing_record(li))
            for record in chunk:
                record["listings"] = found.get(record["id"], [])
                yield record

    def stats_rows(
        self, filters: Filters, fields: Sequence[str] | None = None
    ) -> Iterator[dict[str, Any]]:
        """The columns stats need (or just `fields`), for every matching job, streamed."""
        cols = [
            JOB.c.role,
            JOB.c.level,
            JOB.c.country,
            JOB.c.city,
            JOB.c.company,
            JOB.c.source,
            JOB.c.sources,
            JOB.c.remote,
            JOB.c.employment_type,
            JOB.c.first_seen,
            JOB.c.posted_at,
            JOB.c.salary_usd_annual_min,
            JOB.c.salary_usd_annual_max,
        ]
        if fields is not None:  # fewer columns: a third of the time on 100k jobs
            cols = [c for c in cols if c.name in fields]
        conds = conditions(filters, self.engine.dialect.name)
        stmt = select(*cols).where(and_(True, *conds))
        with db_errors("read the database"), self.engine.connect() as conn:
            result = conn.execution_options(yield_per=5000).execute(stmt)
            for row in result.mappings():
                yield dict(row)

    def sources_present(self, names: Sequence[str]) -> set[str]:
        """Which of these source ids have listings in the database (every one for `()`)."""
        stmt = select(LISTING.c.source).distinct()
        if names:  # index lookups only
            stmt = stmt.where(LISTING.c.source.in_(list(names)))
        with self.engine.connect() as conn:
            return set(conn.execute(stmt).scalars())

    def count(self, filters: Filters, cap: int | None = None) -> int:
        """How many jobs match every filter; with `cap`, counting stops past it (cap + 1)."""
        return self._count(filters, (), cap)

    def count_without_salary(self, filters: Filters, cap: int | None = None) -> int:
        """Jobs that match every filter but the minimum salary and state no salary."""
        return self._count(filters, (annual_usd().is_(None),), cap, salary=False)

    def _count(
        self, filters: Filters, extra: Sequence[Any], cap: int | None, salary: bool = True
    ) -> int:
        # A capped count reads at most cap + 1 matching rows: a full count of a broad filter
        # on a million jobs costs hundreds of milliseconds, for a number shown to a person.
        with db_errors("read the database"), self.engine.connect() as conn:
            probe = (
                cap is not None and bool(filters.text) and fts_plan_probes(conn, filters.text or "")
            )
            conds = conditions(filters, self.engine.dialect.name, salary=salary, probe=probe)
            rows = select(JOB.c.id).where(and_(True, *extra, *conds))
            # With TEXT, the salary index (0009) draws the planner to "pay IS NULL", but
            # full-text probes in its id-descending order cost 2.5x those in newest order.
            if probe or (extra and filters.text):
                rows = rows.with_hint(JOB, f"INDEXED BY {_WALKS['newest']}", "sqlite")
            if cap is not None:
                rows = rows.limit(cap + 1)
            stmt = select(func.count()).select_from(rows.subquery())
            return int(conn.execute(stmt).scalar_one())

    def needs_rekey(self) -> bool:
        """Whether any job lacks its identity columns (stored before they existed)."""
        with db_errors("read the database"), self.engine.connect() as conn:
            found = conn.execute(select(JOB.c.id).where(JOB.c.key_level.is_(None)).limit(1)).first()
        return found is not None

    def company_keys(self) -> list[str]:
        """Every company key in the database, once each (read from its index)."""
        with db_errors("read the database"), self.engine.connect() as conn:
            rows = conn.execute(
                select(JOB.c.company_key).where(JOB.c.company_key.is_not(None)).distinct()
            )
            return [key for (key,) in rows]

    def get_job(self, job_id: int) -> dict[str, Any] | None:
        """One job as a record plus its description, department and every listing."""
        with self.engine.connect() as conn:
            row = conn.execute(select(JOB).where(JOB.c.id == job_id)).mappings().first()
            if row is None:
                return None
            listings = conn.execute(
                select(LISTING).where(LISTING.c.job_id == job_id).order_by(LISTING.c.first_seen)
            ).mappings()
            record = to_record(row, ("description", "department", "category", "tags", "apply_url"))
            record["listings"] = [listing_record(li) for li in listings]
            return record

    def role_counts(self, include_closed: bool = False) -> dict[str, int]:
        """Jobs per role (open jobs unless asked otherwise)."""

        stmt = select(JOB.c.role, func.count()).group_by(JOB.c.role)
        if not include_closed:
            stmt = stmt.where(JOB.c.closed_at.is_(None))
        with self.engine.connect() as conn:
            return {role or "": int(n) for role, n in conn.execute(stmt)}

    def count_jobs(self) -> int:
        """How many jobs are stored."""

        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(JOB)).scalar_one())


def to_record(row: RowMapping, extra: Sequence[str] = ()) -> dict[str, Any]:
    """A database row as the public job record (RECORD_FIELDS in order, then `extra`)."""
    record: dict[str, Any] = {}
    for name in RECORD_FIELDS:
        value = row[name]
        if isinstance(value, datetime):
            value = iso(value)
        elif isinstance(value, float) and value.is_integer():
            value = int(value)  # 77905, not 77905.0, in CSV and JSON alike
        record[name] = value
    record["sources"] = (row["sources"] or row["source"]).split(",")
    for name in extra:
        if name == "tags":
            record[name] = json.loads(row[name]) if row[name] else []
        elif name != "listings":  # added by Reader._with_listings
            record[name] = row[name]
    return record


def listing_record(row: RowMapping) -> dict[str, Any]:
    """One source's copy of a job: where it is and when it was seen."""
    return {
        "source": row["source"],
        "source_id": row["source_id"],
        "url": row["url"],
        "first_seen": iso(row["first_seen"]),
        "last_seen": iso(row["last_seen"]),
        "closed_at": iso(row["closed_at"]),
    }
