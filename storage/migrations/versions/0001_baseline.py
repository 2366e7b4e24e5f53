"""baseline: job, listing, run ledger, HTTP cache, leases (legacy schema versions 1-4)

Revision ID: 0001
Revises:
Create Date: 2026-11-28

A new database gets every table. A database made by an earlier jobs (home-made versions
1-4 in `schema_version`) gets the tables, columns and indexes it lacks, its rows kept,
and version 4 noted in `schema_version` for older jobs installs that still read it.
The tables are spelled out here, not taken from the models: a revision is frozen in time.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _ts(name: str, index: bool = False) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), index=index)


def _str(name: str, index: bool = False) -> sa.Column[str]:
    return sa.Column(name, sa.String(), index=index)


def _float(name: str) -> sa.Column[float]:
    return sa.Column(name, sa.Float())


def _int(name: str) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), nullable=False)


def _tables() -> sa.MetaData:
    meta = sa.MetaData()
    sa.Table(
        "job",
        meta,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("company", sa.String(), nullable=False),
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
        sa.Column("url", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("source_id", sa.String(), nullable=False),
        _str("department"),
        _str("category"),
        _str("source_level"),
        sa.Column("description", sa.Text()),
        _str("content_hash"),
        _str("dedupe_key", index=True),
        _str("title_key"),
        _str("sources"),
        sa.Index("ix_job_newest", "posted_at", "id"),
    )
    sa.Table(
        "listing",
        meta,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("job_id", sa.Integer(), sa.ForeignKey("job.id"), nullable=False, index=True),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("source_id", sa.String(), nullable=False),
        sa.Column("url", sa.String(), nullable=False),
        _ts("first_seen"),
        _ts("last_seen"),
        _str("content_hash"),
        _ts("closed_at"),
        _str("canonical_url"),
        sa.UniqueConstraint("source", "source_id", name="uq_listing_source_id"),
        sa.Index("ix_listing_canonical", "source", "canonical_url"),
        sa.Index("ix_listing_open", "source", "closed_at", "last_seen"),
    )
    sa.Table(
        "run",
        meta,
        sa.Column("id", sa.Integer(), primary_key=True),
        _ts("started_at", index=True),
        _ts("finished_at"),
        sa.Column("status", sa.String(), nullable=False, index=True),
        _int("sources"),
        _int("listings"),
        _int("new"),
        _int("updated"),
        _int("errors"),
        sa.Column("pid", sa.Integer()),
        _str("host"),
    )
    sa.Table(
        "source_run",
        meta,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("run.id"), nullable=False, index=True),
        sa.Column("source", sa.String(), nullable=False, index=True),
        sa.Column("adapter", sa.String(), nullable=False),
        _ts("started_at"),
        _ts("finished_at"),
        sa.Column("status", sa.String(), nullable=False),
        _int("requests"),
        _int("not_modified"),
        _int("listings"),
        _int("new"),
        _int("updated"),
        _int("errors"),
        sa.Column("first_error", sa.Text()),
        _ts("deferred_until"),
    )
    sa.Table(
        "http_cache",
        meta,
        sa.Column("url", sa.String(), primary_key=True),
        sa.Column("source", sa.String(), nullable=False, index=True),
        _str("etag"),
        _str("last_modified"),
        sa.Column("listing_ids", sa.Text()),
        sa.Column("follow_ups", sa.Text()),
        _ts("fetched_at"),
    )
    sa.Table(
        "lease",
        meta,
        sa.Column("source", sa.String(), primary_key=True),
        _str("holder"),
        _ts("expires_at"),
        _ts("last_completed_at"),
    )
    return meta


def upgrade() -> None:
    """Create what is missing: everything on a new database, the gaps on a legacy one."""
    conn = op.get_bind()
    inspector = sa.inspect(conn)
    legacy = inspector.has_table("schema_version")
    for table in _tables().sorted_tables:
        if not inspector.has_table(table.name):
            table.create(conn)
            continue
        # A legacy table: add the columns and indexes later versions brought.
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in columns:
                op.add_column(table.name, sa.Column(column.name, column.type, nullable=True))
        indexes = {i["name"] for i in inspector.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in indexes:
                index.create(conn)
    # Every legacy job has exactly its one listing's source.
    op.execute("UPDATE job SET sources = source WHERE sources IS NULL")
    if legacy:
        version = conn.exec_driver_sql("SELECT MAX(version) FROM schema_version").scalar()
        if version is None or version < 4:
            versions = sa.table(
                "schema_version", sa.column("version"), sa.column("applied_at", sa.DateTime())
            )
            # The legacy table stored naive UTC (SQLite); keep its format.
            now = datetime.now(UTC).replace(tzinfo=None)
            op.execute(versions.insert().values(version=4, applied_at=now))


def downgrade() -> None:
    """Drop every table (the baseline has nothing below it)."""
    for table in reversed(_tables().sorted_tables):
        op.drop_table(table.name)
