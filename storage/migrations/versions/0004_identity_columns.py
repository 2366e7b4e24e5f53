"""identity columns: a job's whole dedupe key in columns, read back as stored

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

Before this, candidates were re-keyed from their text on every read (and a cleared
cache re-keyed a big company per batch). Existing jobs get NULL key columns: storage does
not know the identity rules, so `jobs db rekey` (run by `jobs scrape` on its own when
any job lacks a key) fills them from the stored fields.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_COLUMNS = ("key_level", "key_country", "key_city", "key_workplace")


def upgrade() -> None:
    """Add job.key_level, key_country, key_city and key_workplace."""
    with op.batch_alter_table("job") as batch:
        for name in _COLUMNS:
            batch.add_column(sa.Column(name, sa.String(), nullable=True))
    # Every existing job is unkeyed now: "is any left?" is asked by every scrape.
    op.create_index("ix_job_key_level", "job", ["key_level"])


def downgrade() -> None:
    """Drop the identity columns."""
    op.drop_index("ix_job_key_level", table_name="job")
    with op.batch_alter_table("job") as batch:
        for name in _COLUMNS:
            batch.drop_column(name)
