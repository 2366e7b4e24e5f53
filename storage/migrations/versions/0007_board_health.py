"""board_health: boards that answer "not found" run after run, and when they were gone

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

A new table: nothing existing changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create board_health."""
    op.create_table(
        "board_health",
        sa.Column("source", sa.String(), primary_key=True),
        sa.Column("board", sa.String(), primary_key=True),
        sa.Column("misses", sa.Integer(), nullable=False),
        sa.Column("gone_since", sa.DateTime(timezone=True)),
        sa.Column("last_checked", sa.DateTime(timezone=True)),
        sa.Column("last_error", sa.String()),
    )


def downgrade() -> None:
    """Drop board_health."""
    op.drop_table("board_health")
