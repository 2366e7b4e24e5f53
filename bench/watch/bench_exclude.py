"""Time search pages and capped counts with and without exclusions on a big database.

Usage: python bench/watch/bench_exclude.py DB [--rounds 7]   (DB from bench/search/generate.py)
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from scraper.exclude import AGENCY_NAME_WORDS, AGENCY_TEXT
from storage.reader import Reader
from storage.search import Filters

AGENCIES = {"exclude_agency_names": AGENCY_NAME_WORDS, "exclude_agency_text": AGENCY_TEXT}
CASES = {
    "role": Filters(roles=("ml-engineer",)),
    "role + agencies": Filters(roles=("ml-engineer",), **AGENCIES),  # type: ignore[arg-type]
    "role + 3 title words + 1 company": Filters(
        roles=("ml-engineer",),
        exclude_title_words=("intern", "manager", "contract"),
        exclude_companies=("Acme",),
        exclude_company_keys=("acme",),
    ),
    "text python": Filters(text="python"),
    "text python + agencies": Filters(text="python", **AGENCIES),  # type: ignore[arg-type]
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    reader = Reader(str(args.db))
    for name, filters in CASES.items():
        times = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            list(reader.search(filters, limit=50))
            times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        reader.count(filters, cap=1000)
        count_ms = (time.perf_counter() - start) * 1000
        print(f"{name}: page of 50 p50 {statistics.median(times):.1f} ms; "
              f"count capped at 1,000 {count_ms:.0f} ms")  # fmt: skip
    reader.close()


if __name__ == "__main__":
    main()
