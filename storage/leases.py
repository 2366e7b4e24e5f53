"""Per-source leases in the database, so overlapping processes never scrape one source twice.

A lease has an expiry (renewed while the holder works), so a killed holder blocks nobody
for long; on the same host a dead holder's pid is noticed at once.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, or_, select, update
from sqlalchemy.engine import Engine

from storage.dialect import upsert
from storage.engine import WRITE, db_errors
from storage.tables import LEASE

DEFAULT_TTL = timedelta(minutes=10)


def this_host() -> str:
    """The name of this machine, as recorded in leases and runs."""
    return socket.gethostname()


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this machine."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def holder_alive(holder: str) -> bool:
    """Whether a lease holder ("host:pid:token") may still be working."""
    host, _, rest = holder.partition(":")
    pid_text = rest.partition(":")[0]
    if host != this_host() or not pid_text.isdigit():
        return True  # another machine: only the expiry can tell
    return pid_alive(int(pid_text))


class Leases:
    """Acquire, renew and release per-source leases for one process."""

    def __init__(self, engine: Engine, ttl: timedelta = DEFAULT_TTL):
        self.engine = engine
        self.ttl = ttl
        self.holder = f"{this_host()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

    def acquire(self, source: str, run_started: datetime) -> str | None:
        """Take the source's lease: None when taken, else why not (held, or just scraped).

        Atomic on every backend: one INSERT ... ON CONFLICT DO UPDATE ... WHERE takes a
        free, expired or own lease (PostgreSQL locks the row and re-checks the condition,
        so of two workers racing for an expired lease exactly one wins); a lease whose
        holder died on this host is then taken over by compare-and-swap on the holder.
        """
        now = datetime.now(UTC)
        values = {"holder": self.holder, "expires_at": now + self.ttl}
        # Finished by an overlapping run after this run began: doing it again now would
        # only double the load on the site.
        not_done = or_(LEASE.c.last_completed_at.is_(None), LEASE.c.last_completed_at < run_started)
        with (
            db_errors(f"take the lease of {source}"),
            self.engine.connect().execution_options(**WRITE) as conn,
            conn.begin(),
        ):
            stmt = upsert(conn, LEASE).values(source=source, **values)
            stmt = stmt.on_conflict_do_update(
                index_elements=[LEASE.c.source],
                set_=values,
                where=and_(
                    or_(
                        LEASE.c.holder.is_(None),
                        LEASE.c.holder == self.holder,
                        LEASE.c.expires_at.is_(None),
                        LEASE.c.expires_at <= now,
                    ),
                    not_done,
                ),
            )
            if conn.execute(stmt.returning(LEASE.c.source)).first() is not None:
                return None
            row = conn.execute(select(LEASE).where(LEASE.c.source == source)).mappings().one()
            holder = row["holder"]
            done = row["last_completed_at"]
            if holder and holder_alive(holder):
                return f"being scraped by another process ({holder.rsplit(':', 1)[0]})"
            if done is not None and done >= run_started:
                return "already scraped by an overlapping run"
            # The holder died on this host before its lease expired: take it over,
            # unless someone else just did (the holder no longer matches).
            taken = conn.execute(
                update(LEASE)
                .where(LEASE.c.source == source, LEASE.c.holder == holder, not_done)
                .values(**values)
            ).rowcount
            return None if taken else "being scraped by another process"

    def renew(self, sources: list[str]) -> None:
        """Extend this process's leases (a heartbeat while work goes on)."""
        if not sources:
            return
        expires = datetime.now(UTC) + self.ttl
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            conn.execute(
                update(LEASE)
                .where(LEASE.c.source.in_(sources), LEASE.c.holder == self.holder)
                .values(expires_at=expires)
            )

    def release(self, source: str) -> None:
        """Give the lease back and note when the source was last done."""
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            conn.execute(
                update(LEASE)
                .where(LEASE.c.source == source, LEASE.c.holder == self.holder)
                .values(holder=None, expires_at=None, last_completed_at=datetime.now(UTC))
            )
