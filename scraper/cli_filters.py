"""One definition of the filter options that search, export and stats share."""

from __future__ import annotations

import difflib
import functools
import inspect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from scraper import completion as complete
from scraper.errors import JobsError

# The --db option of every command that opens the database (cli.py, cli_watch.py, ...).
DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="SQLite path or SQLAlchemy URL (else $JOBS_DB, else jobs.db in the user data dir).",
        show_default=False,
    ),
]

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


def parse_since(text: str, now: datetime | None = None, option: str = "--since") -> datetime:
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
            f"invalid {option} '{text}': use 7d, 24h, 2w or a date like 2026-11-01"
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


def slug(text: str) -> str:
    """A role or level as typed ('ML-Engineer', 'ml engineer') in the taxonomy's form."""
    return "-".join(text.strip().lower().replace("_", " ").split())


def country(text: str) -> str:
    """An ISO country code from a code ('de', 'DEU') or a name ('Germany', 'UK', 'Deutschland')."""
    import pycountry

    value = text.strip()
    if len(value) == 2 and value.isascii() and value.isalpha():
        code = value.upper()
        if pycountry.countries.get(alpha_2=code):
            return code
    # Names and other forms: the vocabulary normalisation reads locations with.
    from scraper.normalize.location import country_code

    found = country_code(value)
    if found:
        return found
    names = {c.name: c.alpha_2 for c in pycountry.countries}
    names.update({c.alpha_2: c.alpha_2 for c in pycountry.countries})
    close = difflib.get_close_matches(value.title() if len(value) > 3 else value.upper(), names)
    hint = f" (did you mean {close[0]}, {names[close[0]]}?)" if close else ""
    raise JobsError(f"unknown country '{text}'{hint}: use an ISO code such as US or DE, or a name")


def check_sources(names: Sequence[str], store: Any, config: Path | None) -> tuple[str, ...]:
    """The --source ids, each one configured, in the run ledger or in the database."""
    wanted = tuple(dict.fromkeys(n.strip() for n in names if n.strip()))
    if not wanted:
        return ()
    missing = [n for n in wanted if n not in store.sources_present(wanted)]
    if missing:
        check_source_names(missing, store, config)
    return wanted


