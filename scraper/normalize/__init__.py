"""Normalisation: a `RawListing` as a site states it becomes a clean, comparable `Posting`."""

from __future__ import annotations

from datetime import datetime

from scraper.models import Posting
from scraper.normalize.dates import to_utc
from scraper.normalize.location import country_code, workplace
from scraper.normalize.salary import structured_salary
from scraper.normalize.text import clean_line, html_to_text
from sources.base import RawListing


def normalize(raw: RawListing, source: str, fetched_at: datetime) -> Posting:
    """Turn one raw listing into a `Posting`; pure, never raises on odd optional values."""
    salary = structured_salary(
        raw.salary_min, raw.salary_max, raw.salary_currency, raw.salary_period
    )
    location = clean_line(raw.location) or (clean_line(raw.locations[0]) if raw.locations else None)
    return Posting(
        source=source,
        source_id=raw.source_id.strip(),
        url=raw.url.strip(),
        title=clean_line(raw.title) or raw.title,
        company=clean_line(raw.company) or raw.company,
        location=location,
        country=country_code(raw.country),
        remote=workplace(raw.remote, location),
        employment_type=clean_line(raw.employment_type),
        salary_min=salary.min if salary else None,
        salary_max=salary.max if salary else None,
        salary_currency=salary.currency if salary else None,
        salary_period=salary.period if salary else None,
        posted_at=to_utc(raw.posted_at, now=fetched_at),
        description=html_to_text(raw.description_html),
        department=clean_line(raw.department),
    )
