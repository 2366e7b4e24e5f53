"""Ingest N generated postings through `Store.upsert` twice: time, counts, memory, growth.

Run: PYTHONPATH=. python bench/dedupe/bench_ingest.py --sizes 10000,100000,1000000

Postings come from bench/dedupe/corpus.py (lazy, four sources, ~25% of openings on two or
three of them, power-law company sizes). Each size ingests into a fresh SQLite file in
batches of 500 per source with one seen_at, like one pipeline run; then the same input
again with a later seen_at (the next run), which must create no job and no listing.
Peak RSS is the process's high-water mark so far (sizes run smallest first).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

from scraper.matching import JobMatching
from storage.store import Store

FIRST_RUN = datetime(2026, 10, 2, 6, 0, tzinfo=UTC)


def ingest(
    store: Store, n: int, seen_at: datetime, seed: int, companies: int | None = None
) -> tuple[float, int, int, float]:
    """One run over the n postings: seconds in upsert, new listings, postings, and CPU
    seconds in upsert (steadier than wall time on a shared machine)."""
    spent = cpu = 0.0
    new = total = 0
    matching = store.matching
    assert matching is not None
    for raw_batch in corpus.batches(n, seed, companies=companies):
        # Keys are built where postings are prepared (worker processes), not in the store:
        # build them before the clock starts, as the pipeline hands them over.
        batch = [matching.identified(p) for p in raw_batch]
        t0, c0 = time.perf_counter(), time.process_time()
        result = store.upsert(batch, seen_at)
        cpu += time.process_time() - c0
        spent += time.perf_counter() - t0
        new += result.new
        total += len(batch)
    return spent, new, total, cpu


def count(store: Store, table: str) -> int:
    """Rows in one table."""
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


def peak_rss_mb() -> float:
    """The process's peak resident set so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(n: int, seed: int, folder: Path, companies: int | None = None) -> dict[str, float]:
    """Both passes for one size; asserts the re-run changes nothing."""
    store = Store(str(folder / f"ingest-{n}.db"), matching=JobMatching())
    wall0 = time.perf_counter()
    spent, new, total, cpu = ingest(store, n, FIRST_RUN, seed, companies)
    wall = time.perf_counter() - wall0
    jobs, listings = count(store, "job"), count(store, "listing")
    assert total == n and new == n == listings, (total, new, listings)
    wall1 = time.perf_counter()
    spent2, new2, _, _ = ingest(store, n, FIRST_RUN + timedelta(days=1), seed, companies)
    wall2 = time.perf_counter() - wall1
    jobs2, listings2 = count(store, "job"), count(store, "listing")
    assert new2 == 0, f"re-run reported {new2} new listings"
    assert (jobs2, listings2) == (jobs, listings), ((jobs, listings), (jobs2, listings2))
    store.close()
    return {
        "n": n,
        "upsert_s": spent,
        "upsert_cpu_s": cpu,
        "wall_s": wall,
        "jobs": jobs,
        "listings": listings,
        "rerun_upsert_s": spent2,
        "rerun_wall_s": wall2,
        "rerun_new": new2,
        "rerun_jobs": jobs2,
        "rss_mb": peak_rss_mb(),
    }


def main() -> None:
    """Print the ingest table and the growth from each size to the next."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000", help="comma-separated posting counts")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dir", help="where the SQLite files go (default: a temporary folder)")
    ap.add_argument(
        "--companies",
        type=int,
        help="spread openings evenly over this many companies (1: one big employer); "
        "default: a power law with ~30 openings per company",
    )
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        print(
            "| postings | upsert s | upsert CPU us/posting | wall s | postings/s | jobs "
            "| listings | copies joined | re-run wall s | re-run new | jobs after re-run "
            "| peak RSS MB | growth |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        prev: dict[str, float] | None = None
        for n in sizes:
            r = run(n, args.seed, Path(tmp), args.companies)
            growth = f"x{r['wall_s'] / prev['wall_s']:.1f} for x{n / prev['n']:g}" if prev else ""
            print(
                f"| {n:,} | {r['upsert_s']:.1f} | {r['upsert_cpu_s'] / n * 1e6:,.0f} "
                f"| {r['wall_s']:.1f} | {n / r['wall_s']:,.0f} "
                f"| {r['jobs']:,} | {r['listings']:,} | {1 - r['jobs'] / r['listings']:.1%} "
                f"| {r['rerun_wall_s']:.1f} | {r['rerun_new']} | {r['rerun_jobs']:,} "
                f"| {r['rss_mb']:.0f} | {growth} |",
                flush=True,
            )
            prev = r
    print("re-run: 0 new and a constant job count at every size (asserted)")


if __name__ == "__main__":
    main()
