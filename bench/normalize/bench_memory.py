"""Memory and build time of the place gazetteers: location indexes, dedupe tables, currencies.

Each measurement runs in a fresh child process, so nothing built by an earlier one is
shared or cached. The child imports the modules, reads its RSS (/proc/self/statm), builds
the tables of one target, collects garbage and reads RSS again; the peak is the process's
ru_maxrss. Memory figures repeat to within a few hundred KB. Build times are given as CPU
time of the process (steady on a shared machine) and wall-clock time (which other work
stretches); each target runs --repeat times and the medians are reported.

Run: PYTHONPATH=. python bench/normalize/bench_memory.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

TARGETS = ("cities", "location", "dedupe", "currencies", "all")


def rss_mb() -> float:
    """Resident set size of this process now, in MB (not the peak)."""
    with open("/proc/self/statm") as f:
        resident_pages = int(f.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def builders(target: str) -> list[Callable[[], object]]:
    """The functions that build `target`'s tables (each is cached after its first call)."""
    from scraper import dedupe
    from scraper.normalize import location, salary

    location_all = [location._cities, location._countries, location._subdivisions]
    return {
        "cities": [location._cities],
        "location": location_all,
        "dedupe": [dedupe._places],
        "currencies": [salary._country_currencies],
        "all": [*location_all, dedupe._places, salary._country_currencies],
    }[target]


def child(target: str) -> None:
    """Build one target in this (fresh) process and print its figures as one JSON line."""
    build = builders(target)  # imports the modules: their cost is not the gazetteers'
    gc.collect()
    before = rss_mb()
    start, cpu_start = time.perf_counter(), time.process_time()
    for fn in build:
        fn()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    gc.collect()
    after = rss_mb()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {"before": before, "after": after, "peak": peak, "seconds": seconds, "cpu": cpu}
    print(json.dumps(figures))


def main() -> None:
    """Run every target --repeat times in child processes and print a table of medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--child", choices=TARGETS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    from scraper.normalize import location

    print(f"code: {location.__file__}")
    print("| target | RSS after import | after build | added | peak (ru_maxrss) | CPU s | wall s |")
    print("|---|---|---|---|---|---|---|")
    for target in TARGETS:
        runs = []
        for _ in range(args.repeat):
            out = subprocess.run(
                [sys.executable, __file__, "--child", target],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            runs.append(json.loads(out.strip().splitlines()[-1]))
        med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        print(
            f"| {target} | {med['before']:.1f} MB | {med['after']:.1f} MB "
            f"| {med['after'] - med['before']:.1f} MB | {med['peak']:.1f} MB "
            f"| {med['cpu']:.2f} | {med['seconds']:.2f} |"
        )


if __name__ == "__main__":
    main()
