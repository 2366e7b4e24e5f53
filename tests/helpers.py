"""Test helpers: adapter instances and pages, the `jobs` process, and served scrapes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scraper.config import Config, SourceConfig
from scraper.matching import JobMatching
from scraper.pipeline import SourceResult, scrape
from sources import registry
from sources.base import Adapter, ItemError, Page, RawListing, Request, validate_options
from storage.search import Filters
from storage.store import Store
from tests.loopback import LoopbackServer, Response, Route

FIXTURES = Path(__file__).parent / "fixtures"

GREENHOUSE_PATH = "/v1/boards/quantumkoala/jobs?content=true"
ASHBY_PATH = "/posting-api/job-board/KoalaCompute?includeCompensation=true"
FETCHED_AT = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


# -- adapters without the network -------------------------------------------------------


def make(name: str, **options: Any) -> Adapter:
    """An adapter instance with validated options, as the engine builds it."""
    cls = registry.get(name)
    return cls(f"test-{name}", validate_options("test", cls, {"adapter": name, **options}))


def page(request: Request, body: str | bytes | object, url: str | None = None) -> Page:
    """A 200 response to `request`; non-bytes/str bodies are JSON-encoded."""
    if isinstance(body, str):
        raw = body.encode()
    elif isinstance(body, bytes):
        raw = body
    else:
        raw = json.dumps(body).encode()
    return Page(request, url or request.url, 200, {}, raw, FETCHED_AT)


def page_for(adapter: Adapter, body: bytes, url: str | None = None, **meta: Any) -> Page:
    """A `Page` answering the adapter's first request (or `url`), with extra `meta`."""
    first = next(iter(adapter.requests()))
    return page(Request(url or first.url, meta={**dict(first.meta), **meta}), body)


def split(results: Any) -> tuple[list[RawListing], list[Request], list[ItemError]]:
    """Parse results sorted into listings, follow-up requests and item errors."""
    items = list(results)
    return (
        [r for r in items if isinstance(r, RawListing)],
        [r for r in items if isinstance(r, Request)],
        [r for r in items if isinstance(r, ItemError)],
    )


def expected_ids(case: str) -> list[str]:
    """The source ids a fixture case's expected file lists, in order."""
    data = json.loads((FIXTURES / f"{case}.expected.json").read_text())
    return [r["listing"]["source_id"] for r in data if "listing" in r]


# -- the real fetch path over loopback --------------------------------------------------


@dataclass
class Served:
    """A source scraped through the pipeline from a loopback server."""

    result: SourceResult
    jobs: list[dict[str, Any]]  # stored records, newest first
    asked: list[str]  # paths the server saw, robots.txt excluded
    base_url: str

    @property
    def ids(self) -> set[str]:
        """The stored source ids."""
        return {job["source_id"] for job in self.jobs}


def scrape_served(
    db: Path, adapter: str, routes: Mapping[str, Route | bytes | str], **options: Any
) -> Served:
    """Run one source of `adapter` through `scraper.pipeline.scrape` against `routes`."""
    served = {
        k: v if isinstance(v, Response) or callable(v) else Response(v) for k, v in routes.items()
    }
    with LoopbackServer(served) as server:
        table = {"adapter": adapter, "base_url": server.url, "delay": 0, **options}
        cls = registry.get(adapter)
        source = SourceConfig("served", adapter, validate_options("served", cls, table))
        store = Store(str(db), matching=JobMatching())
        try:
            (result,) = scrape(Config("test", (source,), fetch={"retries": 1}), store)
            jobs = list(store.search(Filters()))
        finally:
            store.close()
        asked = [path for path in server.requests if path != "/robots.txt"]
        return Served(result, jobs, asked, server.url)


def seen_times(store: Store, source: str | None = None) -> dict[str, tuple[datetime, datetime]]:
    """Each job's (first_seen, last_seen) as stored, by source id: records show whole
    seconds, so two runs within one second look alike there."""
    from sqlalchemy import select

    from storage.tables import JOB

    stmt = select(JOB.c.source_id, JOB.c.first_seen, JOB.c.last_seen)
    if source is not None:
        stmt = stmt.where(JOB.c.source == source)
    with store.engine.connect() as conn:
        return {sid: (first, last) for sid, first, last in conn.execute(stmt)}


# -- the `jobs` command as a process ----------------------------------------------------


def jobs(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m scraper ARGS` with no config or database from the environment."""
    full_env = {**os.environ, "JOBS_CONFIG": "", "JOBS_DB": "", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "scraper", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def lever_path(skip: int) -> str:
    return f"/v0/postings/mistralish?mode=json&skip={skip}&limit=100"


def lever_postings(count: int) -> list[dict[str, Any]]:
    """`count` Lever postings in the real format, ids and titles numbered."""
    return [
        {
            "id": f"00000000-0000-4000-8000-{i:012d}",
            "text": f"Machine Learning Engineer {i}",
            "categories": {"location": "Paris, France", "commitment": "Full-time"},
            "country": "FR",
            "workplaceType": "onsite" if i % 2 else "remote",
            "createdAt": 1761300000000 + i * 1000,
            "description": f"<p>Role number {i}.</p>",
            "lists": [],
            "hostedUrl": f"https://jobs.lever.co/mistralish/00000000-0000-4000-8000-{i:012d}",
        }
        for i in range(count)
    ]


def routes(lever_count: int = 150) -> dict[str, Response]:
    """Greenhouse (2 good jobs + 1 broken), Lever (paginated), Ashby (3 listed) responses."""
    postings = lever_postings(lever_count)
    served = {
        GREENHOUSE_PATH: Response((FIXTURES / "greenhouse" / "quantumkoala.json").read_bytes()),
        ASHBY_PATH: Response((FIXTURES / "ashby" / "koalacompute.json").read_bytes()),
    }
    for skip in range(0, lever_count + 1, 100):
        served[lever_path(skip)] = Response(json.dumps(postings[skip : skip + 100]))
    return served


def config_text(base_url: str, **overrides: str) -> str:
    """A config pointing one source of each adapter at `base_url`, without politeness delays."""
    gh = overrides.get("greenhouse_url", base_url)
    return f"""
[fetch]
retries = 1

[sources.koala-gh]
adapter = "greenhouse"
boards = ["quantumkoala"]
base_url = "{gh}"
delay = 0

[sources.mistralish]
adapter = "lever"
boards = ["mistralish"]
company = "Mistralish AI"
base_url = "{base_url}"
delay = 0

[sources.koala-ashby]
adapter = "ashby"
boards = ["KoalaCompute"]
company = "Koala Compute"
base_url = "{base_url}"
delay = 0
"""


def board_in_url(patterns: tuple[str, ...], url: str) -> str | None:
    """The `board` an adapter's BOARD_URL_PATTERNS find in `url`, as `jobs discover` reads them."""
    for pattern in patterns:
        match = re.search(pattern, url, re.IGNORECASE)
        if match:
            return match["board"]
    return None
