"""Classifier throughput: titles per second on one core.

Usage (from the repository root):

    PYTHONPATH=$PWD python bench/classify/bench.py [--n 100000] [--repeat 5]

Titles are generated with a fixed seed from the test tables (tests/data/classify_tables.tsv) plus
invented variations (level words, team suffixes, locations, gender tags), so most
titles are distinct, as on a real crawl. Prints the median and the best of `--repeat`
runs (on a shared, noisy machine the best is the steadier number).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from scraper import classify as classify_module
from scraper.classify import classify, load_taxonomy

ROOT = Path(__file__).resolve().parents[2]
PREFIXES = ["", "", "", "Senior ", "Sr. ", "Staff ", "Lead ", "Junior ", "Principal ", "(Senior) "]
SUFFIXES = [
    "", "", "", " - Remote", " (m/w/d)", ", EMEA", " | Berlin", " (Contract)", " - US Remote",
    ", Platform", ", Payments", " II", " (H/F)", ", New York, NY", " - Hybrid (London)",
]  # fmt: skip
DESCRIPTION = (
    "<p>We are looking for an engineer to join our team. You have 5+ years of experience "
    "building distributed systems and a passion for developer tools.</p>" * 3
)


def titles(n: int, seed: int = 7) -> list[str]:
    """`n` realistic, mostly distinct titles (deterministic)."""
    base = []
    table = ROOT / "tests" / "data" / "classify_tables.tsv"
    for line in table.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if not line.startswith("#") and len(cols) > 3 and cols[3] in ("titles", "holdout"):
            base.append(cols[0])
    rng = random.Random(seed)
    return [
        f"{rng.choice(PREFIXES)}{rng.choice(base)}{rng.choice(SUFFIXES)}{rng.randrange(1000)}"
        if rng.random() < 0.5
        else f"{rng.choice(PREFIXES)}{rng.choice(base)}{rng.choice(SUFFIXES)}"
        for _ in range(n)
    ]


def run(items: list[str], *, description: str | None, fresh_cache: bool) -> float:
    """CPU seconds to classify all items once."""
    tax = load_taxonomy()
    if fresh_cache:
        tax._word_cache.clear()  # measure without warm per-word normalisation
    # CPU time of this process: steadier than wall time on a shared machine.
    start = time.process_time()
    for title in items:
        classify(title, department="Engineering", description=description, taxonomy=tax)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    start = time.perf_counter()
    classify_module._builtin.cache_clear()
    classify_module._builtin_data.cache_clear()
    load_taxonomy()
    print(f"taxonomy load (parse + compile): {1000 * (time.perf_counter() - start):.1f} ms")

    items = titles(args.n)
    # Worst case for the description: titles with no level word make it read the text.
    levelless = [t for t in items if classify(t).level is None]
    print(f"{len(items)} titles, {len(set(items))} distinct; {len(levelless)} without a level word")
    for label, batch, desc, fresh in (
        ("title + department, cold word cache", items, None, True),
        ("title + department", items, None, False),
        ("title + department + 500-char description", items, DESCRIPTION, False),
        ("  same, only titles without a level word", levelless, DESCRIPTION, False),
    ):
        secs = [run(batch, description=desc, fresh_cache=fresh) for _ in range(args.repeat)]
        med, best = statistics.median(secs), min(secs)
        print(
            f"{label:45} median {len(batch) / med:>8,.0f}/s ({1e6 * med / len(batch):.1f} µs)"
            f"  best {len(batch) / best:>8,.0f}/s"
        )


if __name__ == "__main__":
    main()
