"""The fetch engine: the only code in `jobs` that touches the network.

Polite by construction: a global concurrency limit, a per-host limit and a minimum delay
between requests to one host; retries with full-jitter backoff that honour Retry-After;
a deadline on every request; a size cap on the decoded body; safe redirects.
"""

from __future__ import annotations

import asyncio
import random
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from scraper import __version__
from scraper.errors import BlockedError, FetchError, RetriableError
from scraper.redact import redact
from sources.base import Page, Request

DEFAULT_USER_AGENT = (
    f"jobs/{__version__} (+https://github.com/jobs-aggregator/jobs; job-market research bot)"
)
_RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})
_SAFE_HEADERS = frozenset({"accept", "accept-language", "user-agent"})


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Limits and politeness knobs; defaults suit hundreds of boards on many hosts."""

    concurrency: int = 16
    per_host: int = 2
    connect_timeout: float = 10.0
    timeout: float = 30.0  # between two reads
    deadline: float = 60.0  # the whole request, body included: httpx has no such limit
    retries: int = 2  # extra attempts after the first, for idempotent requests only
    backoff: float = 0.5  # base of the exponential backoff, seconds
    backoff_cap: float = 30.0
    retry_after_cap: float = 120.0  # a longer Retry-After defers the source instead
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 10
    user_agent: str = DEFAULT_USER_AGENT
    robots_agent: str = "jobs"  # the product token matched against robots.txt groups
    source_retries: int = 10  # retries one source may spend in a run, all requests together
    source_seconds: float = 900.0  # wall time one source may spend in a run


@dataclass
class Budget:
    """What one source may still spend on retries in this run: attempts and time."""

    retries: int
    until: float  # time.monotonic() deadline
    requests: int = 0  # HTTP requests made for the source (robots.txt and redirects included)

    @classmethod
    def for_source(cls, settings: FetchSettings) -> Budget:
        """A fresh budget from the settings."""
        return cls(settings.source_retries, time.monotonic() + settings.source_seconds)

    def exhausted(self) -> bool:
        """Whether the source's time is up."""
        return time.monotonic() >= self.until

    def allows_retry(self, wait: float) -> bool:
        """Whether one more retry after `wait` seconds fits the budget."""
        return self.retries > 0 and time.monotonic() + wait < self.until


@dataclass(frozen=True, slots=True)
class _Robots:
    """A host's robots.txt verdict: parsed rules, or allow/deny everything."""

    parser: Protego | None = None
    allow_all: bool = False
    crawl_delay: float = 0.0

    def allows(self, url: str, agent: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return bool(self.parser.can_fetch(url, agent))


_ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309: parse at least the first 500 KiB


class RateLimitedError(RetriableError):
    """The server asked us to come back later than we are willing to wait in this run."""


@dataclass
class _Host:
    """Per-host politeness state."""

    slots: asyncio.Semaphore
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_at: float = 0.0  # monotonic time before which no request may start


def _retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now if now is not None else time.time()
    return max(0.0, when.timestamp() - current)


class _Decoder:
    """Content-Encoding decoder with a bound on output, so a gzip bomb cannot exhaust memory."""

    def __init__(self, encoding: str, limit: int):
        self.limit = limit
        self.size = 0
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._z = None
        elif encoding in ("gzip", "x-gzip", "deflate"):
            # wbits 47 accepts both gzip and zlib wrappers.
            self._z = zlib.decompressobj(47)
        else:
            raise BlockedError(f"unsupported Content-Encoding '{encoding}'")

    def feed(self, chunk: bytes) -> bytes:
        """Decode one chunk, refusing to produce more than `limit` bytes in total."""
        if self._z is None:
            out = chunk
        else:
            try:
                # max_length bounds each step; leftover input waits in unconsumed_tail.
                out = self._z.decompress(chunk, self.limit - self.size + 1)
                while self._z.unconsumed_tail and self.size + len(out) <= self.limit:
                    out += self._z.decompress(
                        self._z.unconsumed_tail, self.limit - self.size - len(out) + 1
                    )
            except zlib.error as exc:
                raise RetriableError(f"corrupt compressed body: {exc}") from None
        self.size += len(out)
        if self.size > self.limit:
            raise BlockedError(f"response larger than {self.limit} bytes")
        return out


def _fast_transport(s: FetchSettings) -> httpx.AsyncBaseTransport | None:
    """aiohttp under httpx's API when installed (bench/fetch: ~4x Scrapy, 10x less CPU).

    httpx's own pool slows down as concurrency rises (httpx #3215). The transport keeps
    httpx's API, timeouts and exceptions; the body still reaches our bounded decoder raw.
    """
    try:
        import aiohttp
        from httpx_aiohttp import AiohttpTransport
    except ImportError:  # optional: httpx's default transport works, only slower
        return None

    def session() -> aiohttp.ClientSession:
        return aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=s.concurrency),
            # Raw bytes: our decoder bounds decompression (a gzip bomb stays small).
            auto_decompress=False,
            # Cookies are httpx's business; aiohttp must not keep or send its own.
            cookie_jar=aiohttp.DummyCookieJar(),
        )

    limits = httpx.Limits(max_connections=s.concurrency, max_keepalive_connections=s.concurrency)
    return AiohttpTransport(limits=limits, client=session)


