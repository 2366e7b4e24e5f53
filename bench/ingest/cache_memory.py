"""Memory of the dedupe candidate cache (`scraper.matching.JobMatching`) per cached key.

Run: PYTHONPATH=. python bench/ingest/cache_memory.py DB [--keys 50000]

Fills a `JobMatching` with the first `--keys` candidate jobs of a jobs database (one made
by `jobs scrape`, or by `bench_ingest.py --dir`), every company of theirs cached, as a run
reads them back from the identity columns; prints the Python memory it holds (tracemalloc)
per key and its largest allocation sites.
"""

from __future__ import annotations

import argparse
import gc
import tracemalloc
from datetime import UTC, datetime, timedelta

from sqlalchemy import create_engine, text

from scraper.matching import JobMatching
from storage.candidates import CandidateRows


def main() -> None:
    """Print the cache's bytes per key for the database given."""
    ap = argparse.ArgumentParser()
    ap.add_argument("db", help="an SQLite jobs database")
    ap.add_argument("--keys", type=int, default=50_000, help="jobs to cache (by id)")
    args = ap.parse_args()
    engine = create_engine(f"sqlite:///{args.db}")
    with engine.connect() as conn:
        last = conn.execute(text("SELECT max(last_seen) FROM job")).scalar()
        if last is None:
            raise SystemExit(f"{args.db}: no jobs")
        seen = datetime.fromisoformat(str(last)).replace(tzinfo=UTC)
        rows = CandidateRows(conn, seen, seen - timedelta(days=30))
        top = min(args.keys, rows.top())
        companies = [
            r[0]
            for r in conn.execute(
                text("SELECT DISTINCT company_key FROM job WHERE id <= :top"), {"top": top}
            )
        ]
        gc.collect()
        tracemalloc.start()
        matching = JobMatching(max_cached=10**9)
        # The cache reads a company the first time a batch names it: all of them at once here.
        matching.match(rows, seen, [])
        matching._refresh(rows, companies)  # a bench looking inside
        gc.collect()
        held = tracemalloc.get_traced_memory()[0]
        snapshot = tracemalloc.take_snapshot()
    keys = matching._cached
    print(f"{keys:,} keys of {len(companies):,} companies: {held / 2**20:.1f} MB, "
          f"{held / max(keys, 1):.0f} bytes per key")  # fmt: skip
    for stat in snapshot.statistics("lineno")[:8]:
        frame = stat.traceback[0]
        print(f"  {stat.size / 2**20:6.2f} MB {stat.count:8,} {frame.filename}:{frame.lineno}")


if __name__ == "__main__":
    main()
