"""The few statements that differ between SQLite and PostgreSQL, kept in one place.

Everything else in `storage/` is portable SQLAlchemy Core. Full-text search will add its
own per-dialect parts (FTS5 on SQLite, a tsvector column with a GIN index on PostgreSQL).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.engine import Connection


def upsert(conn: Connection, table: Table) -> Any:
    """An INSERT that supports `.on_conflict_do_update/nothing` on this connection's dialect."""
    # Each dialect is imported on use: SQLite commands never pay for PostgreSQL's.
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table)
    if conn.dialect.name == "sqlite":
        from sqlalchemy.dialects import sqlite

        return sqlite.insert(table)
    raise NotImplementedError(f"unsupported database: {conn.dialect.name}")


def lock_key(namespace: str, value: str) -> int:
    """A signed 64-bit advisory-lock key for a value in a namespace."""
    digest = hashlib.blake2b(f"{namespace}\0{value}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def lock_values(conn: Connection, namespace: str, values: Iterable[str]) -> None:
    """Serialise writers that touch the same values until this transaction ends.

    PostgreSQL: transaction-level advisory locks, taken in key order so two writers never
    deadlock. SQLite needs nothing: its write transactions (BEGIN IMMEDIATE) already run
    one at a time.
    """
    if conn.dialect.name != "postgresql":
        return
    keys = sorted({lock_key(namespace, v) for v in values})
    if keys:
        conn.execute(
            text(
                "SELECT pg_advisory_xact_lock(k) FROM "
                "(SELECT unnest(CAST(:keys AS bigint[])) AS k ORDER BY k) AS ordered"
            ),
            {"keys": keys},
        )


def lock_global(conn: Connection, name: str) -> None:
    """One named lock for this transaction (PostgreSQL; SQLite's write lock is global)."""
    lock_values(conn, "global", [name])
