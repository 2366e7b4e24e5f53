"""Opening a fresh SQLite database from several processes at once."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from scraper.errors import StorageError
from storage import migrations


def _driver_error(message: str) -> OperationalError:
    """What SQLAlchemy raises for an sqlite3 error with this message."""
    return OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError(message))


def test_migrate_tries_again_when_sqlite_reports_the_database_locked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A fresh file opened by two processes at once can answer 'locked' without waiting;
    migrating again succeeds. Any other error, or a lock that persists, is raised."""
    calls: list[int] = []

    def flaky(engine: object) -> str:
        calls.append(1)
        if len(calls) < 3:
            raise _driver_error("database is locked")
        return "head"

    monkeypatch.setattr(migrations.time, "sleep", lambda s: None)
    monkeypatch.setattr(migrations, "_migrate", flaky)
    assert migrations.migrate(object()) == "head"  # type: ignore[arg-type]
    assert len(calls) == 3

    def locked(engine: object) -> str:
        raise _driver_error("database is locked")

    monkeypatch.setattr(migrations, "_migrate", locked)
    with pytest.raises(StorageError, match="locked"):
        migrations.migrate(object())  # type: ignore[arg-type]

    def broken(engine: object) -> str:
        calls.append(1)
        raise _driver_error("disk I/O error")

    calls.clear()
    monkeypatch.setattr(migrations, "_migrate", broken)
    with pytest.raises(StorageError, match="disk I/O"):
        migrations.migrate(object())  # type: ignore[arg-type]
    assert len(calls) == 1
