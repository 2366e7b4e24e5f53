"""Generate a realistic jobs database of N jobs (default 1,000,000) for search benchmarks.

Rows go straight into the project's schema with sqlite3 executemany (the ingest path is
measured elsewhere); the FTS5 index is then built with one 'rebuild'.

    python bench/search/generate.py /tmp/jobs-1m.db --jobs 1000000
"""

from __future__ import annotations

import argparse
import itertools
import random
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

ROLES = {
    "ml-engineer": [
        "Machine Learning Engineer",
        "ML Engineer",
        "Applied ML Engineer",
        "Computer Vision Engineer",
        "NLP Engineer",
        "Recommender Systems Engineer",
    ],
    "ai-engineer": ["AI Engineer", "LLM Engineer", "Generative AI Engineer", "Agents Engineer"],
    "data-scientist": ["Data Scientist", "Decision Scientist", "Quantitative Researcher"],
    "data-engineer": ["Data Engineer", "Analytics Engineer", "Data Platform Engineer"],
    "data-analyst": ["Data Analyst", "BI Analyst", "Business Analyst"],
    "software-engineer": [
        "Software Engineer",
        "Backend Engineer",
        "Frontend Engineer",
        "Full-Stack Engineer",
        "C++ Developer",
        "Go Engineer",
    ],
    "devops-engineer": ["DevOps Engineer", "Site Reliability Engineer", "Platform Engineer"],
    "research-scientist": ["Research Scientist", "Research Engineer", "Applied Scientist"],
    "product-manager": ["Product Manager", "Technical Program Manager"],
    "sales-marketing": ["Account Executive", "Solutions Engineer", "Growth Marketer"],
    "operations": ["Recruiter", "Finance Manager", "Operations Associate"],
}
LEVELS = [
    ("Senior ", "senior"),
    ("Staff ", "lead"),
    ("Junior ", "junior"),
    ("", None),
    ("", None),
    ("Lead ", "lead"),
    ("Principal ", "lead"),
    ("", "mid"),
]
PLACES = [
    ("San Francisco, CA", "San Francisco", "California", "US"),
    ("New York, NY", "New York", "New York", "US"),
    ("Remote - US", None, None, "US"),
    ("London, UK", "London", "England", "GB"),
    ("Berlin, Germany", "Berlin", "Berlin", "DE"),
    ("Paris, France", "Paris", "Île-de-France", "FR"),
    ("Toronto, ON", "Toronto", "Ontario", "CA"),
    ("Bengaluru, India", "Bengaluru", "Karnataka", "IN"),
    ("Remote", None, None, None),
]
VOCAB = [
    "python",
    "pytorch",
    "tensorflow",
    "jax",
    "sql",
    "spark",
    "kafka",
    "kubernetes",
    "docker",
    "aws",
    "gcp",
    "azure",
    "rust",
    "go",
    "c++",
    "java",
    "scala",
    "typescript",
    "react",
    "llm",
    "rag",
    "agents",
    "embeddings",
    "retrieval",
    "ranking",
    "search",
    "recommendation",
    "forecasting",
    "experimentation",
    "statistics",
    "causal",
    "inference",
    "computer",
    "vision",
    "speech",
    "nlp",
    "transformers",
    "inference",
    "training",
    "distributed",
    "systems",
    "data",
    "pipelines",
    "warehouse",
    "dbt",
    "airflow",
    "observability",
    "security",
    "privacy",
    "healthcare",
    "fintech",
    "robotics",
    "autonomy",
    "ads",
    "marketplace",
    "payments",
    "growth",
    "platform",
    "infrastructure",
    "reliability",
]
EMPLOYERS = 20_000  # --employers: fewer makes each employer bigger (1,000: ~1,000 jobs each)
COMPANIES = [f"Company {i}" for i in range(EMPLOYERS)]
# Filler words with a Zipf-like frequency: real descriptions are mostly common prose, and a
# given skill appears in a minority of postings.
FILLER = [f"w{i}" for i in range(5_000)]
FILLER_CUM = list(itertools.accumulate(1 / (i + 1) for i in range(len(FILLER))))


