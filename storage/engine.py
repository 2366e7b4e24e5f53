"""Engine set-up: database location, SQLite pragmas, write transactions that lock up front.

A plain path is SQLite; a URL is used as given (PostgreSQL: `postgresql+psycopg://...`,
psycopg 3 from the `jobs[postgres]` extra). Messages never show a URL's password.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from scraper.errors import StorageError

BUSY_TIMEOUT_MS = 10_000
# Execution option that makes a SQLite transaction take the write lock at BEGIN: a plain
# BEGIN that later writes fails at once with SQLITE_BUSY under a concurrent writer,
# ignoring busy_timeout; BEGIN IMMEDIATE waits for it.
WRITE = {"jobs_write": True}


@contextmanager
def db_errors(action: str) -> Iterator[None]:
    """The one database-error boundary: a driver or SQLAlchemy error inside becomes one
    `StorageError` line, "cannot ACTION: what the database said" (no traceback, no
    SQLAlchemy wrapper text). Works around generators' loops too."""
    try:
        yield
    except SQLAlchemyError as exc:
        detail = getattr(exc, "orig", None) or exc
        raise StorageError(f"cannot {action}: {str(detail).strip().splitlines()[0]}") from None


def default_db_path() -> Path:
    """jobs.db in the platform's user data directory."""
    from platformdirs import user_data_path

    return user_data_path("jobs", appauthor=False) / "jobs.db"


def resolve_db(explicit: str | None) -> str:
    """The database: --db, else $JOBS_DB, else the default path; a plain path means SQLite."""
    return explicit or os.environ.get("JOBS_DB") or str(default_db_path())


def is_url(target: str) -> bool:
    """Whether `target` is an SQLAlchemy URL rather than a file path."""
    return "://" in target


def create_db_engine(target: str) -> Engine:
    """An engine for a path or URL; SQLite files and their folders are created on first use."""
    if is_url(target):
        try:
            url = make_url(target)
        except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
            raise StorageError(f"invalid database URL: {exc}") from None
    else:
        path = Path(target).expanduser()
        _check_sqlite_path(path)
        url = make_url("sqlite://").set(database=str(path.resolve()))
    try:
        if url.get_backend_name() == "sqlite":
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            _configure_sqlite(engine)
        else:
            # pre_ping: a worker outlives server restarts and idle-connection reaping.
            engine = create_engine(url, pool_pre_ping=True)
    except (SQLAlchemyError, ImportError) as exc:
        hint = ""
        if isinstance(exc, ImportError) and url.get_backend_name() == "postgresql":
            hint = " (install the PostgreSQL driver: pip install 'jobs[postgres]')"
        raise StorageError(f"cannot use database {safe_url(url)}: {exc}{hint}") from None
    return engine


def open_existing(target: str, read_only: bool = False) -> tuple[Engine, bool]:
    """An engine for a read command and whether it is read-only; never creates a database.

    A SQLite file that must exist: "no database at PATH" otherwise. When this user may
    read it but not write it (or not create the WAL files beside it), it is opened
    read-only, so a database owned by a service user can still be searched. With
    `read_only` it is read-only whatever the permissions (`jobs serve`: no request can
    write, whatever the code behind it does).
    """
    path = require_existing(target)
    if path is None:  # a server database: connecting never creates one
        engine = create_db_engine(target)
        if read_only:
            _read_only_sessions(engine)
        return engine, read_only
    if not os.access(path, os.R_OK):
        raise StorageError(f"database file is not readable: {path}")
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)
    if writable and not read_only:
        return create_db_engine(target), False
    return read_only_engine(path), True


def require_existing(target: str) -> Path | None:
    """The SQLite file of `target`, which must exist (None for a server database)."""
    path = sqlite_path(target)
    if path is None:
        return None
    if path.is_dir():
        raise StorageError(f"database path is a directory: {path}")
    if not path.exists():
        raise StorageError(f"no database at {path} (run `jobs scrape` first)")
    return path


def sqlite_path(target: str) -> Path | None:
    """The file of a SQLite target (a path or sqlite:/// URL); None for other backends."""
    if not is_url(target):
        return Path(target).expanduser()
    try:
        url = make_url(target)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        raise StorageError(f"invalid database URL: {exc}") from None
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).expanduser()


def read_only_engine(path: Path) -> Engine:
    """A SQLite engine that only reads `path` (the file is not ours to write)."""
    path = path.resolve()

    def open_uri(mode: str) -> sqlite3.Connection:
        # The pool may hand a connection to another thread, as SQLAlchemy's own SQLite
        # connections allow.
        return sqlite3.connect(
            f"file:{quote(str(path))}?{mode}",
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )

    def connect() -> sqlite3.Connection:
        conn = open_uri("mode=ro")
        try:
            conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        except sqlite3.OperationalError:
            conn.close()
            # A WAL database read-only needs its -shm file, which a reader who may not write
            # the folder cannot create. Without a -wal file no writer is at work (a writer
            # makes one first), so the file itself is the whole database: read it as is.
            if Path(f"{path}-wal").exists():
                raise
            conn = open_uri("immutable=1")
        return conn

    url = make_url("sqlite://").set(database=str(path))
    engine = create_engine(url, creator=connect)
    _configure_sqlite(engine, read_only=True)
    return engine


def _read_only_sessions(engine: Engine) -> None:
    """Make every connection of a server database read-only (PostgreSQL refuses writes)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        cur.close()
        dbapi_conn.commit()


def safe_url(url: URL | Engine | str) -> str:
    """A database URL for messages, with any password masked."""
    if isinstance(url, Engine):
        url = url.url
    if isinstance(url, str):
        if not is_url(url):
            return url
        try:
            url = make_url(url)
        except ArgumentError:
            return "<invalid URL>"
    return url.render_as_string(hide_password=True)


def is_postgres(bind: Engine | Connection) -> bool:
    """Whether the engine or connection talks to PostgreSQL."""
    return bind.dialect.name == "postgresql"


def _check_sqlite_path(path: Path) -> None:
    if path.is_dir():
        raise StorageError(f"database path is a directory: {path}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"cannot create the database folder {path.parent}: {exc.strerror}"
        ) from None
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise StorageError(f"database file is not readable and writable: {path}")
    elif not os.access(path.parent, os.W_OK | os.X_OK):
        raise StorageError(f"cannot create the database in {path.parent}: permission denied")


def _index_hints(engine: Engine) -> None:
    """Render `select(...).with_hint(table, "INDEXED BY ix", "sqlite")` on this engine.

    SQLAlchemy's SQLite compiler drops table hints silently (only the MySQL, MSSQL and
    Oracle ones render them), so the reader's hints need this to reach SQLite.
    """
    base = engine.dialect.statement_compiler

    class HintingCompiler(base):  # type: ignore[valid-type,misc]
        def get_from_hint_text(self, table: Any, text: str | None) -> str | None:
            return text

    engine.dialect.statement_compiler = HintingCompiler


def _configure_sqlite(engine: Engine, read_only: bool = False) -> None:
    _index_hints(engine)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's begin event issue BEGIN itself (pysqlite's own is deferred-only).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:  # the journal mode is the writer's choice, stored in the file
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("jobs_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
