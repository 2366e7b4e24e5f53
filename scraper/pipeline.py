"""The pipeline: for each source, requests -> fetch -> parse -> normalise -> batched upsert.

Sources run concurrently (the fetch engine keeps each host polite); one failing source
never stops the others, and whatever a source yielded before failing is kept. Every run
and every source attempt is written to the ledger.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import importlib.metadata
import os
import signal
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import httpx

from scraper.classify import load_taxonomy
from scraper.config import FETCH_KEYS, Config, SourceConfig
from scraper.errors import (
    BlockedError,
    FetchError,
    InterruptedRunError,
    JobsError,
    ParseError,
    RateLimitedError,
    StorageError,
)
from scraper.fetch import Budget, Fetcher, FetchSettings
from scraper.models import Posting
from scraper.normalize import listing_id
from scraper.prepare import Prepared, Preparer, raw_digest
from scraper.redact import redact, redact_text, strip_credentials
from sources import registry
from sources.base import Adapter, ItemError, Page, RawListing, Request
from storage.boards import BoardHealth, discover_hint
from storage.leases import Leases
from storage.ledger import CacheEntry
from storage.store import Store

BATCH_SIZE = 500
# Batches of one page handed to the workers at once: a big page's later listings are parsed
# while its earlier ones are normalised; other sources fetch and write meanwhile.
MAX_IN_FLIGHT = 4
# Pages fetched or being fetched and not yet handed out, over all sources: with 210 sources
# each holding a parsed page (~3 MB) while waiting for the workers, a million-posting run
# took 550 MB. A run allows as many as the fetcher's global concurrency (at least this),
# so fetching is not slowed.
MAX_OPEN_PAGES = 16
# Parsed postings held back (for batching) over all sources at once: a page that ends
# above this writes its source's part-batch, so hundreds of concurrent sources still stream.
MAX_PENDING = 2_000
# A source that had listings and now has none, or fewer than this share, is suspect.
SUSPECT_RATIO = 0.5
# Listings of windowed feeds (not `complete`) close after going unseen this long.
STALE = timedelta(days=30)

# Part of every raw-listing digest: bump it when normalise or classify change their output,
# so unchanged listings are read again once (a new jobs version does the same).
# 4: second round of issue-17 role and level classes (the built-in taxonomy is no file
# the salt reads, so its changes count here too).
# 5: this session's issue-17 work: the trained role model arbitrates the weaker title
# rules (a retrained model changes the salt by itself: `raw_hash_salt` hashes its
# file), role and level classes of the blind market corpora, salary classes of the
# second salary corpus (yuan K figures are monthly, 万 compounds, open ends after the
# figure, lost range dashes, lakh years, more period words) and place classes.
# 6: the second session of 2026-12-03: role and level classes of the labelling guide and
# of market_d/e/f (the built-in taxonomy changed), place classes of the seventh market
# batch (Japanese and Korean listings province first, Swedish counties and municipalities,
# Mexican state abbreviations, Korean city names without "-si"), salary classes of rounds
# 7 and 8 (entity-encoded pay blocks, billions, benefit ranges, pay rising after
# probation, "/hr+", "$" figures too small for the Colombian or Chilean peso, Chinese
# currency words, links' digits, 年 only in pay words), 9 (a schedule such as "3
# days/week" is no pay period), 10 (a year-sized stated month or a band about 10x wide is
# no salary; Nordic period words; floors said earlier in the sentence) and 11 (a grade
# before money is no band's bottom), and place classes of the eighth batch (Mexican
# state-first lists, Nordic and Argentine small towns, remote words of other languages).
# 7: the third session of 2026-12-03: role and level classes of the labelling guide and
# of market_i/j (programme managers of a function, development that is not software,
# the first of two joined subjects, bankers and loan officers, fields of medicine,
# Korean compounds, experts of technical work, compound managers, apprenticeships),
# salary classes of round 12 (dotted periods, Php, signs written onto a figure, grade
# labels, lakh-grouped CTC, Indonesian and Malay words) and place classes of the ninth
# and tenth batches (Swiss cantons in each language, bilingual towns, home-office mixes,
# Irish lists).
# 8: the fourth session of 2026-12-03: LinkedIn's "with verification" badge text leaves
# display titles; role classes of market_k/l (AI experts and consultants, analytics
# developers, site reliability, data platforms, model trainers, QA outside software,
# "Software" alone, fields named first); salary classes of round 13 (万 with grouped
# thousands, one 만/万 for a range, Vietnamese open ends, week and day words, 19 more
# currency signs, Hebrew/Arabic/Turkish periods) and 14 (Romanian and Serbo-Croatian
# periods, lakh figures of Pakistan, Bangladesh, Nepal and Sri Lanka, bare figures before
# years or areas, broken digit groups, dinars); place classes of the eleventh and twelfth
# batches (state-first Workday lists, numbered districts, run-together Chinese addresses,
# misspelt countries, towns and states without a comma, USAJOBS shapes, military sites,
# German small towns, a state and its own code); 9: salary round 15 (Finnish and Thai
# periods and open ends, "lpa" only as a word, garbled dashes, words run together where
# markup was stripped, fees and allowances that are no pay) and place batch 13 (a country
# or state code before the town, letters an encoding lost, a town before its site's
# words, Norway's postal towns), salary round 16 (floors after a figure, Portuguese ranges,
# Brazilian vouchers and aids) and place batch 14 (Swiss postcodes and streets, Turkish
# districts, Hong Kong neighbourhoods, liepin's city-district form); 10 (released with the
# sixth session): salary round 17
# (stipends named with their pay period, Dutch and Italian day and month words, "tot"
# ceilings, bi-weekly bands with no period, small bare ranges that are no pay) and round 18
# (hyphenated "per-hour" periods, Spanish "diario", "menor a", "máximo", "sobre" and
# "mayor a" open ends, "viático" allowances, durations like "24-week", months under 10
# USD, a top of nines that is no top), place batches 15 and 15b (Indeed France's region
# codes, region names with spaces for hyphens, "St.-" towns, lists cut short with "+3",
# "nan" is no place) and small towns named alone in France, Poland, Colombia and Great
# Britain (and common words that are no town, "Driver" no longer Australia); 11 (seventh
# session): salary rounds 19 (Vietnamese periods and "tr", benefits and bonuses beside a
# range, Japanese 時間給 and 億, "$18hr", hours worth 500 USD or more are no pay) and 20 (a
# range named as pay beats an earlier budget or commission range, money "of" a thing,
# Cayman dollars) and 21 ("(m/w/d)" is no week or day, working hours no pay period,
# Spanish "la hora", "x 14 pagas" monthly, German "über"/"mehr als" floors), place
# batch 17 (US state codes before their town, country-first "town, state", hyphen- and
# dot-joined site codes, Czech/Slovak house numbers and postcodes, n/a and hiring words),
# batch 18 (Georgia the state among states, slash paths, "Ft."/"Mt.", a team word after
# a town) and workplaces (working at home is remote, occasional home office hybrid); 12
# (eighth session): salary round 22 (pay per item made, money "toward" a thing or earned
# in commission is no pay, "salary/hourly" names no period, "minimum ... maximum salary"
# sentences, a range cut after its sign is a floor, Polish "/miesiąc", day rates of 2,500
# USD or more) and place batch 19 ("Full-time" is no place, Canadian province and
# postcode, "Town, X County" in the US, "quarter, city" decided by the city, accented
# names, GeoNames' "X Town"); 13-16 (ninth and tenth sessions): salary rounds 23-24 and
# place batches 20-21; 17 (eleventh session): salary round 25 (German floors such as
# "mind." and an offer of more pay, far-off period nouns, hours a week no pay, vouchers)
# and 26 (Korean bracketed periods, glued day rates, project values no pay) and place
# batches 22 (Workday region paths, "<state code> - <town>", semicolon fields), 23
# (Chile's regions and Santiago's communes, a scraper's "null" part) and 24 (German towns
# by a short name, spa towns without "Bad", merged towns' halves, regions alone); 18
# (twelfth session): salary round 28 (the colón sign and "mil" thousands, incentives as
# bonuses, double-escaped Markdown, start-up packages no pay, "B2B" no figure, Polish
# monthly "k") and place batch 25 (Buenos Aires' and Mexico City's one-city subdivisions,
# Metro Manila's business districts, floor-and-building addresses, addresses without
# commas before a big city); the role model's file changes the salt by itself; 19
# (twelfth session): level classes of every corpus's train/dev misses (Russian
# "Ведущий", support tiers L1-L3, "Senior Staff" after the job noun, "Abteilungsleiter",
# regions named "mid", SMTS, Korean and Japanese experienced hires, Vietnamese years
# asked, Nordic heads, "PhD <topic>", front-line heads, French business managers) and
# place batch 26 (Thai districts, provinces and transit stations, a workplace word glued
# to Thai text, Czech and Slovak "okres", "Hlavní město Praha"); 20 (thirteenth session):
# level classes of every corpus's train/dev misses (no-experience words, deans, students
# served, chefs de partie, Romance managers of projects, graded managers and leads, rank
# lists, Indonesian unit heads, Korean "경력", second titles, Romanian years, sales leads,
# reference codes, Brazilian "PL"); 21 (fourteenth session): salary rounds 31-33
# (Romanian periods and open ends, "k" months of Hong Kong and Singapore, Korean day pay,
# allowances included), place batch 29 (SmartRecruiters' lower-case country codes, Saramin's
# cells of several places), level classes (graduating years, care services, grades with
# sub-grades) and market_as's role classes; 22 (fifteenth session): salary round 34 (Arabic
# currency words, ranges, periods and open ends), place batch 30 (a town's own "Great",
# Workday campus sites), level classes (counted numbers, ranks after "to"/"for", Nordic
# foremen, executive chefs), market_aw's, market_au's, market_av's and the
# leave-corpora-out role classes, the salary sweep (whole period words, Iberian working
# time, reach counts, "mínimo" floors) and the places sweep (Peru's REGION - DISTRICT,
# the Arabic comma and street words, Ulster); 23 (sixteenth session): level classes of the
# languages other than English, the smaller EU languages' job nouns, roles16's trade words,
# goods, clerks and guards, the classes of market_az, market_ax, market_ay, market_ba and
# market_bb, salary round 35 (Greek pay words, staff counts, Nordic allowances and
# periods), place batch 31 (Hungarian counties and addresses, Slovak districts, bracketed
# postcodes) and three-letter codes in ASCII only; 24 (seventeenth session): levels17
# (general managers lead; commis, business managers, programme leads no level;
# residencies junior), roles17's physical-engineering subjects and ethical hackers, the
# classes of market_be, market_bf and market_bg, the years a description asks read in
# their own sentence, salary round 36 (Estonian and Turkish pay words, "M" tops, cut
# bottoms), place batch 32 (Workday's country-state-town shapes), countries whose name
# joins two ("Trinidad and Tobago"), location fields bounded at 3,000 characters.
RAW_HASH_VERSION = 24  # 2: issue 17-18 rules; 3: role classes of 2026-12-03, pickled digest

# Statuses that make `jobs scrape` exit 2 (and count as failures in `jobs sources`): a
# source still deferred by an earlier Retry-After did not run, so it counts too.
FAILED_STATUSES = frozenset(
    {"partial", "failed", "rate_limited", "blocked", "not_found", "suspect", "deferred"}
)


@dataclass(slots=True)
class SourceResult:
    """What one source did in one run."""

    source: str
    adapter: str
    # ok | partial | failed | rate_limited | blocked | not_found | suspect | deferred | skipped
    # | interrupted
    status: str = "ok"
    requests: int = 0
    not_modified: int = 0
    listings: int = 0
    new: int = 0  # new listings
    updated: int = 0
    errors: int = 0
    seconds: float = 0.0
    new_jobs: int = 0  # new openings (a new listing may be one more copy of a known job)
    closed: int = 0  # listings no longer listed, closed after this run
    first_error: str | None = None
    deferred_until: datetime | None = None
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    # One line each about its boards' health: skipped as gone, newly gone, revived.
    notes: list[str] = field(default_factory=list)

    def error(self, message: str) -> None:
        """Count an error, keeping the first message (URLs in it redacted)."""
        self.errors += 1
        if self.first_error is None:
            self.first_error = redact_text(message)[:1000]

    @property
    def failed(self) -> bool:
        """Whether the source did not complete cleanly (exit code 2)."""
        return self.status in FAILED_STATUSES

    def ledger_values(self) -> dict[str, object]:
        """The row of this attempt in the source_run table."""
        return {
            "source": self.source,
            "adapter": self.adapter,
            "started_at": self.started_at,
            "finished_at": datetime.now(UTC),
            "status": self.status,
            "requests": self.requests,
            "not_modified": self.not_modified,
            "listings": self.listings,
            "new": self.new,
            "updated": self.updated,
            "errors": self.errors,
            "first_error": self.first_error,
            "deferred_until": self.deferred_until,
        }


def raw_hash_salt(config: Config) -> str:
    """What besides a raw listing decides its posting: jobs version, taxonomy, role model."""
    try:
        version = importlib.metadata.version("jobs")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    taxonomy = "builtin"
    if config.taxonomy:
        try:
            data = Path(config.taxonomy).read_bytes()
        except OSError:
            data = str(config.taxonomy).encode()  # load_taxonomy reports the problem
        taxonomy = hashlib.blake2b(data, digest_size=12).hexdigest()
    model = hashlib.blake2b(
        resources.files("scraper").joinpath("data", "role_model.json").read_bytes(), digest_size=8
    ).hexdigest()
    return f"{RAW_HASH_VERSION}/{version}/{taxonomy}/{model}"


def select_sources(config: Config, names: Sequence[str]) -> list[SourceConfig]:
    """The named sources (even if disabled), or every enabled source when none is named."""
    if names:
        return [config.source(name) for name in dict.fromkeys(names)]
    return [s for s in config.sources if s.enabled]


def fetch_settings(config: Config) -> FetchSettings:
    """Fetch settings from the config's [fetch] table and user_agent."""
    given = {
        key: kind(config.fetch[key]) for key, (kind, _) in FETCH_KEYS.items() if key in config.fetch
    }
    if config.user_agent:
        given["user_agent"] = config.user_agent
    return FetchSettings(**given)


