"""storage/tables.py (plain Core, for queries) must describe exactly the SQLModel schema."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Column, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlalchemy.types import String
from sqlmodel import SQLModel
from sqlmodel.sql.sqltypes import AutoString

import storage.models  # noqa: F401  (registers the SQLModel tables)
from storage.tables import METADATA

MODELS = SQLModel.metadata
DIALECTS = {"sqlite": sqlite.dialect(), "postgresql": postgresql.dialect()}


def _ddl(table: Table, dialect: str) -> list[str]:
    """CREATE TABLE and CREATE INDEX statements, as the database would receive them."""
    d = DIALECTS[dialect]
    indexes = sorted(table.indexes, key=lambda i: str(i.name))
    return [
        str(CreateTable(table).compile(dialect=d)).strip(),
        *(str(CreateIndex(i).compile(dialect=d)).strip() for i in indexes),
    ]


def _column(col: Column[Any]) -> tuple[Any, ...]:
    """What the Python side sees of a column: its type class (value processing), default."""
    default = col.default.arg if col.default is not None else None  # type: ignore[attr-defined]
    # AutoString is SQLModel's String: VARCHAR, with a length only on MySQL.
    kind = String if type(col.type) is AutoString else type(col.type)
    return (
        col.name,
        kind,
        col.nullable,
        col.primary_key,
        default,
    )


def test_same_tables() -> None:
    assert sorted(METADATA.tables) == sorted(MODELS.tables)


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
@pytest.mark.parametrize("name", sorted(MODELS.tables))
def test_same_ddl(name: str, dialect: str) -> None:
    assert _ddl(METADATA.tables[name], dialect) == _ddl(MODELS.tables[name], dialect)


@pytest.mark.parametrize("name", sorted(MODELS.tables))
def test_same_columns(name: str) -> None:
    core, model = METADATA.tables[name], MODELS.tables[name]
    assert [_column(c) for c in core.columns] == [_column(c) for c in model.columns]
