"""search: full-text index (FTS5 on SQLite, tsvector + GIN on PostgreSQL), covering index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

SQLite: an external-content FTS5 table over job title, company and description, kept in
step by the store batch by batch, filled here from existing jobs. PostgreSQL: a generated
tsvector column with a GIN index. Both: a covering index in posted_at order carrying the
filter columns, so "newest first" pages are read from narrow index entries.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COVER = (
    "posted_at, id, closed_at, role, level, remote, country, employment_type, "
    "salary_usd_annual_max, salary_usd_annual_min, first_seen"
)


def upgrade() -> None:
    """Add the search indexes for the database's dialect."""
    conn = op.get_bind()
    op.execute("DROP INDEX IF EXISTS ix_job_newest")
    op.execute(f"CREATE INDEX IF NOT EXISTS ix_job_newest_cover ON job ({COVER})")
    if conn.dialect.name == "sqlite":
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='job_fts'"
        ).first()
        if not exists:
            op.execute(
                "CREATE VIRTUAL TABLE job_fts USING fts5(title, company, description, "
                "content='job', content_rowid='id', "
                "tokenize=\"unicode61 remove_diacritics 2 tokenchars '+#'\")"
            )
            op.execute("INSERT INTO job_fts(job_fts) VALUES('rebuild')")
    elif conn.dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE job ADD COLUMN IF NOT EXISTS search tsvector GENERATED ALWAYS AS "
            "(to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(company, '') || ' ' "
            "|| coalesce(description, ''))) STORED"
        )
        op.execute("CREATE INDEX IF NOT EXISTS ix_job_search ON job USING gin (search)")


def downgrade() -> None:
    """Remove the search indexes."""
    conn = op.get_bind()
    op.execute("DROP INDEX IF EXISTS ix_job_newest_cover")
    op.execute("CREATE INDEX IF NOT EXISTS ix_job_newest ON job (posted_at, id)")
    if conn.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS job_fts")
    elif conn.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_job_search")
        op.execute("ALTER TABLE job DROP COLUMN IF EXISTS search")