def follow_up_record(request: Request) -> dict[str, object]:
    """A follow-up request as a page's cache entry keeps it (a 304 replays it whole)."""
    record: dict[str, object] = {"url": request.url, "method": request.method}
    record["meta"] = dict(request.meta)
    if request.body is not None:
        # A POST-paged API's next page differs only in its body: without it the replay
        # would ask for page 1 again.
        record["body"] = base64.b64encode(request.body).decode("ascii")
        record["headers"] = dict(request.headers)
    if request.idempotent is not None:
        record["idempotent"] = request.idempotent
    return record


def follow_up_request(record: dict[str, Any]) -> Request:
    """The request a cache entry's follow-up record describes."""
    body = record.get("body")
    return Request(
        str(record["url"]),
        str(record.get("method", "GET")),
        dict(record.get("headers") or {}),
        dict(record.get("meta") or {}),
        base64.b64decode(body) if isinstance(body, str) else None,
        record.get("idempotent"),
    )


@dataclass(slots=True)
class Backlog:
    """What the sources of a run hold in memory at once: postings parsed but not yet
    written (`total`), and pages open (`pages`: fetched, not yet handed out)."""

    total: int = 0
    pages: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(MAX_OPEN_PAGES))


class _Fetching:
    """A source's request queue with its limits: the next request to fetch, and the fetch."""

    def __init__(
        self,
        run: _SourceRun,
        queue: deque[Request],
        seen: set[str],
        budget: Budget,
        delay: float,
        robots: bool,
    ):
        self.run, self.queue, self.seen, self.budget = run, queue, seen, budget
        self.delay, self.robots = delay, robots
        self.limit = run.fetcher.settings.board_requests

    def next_request(self) -> Request | None:
        """The next request not yet made; None when none is left or the time is up.

        A board (one of the source's first requests, with every page and detail it led
        to) that reaches its request limit stops alone: a runaway paginator on one board
        must end, and must not cost the other boards their turn.
        """
        run = self.run
        while self.queue:
            request = self.queue.popleft()
            if request.key in self.seen:
                continue
            if self.budget.exhausted():
                run.fail(JobsError("stopped early: time budget of the source reached"))
                self.queue.clear()
                return None
            board = run.roots.get(request.key, 0)
            made = run.board_made.get(board, 0)
            if made >= self.limit:
                if board not in run.board_stopped:
                    run.board_stopped.add(board)
                    run.fail(
                        JobsError(
                            f"stopped early: request limit of board {run.board_label(board)} "
                            f"reached ({self.limit} requests)"
                        )
                    )
                continue
            run.board_made[board] = made + 1
            self.seen.add(request.key)
            return request
        return None

    async def get(self, request: Request) -> tuple[CacheEntry | None, Page | None]:
        """The cache entry of `request` and its page (conditional on that entry), or None
        for the page when the fetch failed."""
        key = request.key
        cached = self.run.store.ledger.cache_lookup([key]).get(key)
        page = await self.run._fetch(request, cached, self.delay, self.budget, self.robots)
        return cached, page


