"""Schema migrations with Alembic, shipped in the package and applied on first use.

`migrate(engine)` brings any database to the latest revision: a new one gets the whole
schema, one made by an earlier `jobs` (its home-made `schema_version` table, versions
1-4) is upgraded in place by the baseline revision, without loss. Concurrent processes
take a lock first (PostgreSQL advisory lock; SQLite's write lock), so only one migrates.
Never edit a released revision; add one (see versions/).
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from scraper.errors import StorageError
from storage.dialect import lock_global
from storage.engine import WRITE

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
    return not (type_ == "column" and name == "search")


def alembic_config(conn: Connection | None = None) -> Config:
    """An Alembic config for the shipped scripts, bound to `conn` when given."""
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head() -> str:
    """The newest revision this version of jobs knows."""
    revision = _script().get_current_head()
    assert revision is not None  # the baseline always exists
    return revision


def current(conn: Connection) -> str | None:
    """The database's revision (None when Alembic has not touched it yet)."""
    return MigrationContext.configure(conn).get_current_revision()


def revision_info(revision: str | None) -> str:
    """A revision id with its one-line message, for `jobs db current`."""
    if revision is None:
        return "none (empty, or created before migrations were tracked with Alembic)"
    script = _script().get_revision(revision)
    return f"{revision} ({script.doc})" if script is not None else revision


def migrate(engine: Engine) -> str | None:
    """Bring the schema to the latest revision; return the revision it had (None = new)."""
    target = head()
    try:
        with engine.connect() as conn:
            before = current(conn)
        if before == target:
            return before  # the common case: no lock, no Alembic run
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
                command.upgrade(alembic_config(conn), "head")
            return before
    except SQLAlchemyError as exc:
        detail = getattr(exc, "orig", None) or exc
        raise StorageError(f"cannot open or upgrade the database: {detail}") from None
