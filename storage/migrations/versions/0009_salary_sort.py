"""salary sort: an index in best-paid-first order, so `--sort salary` reads a page, not all

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-03

`jobs search --sort salary` orders by a job's annualised USD pay (top of the band, else
the bottom), missing pay last. Without an index in that order every open job was read
and sorted: 141-153 ms at a million jobs. The index is on that expression, then the id
(the tie-break), then the filter columns, as the newest-first covering index is, so a
filtered salary page is read from index entries alone. NULLs sort lowest in SQLite, so
its DESC order already puts missing pay last; PostgreSQL says NULLS LAST.
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None

NAME = "ix_job_salary_cover"
PAY = "coalesce(salary_usd_annual_max, salary_usd_annual_min)"
FILTERS = (
    "closed_at, role, level, remote, country, employment_type, posted_at, first_seen, "
    "salary_usd_annual_max, salary_usd_annual_min"
)


def upgrade() -> None:
    """Add ix_job_salary_cover for the database's dialect."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX IF NOT EXISTS {NAME} ON job ({PAY} DESC NULLS LAST, id DESC)")
    else:
        # SQLite counts an expression index as covering only when it also holds the
        # columns inside the expression: hence both salary columns at the end.
        op.execute(f"CREATE INDEX IF NOT EXISTS {NAME} ON job ({PAY} DESC, id DESC, {FILTERS})")


def downgrade() -> None:
    """Drop ix_job_salary_cover."""
    op.execute(f"DROP INDEX IF EXISTS {NAME}")
