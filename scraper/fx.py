"""The dated exchange-rate table (scraper/normalize/fx_rates.toml): USD per unit of a currency.

A module of its own, outside `scraper.normalize`, so that read commands converting a
`--min-salary` or a stats currency do not import the normalisers (gazetteers, ftfy:
~90 ms of start-up).
"""

from __future__ import annotations

import tomllib
from importlib import resources


def _load_fx() -> tuple[dict[str, float], str, str]:
    # Resolved through `scraper`, not `scraper.normalize`: naming that package imports it.
    path = resources.files("scraper").joinpath("normalize", "fx_rates.toml")
    raw = tomllib.loads(path.read_text("utf-8"))
    per_eur: dict[str, float] = raw["per_eur"]
    usd_per_eur = per_eur["USD"]
    usd_per_unit = {code: usd_per_eur / rate for code, rate in per_eur.items()}
    for code, rate in raw.get("pegged_per_usd", {}).items():
        usd_per_unit[code] = 1.0 / rate
    for code, rate in raw.get("pegged_per_eur", {}).items():
        usd_per_unit[code] = usd_per_eur / rate
    return usd_per_unit, str(raw["date"]), str(raw["source"])


USD_PER_UNIT, FX_DATE, FX_SOURCE = _load_fx()
