"""Regenerate fx_rates.toml from an ECB reference-rate CSV (run by hand, never at import).

Usage: python -m scraper.normalize.fx_rates_update eurofxref.csv > scraper/normalize/fx_rates.toml
The CSV is the European Central Bank's daily "euro foreign exchange reference rates" file
(eurofxref.csv: a header line of codes, then one line with the date and units per euro).
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

# Currencies the ECB does not publish, held at a fixed official peg to USD or EUR
# (units per 1 USD or per 1 EUR). Pegs change rarely; check them when refreshing.
PEGS_PER_USD: dict[str, float] = {
    "AED": 3.6725,
    "SAR": 3.75,
    "QAR": 3.64,
    "OMR": 0.3845,
    "BHD": 0.376,
    "JOD": 0.709,
    "KYD": 0.8333,  # 1 KYD = 1.20 USD
    "PAB": 1.0,
}
PEGS_PER_EUR: dict[str, float] = {
    "XOF": 655.957,
    "XAF": 655.957,
    "BAM": 1.95583,
    "BGN": 1.95583,
}


def render(csv_text: str) -> str:
    """The TOML text for one ECB daily CSV."""
    lines = [line for line in csv_text.splitlines() if line.strip()]
    codes = [c.strip() for c in lines[0].split(",")[1:] if c.strip()]
    values = [v.strip() for v in lines[1].split(",")]
    day = datetime.strptime(values[0], "%d %B %Y").date().isoformat()
    rates = {code: float(v) for code, v in zip(codes, values[1:], strict=False) if v}
    out = [
        "# Static exchange rates for comparing pay across currencies (USD-annualised fields).",
        "# Source: European Central Bank, euro foreign exchange reference rates",
        f"# (eurofxref), published {day}; units of each currency per 1 EUR.",
        "# [pegged_per_usd]/[pegged_per_eur]: official fixed pegs for currencies the ECB",
        "# does not publish. Currencies in neither table get no USD figure.",
        "# Regenerate: python -m scraper.normalize.fx_rates_update eurofxref.csv",
        "",
        'source = "ECB euro foreign exchange reference rates"',
        f'date = "{day}"',
        "",
        "[per_eur]",
        "EUR = 1.0",
    ]
    out += [f"{code} = {rate}" for code, rate in sorted(rates.items())]
    out += ["", "[pegged_per_usd]"]
    out += [f"{code} = {rate}" for code, rate in sorted(PEGS_PER_USD.items())]
    out += ["", "[pegged_per_eur]"]
    out += [f"{code} = {rate}" for code, rate in sorted(PEGS_PER_EUR.items()) if code not in rates]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render(Path(sys.argv[1]).read_text(encoding="utf-8")))
