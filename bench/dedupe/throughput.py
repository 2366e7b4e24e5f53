"""Matcher throughput: add+match N synthetic keys with ~25% copies and realistic blocks.

Run: PYTHONPATH=. python bench/dedupe/throughput.py 10000 100000 1000000
Companies scale with N (one per ~40 postings on average) and their sizes follow a bounded
Zipf law (largest ~3,000 postings), as on real boards; 25% of postings are copies of an
earlier one with the variations dedupe keys keep (another location spelling, typo).
"""

from __future__ import annotations

# ruff: noqa: E501  (data tables read better one row per line)
import random
import sys
import time

import scraper.dedupe as dd

ROLES = ["software engineer", "machine learning engineer", "data engineer", "data scientist",
         "product manager", "site reliability engineer", "backend engineer", "research scientist",
         "account executive", "security engineer", "platform engineer", "data analyst"]  # fmt: skip
TEAMS = ["", "payments", "search", "growth", "identity", "billing", "ads ranking", "fraud",
         "inference", "storage", "maps", "risk", "pricing", "audio", "onboarding"]  # fmt: skip
LEVELS = ["", "senior", "staff", "principal", "lead", "junior", "2", "3"]
CITIES = [("US", "san francisco"), ("US", "new york"), ("GB", "london"), ("DE", "berlin"),
          ("IN", "bengaluru"), ("CA", "toronto"), ("FR", "paris"), (None, None)]  # fmt: skip


def synth(n: int, seed: int = 7) -> list[dd.JobKey]:
    """N keys: ~75% distinct openings, ~25% copies of earlier ones."""
    rng = random.Random(seed)
    companies = max(1, n // 40)
    weights = [1 / (i + 1) for i in range(companies)]
    # Bound the largest company near 3,000 postings whatever N is.
    top = sum(weights)
    weights = [min(w, 3000 / n * top) for w in weights]
    picks = rng.choices(range(companies), weights=weights, k=n)
    keys: list[dd.JobKey] = []
    for i, company in enumerate(picks):
        if keys and rng.random() < 0.25:
            src = keys[rng.randrange(len(keys))]
            title = src.title if rng.random() < 0.8 else src.title.replace("engineer", "engineers")
            keys.append(dd.JobKey(src.company, title, src.level, src.country,
                                  None if rng.random() < 0.3 else src.city, src.remote))  # fmt: skip
            continue
        level = rng.choice(LEVELS)
        title = " ".join(x for x in (level, rng.choice(ROLES), rng.choice(TEAMS), str(i % 50)) if x)
        country, city = rng.choice(CITIES)
        remote = "remote" if city is None else None
        keys.append(dd.JobKey(f"company{company}", title, dd.level_signature(title), country,
                              city, remote))  # fmt: skip
    return keys


def run(n: int) -> tuple[float, int]:
    """Seconds to match-or-add every key, and how many were matched."""
    keys = synth(n)
    m = dd.Matcher()
    matched = 0
    t0 = time.perf_counter()
    for i, key in enumerate(keys):
        if m.match(key) is None:
            m.add(i, key)
        else:
            matched += 1
    return time.perf_counter() - t0, matched


def main() -> None:
    """Print one table row per N."""
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000, 1_000_000]
    print("| keys | seconds | keys/s | matched as copies |")
    print("|---|---|---|---|")
    prev = None
    for n in sizes:
        secs, matched = run(n)
        growth = f" (x{secs / prev:.1f})" if prev else ""
        print(f"| {n:,} | {secs:.2f}{growth} | {n / secs:,.0f} | {matched / n:.1%} |")
        prev = secs


if __name__ == "__main__":
    main()