def check_source_names(names: Sequence[str], store: Any, config: Path | None) -> None:
    """Fail on a source id no config, run or job knows, naming the ones that are known."""
    from scraper.config import load_config

    known = set(store.ledger.sources()) | {s.id for s in load_config(config).sources}
    known |= store.sources_present(())  # every source with listings: a full index scan, once
    for name in names:
        if name in known:
            continue
        close = difflib.get_close_matches(name, sorted(known), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        listed = ", ".join(sorted(known)) or "none yet"
        raise JobsError(f"unknown source '{name}'{hint}; known sources: {listed}")


# More companies than this matching --company: the substring scan is as fast (most jobs
# match, so a page fills at once) and the key list would be long.
MAX_COMPANY_KEYS = 500


def company_keys(store: Any, name: str) -> tuple[str, ...]:
    """The company keys (`scraper.dedupe.company_key`) that contain `name`'s key: those of
    every company whose name contains `name` (and a few more, which the name test then
    drops). () when they are many or a job has no key yet: the name test alone decides.

    A name substring matches no index: for a small employer among a million jobs it read
    every row (~1.6 s). Company keys are indexed, and there are few of them."""
    from scraper.dedupe import company_key

    needle = company_key(name)
    if not needle or store.needs_rekey():
        return ()
    found = tuple(key for key in store.company_keys() if needle in key)
    return found if 0 < len(found) <= MAX_COMPANY_KEYS else ()


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
    posted_since: str | None = None
    new: bool = False
    include_closed: bool = False
    exclude_company: list[str] | None = None
    exclude_title: list[str] | None = None
    config: Path | None = None
    show_excluded: bool = False  # `jobs search --show-excluded`: only what is hidden

    def build(self, store: Any, taxonomy: Any = None) -> Any:
        """The Filters for these options (slugs checked against the taxonomy, loaded from
        the config unless given: a server passes the one it loaded at start)."""
        from storage.search import Filters

        roles: tuple[str, ...] = ()
        level = self.level
        if self.role or level:
            if taxonomy is None:
                from scraper.classify import load_taxonomy
                from scraper.config import load_config

                taxonomy = load_taxonomy(load_config(self.config).taxonomy)
            roles = tuple(taxonomy.check_role(slug(r)) for r in self.role or ())
            level = taxonomy.check_level(slug(level)) if level else None
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
        hide = exclusions(self.config, self.exclude_company, self.exclude_title)
        return Filters(
            **hide,
            show_excluded=self.show_excluded,
            text=self.text or None,
            company=self.company or None,
            company_keys=company_keys(store, self.company) if self.company else (),
            sources=check_sources(self.source or (), store, self.config),
            roles=roles,
            level=level,
            since=start,
            include_closed=self.include_closed,
            workplaces=workplaces,
            countries=tuple(country(c) for c in self.country or ()),
            location=self.location or None,
            employment_types=kinds,
            min_salary_usd=minimum,
            posted_since=(
                parse_since(self.posted_since, option="--posted-since")
                if self.posted_since
                else None
            ),
        )


def exclusions(
    config: Path | None, companies: list[str] | None, title_words: list[str] | None
) -> dict[str, Any]:
    """The Filters fields that hide excluded jobs: the config's [exclude] and the options."""
    from scraper.exclude import AGENCY_NAME_WORDS, AGENCY_TEXT, load_exclusions

    found = load_exclusions(config).plus(companies, title_words)
    if not found:
        return {}
    keys: tuple[str, ...] = ()
    if found.companies:
        from scraper.dedupe import company_key

        keys = tuple(k for k in dict.fromkeys(company_key(c) for c in found.companies) if k)
    return {
        "exclude_companies": found.companies,
        "exclude_company_keys": keys,
        "exclude_title_words": found.title_words,
        "exclude_sources": found.sources,
        "exclude_agency_names": AGENCY_NAME_WORDS if found.agencies else (),
        "exclude_agency_text": AGENCY_TEXT if found.agencies else (),
    }


_OPTIONS: dict[str, tuple[Any, Any]] = {
    "text": (
        Annotated[
            str | None,
            typer.Argument(
                help='Full-text search over title, company and description: words, "phrases", '
                "OR, -excluded.",
                show_default=False,
                metavar="TEXT",
            ),
        ],
        None,
    ),
    "company": (
        Annotated[
            str | None,
            typer.Option("--company", help="Company name contains this."),
        ],
        None,
    ),
    "source": (
        Annotated[
            list[str] | None,
            typer.Option(
                "--source",
                "-s",
                metavar="ID",
                help="Listed by this source id (repeatable).",
                autocompletion=complete.sources,
            ),
        ],
        None,
    ),
    "role": (
        Annotated[
            list[str] | None,
            typer.Option(
                "--role",
                "-r",
                metavar="ROLE",
                autocompletion=complete.roles,
                help="Role, e.g. ml-engineer, any case (repeatable; `jobs roles` lists them).",
            ),
        ],
        None,
    ),
    "level": (
        Annotated[
            str | None,
            typer.Option(
                "--level",
                "-l",
                help="intern, junior, mid, senior, lead, executive.",
                autocompletion=complete.levels,
            ),
        ],
        None,
    ),
    "remote": (Annotated[bool, typer.Option("--remote", help="Remote jobs.", metavar="")], False),
    "hybrid": (Annotated[bool, typer.Option("--hybrid", help="Hybrid jobs.", metavar="")], False),
    "onsite": (Annotated[bool, typer.Option("--onsite", help="On-site jobs.", metavar="")], False),
    "country": (
        Annotated[
            list[str] | None,
            typer.Option(
                "--country",
                metavar="COUNTRY",
                autocompletion=complete.countries,
                help="Country: ISO code or name, e.g. US, DE, Germany, UK (repeatable).",
            ),
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
                metavar="TYPE",
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
            typer.Option(
                "--since",
                help="First seen by jobs (scraped) within 7d, 24h, 2w, or since a date; "
                "see --posted-since for the date the source gives.",
            ),
        ],
        None,
    ),
    "posted_since": (
        Annotated[
            str | None,
            typer.Option(
                "--posted-since",
                help="Posted (the source's own date) within 7d, 24h, 2w, or since a date; "
                "jobs without a posted date are left out.",
            ),
        ],
        None,
    ),
    "new": (
        Annotated[
            bool, typer.Option("--new", help="Only jobs first seen in the latest run.", metavar="")
        ],
        False,
    ),
    "include_closed": (
        Annotated[
            bool,
            typer.Option(
                "--include-closed", help="Also jobs no longer listed anywhere.", metavar=""
            ),
        ],
        False,
    ),
    "exclude_company": (
        Annotated[
            list[str] | None,
            typer.Option(
                "--exclude-company",
                metavar="NAME",
                help="Hide this company's jobs (repeatable; adds to the config's [exclude]).",
            ),
        ],
        None,
    ),
    "exclude_title": (
        Annotated[
            list[str] | None,
            typer.Option(
                "--exclude-title",
                metavar="WORD",
                help="Hide jobs with this word in the title (repeatable).",
            ),
        ],
        None,
    ),
    "config": (
        Annotated[
            Path | None,
            typer.Option("--config", "-c", help="Config file (custom taxonomy, [exclude] table)."),
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
