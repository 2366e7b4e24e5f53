"""The read queries of `jobs serve` and `jobs mcp`: request parameters in, the CLI's records out.

The filters are `jobs search`'s own (`scraper.cli_filters.FilterArgs`), so a filter means
the same thing, and fails with the same message, in the terminal, the browser, the JSON
API and an assistant's tool call. The database is opened read-only, whatever the file's
permissions: nothing behind these pages can write.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from scraper.cli_filters import FilterArgs
from scraper.errors import JobsError

# The largest id, limit or offset a database holds (a signed 64-bit integer).
MAX_INT = 2**63 - 1
MAX_LIMIT = 100  # jobs per page or API call: a bigger export is `jobs export`'s job
SORTS = ("newest", "salary", "relevance")
WORKPLACES = ("remote", "hybrid", "onsite")
TREND_DATES = {"first-seen": "first_seen", "posted": "posted_at"}


@dataclass(frozen=True, slots=True)
class Param:
    """One query parameter: its name, the filter it sets, its shape and its help."""

    name: str
    kind: str  # "str", "list" (repeatable) or "bool"
    help: str
    target: str = ""  # the FilterArgs field, when it differs from `name`

    @property
    def field(self) -> str:
        """The FilterArgs field this parameter fills."""
        return self.target or self.name


# Every search filter, in the order the search form shows them. The OpenAPI description,
# docs/api.md and the MCP tools are written from this one table.
FILTERS: tuple[Param, ...] = (
    Param("q", "str", 'Full-text search: words, "phrases", OR, -excluded.', "text"),
    Param("role", "list", "Role slug, e.g. ml-engineer (repeatable; /api/roles lists them)."),
    Param("level", "str", "intern, junior, mid, senior, lead or executive."),
    Param("workplace", "list", "remote, hybrid or onsite (repeatable)."),
    Param("country", "list", "ISO code or name, e.g. US, DE, Germany (repeatable)."),
    Param("location", "str", "Location text contains this (a city...)."),
    Param("company", "str", "Company name contains this."),
    Param("source", "list", "Listed by this source id (repeatable; /api/sources)."),
    Param("employment_type", "list", "full_time, part_time, contract, internship, temporary."),
    Param("min_salary", "str", "Annual pay at least this (150k, 1.2M), in `currency`."),
    Param("currency", "str", "Currency of min_salary and of salary statistics (default USD)."),
    Param("since", "str", "First seen by jobs within 7d, 24h, 2w, or since a date."),
    Param("posted_since", "str", "Posted (the source's date) within 7d, 24h, 2w, or since a date."),
    Param("new", "bool", "Only jobs first seen in the latest run."),
    Param("include_closed", "bool", "Also jobs no longer listed anywhere."),
)

Getter = Callable[[str], list[str]]


def _one(get: Getter, name: str) -> str | None:
    """A single-valued parameter: its last non-blank value (forms send blank fields)."""
    values = [v for v in get(name) if v.strip()]
    return values[-1].strip() if values else None


def _flag(get: Getter, name: str) -> bool:
    value = _one(get, name)
    if value is None:
        return False
    lowered = value.lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise JobsError(f"invalid {name} '{value}': use true or false")


def filter_args(get: Getter, config: Path | None = None) -> FilterArgs:
    """The filters of a request (`get(name)` gives every value of a parameter)."""
    values: dict[str, Any] = {"config": config}
    for param in FILTERS:
        if param.name == "workplace":
            continue
        if param.kind == "list":
            many = [v.strip() for v in get(param.name) if v.strip()]
            values[param.field] = many or None
        elif param.kind == "bool":
            values[param.field] = _flag(get, param.name)
        else:
            values[param.field] = _one(get, param.name)
    if values["currency"] is None:
        values["currency"] = "USD"
    for place in (v.strip().lower() for v in get("workplace") if v.strip()):
        if place not in WORKPLACES:
            raise JobsError(f"invalid workplace '{place}': use {', '.join(WORKPLACES)}")
        values[place] = True
    return FilterArgs(**values)


def integer(get: Getter, name: str, default: int, low: int, high: int) -> int:
    """A whole-number parameter within [low, high]."""
    value = _one(get, name)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise JobsError(f"invalid {name} '{value}': not a whole number") from None
    if not low <= number <= high:
        raise JobsError(f"invalid {name} {number}: must be between {low} and {high}")
    return number


def sort_order(get: Getter, args: FilterArgs) -> str:
    """The sort asked for, else relevance when there is text to rank by, else newest."""
    value = _one(get, "sort")
    if value is None:
        return "relevance" if args.text else "newest"
    return choice(value, SORTS, "sort")


def choice(value: str, allowed: Sequence[str], name: str) -> str:
    """`value` if it is one of `allowed`, else a one-line error naming them."""
    if value in allowed:
        return value
    close = difflib.get_close_matches(value, allowed, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    raise JobsError(f"invalid {name} '{value}'{hint}: use {', '.join(allowed)}")


@dataclass
class Page:
    """One page of search results and how many jobs match in all."""

    jobs: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    capped: bool = False  # more than `total` match: counting stopped there
    without_salary: int = 0  # jobs left out by min_salary for stating no salary


class Service:
    """The database opened read-only, and the questions the pages, API and MCP tools ask."""

    def __init__(self, db: str, config: Path | None = None):
        from storage.reader import Reader

        self.reader = Reader(db, create=False, read_only=True)
        self.config = config
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="jobs-count")

    def close(self) -> None:
        """Release every connection."""
        self._pool.shutdown(wait=True)
        self.reader.close()

    @cached_property
    def taxonomy(self) -> Any:
        """The role and level taxonomy of the configuration."""
        from scraper.classify import load_taxonomy
        from scraper.config import load_config

        return load_taxonomy(load_config(self.config).taxonomy)

    def search(
        self, args: FilterArgs, sort: str, limit: int, offset: int, cap: int | None = None
    ) -> Page:
        """A page of matching jobs (`jobs search --format json`'s records) and the total.

        With `cap`, counting stops past it (a broad filter on many jobs costs more to count
        than to page through).
        """
        filters = args.build(self.reader, self.taxonomy)
        # The counts run on other threads while this one reads the page: SQLite lets the
        # GIL go while it works, so a page with its counts costs about its slowest query
        # rather than their sum (bench/serve/README.md).
        # A cap past the page, never past what a LIMIT holds (an offset near 2**63).
        upto = None if cap is None else min(cap + offset, MAX_INT - 1)
        counting = self._pool.submit(self.reader.count, filters, upto)
        left_out = None
        if args.min_salary:
            left_out = self._pool.submit(self.reader.count_without_salary, filters, cap)
        try:
            jobs = list(self.reader.search(filters, limit=limit, offset=offset, sort=sort))
        finally:
            total = counting.result()
            without = left_out.result() if left_out is not None else 0
        capped = upto is not None and total > upto
        if capped and upto is not None:
            total = upto
        return Page(jobs, total, limit, offset, capped, without)

    def job(self, job_id: int) -> dict[str, Any] | None:
        """One job as `jobs show --format json` gives it, or None."""
        from storage.engine import db_errors

        with db_errors("read the database"):
            return self.reader.get_job(job_id)

    def salary_stats(
        self, args: FilterArgs, by: Sequence[str], min_count: int
    ) -> list[dict[str, Any]]:
        """`jobs stats --format json`: per group, counts and annual salary percentiles."""
        from scraper import stats as market
        from scraper.cli_filters import usd_per

        rate = usd_per(args.currency)
        rows = self.reader.stats_rows(args.build(self.reader, self.taxonomy))
        table = market.salary_stats(rows, by, rate, min_count)
        currency = args.currency.strip().upper()
        return [{**entry, "currency": currency} for entry in table]

    def insights(
        self, args: FilterArgs, by: str, min_count: int, weeks: int, now: datetime | None = None
    ) -> tuple[list[dict[str, Any]], dict[str, int]]:
        """The insights page's numbers from one read of the matching jobs: salary
        percentiles per `by` group, and new jobs per week (the current week last)."""
        from scraper import stats as market
        from scraper.cli_filters import usd_per

        rate = usd_per(args.currency)
        needed = (by, "first_seen", "salary_usd_annual_min", "salary_usd_annual_max")
        rows = list(self.reader.stats_rows(args.build(self.reader, self.taxonomy), needed))
        table = market.salary_stats(rows, (by,), rate, min_count)
        currency = args.currency.strip().upper()
        labels, series = market.trend(rows, (), weeks, now or datetime.now(UTC))
        counts = series[0]["weeks"] if series else dict.fromkeys(labels, 0)
        return [{**entry, "currency": currency} for entry in table], counts

    def trend(
        self,
        args: FilterArgs,
        by: Sequence[str],
        weeks: int,
        date: str = "first_seen",
        now: datetime | None = None,
    ) -> tuple[list[str], list[dict[str, Any]]]:
        """`jobs stats --trend week`: jobs per week per group, the current week last."""
        from scraper import stats as market

        rows = self.reader.stats_rows(args.build(self.reader, self.taxonomy))
        return market.trend(rows, by, weeks, now or datetime.now(UTC), date)

    def roles(self, include_closed: bool = False) -> list[dict[str, Any]]:
        """`jobs roles`: each role of the taxonomy with its number of jobs, then stray tags."""
        from storage.engine import db_errors

        with db_errors("read the database"):
            counts = self.reader.role_counts(include_closed)
        out = [{"role": slug, "jobs": counts.pop(slug, 0)} for slug in self.taxonomy.roles]
        out += [{"role": slug or None, "jobs": n} for slug, n in sorted(counts.items())]
        return out

    def sources(self) -> list[dict[str, Any]]:
        """Every source the configuration or the database knows, with its last runs' health."""
        from scraper.config import load_config
        from storage.engine import db_errors
        from storage.reader import iso

        configured = {s.id: s for s in load_config(self.config).sources}
        with db_errors("read the database"):
            present = self.reader.sources_present(())
            names = sorted(set(configured) | present | set(self.reader.ledger.sources()))
            health = self.reader.ledger.health(names)
        out = []
        for name in names:
            src = configured.get(name)
            h = health.get(name, {})
            out.append(
                {
                    "id": name,
                    "adapter": src.adapter if src else None,
                    "configured": src is not None,
                    "enabled": bool(src and src.enabled),
                    "has_jobs": name in present,
                    "last_run": iso(h.get("last_run")),
                    "last_status": h.get("last_status"),
                    "last_success": iso(h.get("last_success")),
                    "last_listings": h.get("last_listings"),
                    "consecutive_failures": h.get("consecutive_failures", 0),
                }
            )
        return out
