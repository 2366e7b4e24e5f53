"""watches: saved searches, their destinations and the delivery ledger

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

New tables only: existing databases lose nothing and have no watches until one is added.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create watch, watch_target and watch_sent."""
    op.create_table(
        "watch",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False, unique=True),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(), nullable=False),
        sa.Column("secret_env", sa.String(), nullable=True),
        sa.Column("digest_limit", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "watch_target",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("watch_id", sa.Integer(), sa.ForeignKey("watch.id"), nullable=False),
        sa.Column("target", sa.String(), nullable=False),
        sa.Column("last_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent", sa.Integer(), nullable=False),
        sa.UniqueConstraint("watch_id", "target", name="uq_watch_target"),
    )
    op.create_index("ix_watch_target_watch_id", "watch_target", ["watch_id"])
    op.create_table(
        "watch_sent",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("target_id", sa.Integer(), sa.ForeignKey("watch_target.id"), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("target_id", "job_id", name="uq_watch_sent"),
    )


def downgrade() -> None:
    """Drop the watch tables."""
    op.drop_table("watch_sent")
    op.drop_index("ix_watch_target_watch_id", table_name="watch_target")
    op.drop_table("watch_target")
    op.drop_table("watch")
