"""Database tables. A Job is one opening; a Listing is one source's copy of it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Column, Index, Integer, String, Table, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

# Shared with the Core tables (storage/tables.py), which must not import SQLModel.
from storage.tables import NEWEST_COVER, UTCDateTime


def _ts(index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), index=index))


def _text() -> Any:
    return Field(default=None, sa_column=Column(Text))


class Job(SQLModel, table=True):
    """One job opening, with the fields of its best listing."""

    __tablename__ = "job"

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(sa_column=Column(String, nullable=False))
    company: str = Field(sa_column=Column(String, nullable=False))
    company_key: str | None = Field(default=None, index=True)
    location: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = Field(default=None, index=True)
    remote: str | None = None
    level: str | None = None
    role: str | None = Field(default=None, index=True)
    employment_type: str | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str | None = None
    salary_period: str | None = None
    salary_annual_min: float | None = None
    salary_annual_max: float | None = None
    salary_usd_annual_min: float | None = None
    salary_usd_annual_max: float | None = None
    posted_at: datetime | None = _ts()
    first_seen: datetime | None = _ts(index=True)
    last_seen: datetime | None = _ts()
    closed_at: datetime | None = _ts()
    url: str = Field(sa_column=Column(String, nullable=False))
    source: str = Field(sa_column=Column(String, nullable=False))
    source_id: str = Field(sa_column=Column(String, nullable=False))
    department: str | None = None
    category: str | None = None
    source_level: str | None = None
    description: str | None = _text()
    content_hash: str | None = None
    # Dedupe keys (scraper.dedupe) and the sources of the job's listings, comma-separated.
    dedupe_key: str | None = Field(default=None, index=True)
    title_key: str | None = None
    sources: str | None = None
    # The rest of the identity (scraper.models.JobKey); key_level NULL: not keyed yet.
    key_level: str | None = None
    key_country: str | None = None
    key_city: str | None = None
    key_workplace: str | None = None
    # The source's own tags (a JSON array) and the page to apply on, when it has its own.
    tags: str | None = None
    apply_url: str | None = None

    # Newest-first pages read ids and filter columns from this index alone (see 0002_search).
    __table_args__ = (
        Index("ix_job_newest_cover", *NEWEST_COVER),
        Index("ix_job_key_level", "key_level"),
    )


class Listing(SQLModel, table=True):
    """One source's copy of a job: (source, source_id) is its identity."""

    __tablename__ = "listing"

    id: int | None = Field(default=None, primary_key=True)
    job_id: int = Field(foreign_key="job.id", index=True)
    source: str
    source_id: str
    url: str
    first_seen: datetime | None = _ts()
    last_seen: datetime | None = _ts()
    content_hash: str | None = None
    closed_at: datetime | None = _ts()
    canonical_url: str | None = None
    # A digest of the raw listing as parsed (scraper.pipeline): unchanged, it is not re-read.
    raw_hash: str | None = None

    __table_args__ = (
        UniqueConstraint("source", "source_id", name="uq_listing_source_id"),
        Index("ix_listing_canonical", "source", "canonical_url"),
        Index("ix_listing_open", "source", "closed_at", "last_seen"),
    )


def table(model: type[SQLModel]) -> Table:
    """The Core table of a SQLModel class (for the hot paths, which bypass the ORM)."""
    return SQLModel.metadata.tables[str(model.__tablename__)]


class Run(SQLModel, table=True):
    """One `jobs scrape` (or scheduled) run: the ledger's top level."""

    __tablename__ = "run"

    id: int | None = Field(default=None, primary_key=True)
    started_at: datetime | None = _ts(index=True)
    finished_at: datetime | None = _ts()
    # running | ok | partial | failed | interrupted | abandoned
    status: str = Field(default="running", index=True)
    sources: int = 0
    listings: int = 0
    new: int = 0
    updated: int = 0
    errors: int = 0
    pid: int | None = None
    host: str | None = None


class SourceRun(SQLModel, table=True):
    """One source's attempt within a run."""

    __tablename__ = "source_run"

    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="run.id", index=True)
    source: str = Field(index=True)
    adapter: str
    started_at: datetime | None = _ts()
    finished_at: datetime | None = _ts()
    # ok | partial | failed | rate_limited | blocked | suspect | deferred
    status: str
    requests: int = 0
    not_modified: int = 0
    listings: int = 0
    new: int = 0
    updated: int = 0
    errors: int = 0
    first_error: str | None = _text()
    deferred_until: datetime | None = _ts()


class HttpCache(SQLModel, table=True):
    """Validators of a fetched URL and what its page held, so a 304 needs no re-parse."""

    __tablename__ = "http_cache"

    url: str = Field(primary_key=True)
    source: str = Field(index=True)
    etag: str | None = None
    last_modified: str | None = None
    # JSON: the source ids listed on the page and the follow-up requests it produced.
    listing_ids: str | None = _text()
    follow_ups: str | None = _text()
    fetched_at: datetime | None = _ts()


class Lease(SQLModel, table=True):
    """Who is scraping a source right now (until `expires_at`), and when it last finished."""

    __tablename__ = "lease"

    source: str = Field(primary_key=True)
    holder: str | None = None
    expires_at: datetime | None = _ts()
    last_completed_at: datetime | None = _ts()


class Watch(SQLModel, table=True):
    """A saved search (`jobs watch`): its filters as typed (JSON) and digest settings."""

    __tablename__ = "watch"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String, nullable=False, unique=True))
    query: str = Field(sa_column=Column(Text, nullable=False))
    # cli (`jobs watch add`) or config (a [watches.NAME] table, synced on each run)
    origin: str = Field(default="cli", sa_column=Column(String, nullable=False, default="cli"))
    # The NAME of the environment variable holding the webhook signing secret, never its value.
    secret_env: str | None = None
    digest_limit: int = Field(default=20, sa_column=Column(Integer, nullable=False, default=20))
    created_at: datetime | None = _ts()


class WatchTarget(SQLModel, table=True):
    """One destination of a watch and the state of its deliveries (retries, last error)."""

    __tablename__ = "watch_target"

    id: int | None = Field(default=None, primary_key=True)
    watch_id: int = Field(foreign_key="watch.id", index=True)
    target: str
    last_sent_at: datetime | None = _ts()
    last_attempt_at: datetime | None = _ts()
    last_error: str | None = _text()
    failures: int = 0
    next_attempt_at: datetime | None = _ts()
    sent: int = 0

    __table_args__ = (UniqueConstraint("watch_id", "target", name="uq_watch_target"),)


class WatchSent(SQLModel, table=True):
    """The delivery ledger: this job was sent to this destination (never again)."""

    __tablename__ = "watch_sent"

    id: int | None = Field(default=None, primary_key=True)
    target_id: int = Field(foreign_key="watch_target.id")
    job_id: int
    sent_at: datetime | None = _ts()

    __table_args__ = (UniqueConstraint("target_id", "job_id", name="uq_watch_sent"),)


class BoardHealth(SQLModel, table=True):
    """A board that answered "not found": consecutive such runs, and since when it is gone."""

    __tablename__ = "board_health"

    source: str = Field(primary_key=True)
    board: str = Field(primary_key=True)
    misses: int = 0
    gone_since: datetime | None = _ts()
    last_checked: datetime | None = _ts()
    last_error: str | None = None
