"""Saved searches in the database: watches, their destinations and the delivery ledger.

The ledger (`watch_sent`) is what makes "never twice" hold: a job is recorded as sent to a
destination in the same transaction that records the delivery's success, and a digest only
ever holds jobs the ledger does not have for that destination.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.engine import Engine

from scraper.errors import JobsError
from storage.engine import WRITE, db_errors
from storage.tables import WATCH, WATCH_SENT, WATCH_TARGET


@dataclass(frozen=True, slots=True)
class TargetState:
    """One destination of a watch and how its deliveries went."""

    id: int
    target: str
    last_sent_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str | None
    failures: int
    next_attempt_at: datetime | None
    sent: int


@dataclass(frozen=True, slots=True)
class WatchRow:
    """A stored watch: its filters (the options as typed) and destinations."""

    id: int
    name: str
    query: dict[str, Any]
    origin: str
    secret_env: str | None
    digest_limit: int
    created_at: datetime | None
    targets: tuple[TargetState, ...]


class Watches:
    """Read and write watches and the delivery ledger of one database."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def _write(self) -> Any:
        return self.engine.connect().execution_options(**WRITE)

    def save(
        self,
        name: str,
        query: dict[str, Any],
        targets: Sequence[str],
        *,
        origin: str,
        secret_env: str | None,
        digest_limit: int,
        created_at: datetime,
        replace: bool = False,
    ) -> bool:
        """Store a watch; with `replace`, update one of that name (its ledger kept).

        Returns whether anything changed. A destination dropped from the list loses its
        ledger; one that stays keeps it, so editing a config never resends old jobs.
        """
        values = {
            "query": json.dumps(query, sort_keys=True),
            "origin": origin,
            "secret_env": secret_env,
            "digest_limit": digest_limit,
        }
        with db_errors("save the watch"), self._write() as conn, conn.begin():
            row = conn.execute(select(WATCH).where(WATCH.c.name == name)).mappings().first()
            changed = False
            if row is None:
                watch_id = conn.execute(
                    WATCH.insert().values(name=name, created_at=created_at, **values)
                ).inserted_primary_key[0]
                changed = True
            elif not replace:
                raise JobsError(f"a watch named '{name}' exists already (jobs watch rm {name})")
            else:
                watch_id = row["id"]
                if any(row[k] != v for k, v in values.items()):
                    conn.execute(update(WATCH).where(WATCH.c.id == watch_id).values(**values))
                    changed = True
            have = {
                t: i
                for i, t in conn.execute(
                    select(WATCH_TARGET.c.id, WATCH_TARGET.c.target).where(
                        WATCH_TARGET.c.watch_id == watch_id
                    )
                )
            }
            wanted = list(dict.fromkeys(targets))
            for target in wanted:
                if target not in have:
                    conn.execute(WATCH_TARGET.insert().values(watch_id=watch_id, target=target))
                    changed = True
            gone = [i for t, i in have.items() if t not in wanted]
            if gone:
                conn.execute(delete(WATCH_SENT).where(WATCH_SENT.c.target_id.in_(gone)))
                conn.execute(delete(WATCH_TARGET).where(WATCH_TARGET.c.id.in_(gone)))
                changed = True
            return changed

    def remove(self, name: str) -> bool:
        """Delete a watch, its destinations and its ledger; False when there is none."""
        with db_errors("remove the watch"), self._write() as conn, conn.begin():
            watch_id = conn.execute(select(WATCH.c.id).where(WATCH.c.name == name)).scalar()
            if watch_id is None:
                return False
            targets = select(WATCH_TARGET.c.id).where(WATCH_TARGET.c.watch_id == watch_id)
            conn.execute(delete(WATCH_SENT).where(WATCH_SENT.c.target_id.in_(targets)))
            conn.execute(delete(WATCH_TARGET).where(WATCH_TARGET.c.watch_id == watch_id))
            conn.execute(delete(WATCH).where(WATCH.c.id == watch_id))
            return True

    def all(self, names: Iterable[str] = ()) -> list[WatchRow]:
        """Stored watches by name (every one for `()`)."""
        wanted = list(names)
        stmt = select(WATCH).order_by(WATCH.c.name)
        if wanted:
            stmt = stmt.where(WATCH.c.name.in_(wanted))
        with db_errors("read the watches"), self.engine.connect() as conn:
            rows = list(conn.execute(stmt).mappings())
            targets: dict[int, list[TargetState]] = {}
            if rows:
                found = conn.execute(
                    select(WATCH_TARGET)
                    .where(WATCH_TARGET.c.watch_id.in_([r["id"] for r in rows]))
                    .order_by(WATCH_TARGET.c.id)
                ).mappings()
                for t in found:
                    targets.setdefault(t["watch_id"], []).append(
                        TargetState(
                            id=t["id"],
                            target=t["target"],
                            last_sent_at=t["last_sent_at"],
                            last_attempt_at=t["last_attempt_at"],
                            last_error=t["last_error"],
                            failures=t["failures"],
                            next_attempt_at=t["next_attempt_at"],
                            sent=t["sent"],
                        )
                    )
        return [
            WatchRow(
                id=r["id"],
                name=r["name"],
                query=json.loads(r["query"]),
                origin=r["origin"],
                secret_env=r["secret_env"],
                digest_limit=r["digest_limit"],
                created_at=r["created_at"],
                targets=tuple(targets.get(r["id"], ())),
            )
            for r in rows
        ]

    def get(self, name: str) -> WatchRow | None:
        """One watch by name."""
        found = self.all([name])
        return found[0] if found else None

    def delivered(self, target_id: int, job_ids: Sequence[int], when: datetime) -> None:
        """Record a successful delivery: its jobs in the ledger and the destination's state,
        in one transaction (a crash before it commits resends this one digest, no more)."""
        with db_errors("record the delivery"), self._write() as conn, conn.begin():
            if job_ids:
                conn.execute(
                    WATCH_SENT.insert(),
                    [{"target_id": target_id, "job_id": j, "sent_at": when} for j in job_ids],
                )
            conn.execute(
                update(WATCH_TARGET)
                .where(WATCH_TARGET.c.id == target_id)
                .values(
                    last_sent_at=when,
                    last_attempt_at=when,
                    last_error=None,
                    failures=0,
                    next_attempt_at=None,
                    sent=WATCH_TARGET.c.sent + len(job_ids),
                )
            )

    def failed(self, target_id: int, error: str, when: datetime, retry_at: datetime) -> None:
        """Record a failed delivery: the error (already free of secrets) and when to retry."""
        with db_errors("record the failed delivery"), self._write() as conn, conn.begin():
            conn.execute(
                update(WATCH_TARGET)
                .where(WATCH_TARGET.c.id == target_id)
                .values(
                    last_attempt_at=when,
                    last_error=error,
                    failures=WATCH_TARGET.c.failures + 1,
                    next_attempt_at=retry_at,
                )
            )
