"""Search latency (p50/p95) and export memory on a generated database.

    python bench/search/generate.py /tmp/jobs-1m.db --jobs 1000000
    python bench/search/bench_search.py /tmp/jobs-1m.db [--queries 200]

Typical searches: text + role + remote + minimum salary, newest first, limit 50, through
the library's `Store.search` (the CLI's code path). Export streams every row to /dev/null
in a subprocess whose peak RSS is reported.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scraper.matching import JobMatching
from storage.search import Filters
from storage.store import Store

TERMS = [
    "python",
    "pytorch",
    "llm",
    "kubernetes",
    "rust",
    "ranking",
    "c++",
    "computer vision",
    "spark",
    "agents",
    "causal inference",
    "robotics",
    "payments",
    "rag",
    "dbt airflow",
]
ROLES = ["ml-engineer", "ai-engineer", "data-scientist", "data-engineer", "software-engineer"]


def workloads(rng: random.Random) -> dict[str, Filters]:
    """One query of each shape, with random values."""
    term = rng.choice(TERMS)
    role = rng.choice(ROLES)
    return {
        "text+role+remote+salary": Filters(
            text=term, roles=(role,), workplaces=("remote",), min_salary_usd=150_000
        ),
        "text only": Filters(text=term),
        "role+level": Filters(roles=(role,), level="senior"),
        "common text + country": Filters(text="python", countries=("DE",)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--no-export", action="store_true")
    args = parser.parse_args()
    store = Store(str(args.db), matching=JobMatching())
    rng = random.Random(42)
    timings: dict[str, list[float]] = {}
    for _ in range(args.queries):
        for name, filters in workloads(rng).items():
            started = time.perf_counter()
            found = list(store.search(filters, limit=50))
            timings.setdefault(name, []).append((time.perf_counter() - started) * 1000)
            assert len(found) <= 50
    jobs = store.count_jobs()
    store.close()
    print(f"database: {args.db} ({jobs:,} jobs, {args.db.stat().st_size / 1e9:.1f} GB)")
    print(f"{'query (limit 50, newest first)':<34} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for name, values in timings.items():
        values.sort()
        p95 = values[int(len(values) * 0.95) - 1]
        print(f"{name:<34} {statistics.median(values):>8.1f} {p95:>8.1f} {values[-1]:>8.1f}")
    if args.no_export:
        return
    started = time.perf_counter()
    cmd = [sys.executable, "-m", "scraper", "export", "--db", str(args.db), "-o", "/dev/null"]
    subprocess.run(cmd, check=True, capture_output=True)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"export of all rows to CSV: {time.perf_counter() - started:.0f} s, peak RSS {peak:.0f} MB"
    )


if __name__ == "__main__":
    main()
