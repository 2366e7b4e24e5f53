"""A small jobs database for the `jobs serve` and `jobs mcp` tests, with one hostile job."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from scraper.matching import JobMatching
from storage.store import Store
from tests.generated import postings

SEEN = datetime(2026, 11, 20, tzinfo=UTC)
COUNT = 300
# Job text is hostile: markup in every field the pages show, and a script URL.
HOSTILE_TITLE = '<script>document.title="pwned"</script> Evil ML Engineer'
HOSTILE = {
    "title": HOSTILE_TITLE,
    "company": "<img src=x onerror=alert(1)> Mallory Inc",
    "location": "<b>Berlin</b>",
    "url": "javascript:alert(1)",
    "description": "Apply now <a href=javascript:alert(2)>here</a>\n\n<iframe src=//evil></iframe>",
}


def build(path: Path) -> str:
    """Write the database at `path` (generated jobs plus the hostile one); its path."""
    store = Store(str(path), matching=JobMatching())
    try:
        jobs = postings(COUNT)
        evil = replace(jobs[0], source_id="evil-1", posted_at=SEEN, **HOSTILE)
        by_source: dict[str, list] = {}
        for p in [*jobs[1:], evil]:
            by_source.setdefault(p.source, []).append(p)
        for batch in by_source.values():
            store.upsert(batch, SEEN)
    finally:
        store.close()
    return str(path)
