"""Configuration: where it is found, what it may say, and validation with clear errors."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from scraper.errors import ConfigError

ENV_CONFIG = "JOBS_CONFIG"
LOCAL_CONFIG = "jobs.toml"
STARTER = "(built-in starter config)"

# Top-level keys besides [sources.*]; each maps to its expected type.
_TOP_LEVEL: dict[str, type] = {
    "user_agent": str,
    "taxonomy": str,
    "fetch": dict,
    "processes": int,
    "directory": bool,  # also run every board of the built-in directory (scraper/directory.py)
    "watches": dict,  # [watches.NAME]: saved searches (scraper/watch.py)
    "smtp": dict,  # where email digests are sent from (scraper/notify.py)
    "exclude": dict,  # jobs hidden everywhere (scraper/exclude.py)
}
# The [fetch] keys, declared once: each one's type and upper bound (`timeout = inf`, or
# 1e308, would wait forever). Each names a `scraper.fetch.FetchSettings` field, which
# holds its default; `scraper.pipeline.fetch_settings` maps one onto the other.
FETCH_KEYS: dict[str, tuple[type, float]] = {
    "concurrency": (int, 1024),
    "per_host": (int, 64),
    "timeout": (float, 3600),
    "deadline": (float, 86400),
    "retries": (int, 20),
    "max_bytes": (int, 2**31),
    # Per-board limits: a source's limits grow with its boards (see scraper.fetch.Budget).
    "board_requests": (int, 1_000_000),
    "board_seconds": (float, 86400),
    "source_seconds": (float, 7 * 86400),
    "gone_after": (int, 1000),
    "gone_recheck_days": (float, 3660),
}


_EVERY = re.compile(r"(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)", re.I)
_UNITS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}
MAX_EVERY = 366 * 86400


def parse_every(text: str) -> timedelta:
    """An interval such as '30m', '6h', '1h30m', '45s' or '1d'."""
    cleaned = text.strip().lower()
    parts = _EVERY.findall(cleaned)
    if not parts or _EVERY.sub("", cleaned).strip():
        raise ConfigError(f"invalid interval '{text}' (use e.g. 30m, 6h, 1d)")
    seconds = sum(float(n) * _UNITS[u] for n, u in parts)
    if seconds <= 0:
        raise ConfigError(f"interval '{text}' must be positive")
    if seconds > MAX_EVERY:  # "99999999999999999999d" overflowed the scheduler's dates
        raise ConfigError(f"interval '{text}' is too long (at most 366d)")
    return timedelta(seconds=seconds)


def check_cron(text: str) -> None:
    """Fail unless `text` is a 5-field cron expression APScheduler accepts (as the daemon)."""
    # Imported only for configs that have a `schedule`: it costs ~70 ms of start-up.
    from apscheduler.triggers.cron import CronTrigger

    try:
        CronTrigger.from_crontab(text, timezone="UTC")
    except ValueError as exc:
        raise ConfigError(f"invalid schedule '{text}': {exc}") from None


def _check_timing(source_id: str, options: dict[str, Any]) -> None:
    """A source's `schedule` and `every` are checked with the rest, whatever the command."""
    try:
        if options.get("schedule"):
            check_cron(options["schedule"])
        if options.get("every"):
            parse_every(options["every"])
    except ConfigError as exc:
        raise ConfigError(f"source '{source_id}': {exc}") from None


@dataclass(frozen=True, slots=True)
class SourceConfig:
    """One configured source: its id, adapter name and validated options."""

    id: str
    adapter: str
    options: dict[str, Any]

    @property
    def enabled(self) -> bool:
        """Whether the source runs by default."""
        return bool(self.options.get("enabled", True))


@dataclass(frozen=True, slots=True)
class Config:
    """A loaded, validated configuration."""

    origin: str
    sources: tuple[SourceConfig, ...]
    user_agent: str | None = None
    taxonomy: str | None = None
    fetch: dict[str, Any] = field(default_factory=dict)
    # Worker processes that normalise and classify (None: one per core beyond the first).
    processes: int | None = None
    # The built-in directory's boards are among `sources` (`directory = true`, --directory).
    directory: bool = False
    # Validated at load; read by scraper/watch.py and scraper/exclude.py.
    watches: dict[str, Any] = field(default_factory=dict)
    smtp: dict[str, Any] = field(default_factory=dict)
    exclude: dict[str, Any] = field(default_factory=dict)

    def source(self, source_id: str) -> SourceConfig:
        """The source named `source_id`, or a ConfigError listing the configured ones."""
        for src in self.sources:
            if src.id == source_id:
                return src
        known = ", ".join(s.id for s in self.sources) or "none"
        raise ConfigError(f"no source named '{source_id}' in {self.origin} (configured: {known})")


