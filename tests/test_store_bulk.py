"""The bulk insert path stores exactly what SQLAlchemy Core's insert() stores."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import StatementError

from scraper.dedupe import canonical_url
from scraper.errors import StorageError
from scraper.matching import JobMatching
from scraper.models import Posting
from storage.bulk import BulkInsert
from storage.candidates import key_columns
from storage.store import JOB, LISTING, Store, content_hash

SEEN = datetime(2026, 11, 27, 9, 30, 15, 123456, tzinfo=UTC)


def postings() -> list[Posting]:
    """Postings of different companies (no two are one job), with awkward values."""
    cet = timezone(timedelta(hours=1))
    return [
        Posting(
            source="gh",
            source_id="1",
            url="https://boards.example.com/acme/jobs/1?utm_source=x",
            title="Senior ML Engineer",
            company="Acme, Inc.",
            location="Berlin, Germany",
            country="DE",
            remote="hybrid",
            salary_min=60000,  # an int: stored as REAL, as Core stores it
            salary_max=90000.5,
            salary_currency="EUR",
            salary_period="year",
            posted_at=datetime(2026, 10, 1, 12, 0, tzinfo=cet),  # not UTC: stored as UTC
            description="Zürich 🚀 naïve café\n" * 50,
            department="Research",
            city="Berlin",
            salary_usd_annual_min=65000.0,
        ),
        Posting(
            source="gh",
            source_id="2",
            url="https://boards.example.com/beta/jobs/2",
            title="Data Scientist",
            company="Beta GmbH",
            description="",
            posted_at=datetime(2026, 10, 2, tzinfo=UTC),
        ),
        Posting(
            source="lever",
            source_id="x-3",
            url="https://jobs.lever.co/gamma/x-3",
            title="Analytics Lead (Remote)",
            company="Gamma",
            remote="remote",
        ),
    ]


def core_rows(items: list[Posting]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The job and listing rows as the store built them for Core before the bulk path."""
    jobs, listings = [], []
    matching = JobMatching()
    for job_id, given in enumerate(items, start=1):
        p = matching.identified(given)
        digest = content_hash(p)
        jobs.append(
            {
                **Store._job_values(p),
                **key_columns(p.key),  # type: ignore[arg-type]
                "dedupe_key": matching.exact(p.key),  # type: ignore[arg-type]
                "content_hash": digest,
                "first_seen": SEEN,
                "last_seen": SEEN,
                "sources": p.source,
            }
        )
        listings.append(
            {
                "job_id": job_id,
                "source": p.source,
                "source_id": p.source_id,
                "url": p.url,
                "canonical_url": canonical_url(p.url),
                "first_seen": SEEN,
                "last_seen": SEEN,
                "content_hash": digest,
                "raw_hash": f"raw-{p.source_id}" if p.source == "gh" else None,
            }
        )
    return jobs, listings


def dump(path: Path, table: str) -> list[tuple[Any, ...]]:
    """Every row as SQLite holds it (raw DB-API values, storage classes included)."""
    conn = sqlite3.connect(path)
    try:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        typed = ", ".join(f"{c}, typeof({c})" for c in cols)
        return conn.execute(f"SELECT {typed} FROM {table} ORDER BY id").fetchall()
    finally:
        conn.close()


def test_upsert_stores_what_core_insert_stores(tmp_path: Path) -> None:
    items = postings()
    fast = tmp_path / "fast.db"
    store = Store(str(fast), matching=JobMatching())
    try:
        raws = {(p.source, p.source_id): f"raw-{p.source_id}" for p in items if p.source == "gh"}
        assert store.upsert(items, SEEN, raws).new == len(items)
    finally:
        store.close()

    core = tmp_path / "core.db"
    store = Store(str(core), matching=JobMatching())
    try:
        jobs, listings = core_rows(items)
        with store.engine.begin() as conn:
            conn.execute(insert(JOB), jobs)
            conn.execute(insert(LISTING), listings)
    finally:
        store.close()

    for table in ("job", "listing"):
        got, expected = dump(fast, table), dump(core, table)
        assert len(got) == len(items)
        assert got == expected


def test_insert_ids_follow_row_order(db_target: str) -> None:
    store = Store(db_target, matching=JobMatching())
    bulk = BulkInsert(LISTING, ("source", "source_id", "url", "job_id"), shared=("first_seen",))
    try:
        with store.engine.begin() as conn:
            (job_id,) = conn.execute(
                insert(JOB).returning(JOB.c.id),
                {"title": "t", "company": "c", "url": "u", "source": "s", "source_id": "0"},
            ).scalars()
            first = bulk.insert_ids(conn, [("s", "a", "u", job_id)], (SEEN,))
            rows = [("s", str(i), f"u{i}", job_id) for i in range(300)]
            ids = bulk.insert_ids(conn, rows, (SEEN,))
            assert ids[0] > first[0]
            stored = dict(conn.execute(select(LISTING.c.id, LISTING.c.source_id)).all())
            assert [stored[i] for i in ids] == [str(i) for i in range(300)]
            assert bulk.insert_ids(conn, [], (SEEN,)) == []
            seen = conn.execute(select(LISTING.c.first_seen).limit(1)).scalar_one()
            assert seen == SEEN
    finally:
        store.close()


def test_values_the_column_type_refuses_fail_like_core(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "jobs.db"), matching=JobMatching())
    naive = datetime(2026, 10, 1)  # no time zone: the point of the test
    bad = Posting(source="s", source_id="1", url="u", title="t", company="c", posted_at=naive)
    try:
        with pytest.raises(StorageError, match="naive datetime"):
            store.upsert([bad], SEEN)
        bulk = BulkInsert(LISTING, ("source", "source_id", "url", "job_id", "first_seen"))
        with store.engine.begin() as conn, pytest.raises(StatementError, match="naive"):
            bulk.insert(conn, [("s", "1", "u", 1, naive)])
    finally:
        store.close()


def test_columns_and_shared_values_are_checked(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no column"):
        BulkInsert(JOB, ("title", "nope"))
    bulk = BulkInsert(LISTING, ("source", "source_id", "url", "job_id"), shared=("first_seen",))
    store = Store(str(tmp_path / "jobs.db"), matching=JobMatching())
    try:
        with store.engine.begin() as conn, pytest.raises(ValueError, match="shared values"):
            bulk.insert(conn, [("s", "1", "u", 1)], ())
    finally:
        store.close()
