"""Normalisation: a `RawListing` as a site states it becomes a clean, comparable `Posting`.

Every adapter's raw values go through `normalize()`; the pieces are pure functions in
salary, location, employment, dates, text and company, usable on their own.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime

from scraper.dedupe import canonical_url, job_key
from scraper.models import Posting
from scraper.normalize.company import company_display
from scraper.normalize.dates import to_utc
from scraper.normalize.employment import employment_type
from scraper.normalize.location import country_code, parse_location, title_country, workplace
from scraper.normalize.salary import (
    Salary,
    normalize_period,
    parse_salary,
    structured_salary,
)
from scraper.normalize.text import (
    MAX_COMPANY,
    MAX_LOCATION,
    MAX_TITLE,
    cap,
    clean_line,
    clean_title,
    html_to_text,
    strip_controls,
)
from scraper.redact import strip_credentials
from sources.base import RawListing

__all__ = [
    "clean_line",
    "clean_title",
    "company_display",
    "country_code",
    "employment_type",
    "html_to_text",
    "listing_id",
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
    """The best-supported pay band: structured numbers (checked against the description),
    then salary text, then the title, then (strict patterns, currency required) the
    description."""
    text = raw.salary_text if isinstance(raw.salary_text, str) else None
    from_text = parse_salary(
        text, currency=raw.salary_currency, period=raw.salary_period, country=country
    )
    structured = structured_salary(
        raw.salary_min, raw.salary_max, raw.salary_currency, raw.salary_period, text=text
    )
    if structured is not None:
        structured = _checked(structured, raw, from_text, description, country)
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


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 0.01 * max(a, b)


def _restates(text: str, value: float) -> bool:
    """Whether a text writes a figure out: '474,400', '474.400', '474 400', '474400', '474k'."""
    whole = int(value)
    grouped = f"{whole:,}"
    forms = (grouped, grouped.replace(",", "."), grouped.replace(",", " "), str(whole))
    if any(form in text for form in forms):
        return True
    return whole % 1000 == 0 and f"{whole // 1000}k" in text.lower()


def _checked(
    structured: Salary,
    raw: RawListing,
    from_text: Salary | None,
    description: str | None,
    country: str | None,
) -> Salary | None:
    """Structured pay checked against the posting's own words; None when they contradict.

    A yearly "75.00 - 95.00" (Recruitee) is thousands when the text says 75,000, and no
    salary otherwise (not 75-95 an hour); numbers the text gives in another currency
    (RemoteOK's USD field, "PLN 350,700 - 474,400" in the text) take the text's currency.
    """
    stated = normalize_period(raw.salary_period)
    top = structured.max if structured.max is not None else structured.min
    thousands = stated == "year" and top is not None and 50 <= top < 1000
    said = from_text
    # Parse the description only when it restates the figure (a 3 KB scan otherwise).
    figure = top * 1000 if thousands and top is not None else top
    if said is None and description and figure is not None and _restates(description, figure):
        said = parse_salary(description, strict=True, country=country)
    # Below 50 a "yearly" figure is hourly pay under the wrong label (finish() says so).
    if thousands and top is not None:
        if said is not None and _same(said.max, top * 1000):
            return structured_salary(
                structured.min * 1000 if structured.min is not None else None,
                top * 1000,
                structured.currency,
                "year",
            )
        return None
    if (
        said is not None
        and said.currency
        and said.currency != structured.currency
        and _same(said.max, structured.max)
        and _same(said.min, structured.min)
    ):
        return said
    return structured


def listing_id(raw: RawListing) -> str:
    """The listing's id as stored: trimmed, without control characters or credentials
    (a JSON-LD page without a URL of its own is identified by the page's URL)."""
    return strip_credentials(strip_controls(raw.source_id.strip()))


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
    description = html_to_text(raw.description_html)
    location_text = clean_line(raw.location) if isinstance(raw.location, str) else None
    others = tuple(
        line for line in (clean_line(x) for x in raw.locations if isinstance(x, str)) if line
    )
    # The title keeps a place suffix unless it repeats the posting's own location.
    title, title_kind, title_place = clean_title(raw.title, (location_text, *others))
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
    company = cap(company_display(raw.company) or strip_controls(raw.company), MAX_COMPANY) or ""
    shown = cap(title or strip_controls(raw.title), MAX_TITLE) or ""
    url = strip_credentials(strip_controls(raw.url.strip()))
    location = cap(location_text, MAX_LOCATION)
    remote = place.remote or title_kind
    return Posting(
        source=source,
        source_id=listing_id(raw),
        url=url,
        title=shown,
        company=company,
        location=location,
        country=place.country,
        remote=remote,
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
        salary_annual_min=salary.annual_min if salary else None,
        salary_annual_max=salary.annual_max if salary else None,
        salary_usd_annual_min=salary.usd_annual_min if salary else None,
        salary_usd_annual_max=salary.usd_annual_max if salary else None,
        role=role,
        level=level,
        category=clean_line(raw.category),
        source_level=clean_line(raw.level),
        tags=tags_json(raw),
        apply_url=apply_url(raw),
        # Identity is built once, here in the worker, from the normalised fields (those of
        # `dedupe.identify(posting)`), and travels with the posting to the store.
        key=job_key(
            company, shown, country=place.country, city=place.city, location=location, remote=remote
        ),
        canonical_url=canonical_url(url),
    )
