"""The run ledger (every run and every source attempt) and the per-URL HTTP cache."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Engine

from scraper.redact import strip_credentials
from storage.engine import WRITE, db_errors
from storage.leases import pid_alive, this_host
from storage.tables import HTTP_CACHE, RUN, SOURCE_RUN

# Statuses after which a source's listing count is a fair baseline for the next run.
COMPLETE = ("ok", "suspect")


@dataclass(frozen=True, slots=True)
class CacheEntry:
    """What a page held when it was last fetched in full, with its validators."""

    url: str
    source: str
    etag: str | None
    last_modified: str | None
    listing_ids: tuple[str, ...]
    follow_ups: tuple[dict[str, Any], ...]


class Ledger:
    """Reads and writes of the ledger tables."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def _write(self, stmt: Any, *, scalar: bool = False) -> Any:
        """Run one write in its own transaction; with `scalar`, return the first column."""
        with (
            db_errors("use the run ledger"),
            self.engine.connect().execution_options(**WRITE) as conn,
            conn.begin(),
        ):
            result = conn.execute(stmt)
            # Consume RETURNING rows before COMMIT: SQLite refuses to commit under a cursor.
            return result.scalar_one() if scalar else None

    def _read(self, stmt: Any) -> list[Any]:
        with db_errors("use the run ledger"), self.engine.connect() as conn:
            return list(conn.execute(stmt).mappings())

    # -- runs -----------------------------------------------------------------
    def start_run(self, started_at: datetime, pid: int) -> int:
        """Open a run row; returns its id."""
        stmt = insert(RUN).values(
            started_at=started_at, status="running", pid=pid, host=this_host()
        )
        return int(self._write(stmt.returning(RUN.c.id), scalar=True))

    def mark_abandoned(self, stale_after: timedelta = timedelta(days=1)) -> int:
        """Close runs whose process died (killed, crashed) as `abandoned`; returns how many."""
        now = datetime.now(UTC)
        rows = self._read(
            select(RUN.c.id, RUN.c.pid, RUN.c.host, RUN.c.started_at).where(
                RUN.c.status == "running"
            )
        )
        dead = [
            r["id"]
            for r in rows
            if (r["host"] == this_host() and not pid_alive(int(r["pid"] or 0)))
            or (r["started_at"] is not None and r["started_at"] < now - stale_after)
        ]
        if dead:
            self._write(
                update(RUN).where(RUN.c.id.in_(dead)).values(status="abandoned", finished_at=now)
            )
        return len(dead)

    def record_source(self, run_id: int, values: dict[str, Any]) -> None:
        """Append one source attempt to a run."""
        self._write(insert(SOURCE_RUN).values(run_id=run_id, **values))

    def finish_run(self, run_id: int, status: str, totals: dict[str, int]) -> None:
        """Close a run with its status and totals."""
        self._write(
            update(RUN)
            .where(RUN.c.id == run_id)
            .values(finished_at=datetime.now(UTC), status=status, **totals)
        )

    def runs(self, source: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """Recent source attempts (newest first), optionally of one source."""
        stmt = (
            select(SOURCE_RUN, RUN.c.status.label("run_status"))
            .join(RUN, RUN.c.id == SOURCE_RUN.c.run_id)
            .order_by(SOURCE_RUN.c.id.desc())
            .limit(limit)
        )
        if source:
            stmt = stmt.where(SOURCE_RUN.c.source == source)
        return [dict(row) for row in self._read(stmt)]

    def sources(self) -> list[str]:
        """Every source id the ledger has an attempt of."""
        stmt = select(SOURCE_RUN.c.source.label("source")).distinct()
        return sorted(str(row["source"]) for row in self._read(stmt))

    def latest_run_start(self) -> datetime | None:
        """When the latest finished run started (jobs first seen since then are new)."""
        stmt = select(func.max(RUN.c.started_at).label("started"))
        rows = self._read(stmt.where(RUN.c.status != "running"))
        value = rows[0]["started"] if rows else None
        return value if isinstance(value, datetime) else None

    def baseline(self, source: str) -> int | None:
        """Listings in the source's last complete attempt (the silent-breakage baseline)."""
        stmt = (
            select(SOURCE_RUN.c.listings)
            .where(SOURCE_RUN.c.source == source, SOURCE_RUN.c.status.in_(COMPLETE))
            .order_by(SOURCE_RUN.c.id.desc())
            .limit(1)
        )
        rows = self._read(stmt)
        return int(rows[0]["listings"]) if rows else None

    def deferred_until(self, source: str, now: datetime) -> datetime | None:
        """When a source that was rate-limited may run again, if that is still in the future."""
        stmt = (
            select(SOURCE_RUN.c.deferred_until)
            .where(SOURCE_RUN.c.source == source, SOURCE_RUN.c.status == "rate_limited")
            .order_by(SOURCE_RUN.c.id.desc())
            .limit(1)
        )
        rows = self._read(stmt)
        until = rows[0]["deferred_until"] if rows else None
        return until if until is not None and until > now else None

    def health(self, sources: Sequence[str], depth: int = 50) -> dict[str, dict[str, Any]]:
        """Per source: last status, last success, consecutive failures, last listing count."""
        out: dict[str, dict[str, Any]] = {}
        for source in sources:
            rows = self._read(
                select(SOURCE_RUN)
                .where(SOURCE_RUN.c.source == source)
                .order_by(SOURCE_RUN.c.id.desc())
                .limit(depth)
            )
            failures = 0
            for row in rows:
                # A deferred source did not run: a failure until it runs again.
                if row["status"] in ("ok", "skipped"):
                    break
                failures += 1
            success = next((r for r in rows if r["status"] == "ok"), None)
            out[source] = {
                "last_status": rows[0]["status"] if rows else None,
                "last_run": rows[0]["started_at"] if rows else None,
                "last_success": success["started_at"] if success else None,
                "consecutive_failures": failures,
                "last_listings": rows[0]["listings"] if rows else None,
            }
        return out

    # -- HTTP cache -------------------------------------------------------------
    def cache_lookup(self, urls: Iterable[str]) -> dict[str, CacheEntry]:
        """Cached validators and page contents for these URLs."""
        # Rows are keyed by the URL without credentials: no token is kept at rest.
        keys = {strip_credentials(url): url for url in urls}
        wanted = list(keys)
        found: dict[str, CacheEntry] = {}
        for start in range(0, len(wanted), 500):
            rows = self._read(
                select(HTTP_CACHE).where(HTTP_CACHE.c.url.in_(wanted[start : start + 500]))
            )
            for row in rows:
                url = keys[row["url"]]
                found[url] = CacheEntry(
                    url=url,
                    source=row["source"],
                    etag=row["etag"],
                    last_modified=row["last_modified"],
                    listing_ids=tuple(json.loads(row["listing_ids"] or "[]")),
                    follow_ups=tuple(json.loads(row["follow_ups"] or "[]")),
                )
        return found

    def cache_save(self, entries: Sequence[CacheEntry], fetched_at: datetime) -> None:
        """Replace the cache rows of these URLs."""
        if not entries:
            return
        with (
            db_errors("use the run ledger"),
            self.engine.connect().execution_options(**WRITE) as conn,
            conn.begin(),
        ):
            urls = [strip_credentials(e.url) for e in entries]
            for start in range(0, len(urls), 500):
                conn.execute(
                    delete(HTTP_CACHE).where(HTTP_CACHE.c.url.in_(urls[start : start + 500]))
                )
            conn.execute(
                insert(HTTP_CACHE),
                [
                    {
                        "url": url,
                        "source": e.source,
                        "etag": e.etag,
                        "last_modified": e.last_modified,
                        "listing_ids": json.dumps(list(e.listing_ids)),
                        "follow_ups": json.dumps(list(e.follow_ups)),
                        "fetched_at": fetched_at,
                    }
                    for url, e in zip(urls, entries, strict=True)
                ],
            )

    def cache_forget(self, urls: Sequence[str]) -> None:
        """Drop cache rows (a page that now fails to parse must be fetched in full next time)."""
        if urls:
            keys = [strip_credentials(url) for url in urls]
            self._write(delete(HTTP_CACHE).where(HTTP_CACHE.c.url.in_(keys)))
