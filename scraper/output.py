"""Writers for job records: table, json, jsonl and CSV (safe against formula injection)."""

from __future__ import annotations

import csv
import json
import re
import shutil
from collections.abc import Iterable, Iterator, Sequence
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

    def short(x: float) -> str:
        return f"{x / 1000:.0f}K" if x >= 10_000 else f"{x:,.0f}"

    band = "–".join(short(v) for v in (low, high) if v is not None)
    if low is not None and high is not None and low == high:
        band = short(low)
    currency = record.get("salary_currency") or ""
    period = record.get("salary_period")
    return f"{currency} {band}".strip() + (f" / {period}" if period else "")


_TABLE_COLUMNS: tuple[tuple[str, int], ...] = (
    # (column, weight for spare width); 0 = fixed width
    ("id", 0),
    ("posted", 0),
    ("company", 2),
    ("title", 4),
    ("location", 2),
    ("remote", 0),
    ("salary", 0),
)


def _table_rows(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, str]]:
    for r in records:
        yield {
            "id": str(r.get("id") or ""),
            "posted": one_line((r.get("posted_at") or r.get("first_seen") or "")[:10]),
            "company": one_line(r.get("company")),
            "title": one_line(r.get("title")),
            "location": one_line(r.get("location")),
            "remote": one_line(r.get("remote")),
            "salary": one_line(salary_band(r)),
            "url": r.get("url") or "",
        }


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


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
) -> int:
    """An aligned table that fits the terminal width (rows are buffered to size columns)."""
    rows = list(_table_rows(records))
    if not rows:
        return 0
    width = width or shutil.get_terminal_size((120, 24)).columns
    names = [name for name, _ in _TABLE_COLUMNS]
    natural = {n: max(len(n), *(len(row[n]) for row in rows)) for n in names}
    fixed = sum(natural[n] for n, w in _TABLE_COLUMNS if w == 0)
    gaps = 2 * (len(names) - 1)
    flexible = [(n, w) for n, w in _TABLE_COLUMNS if w]
    spare = max(len(flexible) * 8, width - fixed - gaps)
    total_weight = sum(w for _, w in flexible)
    widths = dict(natural)
    if sum(natural[n] for n, _ in flexible) > spare:
        for n, w in flexible:
            widths[n] = min(natural[n], max(8, spare * w // total_weight))
    out.write("  ".join(n.upper().ljust(widths[n]) for n in names).rstrip() + "\n")
    for row in rows:
        cells = []
        for n in names:
            cell = _clip(row[n], widths[n])
            pad = " " * (widths[n] - len(cell))
            # The link wraps the visible text only, so padding and widths stay right.
            cells.append((_link(cell, row["url"]) if links and n == "title" else cell) + pad)
        out.write("  ".join(cells).rstrip())
        out.write("\n")
    return len(rows)


WRITERS = {"csv": write_csv, "json": write_json, "jsonl": write_jsonl}


def write_records(
    records: Iterable[dict[str, Any]],
    fmt: str,
    out: TextIO,
    columns: Sequence[str] = RECORD_FIELDS,
    links: bool = False,
) -> int:
    """Write records in `fmt` (table, json, jsonl, csv); returns how many were written."""
    if fmt == "table":
        return write_table(records, out, links=links)
    return WRITERS[fmt](records, out, columns)