def find_config(explicit: str | Path | None) -> Path | None:
    """The config file to use: --config, else $JOBS_CONFIG, else ./jobs.toml; None = starter."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(ENV_CONFIG)
    if env:
        return Path(env)
    local = Path.cwd() / LOCAL_CONFIG
    return local if local.is_file() else None


def starter_text() -> str:
    """The built-in starter config (TOML text)."""
    return resources.files("scraper").joinpath("starter.toml").read_text(encoding="utf-8")


def load_config(explicit: str | Path | None = None) -> Config:
    """Find, read and validate the configuration."""
    path = find_config(explicit)
    if path is None:
        return parse_config(starter_text(), STARTER)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    return parse_config(text, str(path))


def parse_config(text: str, origin: str) -> Config:
    """Validate TOML text as a config; every error names the file, the source and the key."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: invalid TOML: {exc}") from None
    try:
        return _build(data, origin)
    except ConfigError as exc:
        raise ConfigError(f"{origin}: {exc}") from None


def _build(data: dict[str, Any], origin: str) -> Config:
    from sources import registry
    from sources.base import validate_options

    for key, value in data.items():
        if key == "sources":
            continue
        expected = _TOP_LEVEL.get(key)
        if expected is None:
            allowed = ", ".join(["sources", *sorted(_TOP_LEVEL)])
            raise ConfigError(f"unknown top-level key '{key}' (allowed: {allowed})")
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ConfigError(f"'{key}' must be {expected.__name__}, not {type(value).__name__}")
    processes = data.get("processes")
    if processes is not None and processes < 0:
        raise ConfigError("'processes' must be 0 (all in one process) or more")
    fetch = data.get("fetch", {})
    for key, value in fetch.items():
        if key not in FETCH_KEYS:
            raise ConfigError(f"unknown key 'fetch.{key}' (allowed: {', '.join(FETCH_KEYS)})")
        kind, most = FETCH_KEYS[key]
        ok = isinstance(value, kind) or (kind is float and isinstance(value, int))
        # `not value > 0` also refuses NaN; a limit beyond the maximum is a typo or a hang.
        if not ok or isinstance(value, bool) or not 0 < value <= most:
            raise ConfigError(
                f"'fetch.{key}' must be a positive {kind.__name__} of at most {most:g}"
            )

    if "exclude" in data:
        from scraper.exclude import parse_exclude

        parse_exclude(data["exclude"])
    if "watches" in data or "smtp" in data:
        from scraper.watch import check_config

        check_config(data)

    tables = data.get("sources", {})
    if not isinstance(tables, dict):
        raise ConfigError("'sources' must be a table of [sources.NAME] tables")
    sources: list[SourceConfig] = []
    for source_id, table in tables.items():
        if not isinstance(table, dict):
            raise ConfigError(f"source '{source_id}' must be a table ([sources.{source_id}])")
        adapter_name = table.get("adapter")
        if not isinstance(adapter_name, str) or not adapter_name:
            raise ConfigError(f"source '{source_id}': missing required key 'adapter'")
        try:
            adapter = registry.get(adapter_name)
        except ConfigError as exc:
            raise ConfigError(f"source '{source_id}': {exc}") from None
        options = validate_options(source_id, adapter, table)
        _check_timing(source_id, options)
        sources.append(SourceConfig(source_id, adapter_name, options))
    if data.get("directory"):
        from scraper.directory import configured_boards, directory_sources

        sources += directory_sources(tables, configured_boards(sources))
    return Config(
        origin=origin,
        sources=tuple(sources),
        user_agent=data.get("user_agent"),
        taxonomy=data.get("taxonomy"),
        fetch=dict(fetch),
        processes=processes,
        directory=bool(data.get("directory")),
        watches=dict(data.get("watches", {})),
        smtp=dict(data.get("smtp", {})),
        exclude=dict(data.get("exclude", {})),
    )
