"""Values that flow from normalisation to storage and out to users."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from datetime import datetime
from operator import attrgetter

# The public job record: json/jsonl keys and CSV columns, in this order. Names are stable;
# new fields are only ever appended.
RECORD_FIELDS: tuple[str, ...] = (
    "id",
    "title",
    "company",
    "location",
    "country",
    "remote",
    "level",
    "role",
    "employment_type",
    "salary_min",
    "salary_max",
    "salary_currency",
    "salary_period",
    "posted_at",
    "first_seen",
    "last_seen",
    "url",
    "source",
    "source_id",
    # Appended later (names stable, order kept): fuller location and annualised pay...
    "city",
    "region",
    "salary_annual_min",
    "salary_annual_max",
    "salary_usd_annual_min",
    "salary_usd_annual_max",
    # ...and the job's lifecycle across its listings.
    "closed_at",
    "sources",
)
# Fields a record carries only when asked (`--columns`): long text, the source's own words,
# and every listing of the job (a JSON array; a JSON string in CSV).
OPTIONAL_FIELDS: tuple[str, ...] = (
    "description",
    "department",
    "category",
    "tags",
    "apply_url",
    "listings",
)


@dataclass(frozen=True, slots=True)
class JobKey:
    """A posting's identity, built once from the normalised posting (`scraper.dedupe.identify`).

    Its parts are stored in the job's key columns, so candidates are read back as they
    are, never re-parsed from text. `level` is the title's seniority signature ("" when
    none); `remote` is remote, hybrid or onsite.
    """

    company: str
    title: str
    level: str
    country: str | None
    city: str | None
    remote: str | None


@dataclass(frozen=True, slots=True)
class Posting:
    """One listing after normalisation: clean, typed, UTC, ISO codes."""

    source: str
    source_id: str
    url: str
    title: str
    company: str
    location: str | None = None
    country: str | None = None
    remote: str | None = None  # remote | hybrid | onsite
    level: str | None = None
    role: str | None = None
    employment_type: str | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str | None = None
    salary_period: str | None = None  # hour | day | week | month | year
    posted_at: datetime | None = None
    description: str | None = None
    department: str | None = None
    # Filled by fuller normalisation (city/region parsing, annualised and USD pay).
    city: str | None = None
    region: str | None = None
    salary_annual_min: float | None = None
    salary_annual_max: float | None = None
    salary_usd_annual_min: float | None = None
    salary_usd_annual_max: float | None = None
    # The source's own category and level words, kept so jobs can be re-tagged later.
    category: str | None = None
    source_level: str | None = None
    # The source's own tags as a JSON array (text, so the store writes it like any column),
    # and the page to apply on where the source gives one apart from the posting's URL.
    tags: str | None = None
    apply_url: str | None = None
    # Identity, derived from the fields above where the posting is prepared: not part of
    # what the posting says, so not in `content_hash` (a rule change re-keys, see
    # `jobs db rekey`, without making every stored listing look changed).
    key: JobKey | None = None
    canonical_url: str | None = None


_DERIVED = frozenset({"key", "canonical_url"})
_posting_values = attrgetter(*(f.name for f in fields(Posting) if f.name not in _DERIVED))


def content_hash(posting: Posting) -> str:
    """A short digest of everything a posting says, to skip rewriting unchanged rows."""
    values = repr(_posting_values(posting))  # the tuple of every field, in field order
    return hashlib.blake2b(values.encode("utf-8"), digest_size=12).hexdigest()
