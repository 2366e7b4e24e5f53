"""Schema versions: a fresh database is created at the latest version; older ones are upgraded.

Each migration is a function of a connection inside the write transaction, so an upgrade
either completes or leaves the database as it was. Never edit a released migration; add one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import func, insert, inspect, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import SQLModel

from scraper.errors import StorageError
from storage.engine import WRITE
from storage.models import HttpCache, Lease, Run, SchemaVersion, SourceRun, table

Migration = Callable[[Connection], None]


# (version, description, upgrade function). Version 1 is the initial schema.
def _add_column(conn: Connection, table_name: str, column: str, kind: str) -> None:
    """ALTER TABLE ... ADD COLUMN, unless an earlier step already created the column.

    Steps that create a table do so from today's model, which may already carry columns
    that a later step adds to databases created before them.
    """
    existing = {c["name"] for c in inspect(conn).get_columns(table_name)}
    if column not in existing:
        conn.exec_driver_sql(f"ALTER TABLE {table_name} ADD COLUMN {column} {kind}")


def _timestamp(conn: Connection) -> str:
    return "TIMESTAMP WITH TIME ZONE" if conn.dialect.name == "postgresql" else "DATETIME"


def _v2_ledger(conn: Connection) -> None:
    for model in (Run, SourceRun, HttpCache):
        table(model).create(conn, checkfirst=True)


def _v3_leases(conn: Connection) -> None:
    _add_column(conn, "run", "host", "VARCHAR")
    table(Lease).create(conn, checkfirst=True)


def _v4_lifecycle(conn: Connection) -> None:
    for name, column, kind in (
        ("job", "dedupe_key", "VARCHAR"),
        ("job", "title_key", "VARCHAR"),
        ("job", "sources", "VARCHAR"),
        ("job", "category", "VARCHAR"),
        ("job", "source_level", "VARCHAR"),
        ("listing", "closed_at", _timestamp(conn)),
        ("listing", "canonical_url", "VARCHAR"),
    ):
        _add_column(conn, name, column, kind)
    for ddl in (
        "CREATE INDEX IF NOT EXISTS ix_job_dedupe_key ON job (dedupe_key)",
        "CREATE INDEX IF NOT EXISTS ix_listing_canonical ON listing (source, canonical_url)",
        "CREATE INDEX IF NOT EXISTS ix_listing_open ON listing (source, closed_at, last_seen)",
        # Every existing job has exactly its one listing's source.
        "UPDATE job SET sources = source WHERE sources IS NULL",
    ):
        conn.exec_driver_sql(ddl)


MIGRATIONS: list[tuple[int, str, Migration | None]] = [
    (1, "initial schema: job, listing", None),
    (2, "run ledger and HTTP cache: run, source_run, http_cache", _v2_ledger),
    (3, "per-source leases; run.host", _v3_leases),
    (
        4,
        "lifecycle, dedupe keys, tags: listing.closed_at/canonical_url; job.sources/category",
        _v4_lifecycle,
    ),
]
LATEST = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int | None:
    """The schema version of the database, or None when it has no schema yet."""
    if not inspect(conn).has_table(SchemaVersion.__tablename__):
        return None
    version = conn.execute(select(func.max(table(SchemaVersion).c.version))).scalar()
    return int(version) if version is not None else None


def migrate(engine: Engine) -> int:
    """Bring the schema to the latest version; return the version it had before (0 = new)."""
    try:
        with engine.connect().execution_options(**WRITE) as conn, conn.begin():
            before = current_version(conn)
            now = datetime.now(UTC)
            versions = table(SchemaVersion)
            if before is None:
                SQLModel.metadata.create_all(conn)
                conn.execute(insert(versions), [{"version": LATEST, "applied_at": now}])
                return 0
            if before > LATEST:
                raise StorageError(
                    f"database schema version {before} is newer than this jobs supports "
                    f"({LATEST}): upgrade jobs"
                )
            for version, _description, upgrade in MIGRATIONS:
                if version > before and upgrade is not None:
                    upgrade(conn)
                    conn.execute(insert(versions), [{"version": version, "applied_at": now}])
            return before
    except SQLAlchemyError as exc:
        detail = getattr(exc, "orig", None) or exc
        raise StorageError(f"cannot open or upgrade the database: {detail}") from None
