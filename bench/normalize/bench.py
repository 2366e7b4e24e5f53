"""Postings per second for the whole normalisation of realistic postings, on one core.

Each posting has a ~3 KB HTML description (paragraphs, lists, entities, a tracking pixel),
a location, a salary (structured or as text) and a date in one of the real formats.
Postings are distinct (titles, descriptions, locations and salaries vary), so caches see
the repetition a real crawl has, not a single posting over and over.

Run: PYTHONPATH=. python bench/normalize/bench.py [--postings 20000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import time
from datetime import UTC, datetime

from scraper.normalize import normalize
from sources.base import RawListing

LOCATIONS = [
    "San Francisco, CA", "New York, NY (HQ)", "Remote - US", "Remote (EU)", "London, UK",
    "Berlin, Germany", "München", "Toronto, ON", "Bengaluru, Karnataka", "Paris, France (Hybrid)",
    "SF, NYC, SEA, CHI", "Dublin, London or remote in the UK or Ireland", "Anywhere",
    "Seattle, WA", "Austin, TX", "Zürich, Schweiz", "Amsterdam, Netherlands", "Tokyo, Japan",
    "*HQ - San Francisco, CA", "Remote, Italy", "Singapore", "Sydney, NSW", "Boston, MA",
    "Madrid, España", "US-Remote, US-San Francisco, US-Texas", "Hybrid - Austin, TX",
]  # fmt: skip
SALARY_TEXTS = [
    "$120K – $185K • Offers Equity", "$21 - $27/hr", "65.000 € - 80.000 € brutto pro Jahr",
    "£450-£550 day rate", "CA$88.4K – CA$120K", "₹45L – ₹62L", None, None, None,
    "OTE $30k - $45k", "Competitive",
]  # fmt: skip
DATES: list[object] = [
    "2026-08-11T20:42:57-04:00", 1786000000000, 1786000000, "Tue, 11 Aug 2026 20:42:57 +0000",
    "2026-08-11 20:42:57 UTC", "2026-08-11", "3 days ago",
]  # fmt: skip
WORDS = [
    "model", "data", "training", "inference", "pipeline", "koala", "research", "product",
    "team", "platform", "scale", "python", "pytorch", "evaluation", "customers",
    "reliability", "deploy", "metrics", "experiment", "design",
]  # fmt: skip


def description(rng: random.Random) -> str:
    """An invented ~3 KB job description in the shape ATS boards send."""
    parts = ["<h2>About the role</h2>"]
    while sum(map(len, parts)) < 2900:
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30)))
        kind = rng.random()
        if kind < 0.5:
            parts.append(f"<p>We&#x27;re looking for someone to {words} &amp; more.</p>")
        elif kind < 0.8:
            items = "".join(f"<li>{rng.choice(WORDS)} {words[:60]}</li>" for _ in range(4))
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<div><strong>{words[:30]}</strong><br>{words}</div>")
    parts.append('<img src="https://t.example/pixel.gif" width="1" height="1">')
    return "".join(parts)


def postings(count: int, seed: int = 7) -> list[RawListing]:
    """Distinct invented listings."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        structured = rng.random() < 0.3
        out.append(
            RawListing(
                source_id=str(i),
                url=f"https://jobs.example.com/{i}",
                title=rng.choice(["Senior ", "", "Staff ", "Lead "])
                + rng.choice(["ML Engineer", "Data Scientist (m/w/d)", "AI Engineer - Remote"])
                + f" {i % 97}",
                company=rng.choice(["Koala Labs Inc.", "Quantum Koala GmbH", "The Acme Co."]),
                location=rng.choice(LOCATIONS),
                remote=rng.choice([None, "Hybrid", True, "unspecified"]),
                employment_type=rng.choice(["FullTime", "Full-time", "Contract", None]),
                salary_min=150000.0 if structured else None,
                salary_max=190000.0 if structured else None,
                salary_currency="USD" if structured else None,
                salary_period="1 YEAR" if structured else None,
                salary_text=None if structured else rng.choice(SALARY_TEXTS),
                posted_at=rng.choice(DATES),
                description_html=description(rng),
                department="Research",
            )
        )
    return out


def main() -> None:
    """Time normalize() over the listings several times; print the median rate."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--postings", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as stated
    fetched = datetime(2026, 8, 12, 12, tzinfo=UTC)
    listings = postings(args.postings)
    size = statistics.mean(len(x.description_html or "") for x in listings)
    start = time.perf_counter()
    normalize(listings[0], "bench", fetched)  # builds the gazetteer indexes once
    print(f"first call (index build): {time.perf_counter() - start:.2f} s")
    rates, cpu_rates = [], []
    for _ in range(args.repeat):
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        for listing in listings:
            normalize(listing, "bench", fetched)
        rates.append(len(listings) / (time.perf_counter() - start))
        cpu_rates.append(len(listings) / (time.process_time() - cpu))
    print(f"postings: {len(listings)}, mean description: {size:.0f} bytes")
    print(f"wall rates (postings/s): {', '.join(f'{r:,.0f}' for r in rates)}")
    # CPU time is steadier than wall time when other processes share the machine.
    print(f"cpu rates (postings/CPU-s): {', '.join(f'{r:,.0f}' for r in cpu_rates)}")
    print(
        f"median: {statistics.median(rates):,.0f} postings/s wall, "
        f"{statistics.median(cpu_rates):,.0f} postings/CPU-second, one core"
    )


if __name__ == "__main__":
    main()