def rows(n: int, seed: int) -> object:
    rng = random.Random(seed)
    start = datetime(2025, 11, 27, tzinfo=UTC)
    for i in range(n):
        role = rng.choice(list(ROLES))
        prefix, level = rng.choice(LEVELS)
        title = prefix + rng.choice(ROLES[role])
        location, city, region, country = rng.choice(PLACES)
        # Company sizes follow a power law: a few employers post thousands of jobs.
        size = len(COMPANIES)
        company = COMPANIES[min(int(rng.paretovariate(1.1)) - 1, size - 1) * 7 % size]
        first_seen = start + timedelta(minutes=i * 525_600 / n)  # a year of scraping
        posted = first_seen - timedelta(hours=rng.randrange(0, 72))
        words = rng.choices(FILLER, cum_weights=FILLER_CUM, k=rng.randint(150, 350))
        words += rng.sample(VOCAB, rng.randint(3, 8))
        if rng.random() < 0.4:  # one very common skill, for the "common term" case
            words.append("python")
        rng.shuffle(words)
        desc = " ".join(words)
        pay = rng.random() < 0.45
        low = rng.randrange(60, 260) * 1000 if pay else None
        high = low + rng.randrange(10, 90) * 1000 if low else None
        remote = (
            "remote" if location.startswith("Remote") else rng.choice(["hybrid", "onsite", None])
        )
        yield (
            title,
            company,
            company.lower().replace(" ", ""),
            location,
            city,
            region,
            country,
            remote,
            level,
            role,
            rng.choice(["full_time", "full_time", "contract", "internship"]),
            low,
            high,
            "USD" if pay else None,
            "year" if pay else None,
            low,
            high,
            low,
            high,
            posted.strftime("%Y-%m-%d %H:%M:%S.000000"),
            first_seen.strftime("%Y-%m-%d %H:%M:%S.000000"),
            first_seen.strftime("%Y-%m-%d %H:%M:%S.000000"),
            f"https://example.com/jobs/{i}",
            f"src-{i % 40}",
            str(i),
            desc,
            f"src-{i % 40}",
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--jobs", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--employers", type=int, default=EMPLOYERS)
    args = parser.parse_args()
    COMPANIES[:] = [f"Company {i}" for i in range(args.employers)]
    if args.db.exists():
        sys.exit(f"{args.db} exists: remove it first")
    from storage.store import Store

    Store(str(args.db)).close()  # the project's schema, migrations and FTS table
    conn = sqlite3.connect(args.db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    cols = (
        "title, company, company_key, location, city, region, country, remote, level, role, "
        "employment_type, salary_min, salary_max, salary_currency, salary_period, "
        "salary_annual_min, salary_annual_max, salary_usd_annual_min, salary_usd_annual_max, "
        "posted_at, first_seen, last_seen, url, source, source_id, description, sources"
    )
    marks = ",".join("?" * len(cols.split(",")))
    started = time.perf_counter()
    batch: list[tuple[object, ...]] = []
    for row in rows(args.jobs, args.seed):  # type: ignore[attr-defined]
        batch.append(row)
        if len(batch) == 10_000:
            conn.executemany(f"INSERT INTO job ({cols}) VALUES ({marks})", batch)
            conn.commit()
            batch.clear()
    if batch:
        conn.executemany(f"INSERT INTO job ({cols}) VALUES ({marks})", batch)
    conn.execute(
        "INSERT INTO listing (job_id, source, source_id, url, first_seen, last_seen) "
        "SELECT id, source, source_id, url, first_seen, last_seen FROM job"
    )
    conn.commit()
    print(f"rows: {time.perf_counter() - started:.0f} s", flush=True)
    conn.execute("INSERT INTO job_fts(job_fts) VALUES('rebuild')")
    conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    print(
        f"total with FTS: {time.perf_counter() - started:.0f} s; "
        f"{args.db.stat().st_size / 1e9:.1f} GB",
        flush=True,
    )


if __name__ == "__main__":
    main()
