"""The explicit registry of adapters, plus plugins from the `jobs.sources` entry points."""

from __future__ import annotations

import importlib
from functools import cache
from importlib.metadata import entry_points

from scraper.errors import ConfigError
from sources.base import Adapter

ENTRY_POINT_GROUP = "jobs.sources"

# name -> "module:Class". Imported lazily so the CLI starts fast.
BUILTIN: dict[str, str] = {
    "arbeitnow": "sources.arbeitnow:Arbeitnow",
    "ashby": "sources.ashby:Ashby",
    "greenhouse": "sources.greenhouse:Greenhouse",
    "himalayas": "sources.himalayas:Himalayas",
    "hn": "sources.hn:HackerNews",
    "html": "sources.html:HtmlBoard",
    "jobicy": "sources.jobicy:Jobicy",
    "jsonld": "sources.jsonld:JsonLd",
    "lever": "sources.lever:Lever",
    "personio": "sources.personio:Personio",
    "recruitee": "sources.recruitee:Recruitee",
    "remoteok": "sources.remoteok:RemoteOK",
    "remotive": "sources.remotive:Remotive",
    "smartrecruiters": "sources.smartrecruiters:SmartRecruiters",
    "weworkremotely": "sources.weworkremotely:WeWorkRemotely",
    "workable": "sources.workable:Workable",
}


def _load(target: str) -> type[Adapter]:
    module_name, _, attr = target.partition(":")
    cls = getattr(importlib.import_module(module_name), attr)
    if not (isinstance(cls, type) and issubclass(cls, Adapter)):
        raise TypeError(f"{target} is not an Adapter subclass")
    return cls


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
        raise ConfigError(f"adapter '{name}' ({target}) failed to load: {exc}") from exc
    if cls.name != name:
        raise ConfigError(f"adapter '{name}' ({target}) declares name '{cls.name}'")
    return cls
