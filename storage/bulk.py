"""Bulk inserts for the write hot path: on SQLite, straight through the DB-API.

SQLAlchemy Core costs more per row than SQLite spends storing it: every execute builds
and bind-processes its parameters and sets up a result, and `insert().returning()` over
many rows runs one statement per row on SQLite (insertmanyvalues cannot promise RETURNING
order there). `BulkInsert` writes its SQL once, takes plain tuples, converts them with the
columns' own bind processors in one loop (so values are stored exactly as Core stores
them: UTC datetimes as SQLite's DATETIME text, floats as floats) and hands them to one
`executemany` in the caller's transaction. PostgreSQL keeps the Core path: there
insertmanyvalues batches RETURNING in order, and each statement is a round trip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Table, func, insert, select
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import StatementError

from scraper.errors import StorageError

Row = Sequence[Any]


@dataclass(frozen=True, slots=True)
class _Plan:
    """One dialect's SQL text and the bind processors of the columns that have one."""

    sql: str
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]  # (position in a row, processor)
    shared: tuple[tuple[int, Callable[[Any], Any]], ...]  # the same for the shared values


class BulkInsert:
    """An INSERT into fixed columns, fed tuples; `shared` columns take one value per batch."""

    def __init__(self, table: Table, columns: Sequence[str], shared: Sequence[str] = ()) -> None:
        """Rows will hold values for `columns`, in that order; `shared` values come apart."""
        self.table = table
        self.columns = tuple(columns)
        self.shared = tuple(shared)
        names = (*self.columns, *self.shared)
        unknown = [name for name in names if name not in table.c]
        if unknown:
            raise ValueError(f"{table.name} has no column {', '.join(unknown)}")
        # Core applies Python-side defaults this path would skip: refuse them up front.
        defaulted = [c.name for c in table.c if c.name not in names and c.default is not None]
        if defaulted:
            raise ValueError(f"columns with defaults must be given: {', '.join(defaulted)}")
        (self._key,) = table.primary_key.columns
        self._core = insert(table)
        self._core_ids = insert(table).returning(self._key, sort_by_parameter_order=True)
        self._max_key = select(func.max(self._key))
        self._plans: WeakKeyDictionary[Dialect, _Plan] = WeakKeyDictionary()

    def insert(self, conn: Connection, rows: Sequence[Row], shared: Row = ()) -> None:
        """Insert `rows`, each with the `shared` values."""
        if not rows:
            return
        if conn.dialect.name != "sqlite":
            conn.execute(self._core, self._dicts(rows, shared))
            return
        plan = self._plan(conn.dialect)
        conn.exec_driver_sql(plan.sql, self._params(plan, rows, shared))

    def insert_ids(self, conn: Connection, rows: Sequence[Row], shared: Row = ()) -> list[int]:
        """Insert `rows` in a write transaction; their new primary keys, in row order."""
        if not rows:
            return []
        if conn.dialect.name != "sqlite":
            return list(conn.execute(self._core_ids, self._dicts(rows, shared)).scalars())
        plan = self._plan(conn.dialect)
        params = self._params(plan, rows, shared)
        # An INTEGER PRIMARY KEY without AUTOINCREMENT is the rowid, and SQLite gives each
        # inserted row the largest rowid + 1; the transaction holds the write lock (BEGIN
        # IMMEDIATE, or a snapshot that fails to write if anyone wrote since), so nobody
        # else inserts in between and the rows take top+1 .. top+n in order. The check
        # catches the exceptions (rowids at their limit are chosen at random; a table
        # declared AUTOINCREMENT may skip numbers) instead of returning wrong ids.
        top = conn.execute(self._max_key).scalar() or 0
        conn.exec_driver_sql(plan.sql, params)
        new_top = conn.execute(self._max_key).scalar() or 0
        if new_top != top + len(rows):
            raise StorageError(
                f"{self.table.name}: {len(rows)} rows inserted but the largest id moved "
                f"from {top} to {new_top}: their ids are unknown"
            )
        return list(range(top + 1, new_top + 1))

    def _plan(self, dialect: Dialect) -> _Plan:
        plan = self._plans.get(dialect)
        if plan is None:
            quote = dialect.identifier_preparer
            names = (*self.columns, *self.shared)
            sql = (
                f"INSERT INTO {quote.format_table(self.table)} "  # noqa: S608
                f"({', '.join(quote.quote(name) for name in names)}) "
                f"VALUES ({', '.join('?' * len(names))})"  # pysqlite's qmark paramstyle
            )
            processors = []
            for position, name in enumerate(names):
                # The processor Core itself uses (the dialect's form of the column's type).
                processor = self.table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                if processor is not None:
                    processors.append((position, processor))
            width = len(self.columns)
            plan = _Plan(
                sql,
                tuple((i, p) for i, p in processors if i < width),
                tuple((i - width, p) for i, p in processors if i >= width),
            )
            self._plans[dialect] = plan
        return plan

    def _params(self, plan: _Plan, rows: Sequence[Row], shared: Row) -> list[tuple[Any, ...]]:
        """DB-API parameter tuples: every row's values bind-processed, then the shared ones."""
        if len(shared) != len(self.shared):
            raise ValueError(f"expected {len(self.shared)} shared values, got {len(shared)}")
        tail = list(shared)
        processors = plan.processors
        params = []
        values = tail
        try:
            for i, processor in plan.shared:  # once per batch, not once per row
                tail[i] = processor(tail[i])
            for row in rows:
                values = [*row, *tail]
                for i, processor in processors:
                    values[i] = processor(values[i])
                params.append(tuple(values))
        except Exception as exc:  # a value the column's type refuses: fail as Core would
            raise StatementError(
                f"({type(exc).__module__}.{type(exc).__qualname__}) {exc}", plan.sql, values, exc
            ) from exc
        return params

    def _dicts(self, rows: Sequence[Row], shared: Row) -> list[dict[str, Any]]:
        names = (*self.columns, *self.shared)
        return [dict(zip(names, (*row, *shared), strict=True)) for row in rows]
