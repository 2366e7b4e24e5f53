"""CLI start-up: wall time of `jobs --help` and `jobs search` on an empty database.

Run: python bench/cli/bench_startup.py [--runs 10] [--jobs PATH-TO-jobs] [--importtime]

Each command runs `--runs` times as a fresh process (after `jobs db upgrade` creates the
empty database, and one warm-up run that writes the bytecode cache); the median and
the fastest wall time are printed. With --importtime, the slowest imports of each
(`python -X importtime`, self time, cumulative) are listed too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET_S = 0.3


def jobs_command(explicit: str | None) -> list[str]:
    """The `jobs` console script next to this Python, else `python -m scraper`."""
    if explicit:
        return [explicit]
    script = Path(sys.executable).with_name("jobs")
    if script.exists():
        return [str(script)]
    found = shutil.which("jobs")
    return [found] if found else [sys.executable, "-m", "scraper"]


def timed(argv: list[str], env: dict[str, str], runs: int) -> list[float]:
    """Wall times of `runs` fresh processes (after one untimed warm-up)."""
    subprocess.run(argv, env=env, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(argv, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return times


def import_times(args: list[str], env: dict[str, str], top: int = 12) -> list[tuple[int, int, str]]:
    """The slowest imports of `python -X importtime -m scraper ...`: (cum us, self us, name)."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "scraper", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    rows = []
    for line in out.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cum_us, name = (part.strip() for part in line[len("import time:") :].split("|"))
        rows.append((int(cum_us), int(self_us), name.strip()))
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    """Print a markdown table of start-up times, and optionally the import offenders."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--jobs", help="the jobs executable (default: next to this Python)")
    ap.add_argument("--importtime", action="store_true", help="list the slowest imports")
    args = ap.parse_args()
    cmd = jobs_command(args.jobs)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "empty.db")
        env = {**os.environ, "JOBS_DB": db, "JOBS_CONFIG": "", "NO_COLOR": "1"}
        # An installed jobs runs from cached bytecode: let the warm-up run write it (with
        # PYTHONDONTWRITEBYTECODE, as some sandboxes set, an editable checkout compiled
        # every module of the project from source on every run).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        # Read commands never create a database: the write side makes the empty one.
        subprocess.run([*cmd, "db", "upgrade"], env=env, check=True, capture_output=True)
        cases = {"jobs --help": ["--help"], "jobs search (empty db)": ["search", "python"]}
        print(f"| command | median s | fastest s | under {BUDGET_S} s |")
        print("|---|---|---|---|")
        for label, extra in cases.items():
            times = timed(cmd + extra, env, args.runs)
            median = statistics.median(times)
            ok = "yes" if median < BUDGET_S else "NO"
            print(f"| `{label}` | {median:.3f} | {min(times):.3f} | {ok} |", flush=True)
        if args.importtime:
            for label, extra in cases.items():
                print(f"\n{label}: slowest imports (cumulative us, self us)")
                for cum, own, name in import_times(extra, env):
                    print(f"  {cum:>8} {own:>8}  {name}")


if __name__ == "__main__":
    main()
