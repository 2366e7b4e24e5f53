"""tags and apply_url: the source's own tags and its apply page, for exports

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

Nullable: existing jobs get theirs when a scrape next changes them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add job.tags and job.apply_url."""
    with op.batch_alter_table("job") as batch:
        batch.add_column(sa.Column("tags", sa.String(), nullable=True))
        batch.add_column(sa.Column("apply_url", sa.String(), nullable=True))


def downgrade() -> None:
    """Drop job.tags and job.apply_url."""
    with op.batch_alter_table("job") as batch:
        batch.drop_column("apply_url")
        batch.drop_column("tags")
