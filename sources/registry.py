"""The explicit registry of adapters, plus plugins from the `jobs.sources` entry points."""

from __future__ import annotations

import importlib
from functools import cache
from importlib.metadata import entry_points

from scraper.errors import ConfigError
from sources.base import Adapter, Option

ENTRY_POINT_GROUP = "jobs.sources"

# name -> "module:Class". Imported lazily so the CLI starts fast.
BUILTIN: dict[str, str] = {
    "arbeitnow": "sources.arbeitnow:Arbeitnow",
    "ashby": "sources.ashby:Ashby",
    "bamboohr": "sources.bamboohr:BambooHR",
    "breezy": "sources.breezy:Breezy",
    "greenhouse": "sources.greenhouse:Greenhouse",
    "himalayas": "sources.himalayas:Himalayas",
    "hn": "sources.hn:HackerNews",
    "html": "sources.html:HtmlBoard",
    "jobicy": "sources.jobicy:Jobicy",
    "jsonld": "sources.jsonld:JsonLd",
    "lever": "sources.lever:Lever",
    "personio": "sources.personio:Personio",
    "pinpoint": "sources.pinpoint:Pinpoint",
    "recruitee": "sources.recruitee:Recruitee",
    "remoteok": "sources.remoteok:RemoteOK",
    "remotive": "sources.remotive:Remotive",
    "smartrecruiters": "sources.smartrecruiters:SmartRecruiters",
    "teamtailor": "sources.teamtailor:Teamtailor",
    "weworkremotely": "sources.weworkremotely:WeWorkRemotely",
    "workable": "sources.workable:Workable",
    "workday": "sources.workday:Workday",
}


def _load(target: str) -> type[Adapter]:
    module_name, _, attr = target.partition(":")
    cls = getattr(importlib.import_module(module_name), attr)
    if not (isinstance(cls, type) and issubclass(cls, Adapter)):
        raise TypeError(f"{target} is not an Adapter subclass")
    return cls


def contract_problems(name: str, cls: type[Adapter]) -> list[str]:
    """What an adapter class gets wrong about the metadata half of the contract."""
    problems = []
    if getattr(cls, "name", None) != name:
        problems.append(f"declares name {getattr(cls, 'name', None)!r}, registered as {name!r}")
    description = getattr(cls, "description", None)
    if not isinstance(description, str) or not description.strip() or "\n" in description:
        problems.append("needs a one-line `description`")
    if not (cls.__doc__ or "").strip():
        problems.append("needs a docstring")
    options = getattr(cls, "options", None)
    if not isinstance(options, dict) or not all(
        isinstance(k, str) and isinstance(v, Option) for k, v in options.items()
    ):
        problems.append("`options` must map option names to `Option`s")
    min_delay = getattr(cls, "min_delay", None)
    if not isinstance(min_delay, int | float) or isinstance(min_delay, bool) or min_delay < 0:
        problems.append("`min_delay` must be a non-negative number of seconds")
    return problems


@cache
def plugins() -> dict[str, str]:
    """Adapters installed by other packages: name -> entry point value."""
    found: dict[str, str] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name not in BUILTIN:  # a plugin never shadows a built-in adapter
            found[ep.name] = ep.value
    return found


def names() -> list[str]:
    """Every adapter name: built-in first, then plugins, each sorted."""
    return sorted(BUILTIN) + sorted(plugins())


def get(name: str) -> type[Adapter]:
    """The adapter class registered as `name`."""
    target = BUILTIN.get(name) or plugins().get(name)
    if target is None:
        raise ConfigError(f"unknown adapter '{name}' (available: {', '.join(names())})")
    try:
        cls = _load(target)
    except Exception as exc:  # a broken plugin must not crash the whole CLI
        detail = f"{type(exc).__name__}: {exc}".splitlines()[0]
        raise ConfigError(f"adapter '{name}' ({target}) failed to load: {detail}") from exc
    problems = contract_problems(name, cls)
    if problems:
        raise ConfigError(f"adapter '{name}' ({target}) breaks the contract: {'; '.join(problems)}")
    return cls


def markdown_table() -> str:
    """The README's "Supported sources" table: every built-in adapter, its description, options."""
    lines = ["| adapter | what | options |", "|---|---|---|"]
    for name in sorted(BUILTIN):
        cls = get(name)
        options = ", ".join(f"`{key}`" for key in cls.options) or "none"
        lines.append(f"| `{name}` | {cls.description.replace('|', '/')} | {options} |")
    return "\n".join(lines) + "\n"
