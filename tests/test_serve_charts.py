"""The insights charts' geometry: bands on one axis in percentile order, weeks to scale."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from scraper.web import charts


def _row(name: str, values: list[int]) -> dict[str, object]:
    p10, p25, median, p75, p90 = sorted(values)
    return {"role": name, "jobs": 9, "with_salary": 7, "p10": p10, "p25": p25,
            "median": median, "p75": p75, "p90": p90}  # fmt: skip


@given(st.lists(st.lists(st.integers(1_000, 2_000_000), min_size=5, max_size=5), min_size=1))
def test_bands_keep_percentile_order_inside_the_axis(groups: list[list[int]]) -> None:
    rows = [_row(f"r{i}", v) for i, v in enumerate(groups)]
    chart = charts.band_chart(rows, ("role",))
    assert chart is not None and len(chart.bands) == len(rows)
    for band in chart.bands:
        assert chart.left <= band.p10 <= band.p25 <= band.median <= band.p75 <= band.p90
        assert band.p90 <= chart.right
    assert [t.x for t in chart.ticks] == sorted(t.x for t in chart.ticks)
    assert chart.ticks[0].x <= min(b.p10 for b in chart.bands)
    assert chart.ticks[-1].x >= max(b.p90 for b in chart.bands)


def test_groups_without_percentiles_are_left_out_and_names_shown() -> None:
    rows = [_row("ml-engineer", [1, 2, 3, 4, 5]), {"role": "other", "p10": None}]
    chart = charts.band_chart(rows, ("role",), {"ml-engineer": "Machine learning engineer"})
    assert chart is not None
    assert [b.label for b in chart.bands] == ["Machine learning engineer"]
    assert charts.band_chart([{"role": "x", "p10": None}], ("role",)) is None


def test_week_bars_are_to_scale() -> None:
    chart = charts.week_chart({"2026-11-02": 0, "2026-11-09": 5, "2026-11-16": 10})
    heights = [b.height for b in chart.bars]
    assert heights[0] == 0 and heights[2] == 2 * heights[1] > 0
    assert all(b.y + b.height == chart.base for b in chart.bars)
    assert chart.top == 10
    empty = charts.week_chart({"2026-11-02": 0})
    assert [b.height for b in empty.bars] == [0]


def test_money() -> None:
    assert [charts.money(v) for v in (95_000, 1_200_000, 2_000_000)] == ["95K", "1.2M", "2M"]
