"""The schema as plain SQLAlchemy Core tables, for every query the store and ledger run.

`storage/models.py` (SQLModel) stays the source of truth: migrations compare against it.
These tables say the same thing without importing SQLModel, pydantic or the ORM, which
cost more than a read command's whole start-up budget. tests/test_tables.py checks that
both describe the same schema (DDL on SQLite and PostgreSQL, types, defaults), so a
change to one without the other fails there.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC in and out, on every backend (SQLite has no time zone type)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Store UTC; SQLite keeps naive UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database: use timezone-aware UTC")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Read back as aware UTC."""
        if value is None:
            return None
        if isinstance(value, str):  # defensive: SQLite rows written by other tools
            value = datetime.fromisoformat(value)
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime from the database, got {type(value).__name__}")
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


METADATA = MetaData()


def _id() -> Column[Any]:
    return Column("id", Integer, primary_key=True)


def _str(name: str, *, nullable: bool = True, index: bool = False) -> Column[Any]:
    return Column(name, String, nullable=nullable, index=index)


def _float(name: str) -> Column[Any]:
    return Column(name, Float)


def _ts(name: str, *, index: bool = False) -> Column[Any]:
    return Column(name, UTCDateTime(), index=index)


def _count(name: str) -> Column[Any]:
    return Column(name, Integer, nullable=False, default=0)


# Newest-first pages read ids and filter columns from this index alone (see 0002_search).
NEWEST_COVER = (
    "posted_at",
    "id",
    "closed_at",
    "role",
    "level",
    "remote",
    "country",
    "employment_type",
    "salary_usd_annual_max",
    "salary_usd_annual_min",
    "first_seen",
)

JOB = Table(
    "job",
    METADATA,
    _id(),
    _str("title", nullable=False),
    _str("company", nullable=False),
    _str("company_key", index=True),
    _str("location"),
    _str("city"),
    _str("region"),
    _str("country", index=True),
    _str("remote"),
    _str("level"),
    _str("role", index=True),
    _str("employment_type"),
    _float("salary_min"),
    _float("salary_max"),
    _str("salary_currency"),
    _str("salary_period"),
    _float("salary_annual_min"),
    _float("salary_annual_max"),
    _float("salary_usd_annual_min"),
    _float("salary_usd_annual_max"),
    _ts("posted_at"),
    _ts("first_seen", index=True),
    _ts("last_seen"),
    _ts("closed_at"),
    _str("url", nullable=False),
    _str("source", nullable=False),
    _str("source_id", nullable=False),
    _str("department"),
    _str("category"),
    _str("source_level"),
    Column("description", Text),
    _str("content_hash"),
    _str("dedupe_key", index=True),
    _str("title_key"),
    _str("sources"),
    # The rest of the job's identity (scraper.models.JobKey): level signature ("" for
    # none; NULL means not keyed yet, see `Store.rekey`), country, city, workplace.
    _str("key_level"),
    _str("key_country"),
    _str("key_city"),
    _str("key_workplace"),
    _str("tags"),
    _str("apply_url"),
    Index("ix_job_newest_cover", *NEWEST_COVER),
    # "Is any job unkeyed (key_level NULL)?" is asked by every scrape: an index answers it
    # at once. (Not a partial index: its PostgreSQL clause would import that dialect in
    # every read command.)
    Index("ix_job_key_level", "key_level"),
)

LISTING = Table(
    "listing",
    METADATA,
    _id(),
    Column("job_id", Integer, ForeignKey("job.id"), nullable=False, index=True),
    _str("source", nullable=False),
    _str("source_id", nullable=False),
    _str("url", nullable=False),
    _ts("first_seen"),
    _ts("last_seen"),
    _str("content_hash"),
    _ts("closed_at"),
    _str("canonical_url"),
    _str("raw_hash"),
    UniqueConstraint("source", "source_id", name="uq_listing_source_id"),
    Index("ix_listing_canonical", "source", "canonical_url"),
    Index("ix_listing_open", "source", "closed_at", "last_seen"),
)

RUN = Table(
    "run",
    METADATA,
    _id(),
    _ts("started_at", index=True),
    _ts("finished_at"),
    Column("status", String, nullable=False, index=True, default="running"),
    _count("sources"),
    _count("listings"),
    _count("new"),
    _count("updated"),
    _count("errors"),
    Column("pid", Integer),
    _str("host"),
)

SOURCE_RUN = Table(
    "source_run",
    METADATA,
    _id(),
    Column("run_id", Integer, ForeignKey("run.id"), nullable=False, index=True),
    _str("source", nullable=False, index=True),
    _str("adapter", nullable=False),
    _ts("started_at"),
    _ts("finished_at"),
    _str("status", nullable=False),
    _count("requests"),
    _count("not_modified"),
    _count("listings"),
    _count("new"),
    _count("updated"),
    _count("errors"),
    Column("first_error", Text),
    _ts("deferred_until"),
)

HTTP_CACHE = Table(
    "http_cache",
    METADATA,
    Column("url", String, primary_key=True),
    _str("source", nullable=False, index=True),
    _str("etag"),
    _str("last_modified"),
    Column("listing_ids", Text),
    Column("follow_ups", Text),
    _ts("fetched_at"),
)

LEASE = Table(
    "lease",
    METADATA,
    Column("source", String, primary_key=True),
    _str("holder"),
    _ts("expires_at"),
    _ts("last_completed_at"),
)

# Saved searches (scraper/watch.py): the filters as typed (JSON), where each digest goes,
# and which jobs each destination has been sent, so none is sent twice.
WATCH = Table(
    "watch",
    METADATA,
    _id(),
    Column("name", String, nullable=False, unique=True),
    Column("query", Text, nullable=False),
    Column("origin", String, nullable=False, default="cli"),
    _str("secret_env"),
    Column("digest_limit", Integer, nullable=False, default=20),
    _ts("created_at"),
)

WATCH_TARGET = Table(
    "watch_target",
    METADATA,
    _id(),
    Column("watch_id", Integer, ForeignKey("watch.id"), nullable=False, index=True),
    _str("target", nullable=False),
    _ts("last_sent_at"),
    _ts("last_attempt_at"),
    Column("last_error", Text),
    _count("failures"),
    _ts("next_attempt_at"),
    _count("sent"),
    UniqueConstraint("watch_id", "target", name="uq_watch_target"),
)

WATCH_SENT = Table(
    "watch_sent",
    METADATA,
    _id(),
    Column("target_id", Integer, ForeignKey("watch_target.id"), nullable=False),
    Column("job_id", Integer, nullable=False),
    _ts("sent_at"),
    UniqueConstraint("target_id", "job_id", name="uq_watch_sent"),
)

BOARD_HEALTH = Table(
    "board_health",
    METADATA,
    Column("source", String, primary_key=True),
    Column("board", String, primary_key=True),
    _count("misses"),
    _ts("gone_since"),
    _ts("last_checked"),
    _str("last_error"),
)
