"""Time a watch run on a big database: the first digest, then steady-state runs.

Usage: python bench/watch/bench_watch.py DB [--rounds 20]
(DB from bench/search/generate.py; the watch tables are added by the migration.)
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from scraper.config import Config
from scraper.watch import run_watches
from storage.store import Store
from storage.tables import JOB
from storage.watches import Watches

WATCHES = {
    # name: (filters as typed, share of the jobs first seen since the watch was created)
    "typical-recent": ({"text": "python", "role": ["ml-engineer"], "remote": True}, 0.01),
    "everything-recent": ({}, 0.01),
    "everything-half-year": ({}, 0.5),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    store = Store(str(args.db))
    watches = Watches(store.engine)
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(JOB)).scalar_one()
        firsts = sorted(conn.execute(select(JOB.c.first_seen)).scalars())
    print(f"{total:,} jobs")
    config = Config("bench", ())
    for name, (query, share) in WATCHES.items():
        watches.remove(name)
        created = firsts[int(len(firsts) * (1 - share))]
        watches.save(name, query, ["stdout"], origin="cli", secret_env=None, digest_limit=20,
                     created_at=created)  # fmt: skip
        start = time.perf_counter()
        (first,) = run_watches(store, config, [name], out=io.StringIO())
        first_ms = (time.perf_counter() - start) * 1000
        times = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            (again,) = run_watches(store, config, [name], out=io.StringIO())
            times.append((time.perf_counter() - start) * 1000)
            assert again.status == "nothing"
        times.sort()
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        print(
            f"{name}: first run sent {first.jobs:,} jobs in {first_ms:.0f} ms; "
            f"nothing-new run p50 {statistics.median(times):.0f} ms, p95 {p95:.0f} ms"
        )
        watches.remove(name)
    store.close()
    print(f"measured {datetime.now(UTC):%Y-%m-%d}")


if __name__ == "__main__":
    main()
