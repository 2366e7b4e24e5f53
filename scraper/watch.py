"""Saved searches ("watches"): what each one matches now that it has not sent, and sending it.

A watch is the filter options of `jobs search` as typed, kept in the database (or declared
in the config as a [watches.NAME] table, synced in on each run), plus its destinations.
It matches exactly what `jobs search` with the same options shows: the options go through
the same `FilterArgs.build`. What it sends on a run:

- only open jobs first seen since the watch was created (or since its own `since`), so a
  new watch does not announce the whole database, and a job that closes and reopens keeps
  its first-seen date and is not new;
- per destination, only jobs the delivery ledger does not have: never one twice;
- a failed delivery is recorded (error, failures, when to retry) and the same jobs go again
  on a later run, with backoff; nothing is lost;
- success is recorded in one transaction after the send, so a crash between the two
  resends that one digest, no more. One process at a time sends a watch (a lease).
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from scraper.errors import ConfigError, JobsError
from scraper.notify import Digest, Smtp, Target, deliver, parse_target
from scraper.output import one_line
from scraper.redact import redact_text

if TYPE_CHECKING:
    import httpx

    from scraper.config import Config
    from storage.reader import Reader
    from storage.watches import WatchRow

# The filter options a watch keeps, by kind (the `FilterArgs` fields of the same names).
# Not `new` (the latest run changes under a watch) nor `include_closed` (closed jobs are
# never announced).
LIST_KEYS = ("source", "role", "country", "employment_type", "exclude_company", "exclude_title")
BOOL_KEYS = ("remote", "hybrid", "onsite")
TEXT_KEYS = (
    "text",
    "company",
    "level",
    "location",
    "min_salary",
    "currency",
    "since",
    "posted_since",
)
QUERY_KEYS = (*TEXT_KEYS, *LIST_KEYS, *BOOL_KEYS)
# Other keys of a [watches.NAME] table.
SETTING_KEYS = ("notify", "limit", "secret_env")
DEFAULT_LIMIT = 20
MAX_LIMIT = 1000
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

# Retry after a failed delivery: the next run, then after 5 min, 10 min... at most 6 h.
BACKOFF_BASE = timedelta(minutes=5)
BACKOFF_MAX = timedelta(hours=6)
LEASE_PREFIX = "watch:"


def retry_at(failures: int, now: datetime) -> datetime:
    """When to try again after `failures` failed deliveries in a row."""
    if failures <= 1:
        return now  # a one-off failure (a receiver restarting) is retried on the next run
    wait: timedelta = min(BACKOFF_BASE * 2 ** (failures - 2), BACKOFF_MAX)
    return now + wait


@dataclass(frozen=True, slots=True)
class WatchSpec:
    """A watch as declared: its name, filters, destinations and digest settings."""

    name: str
    query: dict[str, Any]
    targets: tuple[Target, ...]
    limit: int = DEFAULT_LIMIT
    secret_env: str | None = None


def check_name(name: str) -> str:
    """A watch name: letters, digits, '-', '_' and '.', at most 64 characters."""
    if not _NAME.match(name):
        raise ConfigError(
            f"invalid watch name '{one_line(name)}': use letters, digits, '-', '_' or '.'"
        )
    return name


def check_env_name(name: str, what: str) -> str:
    """An environment variable's name (never its value: that is the secret)."""
    if not _ENV_NAME.match(name):
        raise ConfigError(f"{what} must be an environment variable's name, e.g. JOBS_HOOK_SECRET")
    return name


def clean_query(query: dict[str, Any]) -> dict[str, Any]:
    """The filter options that were given (falsy ones dropped), each checked for its type."""
    cleaned: dict[str, Any] = {}
    for key, value in query.items():
        if key not in QUERY_KEYS:
            allowed = ", ".join((*QUERY_KEYS, *SETTING_KEYS))
            raise ConfigError(f"unknown watch key '{key}' (allowed: {allowed})")
        if value is None:  # an option not given
            continue
        if key in LIST_KEYS:
            value = [value] if isinstance(value, str) else value
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"watch key '{key}' must be a list of strings")
        elif key in BOOL_KEYS:
            if not isinstance(value, bool):
                raise ConfigError(f"watch key '{key}' must be true or false")
        elif not isinstance(value, str):
            raise ConfigError(f"watch key '{key}' must be a string")
        if value:
            cleaned[key] = value
    if cleaned.get("currency") == "USD":
        del cleaned["currency"]
    return cleaned


