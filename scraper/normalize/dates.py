"""Dates to timezone-aware UTC, independent of the machine's time zone.

Accepted: datetimes, epoch seconds and milliseconds (numbers or digit strings), ISO 8601
with or without offset ("2026-08-11T20:42:57-04:00", "2026-08-11", "2026-08-11 20:42:57 UTC"),
RFC 822 ("Tue, 11 Aug 2026 20:42:57 +0000"), and relative phrases ("today", "yesterday",
"3 days ago", "vor 2 Tagen", "il y a 3 jours", "30+ days ago") resolved against the fetch
time. Naive values mean UTC. Nothing here reads the local clock or the local zone.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo
from email.utils import parsedate_to_datetime

# Epoch values above this are milliseconds (1e11 s is the year 5138).
_MS_THRESHOLD = 1e11
# Before this a date is a placeholder (epoch 0, "0001-01-01"), not a posting date.
_EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)

_UNITS: dict[str, float] = {
    "second": 1,
    "sec": 1,
    "minute": 60,
    "min": 60,
    "hour": 3600,
    "hr": 3600,
    "h": 3600,
    "day": 86400,
    "d": 86400,
    "week": 7 * 86400,
    "w": 7 * 86400,
    "month": 30 * 86400,
    "mo": 30 * 86400,
    "year": 365 * 86400,
    "yr": 365 * 86400,
    "y": 365 * 86400,
    "stunde": 3600,
    "tag": 86400,
    "woche": 7 * 86400,
    "monat": 30 * 86400,
    "jahr": 365 * 86400,
    "heure": 3600,
    "jour": 86400,
    "semaine": 7 * 86400,
    "mois": 30 * 86400,
    "an": 365 * 86400,
}
_RELATIVE = re.compile(
    r"^(?:posted\s+|vor\s+|il y a\s+)?(?P<n>\d+|an?|one|einem|einer|un|une)\+?\s*"
    r"(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|w|months?|mo|"
    r"years?|yrs?|y|stunden?|tagen?|tage|wochen?|monaten?|monate|jahren?|jahre|"
    r"heures?|jours?|semaines?|mois|ans?)\.?(?:\s+ago)?$",
    re.I,
)
_TODAY = frozenset({"today", "just now", "just posted", "now", "heute", "aujourd'hui", "new"})
_YESTERDAY = frozenset({"yesterday", "gestern", "hier"})
_UTC_SUFFIX = re.compile(r"\s*(?:UTC|GMT|Z)$", re.I)
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")


def to_utc(
    value: object, now: datetime | None = None, *, naive_tz: tzinfo = UTC
) -> datetime | None:
    """A UTC datetime from any accepted form; None if unreadable or a placeholder.

    Naive values are in `naive_tz` (UTC unless the source documents its own zone, e.g.
    ZoneInfo("Europe/Berlin")), never in the machine's zone. A date after `now` (clock
    skew, time zone bugs at the source) is clamped to `now`: a posting cannot come from
    the future. Relative phrases need `now`.
    """
    reference = _aware(now) if now is not None else None
    result = _parse(value, reference, naive_tz)
    if result is None or result < _EARLIEST:
        return None
    if reference is not None and result > reference:
        return reference
    return result


def _parse(value: object, now: datetime | None, naive_tz: tzinfo) -> datetime | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return _aware(value, naive_tz)
    if isinstance(value, int | float):
        return _epoch(float(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    if _NUMBER.match(text):
        if len(text) == 8 and text.startswith(("19", "20")):
            return _iso(f"{text[:4]}-{text[4:6]}-{text[6:]}", naive_tz)  # 20260811
        return _epoch(float(text))
    found = _iso(text, naive_tz)
    if found is not None:
        return found
    if any(ch.isalpha() for ch in text):
        try:
            return _aware(parsedate_to_datetime(text), naive_tz)
        except (TypeError, ValueError, IndexError):
            pass
    if now is not None:
        return _relative(text, now)
    return None


def _iso(text: str, naive_tz: tzinfo = UTC) -> datetime | None:
    iso = _UTC_SUFFIX.sub("+00:00", text) if not text[-1:].isdigit() else text
    try:
        return _aware(datetime.fromisoformat(iso), naive_tz)
    except ValueError:
        pass
    if "/" in text:
        # "2026/08/11" only; "08/11/2026" is ambiguous between US and European order.
        parts = text.split(" ")[0].split("/")
        if len(parts) == 3 and len(parts[0]) == 4:
            try:
                day = datetime(int(parts[0]), int(parts[1]), int(parts[2]))
                return _aware(day, naive_tz)
            except ValueError:
                return None
    return None


def _relative(text: str, now: datetime) -> datetime | None:
    lowered = text.lower().strip(" .")
    if lowered in _TODAY:
        return now
    if lowered in _YESTERDAY:
        return now - timedelta(days=1)
    match = _RELATIVE.match(lowered)
    if not match:
        return None
    n_text = match.group("n")
    count = int(n_text) if n_text.isdigit() else 1
    unit = match.group("unit").lower().rstrip(".")
    seconds = _UNITS.get(unit)
    if seconds is None:
        for suffix in ("en", "n", "e", "s"):
            if unit.endswith(suffix) and unit[: -len(suffix)] in _UNITS:
                seconds = _UNITS[unit[: -len(suffix)]]
                break
    if seconds is None:
        return None
    return now - timedelta(seconds=count * seconds)


def _epoch(seconds: float) -> datetime | None:
    if seconds >= _MS_THRESHOLD:
        seconds /= 1000.0
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _aware(value: datetime, naive_tz: tzinfo = UTC) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=naive_tz).astimezone(UTC)
    return value.astimezone(UTC)
