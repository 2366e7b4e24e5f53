"""Geometry of the insights page's charts, drawn as inline SVG by the templates.

Only numbers are computed here; the templates write the markup (Jinja2 escapes every
label), so no job text is ever pasted into SVG by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# Band chart layout, in SVG user units (the SVG scales to its box, so phones get it too).
WIDTH = 640
LABEL_W = 170
RIGHT_PAD = 20
ROW_H = 28
TOP = 24  # room for the axis labels


@dataclass(frozen=True, slots=True)
class Band:
    """One group's p10-p90 band: x positions of its percentiles and its row's y."""

    label: str
    y: float
    p10: float
    p25: float
    median: float
    p75: float
    p90: float
    summary: str  # the numbers, for the tooltip and screen readers


@dataclass(frozen=True, slots=True)
class Tick:
    """An axis tick: its x and its label."""

    x: float
    label: str


@dataclass(frozen=True, slots=True)
class BandChart:
    """Rows of salary bands on one shared axis."""

    bands: list[Band]
    ticks: list[Tick]
    width: int
    height: float
    left: int
    right: int


def money(value: float) -> str:
    """An annual amount as 95K or 1.2M."""
    if value >= 1_000_000:
        return f"{value / 1_000_000:.1f}".rstrip("0").rstrip(".") + "M"
    return f"{value / 1000:,.0f}K"


def _nice_step(span: float, count: int = 5) -> float:
    """A round tick step (1, 2 or 5 times a power of ten) giving about `count` ticks."""
    raw = span / count if span > 0 else 1
    power = 10 ** len(str(int(raw))) / 10
    for factor in (1, 2, 5, 10):
        if power * factor >= raw:
            return float(power * factor)
    return float(power * 10)


def band_chart(
    rows: Sequence[dict[str, Any]], label_of: Sequence[str], names: Mapping[str, str] | None = None
) -> BandChart | None:
    """The band chart of `jobs stats` rows that have percentiles (None when none has);
    `names` shows a group value by a name (a role slug by the taxonomy's name)."""
    rows = [r for r in rows if r.get("p10") is not None]
    if not rows:
        return None
    low = min(float(r["p10"]) for r in rows)
    high = max(float(r["p90"]) for r in rows)
    step = _nice_step(high - low)
    start = step * int(low // step)
    end = step * (int(high // step) + 1)
    right = WIDTH - RIGHT_PAD

    def x(value: float) -> float:
        return round(LABEL_W + (value - start) / (end - start) * (right - LABEL_W), 1)

    bands = []
    for i, r in enumerate(rows):
        label = " / ".join((names or {}).get(r[name]) or str(r[name]) for name in label_of)
        summary = (
            f"{label}: p10 {money(r['p10'])}, p25 {money(r['p25'])}, median "
            f"{money(r['median'])}, p75 {money(r['p75'])}, p90 {money(r['p90'])} "
            f"({r['with_salary']} of {r['jobs']} jobs state a salary)"
        )
        bands.append(
            Band(
                label=label,
                y=TOP + i * ROW_H,
                p10=x(r["p10"]),
                p25=x(r["p25"]),
                median=x(r["median"]),
                p75=x(r["p75"]),
                p90=x(r["p90"]),
                summary=summary,
            )
        )
    ticks = []
    value = start
    while value <= end + step / 2:
        ticks.append(Tick(x(value), money(value)))
        value += step
    return BandChart(bands, ticks, WIDTH, TOP + len(rows) * ROW_H + 4, LABEL_W, right)


@dataclass(frozen=True, slots=True)
class Bar:
    """One week's column: its box and its label."""

    x: float
    y: float
    width: float
    height: float
    week: str
    count: int


@dataclass(frozen=True, slots=True)
class BarChart:
    """Jobs per week as columns, the current week last."""

    bars: list[Bar]
    width: int
    height: int
    top: int  # the largest count, written on the axis
    base: float  # y of the baseline


def week_chart(weeks: dict[str, int], height: int = 160) -> BarChart:
    """Columns for counts per week (`scraper.stats.trend`'s `weeks` of one series)."""
    labels = list(weeks)
    top = max(weeks.values(), default=0)
    base = height - 20.0  # room for the week labels below
    slot = (WIDTH - 40) / max(1, len(labels))
    bars = []
    for i, week in enumerate(labels):
        count = weeks[week]
        h = round((count / top) * (base - 10), 1) if top else 0.0
        bars.append(
            Bar(
                x=round(40 + i * slot + slot * 0.1, 1),
                y=round(base - h, 1),
                width=round(slot * 0.8, 1),
                height=h,
                week=week,
                count=count,
            )
        )
    return BarChart(bars, WIDTH, height, top, base)