class _Ramp:
    """How many sources this worker may run at once: few at first, `limit` soon after.

    A worker that could start `limit` (16) sources at once claimed them all in its first
    millisecond, so of three workers started together on 30 sources one did 16, one 14
    and the third nothing. Here a worker starts with two sources; each source whose
    first answer is in lets three more start, and each second of the run two more,
    whatever answers (a source that hangs must not hold the others back). Workers
    started together so claim at the pace their sources answer, and share the work (10,
    10 and 10 of 30); one worker alone reaches 16 after two round trips.
    """

    def __init__(self, limit: int):
        self.limit = max(1, limit)
        self.active = 0
        self.answered = 0
        self.begun = time.monotonic()
        self._changed = asyncio.Event()

    def allowed(self) -> int:
        """Sources this worker may run now."""
        by_time = 2 * int(time.monotonic() - self.begun)
        return min(self.limit, 2 + 3 * self.answered + by_time)

    async def acquire(self) -> None:
        """Wait for room for one more source, then take it."""
        while self.active >= self.allowed():
            self._changed.clear()
            with contextlib.suppress(TimeoutError):  # time passed: allowed() may have grown
                await asyncio.wait_for(self._changed.wait(), timeout=0.25)
        self.active += 1

    def started(self) -> None:
        """A source's first answer is in."""
        self.answered += 1
        self._changed.set()

    def release(self) -> None:
        """A source is done (or was not run: deferred, held by another worker)."""
        self.active -= 1
        self._changed.set()


