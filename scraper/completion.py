"""Shell completion of option values: roles, levels, source ids, countries and columns.

Each function takes what has been typed so far and returns the candidates that start
with it. They run only when the shell asks (`jobs --install-completion` sets that up),
so they may import what they need; they never fail: a broken config completes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from scraper.errors import JobsError


def _starting(candidates: Iterable[str], incomplete: str) -> list[str]:
    low = incomplete.lower()
    return [c for c in dict.fromkeys(candidates) if c.lower().startswith(low)]


def _taxonomy() -> object | None:
    from scraper.classify import load_taxonomy
    from scraper.config import load_config

    try:
        return load_taxonomy(load_config(None).taxonomy)
    except JobsError:
        return None


def roles(incomplete: str) -> list[str]:
    """Role slugs of the configured taxonomy."""
    taxonomy = _taxonomy()
    return _starting(getattr(taxonomy, "roles", ()), incomplete)


def levels(incomplete: str) -> list[str]:
    """Level slugs of the configured taxonomy."""
    taxonomy = _taxonomy()
    return _starting(getattr(taxonomy, "levels", ()), incomplete)


def sources(incomplete: str) -> list[str]:
    """Source ids of the config in use."""
    from scraper.config import load_config

    try:
        return _starting((s.id for s in load_config(None).sources), incomplete)
    except JobsError:
        return []


def countries(incomplete: str) -> list[str]:
    """ISO country codes (a name typed so far completes to its code too)."""
    import pycountry

    every = sorted(pycountry.countries, key=lambda c: c.alpha_2)
    codes = _starting((c.alpha_2 for c in every), incomplete)
    if len(incomplete) > 2:
        codes += _starting((c.name for c in every), incomplete)
    return codes


def columns(incomplete: str) -> list[str]:
    """Field names for --columns; after a comma, the next field (fields already given kept)."""
    from scraper.models import OPTIONAL_FIELDS, RECORD_FIELDS
    from scraper.view import DERIVED

    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    taken = set(done.split(","))
    names = (n for n in (*RECORD_FIELDS, *OPTIONAL_FIELDS, *DERIVED) if n not in taken)
    return [prefix + name for name in _starting(names, last)]
