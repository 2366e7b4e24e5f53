"""Exclusions: jobs a user never wants to see, by company, title word, source or agency.

The config's [exclude] table applies to every read (search, export, stats, watches, feeds);
`--exclude-company` and `--exclude-title` add to it for one command. Only the [exclude]
table is read here, without validating the whole config: a search must stay cheap to
start, and a typo in a source's table is that source's problem.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scraper.errors import ConfigError

KEYS = ("companies", "title_words", "sources", "agencies")

# Names that staffing agencies and recruiters give themselves (matched as whole words of the
# company name), and phrases of their postings (matched in the description). A direct
# employer rarely writes "on behalf of our client".
AGENCY_NAME_WORDS = (
    "recruitment",
    "recruiting",
    "recruiters",
    "recruiter",
    "staffing",
    "headhunters",
    "headhunting",
    "personnel",
    "talent acquisition",
    "executive search",
    "search partners",
    "resourcing",
    "placements",
)
AGENCY_TEXT = (
    "on behalf of our client",
    "on behalf of a client",
    "our client is",
    "our client, a",
    "my client is",
    "we are recruiting for",
    "we are partnering with",
    "is partnered with",
)


@dataclass(frozen=True, slots=True)
class Exclusions:
    """What to hide: company names, title words, source ids, staffing agencies."""

    companies: tuple[str, ...] = ()
    title_words: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    agencies: bool = False

    def __bool__(self) -> bool:
        return bool(self.companies or self.title_words or self.sources or self.agencies)

    def plus(self, companies: list[str] | None, title_words: list[str] | None) -> Exclusions:
        """These exclusions and a command's own --exclude-company / --exclude-title."""
        return Exclusions(
            _unique((*self.companies, *(companies or ()))),
            _unique((*self.title_words, *(title_words or ()))),
            self.sources,
            self.agencies,
        )


def _unique(values: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in values if v and v.strip()))


def parse_exclude(table: Any) -> Exclusions:
    """Validate an [exclude] table."""
    if not isinstance(table, dict):
        raise ConfigError("'exclude' must be a table")
    for key, value in table.items():
        if key not in KEYS:
            raise ConfigError(f"unknown key 'exclude.{key}' (allowed: {', '.join(KEYS)})")
        if key == "agencies":
            if not isinstance(value, bool):
                raise ConfigError("'exclude.agencies' must be true or false")
        elif not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"'exclude.{key}' must be a list of strings")
    return Exclusions(
        _unique(table.get("companies", ())),
        _unique(table.get("title_words", ())),
        _unique(table.get("sources", ())),
        bool(table.get("agencies", False)),
    )


def load_exclusions(config: str | Path | None) -> Exclusions:
    """The [exclude] table of the config in use (none when there is no config file)."""
    from scraper.config import find_config

    path = find_config(config)
    if path is None:
        return Exclusions()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    try:
        return parse_exclude(data.get("exclude", {}))
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None