class _SourceRun:
    """The state of one source's attempt: queue, batch, cache entries, counters."""

    def __init__(
        self,
        src: SourceConfig,
        fetcher: Fetcher,
        store: Store,
        seen_at: datetime,
        preparer: Preparer,
        salt: str = "",
        backlog: Backlog | None = None,
        recheck_gone: bool = False,
        on_started: Callable[[], None] | None = None,
    ):
        self.src, self.fetcher, self.store, self.seen_at = src, fetcher, store, seen_at
        self.recheck_gone = recheck_gone
        # Called once, when the source's first answer is in (see _Ramp).
        self.on_started = on_started
        self.adapter: Adapter | None = None
        # Per board (index of its first request): "not found" message, or None if it
        # answered; boards skipped because they are gone.
        self.answers: dict[int, str | None] = {}
        self.gone_skipped: list[int] = []
        self.known_missing = False  # whether any board of the source had a health row
        self.preparer = preparer
        self.result = SourceResult(src.id, src.adapter)
        self.salt = salt
        self.backlog = backlog if backlog is not None else Backlog()
        self.pending: list[Posting] = []
        # Batches being prepared, oldest first.
        self.in_flight: deque[asyncio.Future[list[Prepared]]] = deque()
        self.raw_hashes: dict[tuple[str, str], str] = {}
        self.content_hashes: dict[tuple[str, str], str] = {}
        self.unchanged: list[str] = []
        self.cache_entries: list[CacheEntry] = []
        self.cache_broken: list[str] = []
        self.pages_ok = 0
        self.adapter_cls: type[Adapter] | None = None
        self.failures: list[FetchError | JobsError] = []
        self.item_errors = 0  # listings a page had but that could not be read
        # Which board (index of the first request it descends from) each request serves,
        # by request key; requests made per board; boards stopped at their request limit.
        self.roots: dict[str, int] = {}
        self.firsts: list[Request] = []
        self.first_keys: dict[str, int] = {}
        self.board_made: dict[int, int] = {}
        self.board_stopped: set[int] = set()

    def board_id(self, board: int) -> str:
        """A board as board health keys it: its `board` meta, else its URL (no secrets)."""
        first = self.firsts[board]
        name = first.meta.get("board")
        return str(name) if name else strip_credentials(first.url)

    def board_label(self, board: int) -> str:
        """A board as named in messages: its `board` meta, else its first URL (redacted)."""
        first = self.firsts[board] if board < len(self.firsts) else None
        if first is None:
            return "?"
        name = first.meta.get("board")
        return str(name) if name else redact(first.url)

    def adopt(self, parent_key: str, child: Request) -> None:
        """A follow-up request serves the board of the page that asked for it."""
        self.roots.setdefault(child.key, self.roots.get(parent_key, 0))

    def add(self, posting: Posting, raw_hash: str, content_hash: str | None = None) -> None:
        self.pending.append(posting)
        self.backlog.total += 1
        key = (posting.source, posting.source_id)
        self.raw_hashes[key] = raw_hash
        if content_hash is not None:
            self.content_hashes[key] = content_hash
        if len(self.pending) >= BATCH_SIZE:
            self.flush()

    def keep(self, source_id: str) -> None:
        """A listing whose raw content is as stored: only its `last_seen` moves."""
        self.unchanged.append(source_id)
        if len(self.unchanged) >= BATCH_SIZE:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            done = self.store.upsert(
                self.pending, self.seen_at, self.raw_hashes, self.content_hashes
            )
            self.result.new += done.new
            self.result.new_jobs += done.new_jobs
            self.result.updated += done.updated
            self.backlog.total -= len(self.pending)
            self.pending = []
            self.raw_hashes = {}
            self.content_hashes = {}
        if self.unchanged:
            self.store.touch(self.src.id, self.unchanged, self.seen_at)
            self.unchanged = []

    def fail(self, exc: FetchError | JobsError, message: str | None = None) -> None:
        self.failures.append(exc)
        self.result.error(message or str(exc))

    async def run(self) -> SourceResult:
        src, result = self.src, self.result
        started = time.monotonic()
        try:
            cls = self.adapter_cls = registry.get(src.adapter)
            adapter = self.adapter = cls(src.id, src.options)
            delay = float(src.options.get("delay", cls.min_delay))
            robots = bool(src.options.get("respect_robots", True))
            self.firsts = list(adapter.requests())
            for index, first in enumerate(self.firsts):
                self.roots.setdefault(first.key, index)
                self.first_keys.setdefault(first.key, index)
            budget = Budget.for_source(self.fetcher.settings, max(1, len(self.firsts)))
            queue: deque[Request] = deque(self._live_boards())
            seen: set[str] = set()
            fetch = _Fetching(self, queue, seen, budget, delay, robots)
            while (request := fetch.next_request()) is not None:
                await self._pages(adapter, request, fetch)
            self.flush()
        except asyncio.CancelledError:
            # Shutdown: what was prepared is written (one transaction), then the run ends;
            # batches still in workers are dropped (nothing stored is lost, nothing closed).
            self._abandon()
            self.flush()
            raise
        except StorageError as exc:
            # The database refused one of this source's batches: the source fails, the
            # others go on. A database that is unusable fails the ledger writes below too.
            self._refused(exc)
        except JobsError as exc:
            self.fail(exc)
            await self._wind_down()
        except Exception as exc:  # an adapter bug must not take the other sources down
            self.fail(JobsError(f"internal error in {src.adapter} adapter: {exc!r}"))
            # The bug may have hit a batch of a page already cached as read: read every
            # page again next time rather than trust a cache entry whose listings are lost.
            self.cache_entries.clear()
            await self._wind_down()
        self.store.ledger.cache_save(self.cache_entries, self.seen_at)
        self.store.ledger.cache_forget(self.cache_broken)
        self._record_health()
        result.status = self._status()
        if result.status == "ok":
            # Only a complete, healthy run may close anything (never failed or suspect ones).
            # A gone board's listings close with it: it said "not found" run after run.
            complete = self.adapter_cls is not None and self.adapter_cls.complete
            result.closed = self.store.close_missing(
                src.id, self.seen_at if complete else self.seen_at - STALE
            )
        if self.gone_skipped:
            # Gone boards are never a success: the source says so until its config moves on.
            everything = len(self.gone_skipped) == len(self.firsts)
            result.status = "not_found" if everything else _worse(result.status, "partial")
        result.seconds = time.monotonic() - started
        return result

    def _live_boards(self) -> list[Request]:
        """The first requests of boards that are not gone (or are due for a re-check)."""
        states = BoardHealth(self.store.engine).states([self.src.id])[self.src.id]
        self.known_missing = bool(states)
        if not states:
            return list(self.firsts)
        recheck = timedelta(days=self.fetcher.settings.gone_recheck_days)
        live: list[Request] = []
        for index, first in enumerate(self.firsts):
            state = states.get(self.board_id(index))
            since = state.gone_since if state is not None else None
            checked = state.last_checked if state is not None else None
            due = checked is None or self.seen_at - checked >= recheck
            if since is None or self.recheck_gone or due:
                live.append(first)
                continue
            self.gone_skipped.append(index)
            note = (
                f"board {self.board_id(index)} gone since {since:%Y-%m-%d} (not found on "
                f"{state.misses if state else 0} runs): skipped; find where it moved with "
                f"`jobs discover {discover_hint(self.board_id(index))}`, or re-check it "
                "with `jobs scrape --recheck-gone`"
            )
            self.result.notes.append(note)
            self.result.error(note)
        return live

    def _record_health(self) -> None:
        """Write this run's board answers; note boards newly gone, still gone, revived."""
        if not self.answers:
            return
        if not self.known_missing and all(error is None for error in self.answers.values()):
            return  # every board answered and none was missing before: nothing to write
        answers = {self.board_id(i): error for i, error in self.answers.items()}
        settings = self.fetcher.settings
        change = BoardHealth(self.store.engine).record(
            self.src.id, answers, self.seen_at, settings.gone_after
        )
        for state in change.gone:
            self.result.notes.append(
                f"board {state.board} not found on {state.misses} consecutive runs: marked "
                f"gone; later runs skip it (re-checked every {settings.gone_recheck_days:g} "
                f"days); find where it moved with `jobs discover {discover_hint(state.board)}`"
            )
        for state in change.still_gone:
            self.result.notes.append(
                f"board {state.board} re-checked: still gone ({state.misses} runs not found)"
            )
        for board in change.revived:
            self.result.notes.append(f"board {board} answers again: revived")

    async def _pages(self, adapter: object, request: Request, fetch: _Fetching) -> None:
        """Fetch pages and hand out their listings, holding one of the run's page slots.

        A page is held (body, parsed items) from its fetch until its listings are handed
        out; sources waiting for busy workers or a free slot must not each hold one, so
        it lives only in this call (a local of the source's loop outlived the slot: at
        210 sources that was 210 bodies, 80 MB). While a page's batches are being
        prepared, the next page is fetched in the same slot, so a paginated source does
        not wait for the workers and the network in turn, and parsed before the last of
        them come back, so the workers do not wait for the parsing either.
        """
        queue = fetch.queue
        async with self.backlog.pages:
            # The fetch to read next: this request's, or the page fetched ahead.
            pending: Awaitable[tuple[CacheEntry | None, Page | None]] | None = fetch.get(request)
            try:
                while pending is not None:
                    cached, page = await pending
                    pending = None
                    if self.on_started is not None:
                        self.on_started()
                        self.on_started = None
                    if page is None:
                        continue
                    if page.status == 304 and cached is not None:
                        self._not_modified(cached, queue)
                        continue
                    await self._parse(adapter, page, queue)
                    del page
                    if self.in_flight and (ahead := fetch.next_request()) is not None:
                        # Batches out: fetch the next page meanwhile (one ahead at most).
                        pending = asyncio.ensure_future(fetch.get(ahead))
                    # With a next page in this slot, it is parsed while this page's last
                    # batches are still being prepared (at most MAX_IN_FLIGHT in all): the
                    # workers are not left idle while the main process parses a page (a
                    # 5,000-job board takes ~0.3 s), 2.6k -> 3.1k postings/s for the
                    # big-employer shape of bench/ingest.
                    await self._collect(0 if pending is None else MAX_IN_FLIGHT - 1)
                # Its batches come back before the page slot is given up: a source waiting
                # for a slot must not hold prepared postings meanwhile.
                await self._collect(0)
            finally:
                if isinstance(pending, asyncio.Future):
                    pending.cancel()  # the source stopped: the page fetched ahead is not read
                    if pending.done() and not pending.cancelled():
                        pending.exception()  # retrieved: asyncio must not log it as lost

    async def _fetch(
        self,
        request: Request,
        cached: CacheEntry | None,
        delay: float,
        budget: Budget,
        robots: bool,
    ) -> Page | None:
        headers = dict(request.headers)
        if cached is not None and request.method.upper() == "GET":
            if cached.etag:
                headers["If-None-Match"] = cached.etag
            if cached.last_modified:
                headers["If-Modified-Since"] = cached.last_modified
        conditional = Request(
            request.url, request.method, headers, request.meta, request.body, request.idempotent
        )
        before = budget.requests
        per_host = self.adapter_cls.max_per_host if self.adapter_cls is not None else None
        try:
            page = await self.fetcher.fetch(
                conditional, delay=delay, budget=budget, robots=robots, per_host=per_host
            )
        except RateLimitedError as exc:
            wait = exc.retry_after or 0.0
            self.result.deferred_until = datetime.now(UTC) + timedelta(seconds=wait)
            self.fail(exc)
            return None
        except FetchError as exc:
            self._answered(request, exc)
            self.fail(exc)
            return None
        finally:
            self.result.requests += budget.requests - before
        # The page belongs to the original request (its meta), not the conditional copy.
        page = Page(request, page.url, page.status, page.headers, page.body, page.fetched_at)
        if self._answered(request, None, page):
            return page
        missing = BlockedError(
            f"not found: {redact(page.url)} answered {page.status} with a body that says the "
            "board does not exist",
            url=page.url,
            status=404,
        )
        self.fail(missing)
        return None

    def _answered(self, request: Request, exc: FetchError | None, page: Page | None = None) -> bool:
        """Note how a board's first request was answered; False when a 200 says "not found"."""
        index = self.first_keys.get(request.key)
        if index is None:
            return True  # a page or detail: only a board's first answer says if it exists
        if exc is not None:
            gone = isinstance(exc, BlockedError) and exc.status in (404, 410)
            if gone:
                self.answers[index] = str(exc)
            return True
        if (
            page is not None
            and page.status == 200
            and self.adapter is not None
            and self.adapter.board_missing(page)
        ):
            self.answers[index] = "answered with an empty or 'not found' body"
            return False
        self.answers[index] = None
        return True

    def _not_modified(self, cached: CacheEntry, queue: deque[Request]) -> None:
        """A 304: the page is as last time, so are its listings; no re-parse needed."""
        self.result.not_modified += 1
        self.result.listings += len(cached.listing_ids)
        self.store.touch(self.src.id, cached.listing_ids, self.seen_at)
        for follow in cached.follow_ups:
            request = follow_up_request(follow)
            self.adopt(cached.url, request)
            queue.append(request)
        self.cache_entries.append(cached)
        self.pages_ok += 1

    async def _ingest(self, items: list[RawListing], ids: list[str]) -> None:
        """Hand the listings that changed to be normalised and classified; touch the others."""
        if not items:
            return
        source_ids = [listing_id(item) for item in items]
        known = self.store.known_raw(self.src.id, source_ids)
        changed: list[RawListing] = []
        for item, source_id in zip(items, source_ids, strict=True):
            ids.append(source_id)
            stored = known.get(source_id)
            # Only a listing stored before is hashed here; new ones where they are prepared.
            if stored is not None and stored == raw_digest(item, self.salt, self.seen_at):
                self.keep(source_id)
            else:
                changed.append(item)
        if changed:
            self.in_flight.append(
                await self.preparer.submit(changed, self.src.id, self.seen_at, self.salt)
            )
        await self._collect(MAX_IN_FLIGHT)

    async def _collect(self, keep: int) -> None:
        """Queue the postings of finished batches (in order), waiting until at most `keep`
        batches are still being prepared."""
        while self.in_flight and (len(self.in_flight) > keep or self.in_flight[0].done()):
            for posting, raw, content in await self.in_flight.popleft():
                self.add(posting, raw, content)
            if self.backlog.total > MAX_PENDING:
                self.flush()  # hundreds of sources each holding a part-batch would not stream

    async def _wind_down(self) -> None:
        """After a failure: store what was already prepared, unless the database refuses."""
        try:
            await self._settle()
            self.flush()
        except StorageError as exc:
            self._refused(exc)

    def _refused(self, exc: StorageError) -> None:
        """The database refused a batch: drop what is pending; its pages are read again."""
        self.fail(exc)
        self._abandon()
        self.backlog.total -= len(self.pending)
        self.pending, self.unchanged = [], []
        self.raw_hashes, self.content_hashes = {}, {}
        self.cache_entries.clear()

    async def _settle(self) -> None:
        """After a failure: keep the batches already handed out, unless one fails too."""
        try:
            await self._collect(0)
        except StorageError:
            raise
        except Exception:
            # A second bug: what is still in flight is dropped, as is the page cache.
            self._abandon()
            self.cache_entries.clear()

    def _abandon(self) -> None:
        """Cancel the batches still being prepared (the source stopped)."""
        while self.in_flight:
            self.in_flight.popleft().cancel()

    async def _read(
        self,
        adapter: object,
        page: Page,
        queue: deque[Request],
        items: list[RawListing],
        ids: list[str],
        follow_ups: list[dict[str, object]],
    ) -> None:
        """Walk the page's items: listings are ingested a batch at a time, requests queued."""
        for item in adapter.parse(page):  # type: ignore[attr-defined]
            if isinstance(item, RawListing):
                self.result.listings += 1
                items.append(item)
                if len(items) >= BATCH_SIZE:
                    await self._ingest(items, ids)
                    items.clear()
            elif isinstance(item, Request):
                self.adopt(page.request.key, item)
                queue.append(item)
                follow_ups.append(follow_up_record(item))
            elif isinstance(item, ItemError):
                # Still listed, only unreadable: the source is partial and closes nothing.
                self.item_errors += 1
                self.result.error(item.message)

    async def _parse(self, adapter: object, page: Page, queue: deque[Request]) -> None:
        ids: list[str] = []
        items: list[RawListing] = []
        follow_ups: list[dict[str, object]] = []
        try:
            await self._read(adapter, page, queue, items, ids, follow_ups)
        except (ParseError, UnicodeDecodeError, ValueError, RecursionError) as exc:
            # RecursionError: JSON nested thousands deep (json.loads recurses per level).
            await self._ingest(items, ids)  # what the page yielded before failing is kept
            self.fail(
                ParseError(self.src.adapter, redact(page.url), "page", str(exc)),
                f"{self.src.adapter}: cannot parse {redact(page.url)}: {exc}",
            )
            self.cache_broken.append(page.request.key)
            return
        except Exception:
            await self._ingest(items, ids)  # an adapter bug: keep what came before it
            raise
        await self._ingest(items, ids)
        self.pages_ok += 1
        etag, modified = page.headers.get("etag"), page.headers.get("last-modified")
        if etag or modified:
            self.cache_entries.append(
                CacheEntry(
                    page.request.key,
                    self.src.id,
                    etag,
                    modified,
                    tuple(ids),
                    tuple(follow_ups),
                )
            )

    def _status(self) -> str:
        if not self.failures and not self.item_errors:
            baseline = self.store.ledger.baseline(self.src.id)
            if baseline and self.result.listings < baseline * SUSPECT_RATIO:
                self.result.error(
                    f"suspect: {self.result.listings} listings where the last complete run had "
                    f"{baseline}; the source may have changed its format or blocked us"
                )
                return "suspect"
            return "ok"
        if any(isinstance(f, StorageError) for f in self.failures):
            return "failed"  # what it read was not stored
        if not self.failures:  # pages read, some of their listings not
            return "partial" if self.result.listings else "failed"
        if self.pages_ok:
            return "partial"
        first = self.failures[0]
        if isinstance(first, RateLimitedError):
            return "rate_limited"
        if isinstance(first, BlockedError):
            return "not_found" if first.status in (404, 410) else "blocked"
        return "failed"


