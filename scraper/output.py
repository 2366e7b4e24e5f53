"""Writers for job records: table, json, jsonl and CSV (safe against formula injection)."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from scraper.escapes import CONTROL_CHARS
from scraper.models import RECORD_FIELDS

# A cell starting with one of these is run as a formula by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What a terminal would act on rather than show (escape sequences clear the screen,
# rewrite rows, fake OSC 8 links; a carriage return rewrites the line). Stored text is
# cleaned at normalisation; this is the second guard, for databases written before that
# and for text that never went through it (errors).
_TERMINAL_UNSAFE = re.compile(f"[\r{CONTROL_CHARS}]")


def terminal_safe(value: Any) -> str:
    """Text fit for a terminal: control characters removed (tab and newline kept)."""
    text = "" if value is None else str(value)
    return text if text.isprintable() else _TERMINAL_UNSAFE.sub("", text)


def one_line(value: Any) -> str:
    """`terminal_safe` text on one line (a table cell, a log or summary line)."""
    text = terminal_safe(value)
    return text.replace("\n", " ").replace("\t", " ") if not text.isprintable() else text


def safe_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet shows as text: risky leading characters get a quote."""
    if isinstance(value, list):
        value = ",".join(str(v) for v in value)
    if isinstance(value, str):
        value = terminal_safe(value)
        if value.startswith(_FORMULA_START):
            return "'" + value
    return "" if value is None else value


class CsvWriter:
    """The one CSV writer of `jobs` (export, search, stats): every cell goes through
    `safe_cell`, so no path can write a formula or a terminal escape."""

    def __init__(self, out: TextIO):
        self._writer = csv.writer(out, lineterminator="\r\n")

    def writerow(self, row: Iterable[Any]) -> None:
        """Write one row of cells."""
        self._writer.writerow([safe_cell(v) for v in row])


def write_csv(records: Iterable[dict[str, Any]], out: TextIO, columns: Sequence[str]) -> int:
    """Stream records as CSV with a header row; returns the number of rows written."""
    writer = CsvWriter(out)
    writer.writerow(columns)
    count = 0
    for record in records:
        writer.writerow(record.get(c) for c in columns)
        count += 1
    return count


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO, columns: Sequence[str]) -> int:
    """One JSON object per line."""
    count = 0
    for record in records:
        out.write(json.dumps({c: record.get(c) for c in columns}, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def write_json(records: Iterable[dict[str, Any]], out: TextIO, columns: Sequence[str]) -> int:
    """One JSON array, streamed element by element."""
    count = 0
    out.write("[")
    for record in records:
        out.write(",\n" if count else "\n")
        out.write(json.dumps({c: record.get(c) for c in columns}, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def salary_band(record: dict[str, Any]) -> str:
    """A salary as a short band such as 'USD 111K-211K / year'."""
    low, high = record.get("salary_min"), record.get("salary_max")
    if low is None and high is None:
        return ""

    # One unit for both ends ("8K–12K", never "8,000–12K"): thousands once either end has
    # five digits, a decimal only below 10K; smaller amounts (hourly, weekly) as they are.
    thousands = max(v for v in (low, high) if v is not None) >= 10_000

    def short(x: float) -> str:
        if not thousands:
            return f"{x:,.2f}".rstrip("0").rstrip(".")
        k = x / 1000
        return (f"{k:.1f}".rstrip("0").rstrip(".") if k < 10 else f"{k:.0f}") + "K"

    band = "–".join(short(v) for v in (low, high) if v is not None)
    if low is not None and high is not None and low == high:
        band = short(low)
    currency = record.get("salary_currency") or ""
    period = record.get("salary_period")
    return f"{currency} {band}".strip() + (f" / {period}" if period else "")


def _link(text: str, url: str) -> str:
    """OSC 8 hyperlink: terminals that support it make `text` clickable; others show text."""
    if not url.startswith(("http://", "https://")) or not url.isprintable():
        return text
    return f"\x1b]8;;{url}\x1b\\{text}\x1b]8;;\x1b\\"


def write_table(
    records: Iterable[dict[str, Any]],
    out: TextIO,
    width: int | None = None,
    links: bool = False,
    columns: Sequence[str] | None = None,
) -> int:
    """A table: fitted to `width` (a terminal), else tab-separated values in full (a pipe)."""
    from scraper.view import TABLE_FIELDS, write_fitted, write_tsv

    columns = columns or TABLE_FIELDS
    if width is None:
        return write_tsv(records, out, columns)
    return write_fitted(records, out, columns, width, links=links)


WRITERS = {"csv": write_csv, "json": write_json, "jsonl": write_jsonl}


def write_records(
    records: Iterable[dict[str, Any]],
    fmt: str,
    out: TextIO,
    columns: Sequence[str] | None = None,
    links: bool = False,
    width: int | None = None,
) -> int:
    """Write records in `fmt` (table, json, jsonl, csv); returns how many were written.

    A table is fitted to `width` (a terminal's), or tab-separated in full without one.
    """
    if fmt == "table":
        return write_table(records, out, width=width, links=links, columns=columns)
    return WRITERS[fmt](records, out, columns or RECORD_FIELDS)
