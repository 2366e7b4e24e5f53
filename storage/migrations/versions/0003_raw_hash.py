"""raw_hash: a digest of each listing's raw content, so an unchanged one skips normalising

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

Nullable: existing listings get theirs the next time a scrape sees them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add listing.raw_hash."""
    with op.batch_alter_table("listing") as batch:
        batch.add_column(sa.Column("raw_hash", sa.String(), nullable=True))


def downgrade() -> None:
    """Drop listing.raw_hash."""
    with op.batch_alter_table("listing") as batch:
        batch.drop_column("raw_hash")
