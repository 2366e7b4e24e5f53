"""Read commands on SQLite import none of the write side's heavy modules (start-up budget).

Deterministic guards for bench/cli: which modules a fresh process imported, never timings;
and the cheap open path still upgrades old databases and refuses newer ones.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from storage.reader import Reader
from tests.helpers import jobs

DATA = Path(__file__).parent / "data"

# Write side, schema tooling and the other backend: each costs tens of milliseconds.
HEAVY = (
    "sqlmodel",
    "sqlalchemy.orm",
    "alembic",
    "rapidfuzz",
    "scraper.dedupe",
    "scraper.normalize",
    "storage.store",
    "storage.models",
    "storage.ledger",
    "storage.leases",
    "sqlalchemy.dialects.postgresql",
    # `jobs serve` and `jobs mcp` only: imported when those commands run.
    "starlette",
    "uvicorn",
    "jinja2",
    "mcp",
)

# Runs a `jobs` command in this process, then writes the names of the modules it imported.
CLI = """
import json, sys
from scraper.cli import main
out, sys.argv = sys.argv[1], ["jobs", *sys.argv[2:]]
try:
    main()
except SystemExit:
    pass
with open(out, "w") as fh:
    json.dump(sorted(sys.modules), fh)
"""

# Opens a database for reading and runs a search, as a library user would.
LIBRARY = """
import json, sys
from storage.reader import Reader
from storage.search import Filters
reader = Reader(sys.argv[2])
list(reader.search(Filters(text="python"), limit=20))
reader.close()
with open(sys.argv[1], "w") as fh:
    json.dump(sorted(sys.modules), fh)
"""


@pytest.fixture
def db(tmp_path: Path) -> str:
    """An empty database with the current schema (as after a first run)."""
    path = str(tmp_path / "jobs.db")
    Reader(path).close()
    return path


def imported(script: str, tmp_path: Path, *args: str) -> set[str]:
    """The modules a fresh Python imported while running `script` with `args`."""
    out = tmp_path / "modules.json"
    env = {**os.environ, "JOBS_CONFIG": "", "JOBS_DB": ""}
    subprocess.run(
        [sys.executable, "-c", script, str(out), *args],
        env=env,
        capture_output=True,
        check=True,
        timeout=60,
    )
    return set(json.loads(out.read_text()))


def heavy(modules: set[str], names: tuple[str, ...] = HEAVY) -> list[str]:
    """The names (packages or modules) of `names` that were imported."""
    return sorted(n for n in names if any(m == n or m.startswith(f"{n}.") for m in modules))


@pytest.mark.parametrize(
    "args",
    [
        ("search", "python"),
        ("search", "--min-salary", "100k", "--currency", "EUR", "--sort", "salary"),
        ("export", "--format", "jsonl"),
        ("stats", "--by", "role,level"),
        ("show", "1"),
    ],
    ids=lambda args: "-".join(args[:2]),
)
def test_read_commands_skip_the_write_side(args: tuple[str, ...], db: str, tmp_path: Path) -> None:
    modules = imported(CLI, tmp_path, *args, "--db", db)
    assert "storage.reader" in modules  # the command did open the database
    # pydantic too: typer's converters import it, scraper.cli_coerce converts plain values.
    assert heavy(modules, (*HEAVY, "pydantic")) == []


def test_a_bad_option_value_still_gets_typers_message(db: str, tmp_path: Path) -> None:
    out = jobs("search", "--limit", "-5", "--db", db, cwd=tmp_path)
    assert out.returncode == 64
    assert "Invalid value for '--limit'" in out.stderr
    out = jobs("search", "--sort", "cheapest", "--db", db, cwd=tmp_path)
    assert out.returncode == 64
    assert "'cheapest' is not one of" in out.stderr


def test_reading_as_a_library_skips_pydantic_too(db: str, tmp_path: Path) -> None:
    modules = imported(LIBRARY, tmp_path, db)
    assert heavy(modules, (*HEAVY, "pydantic")) == []


@pytest.mark.parametrize("name", (*HEAVY, "pydantic"))
def test_guarded_names_exist(name: str) -> None:
    """A misspelt name would make the guards above pass whatever is imported."""
    assert importlib.util.find_spec(name) is not None


# The read path still checks the schema on open: old databases upgrade, newer ones refuse.


def test_search_upgrades_a_legacy_database(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:
        conn.executescript((DATA / "jobs_v1.sql").read_text())
    out = jobs("search", "--format", "json", "--db", str(db), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert sorted(r["source_id"] for r in json.loads(out.stdout)) == ["101", "102"]


def test_search_refuses_a_database_from_a_newer_jobs(db: str, tmp_path: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    out = jobs("search", "--db", db, cwd=tmp_path)
    assert out.returncode == 1
    assert "newer than this jobs supports" in out.stderr


@pytest.mark.parametrize("args", [("--help",), ("search", "--help"), ("search", "python")])
def test_help_and_search_skip_rich(args: tuple[str, ...], db: str, tmp_path: Path) -> None:
    """Plain help: rich's help renderer (rich.markdown, markdown_it) cost ~100 ms of it."""
    modules = imported(CLI, tmp_path, *args, "--db", db)
    assert heavy(modules, ("rich", "markdown_it", "sqlalchemy.orm")) == []
