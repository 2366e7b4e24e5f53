"""A lazy, deterministic stream of realistic postings for ingest benchmarks and tests.

Import with bench/dedupe on sys.path (no side effects). `batches(n)` yields lists of up to
500 `scraper.models.Posting` per source, interleaved across sources as concurrent source
runs reach the store; the same (n, seed) always gives the same postings, so a second pass
is a re-run of the same input. Nothing holds more than one batch per source in memory.

Shape (each opening is one job; its copies are listings):
- companies: one per ~30 openings, sizes a bounded power law (Zipf, largest ~5,000);
- ~75% of openings are on one source, ~17% on two and ~8% on three (of four);
- each copy is rendered with the variations of bench/dedupe/pairs.py: legal suffixes and
  case in company names, Sr/Senior and abbreviations, gender tags, place suffixes in
  titles, tracking parameters in URLs, and locations spelled differently or missing.
"""

from __future__ import annotations

import bisect
import itertools
import random
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pairs as _p

from scraper.models import Posting

SOURCES = ("greenhouse", "lever", "ashby", "aggregator")
SOURCE_WEIGHTS = (0.35, 0.25, 0.2, 0.2)
BATCH = 500
JOBS_PER_COMPANY = 30
LARGEST_COMPANY = 5_000
# Copies per opening: (number of sources, share of openings).
SPREAD = ((1, 0.75), (2, 0.17), (3, 0.08))
POSTINGS_PER_OPENING = sum(k * w for k, w in SPREAD)
_SECOND_WORDS = ["Labs", "Systems", "Health", "Robotics", "Analytics", "Cloud", "Energy",
                 "Capital", "Media", "Logistics", "Bio", "Games", "Security", "Mobility",
                 "Foods", "Networks", "Learning", "Insurance", "Retail", "Studio"]  # fmt: skip
_POSTED = datetime(2026, 10, 1, tzinfo=UTC)
_DESCRIPTION = (
    "We are hiring for this role. You will design, build and run systems used by many "
    "people, work with a small team, review code and write documentation. "
) * 2


def company_name(index: int) -> str:
    """A distinct invented company name per index."""
    stems = _p.COMPANY_STEMS
    name = f"{stems[index % len(stems)]} {_SECOND_WORDS[(index // len(stems)) % 20]}"
    rounds = index // (len(stems) * 20)
    return f"{name} {rounds}" if rounds else name


def _company_picker(
    openings: int, rng: random.Random, companies: int | None = None
) -> Iterator[int]:
    """Company index per opening: a Zipf law over openings/30 companies, capped; or
    uniform over `companies` (1: every opening at one big employer)."""
    if companies is not None:
        while True:
            yield rng.randrange(companies)
    companies = max(1, openings // JOBS_PER_COMPANY)
    weights = [1 / (i + 1) for i in range(companies)]
    total = sum(weights)
    cap = LARGEST_COMPANY / openings * total
    cumulative = list(itertools.accumulate(min(w, cap) for w in weights))
    top = cumulative[-1]
    while True:
        yield bisect.bisect_left(cumulative, rng.random() * top)


def _render(rng: random.Random, b: _p.Base, source: str, ident: int, company: int) -> Posting:
    """One source's copy of an opening, with that source's variations."""
    title = _p.title_variant(rng, b)
    location = _p.location_variant(rng, b)
    country = city = remote = None
    if source == "lever":
        country = b.remote_country if b.remote else _p.CITIES[b.city or 0][1]
        remote = "remote" if b.remote else rng.choice(["onsite", "hybrid", None])
    elif source == "ashby":
        if not b.remote and rng.random() < 0.6:
            city, country = _p.CITIES[b.city or 0][0], _p.CITIES[b.city or 0][1]
        remote = "remote" if b.remote else None
    elif source == "aggregator":
        remote = "remote" if b.remote else None
    if source == "greenhouse" and rng.random() < 0.2 and "(" not in title:
        title += rng.choice([" (m/w/d)", " (w/m/d)", " (all genders)"])
    url = _p.url_for(rng, source if source != "lever" else "lever", f"c{company}", ident)
    return Posting(
        source=source,
        source_id=f"{source}-{ident}",
        url=url,
        title=title,
        company=_p.company_variant(rng, b.company),
        location=location,
        country=country,
        remote=remote,
        city=city,
        posted_at=_POSTED,
        description=_DESCRIPTION,
    )


def postings_with_source(n: int, seed: int = 1, companies: int | None = None) -> Iterator[Posting]:
    """Exactly n postings, opening by opening (copies of one opening are adjacent)."""
    rng = random.Random(seed)
    openings = max(1, round(n / POSTINGS_PER_OPENING))
    picks = _company_picker(openings, rng, companies)
    made = 0
    for ident in itertools.count():
        company = next(picks)
        b = _p.Base(
            company=company_name(company),
            role=rng.randrange(len(_p.ROLES)),
            team=rng.choice(_p.TEAMS) if rng.random() < 0.5 else None,
            level=rng.choice([0, 0, 0, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
            city=None if (remote := rng.random() < 0.3) else rng.randrange(len(_p.CITIES)),
            remote_country=rng.choice(["US", "GB", "DE", None]) if remote else None,
            remote=remote,
        )
        roll, copies = rng.random(), 1
        for k, share in SPREAD:
            if roll < share:
                copies = k
                break
            roll -= share
        sources = (
            rng.choices(SOURCES, SOURCE_WEIGHTS) if copies == 1 else rng.sample(SOURCES, copies)
        )
        for source in sources:
            yield _render(rng, b, source, ident, company)
            made += 1
            if made == n:
                return


def batches(
    n: int, seed: int = 1, size: int = BATCH, companies: int | None = None
) -> Iterator[list[Posting]]:
    """The n postings as per-source batches of `size`, in the order sources fill them."""
    pending: dict[str, list[Posting]] = {s: [] for s in SOURCES}
    for posting in postings_with_source(n, seed, companies):
        bucket = pending[posting.source]
        bucket.append(posting)
        if len(bucket) == size:
            yield bucket
            pending[posting.source] = []
    for bucket in pending.values():
        if bucket:
            yield bucket
