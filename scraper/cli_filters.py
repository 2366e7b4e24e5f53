"""One definition of the filter options that search, export and stats share."""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from scraper.errors import JobsError

F = TypeVar("F", bound=Callable[..., Any])

_AMOUNT = re.compile(r"^\s*([0-9][0-9,._ ]*)\s*([kKmM]?)\s*$")


def parse_amount(text: str) -> float:
    """A money amount such as 150k, 150,000, 1.2M or 95000."""
    match = _AMOUNT.match(text)
    if not match:
        raise JobsError(f"invalid amount '{text}': use e.g. 150000, 150k or 1.2M")
    digits = match.group(1).replace(",", "").replace("_", "").replace(" ", "")
    try:
        value = float(digits)
    except ValueError:
        raise JobsError(f"invalid amount '{text}': use e.g. 150000, 150k or 1.2M") from None
    return value * {"": 1, "k": 1e3, "m": 1e6}[match.group(2).lower()]


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """A point in time from '7d', '24h', '2w', '30m' or an ISO date/datetime (UTC if naive)."""
    now = now or datetime.now(UTC)
    match = re.fullmatch(r"\s*(\d+)\s*([mhdw])\s*", text.lower())
    if match:
        unit = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}[match.group(2)]
        try:
            return now - timedelta(**{unit: int(match.group(1))})
        except OverflowError:  # "1000000d" reaches before year 1
            raise JobsError(
                f"invalid --since '{text}': too far back; use e.g. 365d or a date like 2020-01-01"
            ) from None
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise JobsError(
            f"invalid --since '{text}': use 7d, 24h, 2w or a date like 2026-11-01"
        ) from None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def usd_per(currency: str) -> float:
    """USD for one unit of `currency`, from the project's dated exchange-rate table."""
    from scraper.fx import FX_DATE, USD_PER_UNIT

    code = currency.strip().upper()
    rate = USD_PER_UNIT.get(code)
    if rate is None:
        raise JobsError(f"no exchange rate for currency '{currency}' (table of {FX_DATE})")
    return float(rate)


@dataclass
class FilterArgs:
    """The filter options as typed, turned into `storage.search.Filters` with a store."""

    text: str | None = None
    company: str | None = None
    source: list[str] | None = None
    role: list[str] | None = None
    level: str | None = None
    remote: bool = False
    hybrid: bool = False
    onsite: bool = False
    country: list[str] | None = None
    location: str | None = None
    employment_type: list[str] | None = None
    min_salary: str | None = None
    currency: str = "USD"
    since: str | None = None
    new: bool = False
    include_closed: bool = False
    config: Path | None = None

    def build(self, store: Any) -> Any:
        """The Filters for these options (slugs checked against the taxonomy)."""
        from storage.search import Filters

        roles: tuple[str, ...] = ()
        level = self.level
        if self.role or level:
            from scraper.classify import load_taxonomy
            from scraper.config import load_config

            taxonomy = load_taxonomy(load_config(self.config).taxonomy)
            roles = tuple(taxonomy.check_role(r) for r in self.role or ())
            level = taxonomy.check_level(level) if level else None
        start = parse_since(self.since) if self.since else None
        if self.new:
            latest = store.ledger.latest_run_start()
            if latest is not None and (start is None or latest > start):
                start = latest
        workplaces = tuple(
            name
            for name, on in (
                ("remote", self.remote),
                ("hybrid", self.hybrid),
                ("onsite", self.onsite),
            )
            if on
        )
        minimum = None
        if self.min_salary:
            minimum = parse_amount(self.min_salary) * usd_per(self.currency)
        kinds: tuple[str, ...] = ()
        if self.employment_type:
            # Only when asked: importing scraper.normalize costs ~100 ms of start-up.
            from scraper.normalize.employment import employment_type

            kinds = tuple(employment_type(k) or k.strip().lower() for k in self.employment_type)
        return Filters(
            text=self.text or None,
            company=self.company or None,
            sources=tuple(self.source or ()),
            roles=roles,
            level=level,
            since=start,
            include_closed=self.include_closed,
            workplaces=workplaces,
            countries=tuple(c.strip().upper() for c in self.country or ()),
            location=self.location or None,
            employment_types=kinds,
            min_salary_usd=minimum,
        )