def spec_from_table(name: str, table: Any) -> WatchSpec:
    """A [watches.NAME] table as a WatchSpec (ConfigError names the watch and key)."""
    try:
        check_name(name)
        if not isinstance(table, dict):
            raise ConfigError("must be a table")
        notify = table.get("notify")
        if isinstance(notify, str):
            notify = [notify]
        if (
            not isinstance(notify, list)
            or not notify
            or not all(isinstance(n, str) for n in notify)
        ):
            raise ConfigError("'notify' is required: a list such as [\"stdout\"]")
        limit = table.get("limit", DEFAULT_LIMIT)
        if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_LIMIT:
            raise ConfigError(f"'limit' must be a whole number from 1 to {MAX_LIMIT}")
        secret_env = table.get("secret_env")
        if secret_env is not None:
            if not isinstance(secret_env, str):
                raise ConfigError("'secret_env' must be a string")
            check_env_name(secret_env, "'secret_env'")
        query = clean_query({k: v for k, v in table.items() if k not in SETTING_KEYS})
        return WatchSpec(
            name, query, tuple(parse_target(n) for n in notify), limit, secret_env or None
        )
    except ConfigError as exc:
        raise ConfigError(f"watch '{name}': {exc}") from None


def check_config(config: dict[str, Any]) -> None:
    """Validate the [watches.*] and [smtp] tables of a config (at load, like the rest)."""
    watches = config.get("watches", {})
    if not isinstance(watches, dict):
        raise ConfigError("'watches' must be a table of [watches.NAME] tables")
    for name, table in watches.items():
        spec_from_table(name, table)
    if "smtp" in config:
        Smtp.from_config(config["smtp"])


# -- running ------------------------------------------------------------------------------


@dataclass(slots=True)
class Outcome:
    """What one watch did for one destination in a run."""

    watch: str
    target: str  # as shown: no secrets
    status: str  # sent | nothing | failed | deferred | busy | error
    jobs: int = 0
    error: str | None = None
    retry_at: datetime | None = None

    @property
    def failed(self) -> bool:
        """Whether this needs attention (a delivery or the watch itself failed)."""
        return self.status in ("failed", "error")

    def line(self) -> str:
        """One line for people (stderr after a scrape, `jobs watch run`)."""
        head = f"watch {self.watch} -> {self.target}: "
        if self.status == "sent":
            return head + f"sent {self.jobs} job{'' if self.jobs == 1 else 's'}"
        if self.status == "nothing":
            return head + "nothing new"
        if self.status == "deferred":
            when = f"{self.retry_at:%Y-%m-%d %H:%M} UTC" if self.retry_at else "later"
            return head + f"retrying after {when} (last error: {self.error})"
        if self.status == "busy":
            return head + "being sent by another jobs process"
        return head + f"failed: {self.error} (retried on the next run)"


def filters_for(
    store: Reader, query: dict[str, Any], config_path: Path | None, since: datetime | None
) -> Any:
    """`storage.search.Filters` for a watch's options, exactly as `jobs search` builds them;
    `since` (the watch's creation) applies unless the options have their own."""
    from scraper.cli_filters import FilterArgs

    args = FilterArgs(**query, config=config_path)
    filters = args.build(store)
    if since is not None and not query.get("since"):
        filters = dataclasses.replace(filters, since=since)
    return filters


def sync_config(store: Reader, config: Config, created: datetime | None = None) -> None:
    """Store the config's [watches.NAME] tables (new or changed); ledgers are kept.

    A watch new to the database counts as created at `created`, by default the start of
    the latest run: that run's new jobs are the first it sends, whichever command first
    reads the config (a scrape, `jobs watch run` after `jobs scrape --no-watch`, ...).
    """
    from storage.watches import Watches

    if not config.watches:
        return
    watches = Watches(store.engine)
    now = created or store.ledger.latest_run_start() or datetime.now(UTC)
    for name, table in config.watches.items():
        spec = spec_from_table(name, table)
        watches.save(
            spec.name,
            spec.query,
            [str(t) for t in spec.targets],
            origin="config",
            secret_env=spec.secret_env,
            digest_limit=spec.limit,
            created_at=now,
            replace=True,
        )


def run_watches(
    store: Reader,
    config: Config,
    names: Sequence[str] = (),
    *,
    force: bool = False,
    out: TextIO | None = None,
    transport: httpx.BaseTransport | None = None,
    run_started: datetime | None = None,
) -> list[Outcome]:
    """Send each watch's new matches to each of its destinations; one outcome per pair.

    `force` ignores the retry backoff (`jobs watch run`: someone asked now). One failing
    watch or destination never stops the others. `run_started`: see `sync_config`.
    """
    from storage.leases import Leases
    from storage.watches import Watches

    sync_config(store, config, run_started)
    watches = Watches(store.engine)
    rows = watches.all(names)
    missing = sorted(set(names) - {r.name for r in rows})
    if missing:
        raise JobsError(f"no watch named '{missing[0]}' (jobs watch list shows them)")
    config_path = Path(config.origin) if config.origin and Path(config.origin).is_file() else None
    smtp = Smtp.from_config(config.smtp) if config.smtp else None
    leases = Leases(store.engine)
    outcomes: list[Outcome] = []
    for row in rows:
        started = datetime.now(UTC)
        key = LEASE_PREFIX + row.name
        held = leases.acquire(key, started)
        if held is not None:
            outcomes += [
                Outcome(row.name, Target(*_split(t.target)).shown(), "busy") for t in row.targets
            ]
            continue
        try:
            outcomes += _run_one(store, watches, row, config_path, smtp, force, out, transport)
        finally:
            leases.release(key)
    return outcomes


