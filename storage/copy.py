"""Copy a whole database to another (SQLite to PostgreSQL and back), streamed in batches."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Table, delete, func, insert, select, text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers every table)
from scraper.errors import StorageError
from storage.engine import WRITE, db_errors, is_postgres
from storage.migrations import migrate

DEFAULT_BATCH = 5000


def tables() -> list[Table]:
    """Every table, parents before children."""
    return list(SQLModel.metadata.sorted_tables)


def row_counts(conn: Connection) -> dict[str, int]:
    """Rows per table."""
    return {
        t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
        for t in tables()
    }


def copy_database(
    source: Engine,
    target: Engine,
    *,
    force: bool = False,
    batch: int = DEFAULT_BATCH,
    progress: Callable[[str, int], None] | None = None,
) -> dict[str, int]:
    """Copy every row of every table, ids kept; returns rows copied per table.

    Both databases are migrated to the latest schema first. The target must be empty
    unless `force`, which empties it. The copy is one transaction on the target: it lands
    whole or not at all. Rows stream from the source (server-side cursor on PostgreSQL),
    `batch` at a time, so memory stays flat whatever the size.
    """
    if source.url == target.url:
        raise StorageError("the source and the target are the same database")
    migrate(source)
    migrate(target)
    copied: dict[str, int] = {}
    with (
        db_errors("copy the database"),
        source.connect() as src,
        target.connect().execution_options(**WRITE) as dst,
        dst.begin(),
    ):
        existing = {name: n for name, n in row_counts(dst).items() if n}
        if existing and not force:
            found = ", ".join(f"{name} {n}" for name, n in existing.items())
            raise StorageError(
                f"the target database is not empty ({found}): use --force to replace it"
            )
        for table in reversed(tables()):
            dst.execute(delete(table))
        for table in tables():
            copied[table.name] = _copy_table(src, dst, table, batch, progress)
        if is_postgres(dst):
            _reset_sequences(dst)
    return copied


def _copy_table(
    src: Connection,
    dst: Connection,
    table: Table,
    batch: int,
    progress: Callable[[str, int], None] | None,
) -> int:
    stmt = select(table).order_by(*table.primary_key.columns)
    result = src.execution_options(stream_results=True, yield_per=batch).execute(stmt)
    done = 0
    for rows in result.mappings().partitions(batch):
        dst.execute(insert(table), [dict(row) for row in rows])
        done += len(rows)
        if progress is not None:
            progress(table.name, done)
    return done


def _reset_sequences(dst: Connection) -> None:
    """Point each serial id's sequence past the copied ids, so new rows do not collide."""
    for table in tables():
        for column in table.primary_key.columns:
            if column.autoincrement is True or (
                column.autoincrement == "auto" and column.type.python_type is int
            ):
                dst.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence(:table, :column), "  # noqa: S608
                        f'COALESCE(MAX("{column.name}"), 1), MAX("{column.name}") IS NOT NULL) '
                        f'FROM "{table.name}"'
                    ),
                    {"table": table.name, "column": column.name},
                )
