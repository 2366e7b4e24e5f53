"""The pipeline: for each source, requests -> fetch -> parse -> normalise -> batched upsert.

Sources run concurrently (the fetch engine keeps each host polite); one failing source
never stops the others, and whatever a source yielded before failing is kept.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from scraper.config import Config, SourceConfig
from scraper.errors import FetchError, JobsError, ParseError, StorageError
from scraper.fetch import Fetcher, FetchSettings, redact
from scraper.models import Posting
from scraper.normalize import normalize
from sources import registry
from sources.base import ItemError, RawListing, Request
from storage.store import Store

BATCH_SIZE = 500
# A runaway paginator (a site that always says "next") must end somewhere.
MAX_REQUESTS_PER_SOURCE = 2_000


@dataclass(slots=True)
class SourceResult:
    """What one source did in one run."""

    source: str
    adapter: str
    status: str = "ok"  # ok | partial | failed
    requests: int = 0
    listings: int = 0
    new: int = 0
    updated: int = 0
    errors: int = 0
    seconds: float = 0.0
    first_error: str | None = None

    def error(self, message: str) -> None:
        """Count an error, keeping the first message."""
        self.errors += 1
        if self.first_error is None:
            self.first_error = message

    @property
    def failed(self) -> bool:
        """Whether the source did not complete cleanly."""
        return self.status != "ok"


def select_sources(config: Config, names: Sequence[str]) -> list[SourceConfig]:
    """The named sources (even if disabled), or every enabled source when none is named."""
    if names:
        return [config.source(name) for name in dict.fromkeys(names)]
    return [s for s in config.sources if s.enabled]


def fetch_settings(config: Config) -> FetchSettings:
    """Fetch settings from the config's [fetch] table and user_agent."""
    f = config.fetch
    base = FetchSettings()
    return FetchSettings(
        concurrency=int(f.get("concurrency", base.concurrency)),
        per_host=int(f.get("per_host", base.per_host)),
        timeout=float(f.get("timeout", base.timeout)),
        deadline=float(f.get("deadline", base.deadline)),
        retries=int(f.get("retries", base.retries)),
        max_bytes=int(f.get("max_bytes", base.max_bytes)),
        user_agent=config.user_agent or base.user_agent,
    )


class _Batcher:
    """Collects postings and writes them in batches, adding the counts to a result."""

    def __init__(self, store: Store, result: SourceResult, seen_at: datetime):
        self.store, self.result, self.seen_at = store, result, seen_at
        self.pending: list[Posting] = []

    def add(self, posting: Posting) -> None:
        self.pending.append(posting)
        if len(self.pending) >= BATCH_SIZE:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            done = self.store.upsert(self.pending, self.seen_at)
            self.result.new += done.new
            self.result.updated += done.updated
            self.pending = []


async def _run_source(
    src: SourceConfig, fetcher: Fetcher, store: Store, seen_at: datetime
) -> SourceResult:
    result = SourceResult(src.id, src.adapter)
    started = time.monotonic()
    pages_ok = pages_failed = 0
    batcher = _Batcher(store, result, seen_at)
    try:
        cls = registry.get(src.adapter)
        adapter = cls(src.id, src.options)
        delay = float(src.options.get("delay", cls.min_delay))
        queue: deque[Request] = deque(adapter.requests())
        seen: set[str] = set()
        while queue:
            request = queue.popleft()
            if request.url in seen:
                continue
            if len(seen) >= MAX_REQUESTS_PER_SOURCE:
                result.error(f"stopped after {MAX_REQUESTS_PER_SOURCE} requests")
                pages_failed += 1
                break
            seen.add(request.url)
            try:
                page = await fetcher.fetch(request, delay=delay)
            except FetchError as exc:
                pages_failed += 1
                result.error(str(exc))
                continue
            finally:
                result.requests += 1
            try:
                for item in adapter.parse(page):
                    if isinstance(item, RawListing):
                        result.listings += 1
                        batcher.add(normalize(item, src.id, seen_at))
                    elif isinstance(item, Request):
                        queue.append(item)
                    elif isinstance(item, ItemError):
                        result.error(item.message)
                pages_ok += 1
            except (ParseError, json.JSONDecodeError, UnicodeDecodeError, ValueError) as exc:
                pages_failed += 1
                result.error(f"{src.adapter}: cannot parse {redact(page.url)}: {exc}")
        batcher.flush()
    except StorageError:
        raise  # the database is unusable: nothing else can be stored either
    except JobsError as exc:
        pages_failed += 1
        result.error(str(exc))
    except Exception as exc:  # an adapter bug must not take the other sources down
        pages_failed += 1
        result.error(f"internal error in {src.adapter} adapter: {type(exc).__name__}: {exc}")
        batcher.flush()
    if pages_failed:
        result.status = "partial" if pages_ok else "failed"
    result.seconds = time.monotonic() - started
    return result


async def scrape_async(
    config: Config,
    store: Store,
    names: Sequence[str] = (),
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    on_done: Callable[[SourceResult], None] | None = None,
) -> list[SourceResult]:
    """Run the selected sources once, concurrently; results in config order."""
    sources = select_sources(config, names)
    seen_at = datetime.now(UTC)
    async with Fetcher(fetch_settings(config), transport=transport) as fetcher:

        async def run(src: SourceConfig) -> SourceResult:
            res = await _run_source(src, fetcher, store, seen_at)
            if on_done is not None:
                on_done(res)
            return res

        return list(await asyncio.gather(*(run(src) for src in sources)))


def scrape(
    config: Config,
    store: Store,
    names: Sequence[str] = (),
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    on_done: Callable[[SourceResult], None] | None = None,
) -> list[SourceResult]:
    """Synchronous wrapper of `scrape_async`."""
    return asyncio.run(scrape_async(config, store, names, transport=transport, on_done=on_done))
