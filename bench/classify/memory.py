"""Where a classifying process's memory goes: RSS by stage, and tracemalloc by file and line.

Usage (from the repository root):

    PYTHONPATH=$PWD python bench/classify/memory.py rss            # the worker proxy, MB
    PYTHONPATH=$PWD python bench/classify/memory.py trace [N] [TOP]  # tracemalloc, N titles

`rss` is the proxy of a normalise worker the sessions have measured: a process that imports
the classifier, the place and salary parsers, and classifies, parses a few of each; it
prints VmRSS after each stage and the high-water mark (`VmHWM`, what `ru_maxrss` reads).
`trace` reads the train rows' titles of every `bench/accuracy/data/*.tsv` corpus first (so
they are not counted), then starts tracemalloc, imports, loads and classifies N of them
(default 5,000, a fixed sample), parses a few places and salaries, and prints the live
Python memory grouped by file and by line (TOP lines, default 40).
"""

from __future__ import annotations

import csv
import gc
import random
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "accuracy" / "data"
TITLES = ["Senior Data Scientist", "Scala Engineer - Data", "Kassierer (m/w/d)", "高级前端工程师"]
PLACES = ["Berlin, Germany", "Remote - US", "São Paulo"]
SALARIES = ["$120,000 - $150,000 a year", "€50k", "15-25K·14薪"]


def _status(key: str) -> float:
    """A /proc/self/status figure (VmRSS, VmHWM) in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def rss() -> None:
    """The worker proxy's RSS after each stage, and its peak."""
    print(f"interpreter       {_status('VmRSS'):6.1f} MB")
    import scraper.classify as c

    print(f"import classify   {_status('VmRSS'):6.1f} MB")
    c._builtin()
    print(f"taxonomy          {_status('VmRSS'):6.1f} MB")
    for t in TITLES:
        c.classify(t)
    print(f"classify (model)  {_status('VmRSS'):6.1f} MB")
    from scraper.normalize.location import parse_location

    print(f"import location   {_status('VmRSS'):6.1f} MB")
    from scraper.normalize.salary import parse_salary

    print(f"import salary     {_status('VmRSS'):6.1f} MB")
    for p in PLACES:
        parse_location(p)
    print(f"places            {_status('VmRSS'):6.1f} MB")
    for s in SALARIES:
        parse_salary(s)
    print(f"salaries          {_status('VmRSS'):6.1f} MB")
    print(f"peak (VmHWM)      {_status('VmHWM'):6.1f} MB")


def _train_titles(n: int) -> list[str]:
    """A fixed sample of n distinct train titles of every corpus."""
    titles: set[str] = set()
    for path in sorted(DATA.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f, delimiter="\t")
            if not reader.fieldnames or "title" not in reader.fieldnames:
                continue
            split = "set" if "set" in reader.fieldnames else "split"
            titles.update(r["title"] for r in reader if r.get(split) == "train")
    return random.Random(17).sample(sorted(titles), min(n, len(titles)))


def trace(n: int, top: int) -> None:
    """tracemalloc's live memory by file and line after importing and classifying."""
    import tracemalloc

    titles = _train_titles(n)
    gc.collect()
    tracemalloc.start(1)
    import scraper.classify as c

    tax = c._builtin()
    for t in titles:
        c.classify(t)
    from scraper.normalize.location import parse_location
    from scraper.normalize.salary import parse_salary

    for p in PLACES:
        parse_location(p)
    for s in SALARIES:
        parse_salary(s)
    gc.collect()
    snap = tracemalloc.take_snapshot()
    current, peak = tracemalloc.get_traced_memory()
    print(f"{len(titles)} titles; traced {current / 2**20:.2f} MB, peak {peak / 2**20:.2f} MB")
    print(
        f"caches: words {len(tax._word_cache)}, titles {len(tax._title_cache)},"
        f" fields {len(tax._field_cache)}"
    )
    print("-- by file")
    for stat in snap.statistics("filename")[:25]:
        print(f"{stat.size / 2**20:7.2f} MB {stat.count:8d}  {stat.traceback[0].filename}")
    print("-- by line")
    for stat in snap.statistics("lineno")[:top]:
        frame = stat.traceback[0]
        print(f"{stat.size / 2**20:7.2f} MB {stat.count:8d}  {frame.filename}:{frame.lineno}")


def main(argv: list[str]) -> int:
    """Command line: rss | trace [N] [TOP]."""
    if argv[:1] == ["rss"]:
        rss()
        return 0
    if argv[:1] == ["trace"]:
        trace(int(argv[1]) if len(argv) > 1 else 5000, int(argv[2]) if len(argv) > 2 else 40)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