_SEVERITY = ("ok", "partial", "suspect", "not_found", "failed")


def _worse(status: str, other: str) -> str:
    """The graver of two statuses (one not ranked here, such as rate_limited, stays)."""
    if status not in _SEVERITY:
        return status
    return max(status, other, key=_SEVERITY.index)


async def _heartbeat(leases: Leases, running: set[str]) -> None:
    """Renew this process's leases while its sources run, so they never expire mid-work."""
    while True:
        await asyncio.sleep(leases.ttl.total_seconds() / 3)
        leases.renew(sorted(running))


async def scrape_async(
    config: Config,
    store: Store,
    names: Sequence[str] = (),
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    on_done: Callable[[SourceResult], None] | None = None,
    fetcher: Fetcher | None = None,
    force: bool = False,
    recheck_gone: bool = False,
) -> list[SourceResult]:
    """Run the selected sources once, concurrently, recording the run; results in config order.

    A long-lived caller (the scheduler) passes its own `fetcher` so that politeness limits
    hold across all the sources it runs. `force` runs sources deferred by a Retry-After
    (`jobs scrape NAME`: someone asked for them by name); `recheck_gone` asks boards
    marked gone again now, instead of after their back-off.
    """
    sources = select_sources(config, names)
    preparer = Preparer(load_taxonomy(config.taxonomy), config.taxonomy, config.processes)
    salt = raw_hash_salt(config)
    settings = fetcher.settings if fetcher is not None else fetch_settings(config)
    # As many open pages as requests may be in flight (the fetcher's global limit).
    backlog = Backlog(pages=asyncio.Semaphore(max(MAX_OPEN_PAGES, settings.concurrency)))
    if store.matching is not None and store.needs_rekey():
        # Jobs from before the identity columns (or a re-key that was interrupted): key
        # them first, or this run's copies of them could not be matched to them.
        store.rekey()
    seen_at = datetime.now(UTC)
    ledger = store.ledger
    ledger.mark_abandoned()
    run_id = ledger.start_run(seen_at, os.getpid())
    leases = Leases(store.engine)
    running: set[str] = set()

    async def run(
        src: SourceConfig, fetcher: Fetcher, on_started: Callable[[], None] | None = None
    ) -> SourceResult:
        until = None if force else ledger.deferred_until(src.id, seen_at)
        held = None if until is not None else leases.acquire(src.id, seen_at)
        if until is not None:
            res = SourceResult(src.id, src.adapter, status="deferred", deferred_until=until)
            res.first_error = f"rate-limited earlier: deferred until {until:%Y-%m-%d %H:%M} UTC"
        elif held is not None:
            res = SourceResult(
                src.id, src.adapter, status="skipped", first_error=f"skipped: {held}"
            )
        else:
            running.add(src.id)
            attempt = _SourceRun(
                src, fetcher, store, seen_at, preparer, salt, backlog, recheck_gone, on_started
            )
            try:
                res = await attempt.run()
            except asyncio.CancelledError:
                # Stopped by a signal: what it stored stays; the attempt says so.
                res = attempt.result
                res.status = "interrupted"
                res.error("interrupted before it finished")
                ledger.record_source(run_id, res.ledger_values())
                raise
            finally:
                running.discard(src.id)
                leases.release(src.id)
        ledger.record_source(run_id, res.ledger_values())
        if on_done is not None:
            on_done(res)
        return res

    async def run_all(fetcher: Fetcher) -> list[SourceResult]:
        # A source is claimed (its lease taken) only when this worker can start fetching
        # it: at most `concurrency` at once, the next as one finishes, and at first fewer
        # (see _Ramp). Taking every lease at the start let one of three workers hold all
        # 30 sources while the others exited.
        ramp = _Ramp(fetcher.settings.concurrency)

        async def claimed(src: SourceConfig) -> SourceResult:
            try:
                return await run(src, fetcher, ramp.started)
            finally:
                ramp.release()

        tasks: list[asyncio.Future[SourceResult]] = []
        try:
            for src in sources:
                await ramp.acquire()
                for task in tasks:  # a fatal error (the database is gone) stops the claiming
                    error = task.exception() if task.done() and not task.cancelled() else None
                    if error is not None:
                        raise error
                tasks.append(asyncio.ensure_future(claimed(src)))
            return list(await asyncio.gather(*tasks))
        finally:
            # A fatal error in one (the database is full or gone) leaves the others running:
            # stop them and collect what they raise, so asyncio reports nothing as lost.
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    results: list[SourceResult] = []
    beat = asyncio.create_task(_heartbeat(leases, running))
    interrupted = False
    try:
        if fetcher is not None:
            results = await run_all(fetcher)
        else:
            async with Fetcher(fetch_settings(config), transport=transport) as own:
                results = await run_all(own)
    except asyncio.CancelledError:
        interrupted = True
        raise
    finally:
        beat.cancel()
        preparer.close()
        ran = [r for r in results if r.status not in ("deferred", "skipped")]
        bad = [r for r in ran if r.failed]
        status = "failed" if ran and len(bad) == len(ran) else "partial" if bad else "ok"
        if len(results) < len(sources):
            status = "interrupted" if interrupted else "failed"
        totals = {
            "sources": len(results),
            "listings": sum(r.listings for r in results),
            "new": sum(r.new for r in results),
            "updated": sum(r.updated for r in results),
            "errors": sum(r.errors for r in results),
        }
        ledger.finish_run(run_id, status, totals)
    return results


def scrape(
    config: Config,
    store: Store,
    names: Sequence[str] = (),
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    on_done: Callable[[SourceResult], None] | None = None,
    force: bool = False,
    recheck_gone: bool = False,
) -> list[SourceResult]:
    """Synchronous wrapper of `scrape_async`; SIGTERM or SIGINT raise `InterruptedRunError`
    once the run is recorded as interrupted and its leases are released."""

    async def main() -> list[SourceResult]:
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        received: list[int] = []

        def stop(signum: int) -> None:
            received.append(signum)
            if task is not None:
                task.cancel()

        handled = []
        for signum in (signal.SIGTERM, signal.SIGINT):
            try:
                loop.add_signal_handler(signum, stop, signum)
                handled.append(signum)
            except (ValueError, RuntimeError, NotImplementedError):
                pass  # not the main thread (or no signals here): the default behaviour stays
        try:
            return await scrape_async(
                config,
                store,
                names,
                transport=transport,
                on_done=on_done,
                force=force,
                recheck_gone=recheck_gone,
            )
        except asyncio.CancelledError:
            if received:
                raise InterruptedRunError(received[0]) from None
            raise
        finally:
            for signum in handled:
                loop.remove_signal_handler(signum)

    return asyncio.run(main())
