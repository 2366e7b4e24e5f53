"""Dates: every accepted form to UTC, relative phrases, never in the future."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from scraper.normalize.dates import to_utc

NOW = datetime(2026, 8, 12, 12, 0, 0, tzinfo=UTC)


def dt(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


CASES: list[tuple[object, datetime | None]] = [
    # epoch seconds (Himalayas, Arbeitnow, RemoteOK) and milliseconds (Lever)
    (1786000000, dt(2026, 8, 6, 7, 6, 40)),
    (1786000000000, dt(2026, 8, 6, 7, 6, 40)),
    (1786000000.5, dt(2026, 8, 6, 7, 6, 40, 500000)),
    ("1786000000", dt(2026, 8, 6, 7, 6, 40)),
    ("1786000000000", dt(2026, 8, 6, 7, 6, 40)),
    # ISO 8601 with offsets (Greenhouse), Z (Ashby), fractions, naive (Remotive)
    ("2026-08-11T20:42:57-04:00", dt(2026, 8, 12, 0, 42, 57)),
    ("2026-08-11T20:42:57+02:00", dt(2026, 8, 11, 18, 42, 57)),
    ("2026-08-11T20:42:57Z", dt(2026, 8, 11, 20, 42, 57)),
    ("2026-08-11T20:42:57.123Z", dt(2026, 8, 11, 20, 42, 57, 123000)),
    ("2026-08-11T20:42:57.123+00:00", dt(2026, 8, 11, 20, 42, 57, 123000)),
    ("2026-08-11T20:42:57", dt(2026, 8, 11, 20, 42, 57)),
    ("2026-08-11 20:42:57", dt(2026, 8, 11, 20, 42, 57)),
    ("2026-08-11", dt(2026, 8, 11)),
    ("20260811", dt(2026, 8, 11)),
    ("2026/08/11", dt(2026, 8, 11)),
    # Recruitee's "UTC" suffix
    ("2026-08-11 20:42:57 UTC", dt(2026, 8, 11, 20, 42, 57)),
    ("2026-08-11 20:42:57 GMT", dt(2026, 8, 11, 20, 42, 57)),
    # RFC 822 (RSS)
    ("Tue, 11 Aug 2026 20:42:57 +0000", dt(2026, 8, 11, 20, 42, 57)),
    ("Tue, 11 Aug 2026 20:42:57 GMT", dt(2026, 8, 11, 20, 42, 57)),
    ("Tue, 11 Aug 2026 20:42:57 -0700", dt(2026, 8, 12, 3, 42, 57)),
    ("11 Aug 2026 20:42:57 +0200", dt(2026, 8, 11, 18, 42, 57)),
    # relative to fetch time
    ("today", NOW),
    ("Today", NOW),
    ("just now", NOW),
    ("yesterday", NOW - timedelta(days=1)),
    ("3 days ago", NOW - timedelta(days=3)),
    ("1 day ago", NOW - timedelta(days=1)),
    ("a day ago", NOW - timedelta(days=1)),
    ("an hour ago", NOW - timedelta(hours=1)),
    ("5 hours ago", NOW - timedelta(hours=5)),
    ("2 weeks ago", NOW - timedelta(weeks=2)),
    ("1 month ago", NOW - timedelta(days=30)),
    ("30+ days ago", NOW - timedelta(days=30)),
    ("Posted 4 days ago", NOW - timedelta(days=4)),
    ("3d ago", NOW - timedelta(days=3)),
    ("vor 2 Tagen", NOW - timedelta(days=2)),
    ("vor einer Woche", NOW - timedelta(weeks=1)),
    ("heute", NOW),
    ("il y a 3 jours", NOW - timedelta(days=3)),
    # datetimes
    (datetime(2026, 8, 11, 20, 42, 57), dt(2026, 8, 11, 20, 42, 57)),
    (datetime(2026, 8, 11, 20, 0, tzinfo=timezone(timedelta(hours=9))), dt(2026, 8, 11, 11, 0)),
    # never in the future: clamped to the fetch time
    ("2026-09-01T00:00:00Z", NOW),
    ("2026-08-12T13:00:00+01:00", NOW),
    (1900000000, NOW),
    # unreadable or placeholders
    (None, None),
    ("", None),
    ("garbage", None),
    ("08/11/2026", None),
    (0, None),
    ("0001-01-01T00:00:00Z", None),
    (True, None),
    ([], None),
    (float("inf"), None),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_to_utc(value: object, expected: datetime | None) -> None:
    got = to_utc(value, now=NOW)
    assert got == expected
    if got is not None:
        assert got.utcoffset() == timedelta(0)


def test_relative_needs_now() -> None:
    assert to_utc("3 days ago") is None
    assert to_utc("2026-08-11") == dt(2026, 8, 11)


def test_naive_now_is_utc() -> None:
    assert to_utc("2030-01-01", now=datetime(2026, 8, 12, 12)) == NOW


@pytest.mark.parametrize(
    ("value", "zone", "expected"),
    [("2026-08-11T09:00:00", "Europe/Berlin", dt(2026, 8, 11, 7)),
     ("2026-08-11 09:00", "America/Los_Angeles", dt(2026, 8, 11, 16)),
     ("2026-08-11", "Asia/Seoul", dt(2026, 8, 10, 15)),
     ("2026-08-11T09:00:00+00:00", "Asia/Seoul", dt(2026, 8, 11, 9)),
     (1786000000, "Asia/Seoul", dt(2026, 8, 6, 7, 6, 40))],
)  # fmt: skip
def test_naive_values_in_a_stated_source_zone(value: object, zone: str, expected: datetime) -> None:
    assert to_utc(value, now=NOW, naive_tz=ZoneInfo(zone)) == expected
