"""Job records for people: a table fitted to the terminal, or tab-separated values in a pipe.

On a terminal the columns share the window's width and long values end in "…"; off a
terminal (`jobs search | cut -f4`) every value is printed in full, one tab-separated row
per job under a header, as gh does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from itertools import chain, islice
from typing import Any, TextIO

from scraper.output import salary_band, terminal_safe

# The table's default columns; "posted", "salary" and "closed" are derived from the record.
TABLE_FIELDS: tuple[str, ...] = ("id", "posted", "company", "title", "location", "remote", "salary")
DERIVED: tuple[str, ...] = ("posted", "salary", "closed")
# Columns that give up width when the window is narrow, and their share of the spare width;
# every other column keeps its natural width.
_FLEX = {
    "title": 4,
    "description": 4,
    "company": 2,
    "location": 2,
    "url": 2,
    "listings": 2,
    "department": 1,
    "category": 1,
    "city": 1,
    "region": 1,
    "sources": 1,
}
_MIN_FLEX = 8
_SIZE_BY = 1000  # rows that size a terminal table's columns
_GAP = "  "


def number(value: float) -> str:
    """A number as people write it: 77905, not 77905.0; 12.5 stays."""
    return str(int(value)) if float(value).is_integer() else str(value)


def cell(record: dict[str, Any], name: str) -> str:
    """One value of a record as a single line of text."""
    if name == "posted":
        value: Any = (record.get("posted_at") or record.get("first_seen") or "")[:10]
    elif name == "salary":
        value = salary_band(record)
    elif name == "closed":  # the day a job stopped being listed anywhere
        value = (record.get("closed_at") or "")[:10]
    else:
        value = record.get(name)
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return number(value)
    if isinstance(value, list | dict):
        if value and all(isinstance(v, str) for v in value):
            return ", ".join(value)
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # Job text is hostile: no control characters reach the terminal (escape sequences,
    # bidi overrides); tabs and line breaks would split a row, so every run of whitespace
    # becomes one space.
    return " ".join(terminal_safe(value).split())


def write_tsv(records: Iterable[dict[str, Any]], out: TextIO, columns: Sequence[str]) -> int:
    """Tab-separated rows under a header of column names, values in full; streamed."""
    out.write("\t".join(columns) + "\n")
    count = 0
    for record in records:
        out.write("\t".join(cell(record, c) for c in columns) + "\n")
        count += 1
    return count


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def fit(natural: dict[str, int], columns: Sequence[str], width: int) -> dict[str, int]:
    """Column widths that fit `width`: fixed columns keep theirs, flexible ones share the rest.

    Each flexible column keeps at least a few characters and never gets more than it needs;
    what one leaves goes to the others. Only when the fixed columns and those few characters
    alone overflow is a line wider than `width`.
    """
    widths = dict(natural)
    flex = [c for c in columns if c in _FLEX]
    room = (
        width - len(_GAP) * (len(columns) - 1) - sum(natural[c] for c in columns if c not in _FLEX)
    )
    if sum(natural[c] for c in flex) <= room:
        return widths
    for c in flex:
        widths[c] = min(natural[c], _MIN_FLEX)
    spare = room - sum(widths[c] for c in flex)
    pending = [c for c in flex if natural[c] > widths[c]]
    while pending and spare > 0:
        share = spare / sum(_FLEX[c] for c in pending)
        small = [c for c in pending if natural[c] - widths[c] <= share * _FLEX[c]]
        if not small:
            for c in pending:
                widths[c] += int(share * _FLEX[c])
            break
        for c in small:  # needs less than its share: give it all, share out the rest
            spare -= natural[c] - widths[c]
            widths[c] = natural[c]
            pending.remove(c)
    return widths


def write_fitted(
    records: Iterable[dict[str, Any]],
    out: TextIO,
    columns: Sequence[str],
    width: int,
    links: bool = False,
) -> int:
    """An aligned table no wider than `width`, its columns sized by the first rows."""
    from scraper.output import _link

    rows = (([cell(r, c) for c in columns], r.get("url") or "") for r in records)
    # Sized by the first rows only: `--limit 0` on a terminal must not hold every job in
    # memory; later rows are cut to the same widths.
    head = list(islice(rows, _SIZE_BY))
    if not head:
        return 0
    natural = {c: max(len(c), *(len(row[i]) for row, _ in head)) for i, c in enumerate(columns)}
    widths = fit(natural, columns, width)
    out.write(_GAP.join(c.upper().ljust(widths[c]) for c in columns).rstrip() + "\n")
    count = 0
    for values, url in chain(head, rows):
        count += 1
        cells = []
        for c, value in zip(columns, values, strict=True):
            text = _clip(value, widths[c])
            pad = " " * (widths[c] - len(text))
            # The link wraps the visible text only, so padding and widths stay right.
            cells.append((_link(text, url) if links and c == "title" else text) + pad)
        out.write(_GAP.join(cells).rstrip() + "\n")
    return count
