"""Schema migrations with Alembic, shipped in the package and applied on first use.

`migrate(engine)` brings any database to the latest revision: a new one gets the whole
schema, one made by an earlier `jobs` (its home-made `schema_version` table, versions
1-4) is upgraded in place by the baseline revision, without loss. Concurrent processes
take a lock first (PostgreSQL advisory lock; SQLite's write lock), so only one migrates.
Never edit a released revision; add one (see versions/).
"""

from __future__ import annotations

import logging
import re
import time
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from scraper.errors import StorageError
from storage.dialect import lock_global
from storage.engine import WRITE

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

HERE = Path(__file__).parent
# The last version of the pre-Alembic scheme: legacy databases end there, recorded in their
# `schema_version` table, so an older `jobs` still recognises an upgraded database.
LATEST = 4


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Schema comparisons skip what lives outside the models: the full-text indexes."""
    if type_ == "table" and name is not None and name.startswith("job_fts"):
        return False
    if type_ == "index" and name == "ix_job_search":  # the GIN index over `search`
        return False
    if type_ == "index" and name == "ix_job_salary_cover":  # on an expression (0009)
        return False
    return not (type_ == "column" and name == "search")


def alembic_config(conn: Connection | None = None) -> Config:
    """An Alembic config for the shipped scripts, bound to `conn` when given."""
    # Alembic is imported only when a database is created or upgraded, or a revision is
    # asked for: it costs ~90 ms of every command's start-up otherwise.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


@cache
def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*(None|\"[^\"]*\"|'[^']*')", re.M)


@cache
def _shipped_head() -> str | None:
    """The head revision read from the version files' text, without Alembic (None: unsure)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (HERE / "versions").glob("*.py"):
        found = dict((m.group(1), m.group(2)) for m in _REVISION.finditer(path.read_text()))
        if "revision" not in found:
            continue
        revisions.add(found["revision"].strip("\"'"))
        if found.get("down_revision", "None") != "None":
            parents.add(found["down_revision"].strip("\"'"))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def head() -> str:
    """The newest revision this version of jobs knows."""
    revision = _script().get_current_head()
    assert revision is not None  # the baseline always exists
    return revision


def current(conn: Connection) -> str | None:
    """The database's revision (None when Alembic has not touched it yet)."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def _stamped(conn: Connection) -> str | None:
    """The single revision in alembic_version, read with plain SQL (None: none or several)."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return str(rows[0][0]) if len(rows) == 1 else None


def revision_info(revision: str | None) -> str:
    """A revision id with its one-line message, for `jobs db current`."""
    if revision is None:
        return "none (empty, or created before migrations were tracked with Alembic)"
    script = _script().get_revision(revision)
    return f"{revision} ({script.doc})" if script is not None else revision


# Attempts of `migrate` when SQLite reports the database locked: two processes opening a
# fresh file at once failed so about once in 40 starts (SQLite answers some lock upgrades
# with SQLITE_BUSY without waiting for busy_timeout); migrating again is safe.
_LOCKED_ATTEMPTS = 5


def migrate(engine: Engine) -> str | None:
    """Bring the schema to the latest revision; return the revision it had (None = new)."""
    attempt = 1
    while True:
        try:
            return _migrate(engine)
        except SQLAlchemyError as exc:
            detail = getattr(exc, "orig", None) or exc
            locked = isinstance(exc, OperationalError) and "database is locked" in str(detail)
            if not locked or attempt == _LOCKED_ATTEMPTS:
                raise StorageError(f"cannot open or upgrade the database: {detail}") from None
            time.sleep(0.1 * attempt)
            attempt += 1


def _migrate(engine: Engine) -> str | None:
    """One attempt of `migrate`; database errors are raised as SQLAlchemy's."""
    shipped = _shipped_head()
    if shipped is not None:
        with engine.connect() as conn:
            stamped = _stamped(conn)
        if stamped == shipped:
            return stamped  # the common case: no lock, no Alembic at all
    target = head()
    with engine.connect() as conn:
        before = current(conn)
    if before == target:
        return before  # no lock, no Alembic run
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        # Workers starting together on a fresh database: one migrates, the rest wait
        # here and then find nothing to do.
        lock_global(conn, "jobs-migrate")
        before = current(conn)
        known = {rev.revision for rev in _script().walk_revisions()}
        if before is not None and before not in known:
            raise StorageError(
                f"database schema revision {before} is newer than this jobs supports "
                f"({target}): upgrade jobs"
            )
        if before != target:
            # Alembic logs every step at INFO; the CLI reports the outcome itself.
            logging.getLogger("alembic").setLevel(logging.WARNING)
            from alembic import command

            command.upgrade(alembic_config(conn), "head")
        return before


def check_current(engine: Engine, where: str) -> None:
    """For a database this process may only read: fail clearly unless its schema is the latest.

    Reading needs no migration when the schema is current; an older one cannot be upgraded
    without write access, so the message says who can.
    """
    try:
        with engine.connect() as conn:
            stamped = _stamped(conn)
    except SQLAlchemyError as exc:
        detail = getattr(exc, "orig", None) or exc
        raise StorageError(f"cannot read the database {where}: {detail}") from None
    if stamped is not None and stamped in (_shipped_head(), head()):
        return
    if stamped is not None and stamped not in {rev.revision for rev in _script().walk_revisions()}:
        raise StorageError(
            f"database schema revision {stamped} is newer than this jobs supports "
            f"({head()}): upgrade jobs"
        )
    raise StorageError(
        f"the database {where} has an older schema ({stamped or 'none'}) than this jobs "
        f"({head()}) and is read-only for this user: run `jobs db upgrade` as its owner"
    )
