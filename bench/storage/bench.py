"""Ingest throughput and disk per job: SQLite vs PostgreSQL, through `Store.upsert`.

    PYTHONPATH=. python bench/storage/bench.py [--jobs 50000] [--pg URL | --no-pg] [--cpu]

Without --pg a throwaway PostgreSQL server is started (tests/pgserver.py); --no-pg
measures SQLite alone (quicker, and what to profile the SQLite write path with). --cpu
rates postings per CPU second of this process instead of per wall second: steadier on a
shared machine, and complete for SQLite (in-process) but not for PostgreSQL (a server). Postings are
synthetic but shaped like real ones (about 1.5 kB of description, salary, location),
spread over 2,000 companies so the dedupe matcher has realistic work. Reported per
backend: first ingest (all new), a re-run with nothing changed (the common case), a
re-run where 10 % changed, and bytes on disk per job.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from scraper.matching import JobMatching
from scraper.models import Posting
from storage.store import Store

BATCH = 500
WORDS = [
    "model",
    "data",
    "pipeline",
    "python",
    "training",
    "inference",
    "ranking",
    "retrieval",
    "platform",
    "team",
]


def postings(count: int, version: int = 0, changed_every: int = 0) -> list[Posting]:
    """`count` postings over 50 sources and 2,000 companies."""
    out = []
    for i in range(count):
        bumped = version if changed_every and i % changed_every == 0 else 0
        description = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(200))
        out.append(
            Posting(
                source=f"src{i % 50}",
                source_id=str(i),
                url=f"https://boards.example.com/{i % 2000}/jobs/{i}",
                title=f"Machine Learning Engineer {i % 97} v{bumped}",
                company=f"Company {i % 2000}",
                location="Berlin, Germany" if i % 3 else "Remote",
                country="DE" if i % 3 else None,
                remote="onsite" if i % 3 else "remote",
                salary_min=60000.0 + i % 40 * 1000,
                salary_max=90000.0 + i % 40 * 1000,
                salary_currency="EUR",
                salary_period="year",
                posted_at=datetime(2026, 10, 1, tzinfo=UTC) + timedelta(minutes=i),
                description=description,
            )
        )
    return out


def ingest(
    store: Store, batch: list[Posting], seen_at: datetime, clock: Callable[[], float]
) -> float:
    """Seconds by `clock` to upsert `batch` in BATCH-sized transactions."""
    start = clock()
    for i in range(0, len(batch), BATCH):
        store.upsert(batch[i : i + BATCH], seen_at)
    return clock() - start


def size_bytes(store: Store, target: str) -> int:
    """Bytes on disk: the SQLite file (+ WAL) or pg_database_size."""
    if store.engine.dialect.name == "postgresql":
        with store.engine.connect() as conn:
            return int(conn.execute(text("SELECT pg_database_size(current_database())")).scalar())
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in Path(target).parent.glob(Path(target).name + "*"))


def run(target: str, count: int, clock: Callable[[], float]) -> dict[str, float]:
    """The three timings and the size for one backend."""
    store = Store(target, matching=JobMatching())
    try:
        now = datetime.now(UTC)
        first = ingest(store, postings(count), now, clock)
        same = ingest(store, postings(count), now + timedelta(hours=1), clock)
        changed = ingest(store, postings(count, 1, 10), now + timedelta(hours=2), clock)
        return {
            "new/s": count / first,
            "unchanged/s": count / same,
            "10% changed/s": count / changed,
            "bytes/job": size_bytes(store, target) / count,
        }
    finally:
        store.close()


def main() -> None:
    """Run the backends and print a Markdown table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=50_000)
    parser.add_argument("--pg", help="PostgreSQL URL (default: a throwaway server)")
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    parser.add_argument("--cpu", action="store_true", help="per CPU second of this process")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    server = None
    pg = args.pg
    if pg is None and not args.no_pg:
        from tests.pgserver import start_server

        server = start_server(fast=False)  # fsync on, like production
        pg = server.new_database()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            results = {
                "SQLite (WAL, synchronous=NORMAL)": run(
                    os.path.join(tmp, "bench.db"), args.jobs, clock
                ),
            }
            if pg is not None:
                results["PostgreSQL 15 (local)"] = run(pg, args.jobs, clock)
    finally:
        if server is not None:
            server.stop()
    cols = ["new/s", "unchanged/s", "10% changed/s", "bytes/job"]
    per = "CPU second of this process" if args.cpu else "second (wall clock)"
    print(f"{args.jobs:,} postings, batches of {BATCH}, rates per {per}\n")
    print("| backend | " + " | ".join(cols) + " |")
    print("|---|" + "---:|" * len(cols))
    for name, row in results.items():
        print(f"| {name} | " + " | ".join(f"{row[c]:,.0f}" for c in cols) + " |")


if __name__ == "__main__":
    main()