def _split(target: str) -> tuple[str, str]:
    kind, _, address = target.partition(":")
    return kind, address


def _run_one(
    store: Reader,
    watches: Any,
    row: WatchRow,
    config_path: Path | None,
    smtp: Smtp | None,
    force: bool,
    out: TextIO | None,
    transport: httpx.BaseTransport | None,
) -> list[Outcome]:
    targets = [(state, Target(*_split(state.target))) for state in row.targets]
    try:
        filters = filters_for(store, row.query, config_path, row.created_at)
    except JobsError as exc:
        return [Outcome(row.name, t.shown(), "error", error=one_line(exc)) for _, t in targets]
    outcomes = []
    for state, target in targets:
        now = datetime.now(UTC)
        shown = target.shown()
        due = state.next_attempt_at
        if not force and due is not None and due > now:
            outcomes.append(
                Outcome(row.name, shown, "deferred", error=state.last_error, retry_at=due)
            )
            continue
        try:
            # Newest first, as `jobs search` lists them; closed jobs are left out by the
            # filters, and jobs this destination has had by the ledger.
            unsent = dataclasses.replace(filters, unsent_to=state.id)
            fresh = list(store.search(unsent, sort="newest"))
        except JobsError as exc:
            outcomes.append(Outcome(row.name, shown, "error", error=one_line(exc)))
            continue
        if not fresh:
            outcomes.append(Outcome(row.name, shown, "nothing"))
            continue
        digest = Digest(row.name, fresh, row.digest_limit)
        try:
            deliver(target, digest, smtp=smtp, secret_env=row.secret_env, out=out,
                    transport=transport)  # fmt: skip
        except Exception as exc:  # a library's surprise fails this destination only
            error: str | None = _failure(exc, target)
        else:
            error = None
        if error is not None:
            when = retry_at(state.failures + 1, now)
            watches.failed(state.id, error, now, when)
            outcomes.append(Outcome(row.name, shown, "failed", len(fresh), error, when))
            continue
        watches.delivered(state.id, [m["id"] for m in fresh], datetime.now(UTC))
        outcomes.append(Outcome(row.name, shown, "sent", len(fresh)))
    return outcomes


def _failure(exc: Exception, target: Target) -> str:
    """Why a delivery failed, fit to store and print."""
    text = str(exc) if isinstance(exc, JobsError) else f"{type(exc).__name__}: {exc}"
    return _secret_free(text, target)


def _secret_free(message: str, target: Target) -> str:
    """An error fit to store and print: the destination's URL never in it, others redacted."""
    text = message
    addresses = {target.address}
    with contextlib.suppress(JobsError):  # a receiver's error may echo the URL it got
        addresses.add(target.resolved())
    for address in sorted(addresses, key=len, reverse=True):
        if "://" in address:
            text = text.replace(address, target.shown())
    return one_line(redact_text(text))[:500]


def send_sample(
    store: Reader,
    config: Config,
    name: str,
    *,
    out: TextIO | None = None,
    transport: httpx.BaseTransport | None = None,
) -> list[Outcome]:
    """Send a sample digest (the latest few matches, not recorded) to every destination."""
    from storage.watches import Watches

    sync_config(store, config)
    row = Watches(store.engine).get(name)
    if row is None:
        raise JobsError(f"no watch named '{name}' (jobs watch list shows them)")
    config_path = Path(config.origin) if Path(config.origin).is_file() else None
    smtp = Smtp.from_config(config.smtp) if config.smtp else None
    filters = filters_for(store, row.query, config_path, None)
    jobs = list(store.search(filters, limit=3, sort="newest")) or [EXAMPLE_JOB]
    digest = Digest(row.name, jobs, row.digest_limit, sample=True)
    outcomes = []
    for state in row.targets:
        target = Target(*_split(state.target))
        try:
            deliver(target, digest, smtp=smtp, secret_env=row.secret_env, out=out,
                    transport=transport)  # fmt: skip
        except Exception as exc:
            outcomes.append(
                Outcome(row.name, target.shown(), "failed", error=_failure(exc, target))
            )
            continue
        outcomes.append(Outcome(row.name, target.shown(), "sent", len(jobs)))
    return outcomes


# A test digest when nothing matches yet: plainly an example.
EXAMPLE_JOB: dict[str, Any] = {
    "id": 0,
    "title": "Example: Machine Learning Engineer (test message from jobs watch test)",
    "company": "Example Co",
    "location": "Anywhere",
    "remote": "remote",
    "level": "senior",
    "url": "https://example.com/jobs/example",
}
