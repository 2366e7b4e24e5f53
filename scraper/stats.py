"""Market statistics: counts and annual salary percentiles per group, and weekly trends."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

GROUPS = ("role", "level", "country", "city", "company", "source", "remote", "employment_type")
PERCENTILES = (10, 25, 50, 75, 90)
_SPARK = "▁▂▃▄▅▆▇█"


def check_groups(text: str) -> tuple[str, ...]:
    """The `--by` fields, validated."""
    from scraper.errors import JobsError

    names = tuple(n.strip() for n in text.split(",") if n.strip())
    for name in names:
        if name not in GROUPS:
            import difflib

            hint = difflib.get_close_matches(name, GROUPS, n=1)
            extra = f" (did you mean '{hint[0]}'?)" if hint else ""
            raise JobsError(f"cannot group by '{name}'{extra}: use {', '.join(GROUPS)}")
    return names


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) of sorted values, linearly interpolated."""
    if not values:
        return math.nan
    k = (len(values) - 1) * q / 100
    lo, hi = math.floor(k), math.ceil(k)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def annual_value(row: dict[str, Any]) -> float | None:
    """One job's annual pay in USD: the middle of its band, or its one bound."""
    low, high = row.get("salary_usd_annual_min"), row.get("salary_usd_annual_max")
    if low is not None and high is not None:
        return (float(low) + float(high)) / 2
    value = high if high is not None else low
    return float(value) if value is not None else None


def _keys(row: dict[str, Any], by: Sequence[str]) -> list[tuple[str, ...]]:
    """The group keys of a row; a job listed by several sources counts once per source."""
    combos: list[tuple[str, ...]] = [()]
    for name in by:
        if name == "source":
            values = (row.get("sources") or row.get("source") or "").split(",")
        else:
            value = row.get(name)
            values = [str(value) if value not in (None, "") else "(unknown)"]
        combos = [(*c, v) for c in combos for v in values]
    return combos


def salary_stats(
    rows: Iterable[dict[str, Any]], by: Sequence[str], usd_per_unit: float, min_count: int = 1
) -> list[dict[str, Any]]:
    """Per group: jobs, jobs with a salary, and salary percentiles in the chosen currency.

    A group with fewer than `min_count` salaries gets no percentiles (None): the median
    of one or two jobs says nothing about a market.
    """
    counts: dict[tuple[str, ...], int] = defaultdict(int)
    pay: dict[tuple[str, ...], list[float]] = defaultdict(list)
    for row in rows:
        value = annual_value(row)
        for key in _keys(row, by):
            counts[key] += 1
            if value is not None:
                pay[key].append(value / usd_per_unit)
    out = []
    for key in sorted(counts, key=lambda k: (-counts[k], k)):
        values = sorted(pay.get(key, []))
        entry: dict[str, Any] = dict(zip(by, key, strict=True))
        entry["jobs"] = counts[key]
        entry["with_salary"] = len(values)
        for q in PERCENTILES:
            name = "median" if q == 50 else f"p{q}"
            enough = values and len(values) >= min_count
            entry[name] = round(percentile(values, q)) if enough else None
        out.append(entry)
    return out


def week_start(when: datetime) -> datetime:
    """Monday 00:00 UTC of the week containing `when`."""
    day = when.replace(hour=0, minute=0, second=0, microsecond=0)
    return day - timedelta(days=day.weekday())


def trend(
    rows: Iterable[dict[str, Any]],
    by: Sequence[str],
    weeks: int,
    now: datetime,
    date: str = "first_seen",
) -> tuple[list[str], list[dict[str, Any]]]:
    """Jobs per week per group over the last `weeks` weeks, the current one last.

    `date` is the row field weeks are counted by: first_seen (new to jobs) or posted_at
    (the source's date; jobs without one are not counted).
    """
    last = week_start(now)
    starts = [last - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    index = {s: i for i, s in enumerate(starts)}
    series: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0] * weeks)
    for row in rows:
        seen = row.get(date)
        if not isinstance(seen, datetime):
            continue
        i = index.get(week_start(seen))
        if i is None:
            continue
        for key in _keys(row, by):
            series[key][i] += 1
    labels = [s.strftime("%Y-%m-%d") for s in starts]
    out = []
    for key in sorted(series, key=lambda k: (-sum(series[k]), k)):
        entry: dict[str, Any] = dict(zip(by, key, strict=True))
        entry["total"] = sum(series[key])
        entry["weeks"] = dict(zip(labels, series[key], strict=True))
        entry["chart"] = sparkline(series[key])
        out.append(entry)
    return labels, out


def sparkline(values: Sequence[int]) -> str:
    """A one-line bar chart of counts."""
    top = max(values, default=0)
    if top == 0:
        return _SPARK[0] * len(values)
    return "".join(_SPARK[min(len(_SPARK) - 1, round(v / top * (len(_SPARK) - 1)))] for v in values)
