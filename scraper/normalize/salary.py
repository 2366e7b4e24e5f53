"""Salary bands from structured fields."""

from __future__ import annotations

import re
from dataclasses import dataclass

PERIODS = ("hour", "day", "week", "month", "year")

_PERIOD_WORDS: dict[str, str] = {
    "hour": "hour",
    "hourly": "hour",
    "hr": "hour",
    "day": "day",
    "daily": "day",
    "week": "week",
    "weekly": "week",
    "month": "month",
    "monthly": "month",
    "year": "year",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
    "annum": "year",
    "yr": "year",
}
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Salary:
    """A pay band: numbers, ISO 4217 currency and period."""

    min: float | None
    max: float | None
    currency: str | None
    period: str | None


def normalize_period(value: str | None) -> str | None:
    """hour|day|week|month|year from API spellings ('per-year-salary', '1 YEAR', 'HOURLY')."""
    if not value:
        return None
    for word in _WORD.findall(value.lower()):
        if word in _PERIOD_WORDS:
            return _PERIOD_WORDS[word]
    return None


def structured_salary(
    low: float | str | None,
    high: float | str | None,
    currency: str | None,
    period: str | None,
) -> Salary | None:
    """A band from numeric fields; None when there is no plausible number."""
    lo, hi = _number(low), _number(high)
    # 0 and 1 are placeholders ("salary: 0"), never real pay.
    lo = lo if lo is not None and lo > 1 else None
    hi = hi if hi is not None and hi > 1 else None
    if lo is None and hi is None:
        return None
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    code = currency.strip().upper() if isinstance(currency, str) and currency.strip() else None
    if code is not None and not re.fullmatch(r"[A-Z]{3}", code):
        code = None
    return Salary(lo, hi, code, normalize_period(period))


def _number(value: float | str | None) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).replace(",", "").strip())
    except ValueError:
        return None