class Fetcher:
    """An async HTTP client with limits; use as `async with Fetcher(...) as f: await f.fetch(r)`."""

    def __init__(
        self,
        settings: FetchSettings | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ):
        self.settings = settings or FetchSettings()
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._global = asyncio.Semaphore(self.settings.concurrency)
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, _Robots] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self.requests_made = 0

    async def __aenter__(self) -> Fetcher:
        s = self.settings
        self._client = httpx.AsyncClient(
            transport=self._transport or _fast_transport(s),
            follow_redirects=False,  # followed by hand: scheme checks, credential stripping
            timeout=httpx.Timeout(s.timeout, connect=s.connect_timeout),
            headers={"User-Agent": s.user_agent, "Accept-Encoding": "gzip, deflate"},
            limits=httpx.Limits(
                max_connections=s.concurrency, max_keepalive_connections=s.concurrency
            ),
        )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def _host(self, host: str) -> _Host:
        state = self._hosts.get(host)
        if state is None:
            state = self._hosts[host] = _Host(asyncio.Semaphore(self.settings.per_host))
        return state

    async def _wait_turn(self, state: _Host, delay: float) -> None:
        """Hold the host's turn until its minimum delay since the previous request has passed."""
        async with state.lock:
            wait = state.next_at - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            state.next_at = time.monotonic() + delay

    def defer_host(self, host: str, seconds: float) -> None:
        """Keep every request to `host` waiting at least `seconds` from now."""
        state = self._host(host)
        state.next_at = max(state.next_at, time.monotonic() + seconds)

    async def fetch(
        self,
        request: Request,
        *,
        delay: float = 0.0,
        budget: Budget | None = None,
        robots: bool = True,
    ) -> Page:
        """Fetch one request politely, retrying transient failures within the budget.

        A 304 answer to a conditional request comes back as a Page with status 304.
        """
        s = self.settings
        retries = s.retries if request.method.upper() in _IDEMPOTENT else 0
        attempt = 0
        while True:
            try:
                return await self._fetch_once(request, delay, robots, budget)
            except RetriableError as exc:
                if attempt >= retries:
                    raise
                attempt += 1
                if exc.retry_after is not None:
                    if exc.retry_after > s.retry_after_cap:
                        raise RateLimitedError(
                            f"{exc} (Retry-After {exc.retry_after:.0f}s exceeds the "
                            f"{s.retry_after_cap:.0f}s cap: deferred)",
                            url=exc.url,
                            status=exc.status,
                            retry_after=exc.retry_after,
                        ) from None
                    wait = exc.retry_after
                else:  # exponential backoff with full jitter
                    wait = random.uniform(0, min(s.backoff_cap, s.backoff * 2**attempt))
                if budget is not None:
                    if not budget.allows_retry(wait):
                        raise RetriableError(
                            f"{exc} (retry budget of the source exhausted)",
                            url=exc.url,
                            status=exc.status,
                        ) from None
                    budget.retries -= 1
                await asyncio.sleep(wait)

    async def _fetch_once(
        self, request: Request, delay: float, robots: bool, budget: Budget | None
    ) -> Page:
        assert self._client is not None, "use Fetcher as an async context manager"
        s = self.settings
        url = request.url
        headers = dict(request.headers)
        origin = urlsplit(url).netloc
        for _hop in range(s.max_redirects + 1):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise BlockedError(f"refusing to fetch {redact(url)}: only http(s) URLs", url=url)
            if parts.netloc != origin:
                # Credentials are for the host they were configured for, never another.
                headers = {k: v for k, v in headers.items() if k.lower() in _SAFE_HEADERS}
            host_delay = delay
            if robots:
                verdict = await self._robots_for(parts.scheme, parts.netloc, delay, budget)
                if not verdict.allows(url, s.robots_agent):
                    raise BlockedError(f"disallowed by robots.txt: {redact(url)}", url=url)
                host_delay = max(delay, verdict.crawl_delay)
            state = self._host(parts.netloc)
            async with self._global, state.slots:
                await self._wait_turn(state, host_delay)
                self._count(budget)
                result = await self._send(request.method, url, headers)
            if isinstance(result, Page):
                return Page(
                    request,
                    result.url,
                    result.status,
                    result.headers,
                    result.body,
                    result.fetched_at,
                )
            url = result
        raise BlockedError(f"more than {s.max_redirects} redirects from {redact(request.url)}")

    def _count(self, budget: Budget | None) -> None:
        self.requests_made += 1
        if budget is not None:
            budget.requests += 1

    async def _robots_for(
        self, scheme: str, netloc: str, delay: float, budget: Budget | None
    ) -> _Robots:
        """The host's robots.txt verdict, fetched once per host per Fetcher (run)."""
        key = f"{scheme}://{netloc}"
        verdict = self._robots.get(key)
        if verdict is not None:
            return verdict
        lock = self._robots_locks.setdefault(key, asyncio.Lock())
        async with lock:
            verdict = self._robots.get(key)
            if verdict is None:
                verdict = self._robots[key] = await self._load_robots(key, delay, budget)
        return verdict

    async def _load_robots(self, origin: str, delay: float, budget: Budget | None) -> _Robots:
        """RFC 9309: 2xx parse; 4xx means no rules (allow); 5xx or unreachable means disallow."""
        url = f"{origin}/robots.txt"
        for _hop in range(5):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https"):
                return _Robots(allow_all=False)
            state = self._host(parts.netloc)
            try:
                async with self._global, state.slots:
                    # robots.txt is one small file: it must not cost a whole (possibly very
                    # long) per-source delay before the first real request.
                    await self._wait_turn(state, min(delay, 1.0))
                    self._count(budget)
                    result = await self._send("GET", url, {}, max_bytes=_ROBOTS_MAX_BYTES)
            except BlockedError as exc:
                # A 4xx: the site has no robots.txt for us; anything else (too big) is unsafe.
                return _Robots(allow_all=exc.status is not None and 400 <= exc.status < 500)
            except FetchError:
                return _Robots(allow_all=False)
            if isinstance(result, str):
                url = result
                continue
            parser = Protego.parse(result.body.decode("utf-8", errors="replace"))
            crawl_delay = parser.crawl_delay(self.settings.robots_agent)
            return _Robots(parser=parser, crawl_delay=float(crawl_delay or 0.0))
        return _Robots(allow_all=False)

    async def _send(
        self, method: str, url: str, headers: Mapping[str, str], max_bytes: int | None = None
    ) -> Page | str:
        """One HTTP exchange: a Page, or the next URL of a redirect."""
        assert self._client is not None
        s = self.settings
        limit = max_bytes or s.max_bytes
        shown = redact(url)
        try:
            async with asyncio.timeout(s.deadline):
                async with self._client.stream(method, url, headers=headers) as resp:
                    status = resp.status_code
                    if status in _REDIRECTS and "location" in resp.headers:
                        return urljoin(url, resp.headers["location"])
                    if status in _RETRY_STATUSES:
                        wait = _retry_after(resp.headers.get("retry-after"))
                        if wait is not None and wait <= s.retry_after_cap:
                            # Everyone waits for this host; a longer wait defers only this
                            # source (RateLimitedError), not the others on the host.
                            self.defer_host(urlsplit(url).netloc, wait)
                        raise RetriableError(
                            f"HTTP {status} from {shown}", url=url, status=status, retry_after=wait
                        )
                    if status >= 400:
                        raise BlockedError(f"HTTP {status} from {shown}", url=url, status=status)
                    length = resp.headers.get("content-length", "")
                    if length.isdigit() and int(length) > limit:
                        raise BlockedError(
                            f"response from {shown} is {int(length)} bytes (cap {limit})",
                            url=url,
                        )
                    decoder = _Decoder(resp.headers.get("content-encoding", ""), limit)
                    body = bytearray()
                    async for chunk in resp.aiter_raw():
                        body += decoder.feed(chunk)
                    return Page(
                        Request(url),
                        url,
                        status,
                        {k.lower(): v for k, v in resp.headers.items()},
                        bytes(body),
                        datetime.now(UTC),
                    )
        except TimeoutError:
            raise RetriableError(
                f"no complete response from {shown} within {s.deadline:.0f}s", url=url
            ) from None
        except BlockedError as exc:
            exc.url = exc.url or url
            raise
        except httpx.ConnectTimeout as exc:
            # The aiohttp transport reports a refused connection as a connect timeout.
            raise RetriableError(f"cannot reach {shown}: {type(exc).__name__}", url=url) from None
        except httpx.TimeoutException as exc:
            raise RetriableError(f"timeout from {shown}: {type(exc).__name__}", url=url) from None
        except httpx.TransportError as exc:
            raise RetriableError(f"cannot reach {shown}: {type(exc).__name__}", url=url) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"HTTP error from {shown}: {type(exc).__name__}", url=url) from None
