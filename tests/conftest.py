"""Shared pytest options and fixtures, including the database backends (SQLite, PostgreSQL)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pgserver import PostgresServer, PostgresUnavailableError, start_server

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
BACKENDS = ["sqlite", "postgresql"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-expected",
        action="store_true",
        default=False,
        help="rewrite tests/fixtures/**/*.expected.json and *.posting.json from the current output "
        "(review the diff!)",
    )


@pytest.fixture(autouse=True)
def _inline_prepare(monkeypatch: pytest.MonkeyPatch) -> None:
    """Normalise in the test process: worker processes only add start-up time to small
    runs. They are tested in test_prepare.py and, under kill -9, in test_crash_safety.py."""
    monkeypatch.setenv("JOBS_PROCESSES", "0")


@pytest.fixture
def update_expected(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-expected"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server for the whole session (skipped locally if unavailable).

    Under CI the PostgreSQL tests must run: a server that cannot start fails them loudly.
    """
    try:
        server = start_server()
    except PostgresUnavailableError as exc:
        if IN_CI:
            pytest.fail(f"PostgreSQL is required under CI: {exc}", pytrace=False)
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> str:
    """A fresh, empty PostgreSQL database."""
    return pg_server.new_database()


@pytest.fixture(params=BACKENDS)
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database target for `Store(...)` or `--db`: an SQLite path or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "jobs.db")
    return str(request.getfixturevalue("pg_url"))
