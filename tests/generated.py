"""A generated database of varied jobs, for comparing filters with brute force."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from scraper.models import Posting

COMPANIES = [
    "Acme AI",
    "Globex",
    "Initech GmbH",
    "Umbrella Labs",
    "Hooli",
    "Pied Piper",
    "Zürich Data",
]
TITLES = [
    ("Senior Machine Learning Engineer", "ml-engineer", "senior"),
    ("Machine Learning Engineer", "ml-engineer", None),
    ("Staff ML Engineer, Ranking", "ml-engineer", "lead"),
    ("AI Engineer (LLM agents)", "ai-engineer", None),
    ("Data Scientist II", "data-scientist", "mid"),
    ("Junior Data Analyst", "data-analyst", "junior"),
    ("C++ Developer", "software-engineer", None),
    ("C# Backend Engineer", "software-engineer", None),
    ("Node.js Engineer", "software-engineer", None),
    ("C Developer (embedded)", "software-engineer", None),
    ("R&D Engineer", "other", None),
    ("Research Scientist, Pretraining", "research-scientist", None),
    ("Head of Data", "data-engineer", "executive"),
    ("Werkstudent Data Engineering", "data-engineer", "intern"),
    ("Product Manager, AI", "product-manager", None),
]
PLACES = [
    ("Berlin, Germany", "Berlin", "Berlin", "DE"),
    ("München", "Munich", "Bavaria", "DE"),
    ("San Francisco, CA", "San Francisco", "California", "US"),
    ("Remote - US", None, None, "US"),
    ("London, UK", "London", "England", "GB"),
    ("Paris", "Paris", "Île-de-France", "FR"),
    (None, None, None, None),
]
WORDS = [
    "python",
    "pytorch",
    "sql",
    "kubernetes",
    "c++",
    "c#",
    "node.js",
    "rust",
    "spark",
    "recommendation",
    "ranking",
    "llm",
    "agents",
    "r&d",
    "café",
    "déjà",
    "vu",
    "AND",
    "OR",
]
EMPLOYMENT = ["full_time", "part_time", "contract", "internship", None]
REMOTE = ["remote", "hybrid", "onsite", None]
CURRENCIES = [("USD", 1.0), ("EUR", 1.08), ("GBP", 1.27)]


def postings(count: int, seed: int = 7) -> list[Posting]:
    """`count` varied postings (deterministic for a seed), sources `gen-a` and `gen-b`."""
    rng = random.Random(seed)
    base = datetime(2026, 11, 1, tzinfo=UTC)
    out = []
    for i in range(count):
        title, role, level = rng.choice(TITLES)
        location, city, region, country = rng.choice(PLACES)
        description = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12)))
        pay = None
        if rng.random() < 0.6:
            cur, usd = rng.choice(CURRENCIES)
            low = rng.randrange(40, 250) * 1000
            pay = (float(low), float(low + rng.randrange(0, 80) * 1000), cur, usd)
        posted = base - timedelta(hours=rng.randrange(0, 24 * 60)) if rng.random() < 0.9 else None
        out.append(
            Posting(
                source=rng.choice(["gen-a", "gen-b"]),
                source_id=f"g{i}",
                url=f"https://example.com/jobs/{i}",
                # A requisition number keeps every posting its own job (no cross-source merge).
                title=f"{title} (req {i})",
                company=rng.choice(COMPANIES),
                location=location,
                city=city,
                region=region,
                country=country,
                remote=rng.choice(REMOTE),
                role=role,
                level=level,
                employment_type=rng.choice(EMPLOYMENT),
                salary_min=pay[0] if pay else None,
                salary_max=pay[1] if pay else None,
                salary_currency=pay[2] if pay else None,
                salary_period="year" if pay else None,
                salary_annual_min=pay[0] if pay else None,
                salary_annual_max=pay[1] if pay else None,
                salary_usd_annual_min=pay[0] * pay[3] if pay else None,
                salary_usd_annual_max=pay[1] * pay[3] if pay else None,
                posted_at=posted,
                description=description,
            )
        )
    return out