_OPTIONS: dict[str, tuple[Any, Any]] = {
    "text": (
        Annotated[
            str | None,
            typer.Argument(
                help='Full-text search over title, company and description: words, "phrases", '
                "OR, -excluded.",
                show_default=False,
            ),
        ],
        None,
    ),
    "company": (
        Annotated[str | None, typer.Option("--company", help="Company name contains this.")],
        None,
    ),
    "source": (
        Annotated[
            list[str] | None,
            typer.Option("--source", "-s", help="Listed by this source id (repeatable)."),
        ],
        None,
    ),
    "role": (
        Annotated[
            list[str] | None,
            typer.Option("--role", "-r", help="Role, e.g. ml-engineer (repeatable; `jobs roles`)."),
        ],
        None,
    ),
    "level": (
        Annotated[
            str | None,
            typer.Option("--level", "-l", help="intern, junior, mid, senior, lead, executive."),
        ],
        None,
    ),
    "remote": (Annotated[bool, typer.Option("--remote", help="Remote jobs.")], False),
    "hybrid": (Annotated[bool, typer.Option("--hybrid", help="Hybrid jobs.")], False),
    "onsite": (Annotated[bool, typer.Option("--onsite", help="On-site jobs.")], False),
    "country": (
        Annotated[
            list[str] | None,
            typer.Option("--country", help="ISO country code, e.g. US, DE (repeatable)."),
        ],
        None,
    ),
    "location": (
        Annotated[
            str | None, typer.Option("--location", help="Location text contains this (city...).")
        ],
        None,
    ),
    "employment_type": (
        Annotated[
            list[str] | None,
            typer.Option(
                "--employment-type",
                help="full_time, part_time, contract, internship, temporary (repeatable).",
            ),
        ],
        None,
    ),
    "min_salary": (
        Annotated[
            str | None,
            typer.Option(
                "--min-salary",
                help="Annual pay at least this (150k, 1.2M), in --currency; jobs without a "
                "salary are left out and counted.",
            ),
        ],
        None,
    ),
    "currency": (
        Annotated[str, typer.Option("--currency", help="Currency of --min-salary and of stats.")],
        "USD",
    ),
    "since": (
        Annotated[
            str | None,
            typer.Option("--since", help="First seen within 7d, 24h, 2w, or since a date."),
        ],
        None,
    ),
    "new": (
        Annotated[bool, typer.Option("--new", help="Only jobs first seen in the latest run.")],
        False,
    ),
    "include_closed": (
        Annotated[
            bool, typer.Option("--include-closed", help="Also jobs no longer listed anywhere.")
        ],
        False,
    ),
    "config": (
        Annotated[
            Path | None,
            typer.Option("--config", "-c", help="Config file (for a custom taxonomy)."),
        ],
        None,
    ),
}


def with_filters(func: F) -> F:
    """Give a command every filter option; it receives them as `filters: FilterArgs`."""
    # Evaluate the command's own (string) annotations in its module, where its types live.
    sig = inspect.signature(func, eval_str=True)
    own = [p for p in sig.parameters.values() if p.name != "filters"]
    added = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=kind, default=default)
        for name, (kind, default) in _OPTIONS.items()
    ]
    # The free-text argument must come first among positionals.
    text, rest = added[0], added[1:]
    params = [text.replace(kind=inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    params += [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own] + rest

    @functools.wraps(func)
    def wrapper(**kwargs: Any) -> Any:
        picked = {name: kwargs.pop(name) for name in _OPTIONS}
        return func(filters=FilterArgs(**picked), **kwargs)

    wrapper.__signature__ = sig.replace(parameters=params)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in params}
    return wrapper  # type: ignore[return-value]
