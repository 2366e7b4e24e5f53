"""Search latency through the CLI, per filter shape, on a generated database.

    python bench/search/generate.py /tmp/jobs-1m.db --jobs 1000000 --employers 1000
    python bench/search/bench_cli.py /tmp/jobs-1m.db [--runs 15] [--processes 5]

Each shape is `jobs search ...` run through the command's own entry point in this process
(`--runs` times after one warm-up; output to /dev/null, as in a pipe): argument parsing,
opening the database, the query, the records and the tab-separated writer, without the
interpreter's start-up and imports, which bench/cli measures. With `--processes N`, each
shape is also run N times as a fresh `jobs` process, and the median of an empty search
(start-up and imports alone) is subtracted. Big result sets (`--limit 1000000`) are run
once each: they must stream (no "too many SQL variables"), not be fast.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

SHAPES: dict[str, list[str]] = {
    "newest page": [],
    "text: common word": ["python"],
    "text: phrase": ['"machine learning"'],
    "text: rare word": ["rust"],
    "text: OR and NOT": ["pytorch OR jax -kubernetes"],
    "text, sort newest": ["python", "--sort", "newest"],
    "role + country": ["--role", "data-scientist", "--country", "US"],
    "text + min salary": ["engineer", "--min-salary", "120000", "--currency", "USD"],
    "min salary": ["--min-salary", "150k"],
    "sort salary": ["--sort", "salary"],
    "sort salary + role": ["--role", "data-scientist", "--sort", "salary"],
    "text, sort salary": ["python", "--sort", "salary"],
    "level + remote": ["--level", "senior", "--remote"],
    "country name + level": ["--country", "Germany", "--level", "lead"],
    "company (big employer)": ["--company", "Company 0"],
    "company + text": ["--company", "Company 0", "python"],
    "company (small employer)": ["--company", "Company 999"],
    "source": ["--source", "src-3"],
    "employment type": ["--employment-type", "contract"],
    "location": ["--location", "berlin"],
    "since 30d": ["--since", "30d"],
    "posted since": ["--posted-since", "2026-10-01"],
    "json, 100": ["--role", "ml-engineer", "-f", "json", "--limit", "100"],
    "offset 5000": ["--offset", "5000"],
}
BIG: dict[str, list[str]] = {
    "remote, all": ["--remote", "--limit", "1000000"],
    "min salary, all": ["--min-salary", "150000", "--currency", "USD", "--limit", "1000000"],
}


def run_in_process(db: str, args: list[str]) -> float:
    """Seconds for one `jobs search ARGS --db DB` through the CLI's entry point."""
    from scraper.cli import app

    sink = io.StringIO()
    started = time.perf_counter()
    quiet = io.StringIO()
    with (
        contextlib.redirect_stdout(sink),
        contextlib.redirect_stderr(quiet),
        contextlib.suppress(SystemExit),
    ):
        app(["search", *args, "--db", db], standalone_mode=False)
    return time.perf_counter() - started


def run_process(db: str, args: list[str]) -> float:
    """Wall seconds of `jobs search ARGS` as a fresh process."""
    script = str(Path(sys.executable).with_name("jobs"))
    env = {**os.environ, "JOBS_CONFIG": "", "JOBS_DB": db}
    started = time.perf_counter()
    subprocess.run([script, "search", *args], env=env, capture_output=True, check=True)
    return time.perf_counter() - started


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--processes", type=int, default=0)
    parser.add_argument("--no-big", action="store_true")
    args = parser.parse_args()
    db = str(args.db)
    os.environ.update(JOBS_CONFIG="", JOBS_DB="")
    extra = " process - start-up ms |" * bool(args.processes)
    print(f"| shape | arguments | p50 ms | p95 ms |{extra}")
    print(f"|---|---|---|---|{'---|' * bool(args.processes)}")
    empty = None
    if args.processes:
        empty_db = Path(db).with_name("bench-empty.db")
        if not empty_db.exists():
            from storage.store import Store

            Store(str(empty_db)).close()
        run_process(str(empty_db), [])
        empty = statistics.median(run_process(str(empty_db), []) for _ in range(args.processes))
    all_p95 = []
    for label, shape in SHAPES.items():
        run_in_process(db, shape)  # warm-up: imports, page cache
        times = [run_in_process(db, shape) for _ in range(args.runs)]
        all_p95.append(p95(times))
        cells = f"| {label} | `{' '.join(shape) or '(none)'}` | "
        cells += f"{statistics.median(times) * 1000:.0f} | {p95(times) * 1000:.0f} |"
        if empty is not None:
            walls = [run_process(db, shape) for _ in range(args.processes)]
            cells += f" {(statistics.median(walls) - empty) * 1000:.0f} |"
        print(cells, flush=True)
    print(f"\nworst p95: {max(all_p95) * 1000:.0f} ms over {len(SHAPES)} shapes")
    if empty is not None:
        print(f"start-up subtracted (empty search, median): {empty * 1000:.0f} ms")
    if not args.no_big:
        for label, shape in BIG.items():
            sink = io.StringIO()
            from scraper.cli import app

            started = time.perf_counter()
            with contextlib.redirect_stdout(sink):
                app(["search", *shape, "--db", db], standalone_mode=False)
            rows = sink.getvalue().count("\n") - 1
            print(f"{label}: {rows:,} rows in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
