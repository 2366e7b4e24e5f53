"""Dates to timezone-aware UTC, independent of the machine's time zone."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

# Epoch values above this are milliseconds (1e11 s is the year 5138).
_MS_THRESHOLD = 1e11


def to_utc(value: object, now: datetime | None = None) -> datetime | None:
    """A UTC datetime from ISO 8601, epoch seconds/milliseconds or RFC 822; None if unreadable.

    Naive values are taken as UTC. A date after `now` (clock skew, time zone bugs at the
    source) is clamped to `now`, because a posting cannot come from the future.
    """
    result = _parse(value)
    if result is None:
        return None
    if now is not None and result > now:
        return now
    return result


def _parse(value: object) -> datetime | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return _aware(value)
    if isinstance(value, int | float):
        return _epoch(float(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    if text.replace(".", "", 1).isdigit():
        return _epoch(float(text))
    iso = text.replace(" UTC", "+00:00").replace("Z", "+00:00").replace("z", "+00:00")
    try:
        return _aware(datetime.fromisoformat(iso))
    except ValueError:
        pass
    try:
        return _aware(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        return None


def _epoch(seconds: float) -> datetime | None:
    if seconds >= _MS_THRESHOLD:
        seconds /= 1000.0
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)
