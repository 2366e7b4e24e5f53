"""Normalisation: a `RawListing` as a site states it becomes a clean, comparable `Posting`.

Every adapter's raw values go through `normalize()`; the pieces are pure functions in
salary, location, employment, dates, text and company, usable on their own.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime

from scraper.models import Posting
from scraper.normalize.company import company_display, company_key
from scraper.normalize.dates import to_utc
from scraper.normalize.employment import employment_type
from scraper.normalize.location import country_code, parse_location, title_country, workplace
from scraper.normalize.salary import (
    Salary,
    normalize_period,
    parse_salary,
    structured_salary,
)
from scraper.normalize.text import clean_line, clean_title, html_to_text
from sources.base import RawListing

__all__ = [
    "clean_line",
    "clean_title",
    "company_display",
    "company_key",
    "country_code",
    "employment_type",
    "html_to_text",
    "normalize",
    "parse_location",
    "parse_salary",
    "pick_salary",
    "structured_salary",
    "to_utc",
    "workplace",
]


def pick_salary(
    raw: RawListing, title: str | None, description: str | None, country: str | None = None
) -> Salary | None:
    """The best-supported pay band: structured numbers, then salary text, then the title,
    then (strict patterns, currency required) the description."""
    text = raw.salary_text if isinstance(raw.salary_text, str) else None
    from_text = parse_salary(
        text, currency=raw.salary_currency, period=raw.salary_period, country=country
    )
    structured = structured_salary(
        raw.salary_min, raw.salary_max, raw.salary_currency, raw.salary_period, text=text
    )
    if structured is not None:
        lacking = structured.currency is None or not normalize_period(raw.salary_period)
        if lacking and from_text is not None:
            # Numbers without a currency or period, and a summary that names them
            # ("$146K – $220K", "$8K – $12K per month").
            return structured_salary(
                raw.salary_min,
                raw.salary_max,
                structured.currency or from_text.currency,
                raw.salary_period if normalize_period(raw.salary_period) else from_text.period,
                text=text,
            )
        return structured
    if from_text is not None:
        return from_text
    found = parse_salary(title, strict=True, title=True, country=country)
    if found is not None:
        return found
    return parse_salary(description, strict=True, country=country)


def tags_json(raw: RawListing) -> str | None:
    """The source's tags, cleaned and without repeats, as a JSON array (None: no tags)."""
    cleaned = (clean_line(t) for t in raw.tags if isinstance(t, str))
    tags = list(dict.fromkeys(t for t in cleaned if t))
    return json.dumps(tags, ensure_ascii=False) if tags else None


def apply_url(raw: RawListing) -> str | None:
    """The page to apply on, where the source names one apart from the posting's URL."""
    url = raw.extra.get("apply_url") if isinstance(raw.extra, Mapping) else None
    if not isinstance(url, str) or not url.strip().startswith(("http://", "https://")):
        return None
    return None if url.strip() == raw.url.strip() else url.strip()


def normalize(
    raw: RawListing,
    source: str,
    fetched_at: datetime,
    *,
    role: str | None = None,
    level: str | None = None,
) -> Posting:
    """Turn one raw listing into a `Posting`; pure, never raises on odd optional values.

    `role` and `level` are the classifier's tags (`scraper.classify`), passed in so the
    posting is built once rather than copied to add them.
    """
    title, title_kind, title_place = clean_title(raw.title)
    description = html_to_text(raw.description_html)
    location_text = clean_line(raw.location) if isinstance(raw.location, str) else None
    others = tuple(
        line for line in (clean_line(x) for x in raw.locations if isinstance(x, str)) if line
    )
    if location_text is None and others:
        location_text, others = others[0], others[1:]
    if location_text is None and title_place:
        location_text = title_place
    country_field = raw.country if isinstance(raw.country, str) else None
    if location_text is None and country_field is None and title:
        # Boards without a location field put it in the title: "Growth Lead Japan".
        country_field = title_country(title)
    hint = raw.remote if isinstance(raw.remote, str | bool) else None
    place = parse_location(
        location_text,
        others=others,
        country=country_field,
        remote=hint if hint not in (None, "") else title_kind,
        # Only a workplace the title states as such ("- Remote", "(Hybrid)"): a title word
        # alone misleads ("Remote Sensing Scientist", "Distributed Systems Engineer").
        title=title_kind,
        description=description,
    )
    salary = pick_salary(raw, title, description, place.country)
    company = company_display(raw.company) or raw.company
    return Posting(
        source=source,
        source_id=raw.source_id.strip(),
        url=raw.url.strip(),
        title=title or raw.title,
        company=company,
        location=location_text,
        country=place.country,
        remote=place.remote or title_kind,
        employment_type=employment_type(
            raw.employment_type if isinstance(raw.employment_type, str) else None,
            title=raw.title if isinstance(raw.title, str) else None,
        ),
        salary_min=salary.min if salary else None,
        salary_max=salary.max if salary else None,
        salary_currency=salary.currency if salary else None,
        salary_period=salary.period if salary else None,
        posted_at=to_utc(raw.posted_at, now=fetched_at),
        description=description,
        department=clean_line(raw.department),
        city=place.city,
        region=place.region,
        locations=place.labels,
        salary_annual_min=salary.annual_min if salary else None,
        salary_annual_max=salary.annual_max if salary else None,
        salary_usd_annual_min=salary.usd_annual_min if salary else None,
        salary_usd_annual_max=salary.usd_annual_max if salary else None,
        company_key=company_key(company),
        salary_notes=salary.notes if salary else (),
        role=role,
        level=level,
        category=clean_line(raw.category),
        source_level=clean_line(raw.level),
        tags=tags_json(raw),
        apply_url=apply_url(raw),
    )
