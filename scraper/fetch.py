"""The fetch engine: the only code in `jobs` that touches the network.

Polite by construction: a global concurrency limit, a per-host limit and a minimum delay
between requests to one host; retries with full-jitter backoff that honour Retry-After;
a deadline on every request; a size cap on the decoded body; safe redirects.
"""

from __future__ import annotations

import asyncio
import base64
import ipaddress
import math
import random
import socket
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

import httpx
from protego import Protego

from scraper import __version__
from scraper.errors import (
    BlockedError,
    FetchError,
    RateLimitedError,
    RetriableError,
    RobotsUnavailableError,
)
from scraper.redact import redact
from sources.base import Page, Request

DEFAULT_USER_AGENT = (
    f"jobs/{__version__} (+https://github.com/jobs-aggregator/jobs; job-market research bot)"
)
_RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})
_SAFE_HEADERS = frozenset({"accept", "accept-language", "user-agent"})
# A Retry-After beyond this is read as this: a server cannot switch a source off for years.
MAX_DEFERRAL = 24 * 3600.0
# robots.txt Crawl-delay beyond this is read as this (100000 s hung a run for a day).
MAX_CRAWL_DELAY = 60.0
# RFC 9309 2.4: a fetched robots.txt may be cached for at most 24 hours; one that could
# not be fetched (5xx, unreachable) is tried again sooner.
ROBOTS_TTL = 24 * 3600.0
ROBOTS_RETRY = 600.0
# Words of the resolver's errors: a host that does not resolve is named as such.
_DNS_WORDS = (
    "name or service not known",
    "nodename nor servname",
    "temporary failure in name resolution",
    "no address associated",
    "getaddrinfo failed",
    "name resolution",
)


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
    source_seconds: float = 900.0  # wall time one source may spend in a run, at least
    # Limits that scale with a source's boards (its first requests), so a directory-wide
    # source of 1,000 boards completes, while one board that pages forever still stops.
    board_requests: int = 2_000  # requests one board may lead to (its pages and details)
    board_seconds: float = 60.0  # wall time per board when that exceeds `source_seconds`
    # Board health: a board not found on this many consecutive runs is gone (skipped);
    # a gone board is asked again after this many days, to revive it if it came back.
    gone_after: int = 3
    gone_recheck_days: float = 7.0


@dataclass
class Budget:
    """What one source may still spend on retries in this run: attempts and time."""

    retries: int
    until: float  # time.monotonic() deadline
    requests: int = 0  # HTTP requests made for the source (robots.txt and redirects included)

    @classmethod
    def for_source(cls, settings: FetchSettings, boards: int = 1) -> Budget:
        """A fresh budget for a source of `boards` boards: time and retries grow with them."""
        seconds = max(settings.source_seconds, settings.board_seconds * boards)
        return cls(max(settings.source_retries, boards), time.monotonic() + seconds)

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
    error: str | None = None  # why robots.txt could not be read: nothing is fetched
    expires: float = math.inf  # time.monotonic() after which robots.txt is read again

    def allows(self, url: str, agent: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return bool(self.parser.can_fetch(url, agent))


_ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309: parse at least the first 500 KiB


@dataclass
class _Host:
    """Per-host politeness state."""

    slots: asyncio.Semaphore
    next_at: float = 0.0  # monotonic time before which no request may start


def _retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        # 400 digits overflowed the deferral date; more than 9 are years anyway.
        return min(float(value), MAX_DEFERRAL) if len(value) <= 9 else MAX_DEFERRAL
    try:
        when = parsedate_to_datetime(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        stamp = when.timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    current = now if now is not None else time.time()
    return min(MAX_DEFERRAL, max(0.0, stamp - current))


def _is_private(host: str | None) -> bool:
    """Whether a host names a loopback, private, link-local or otherwise internal address."""
    if not host:
        return False
    name = host.strip("[]").lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(name)
    except ValueError:
        try:  # the shorthands resolvers accept: "2130706433", "0x7f.1", "127.1"
            ip = ipaddress.IPv4Address(socket.inet_aton(name))
        except OSError:
            return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
    )


def _userinfo_auth(url: str) -> tuple[str, str | None]:
    """The URL without `user:password@`, and those credentials as a Basic auth header.

    httpx would turn userinfo into an Authorization header that the aiohttp transport then
    refuses to combine with the URL's own ("Cannot combine AUTHORIZATION header").
    """
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None
    netloc = parts.netloc.rsplit("@", 1)[1]
    plain = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    user, password = unquote(parts.username or ""), unquote(parts.password or "")
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return plain, f"Basic {token}"


def _unreachable(exc: BaseException) -> str:
    """What a transport error means, in words: an unknown host, a refusal, or its type."""
    chain: list[BaseException] = []
    link: BaseException | None = exc
    while link is not None and len(chain) < 5:  # the transport's error and what it wraps
        chain.append(link)
        link = link.__cause__ or link.__context__
    text = " ".join(str(x) for x in chain).lower()
    if any(isinstance(x, socket.gaierror) for x in chain) or any(w in text for w in _DNS_WORDS):
        return "could not resolve host"
    if any(isinstance(x, ConnectionRefusedError) for x in chain) or "refused" in text:
        return "connection refused"
    if "unreachable" in text:
        return "network unreachable"
    return type(exc).__name__


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

    def _host(self, host: str, per_host: int | None = None) -> _Host:
        state = self._hosts.get(host)
        if state is None:
            # A source may ask for fewer parallel requests to its host, never for more.
            slots = min(self.settings.per_host, max(1, per_host or self.settings.per_host))
            state = self._hosts[host] = _Host(asyncio.Semaphore(slots))
        return state

    async def _wait_turn(
        self, state: _Host, delay: float, budget: Budget | None, host: str
    ) -> None:
        """Wait for the host's next free turn, reserving it (and the delay after it) first.

        The turn is reserved before sleeping, so waiters queue without a lock; a turn that
        falls after the source's time budget is refused at once instead of slept through.
        """
        now = time.monotonic()
        start = max(now, state.next_at)
        if budget is not None and start >= budget.until:
            raise FetchError(
                f"time budget of the source reached: {host} may next be asked in "
                f"{start - now:.0f}s (politeness delay)"
            )
        state.next_at = start + delay
        if start > now:
            await asyncio.sleep(start - now)

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
        per_host: int | None = None,
    ) -> Page:
        """Fetch one request politely, retrying transient failures within the budget.

        A 304 answer to a conditional request comes back as a Page with status 304.
        `per_host` lowers the number of parallel requests to the request's host.
        """
        s = self.settings
        idempotent = request.idempotent
        if idempotent is None:
            idempotent = request.method.upper() in _IDEMPOTENT
        retries = s.retries if idempotent else 0
        attempt = 0
        while True:
            try:
                return await self._fetch_once(request, delay, robots, budget, per_host)
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
        self,
        request: Request,
        delay: float,
        robots: bool,
        budget: Budget | None,
        per_host: int | None = None,
    ) -> Page:
        assert self._client is not None, "use Fetcher as an async context manager"
        s = self.settings
        try:
            url, basic = _userinfo_auth(request.url)
        except ValueError:
            raise BlockedError(f"invalid URL {redact(request.url)}", url=request.url) from None
        headers = dict(request.headers)
        if basic is not None and not any(k.lower() == "authorization" for k in headers):
            headers["Authorization"] = basic
        origin = urlsplit(url)
        # Internal addresses only for a source that is itself on one (a local board).
        internal_ok = _is_private(origin.hostname)
        method, body = request.method.upper(), request.body
        for hop in range(s.max_redirects + 1):
            try:
                if hop:
                    url = _userinfo_auth(url)[0]  # a server's credentials are never used
                parts = urlsplit(url)
                hostname = parts.hostname
            except ValueError:
                raise BlockedError(f"invalid URL {redact(url)}", url=url) from None
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise BlockedError(f"refusing to fetch {redact(url)}: only http(s) URLs", url=url)
            if hop and not internal_ok and _is_private(hostname):
                raise BlockedError(
                    f"refusing a redirect from {redact(request.url)} to an internal address: "
                    f"{redact(url)}",
                    url=url,
                )
            if parts.netloc != origin.netloc:
                # Credentials are for the host they were configured for, never another.
                headers = {k: v for k, v in headers.items() if k.lower() in _SAFE_HEADERS}
            host_delay = delay
            if robots:
                verdict = await self._robots_for(
                    parts.scheme, parts.netloc, delay, budget, internal_ok
                )
                if verdict.error is not None:
                    raise RobotsUnavailableError(verdict.error, url=url)
                if not verdict.allows(url, s.robots_agent):
                    raise BlockedError(f"disallowed by robots.txt: {redact(url)}", url=url)
                host_delay = max(delay, verdict.crawl_delay)
            state = self._host(parts.netloc, per_host)
            # The politeness wait holds only this host's slot: a global slot is taken for
            # the exchange itself, so slow hosts never starve the others.
            async with state.slots:
                await self._wait_turn(state, host_delay, budget, parts.netloc)
                async with self._global:
                    self._count(budget)
                    result = await self._send(method, url, headers, content=body)
            if isinstance(result, Page):
                return Page(
                    request,
                    result.url,
                    result.status,
                    result.headers,
                    result.body,
                    result.fetched_at,
                )
            url, status = result
            if status in (301, 302, 303) and method not in ("GET", "HEAD"):
                # As browsers do (RFC 9110 15.4): the body is not sent on; 307/308 keep it.
                method, body = "GET", None
                headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
        raise BlockedError(f"more than {s.max_redirects} redirects from {redact(request.url)}")

    def _count(self, budget: Budget | None) -> None:
        if budget is not None:
            budget.requests += 1

    async def _robots_for(
        self, scheme: str, netloc: str, delay: float, budget: Budget | None, internal_ok: bool
    ) -> _Robots:
        """The host's robots.txt verdict, cached as RFC 9309 allows (see ROBOTS_TTL)."""
        key = f"{scheme}://{netloc}"
        verdict = self._robots.get(key)
        if verdict is not None and verdict.expires > time.monotonic():
            return verdict
        lock = self._robots_locks.setdefault(key, asyncio.Lock())
        async with lock:
            verdict = self._robots.get(key)
            if verdict is None or verdict.expires <= time.monotonic():
                verdict = await self._load_robots(key, delay, budget, internal_ok)
                self._robots[key] = verdict
        return verdict

    async def _load_robots(
        self, origin: str, delay: float, budget: Budget | None, internal_ok: bool
    ) -> _Robots:
        """RFC 9309: 2xx parse; 4xx means no rules (allow); 5xx or unreachable: nothing is
        fetched, reported as robots.txt being unavailable (not as a Disallow)."""
        url = f"{origin}/robots.txt"
        host = urlsplit(origin).netloc
        retry_at = time.monotonic() + ROBOTS_RETRY
        for hop in range(5):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or (
                hop and not internal_ok and _is_private(parts.hostname)
            ):
                why = f"robots.txt of {host} unavailable: redirected to {redact(url)}"
                return _Robots(error=why, expires=retry_at)
            state = self._host(parts.netloc)
            try:
                async with state.slots:
                    # robots.txt is one small file: it must not cost a whole (possibly very
                    # long) per-source delay before the first real request.
                    await self._wait_turn(state, min(delay, 1.0), budget, parts.netloc)
                    async with self._global:
                        self._count(budget)
                        result = await self._send("GET", url, {}, max_bytes=_ROBOTS_MAX_BYTES)
            except BlockedError as exc:
                if exc.status is not None and 400 <= exc.status < 500:
                    # The site has no robots.txt for us: everything is allowed.
                    return _Robots(allow_all=True, expires=time.monotonic() + ROBOTS_TTL)
                return _Robots(error=f"robots.txt of {host} unavailable: {exc}", expires=retry_at)
            except FetchError as exc:
                text = str(exc)
                why = text if text.startswith("unreachable") else f"robots.txt unavailable: {text}"
                return _Robots(error=why, expires=retry_at)
            if isinstance(result, tuple):
                url = result[0]
                continue
            parser = Protego.parse(result.body.decode("utf-8", errors="replace"))
            crawl_delay = float(parser.crawl_delay(self.settings.robots_agent) or 0.0)
            if not math.isfinite(crawl_delay) or crawl_delay < 0:
                crawl_delay = MAX_CRAWL_DELAY
            return _Robots(
                parser=parser,
                crawl_delay=min(crawl_delay, MAX_CRAWL_DELAY),
                expires=time.monotonic() + ROBOTS_TTL,
            )
        why = f"robots.txt of {host} unavailable: too many redirects"
        return _Robots(error=why, expires=retry_at)

    async def _send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        max_bytes: int | None = None,
        content: bytes | None = None,
    ) -> Page | tuple[str, int]:
        """One HTTP exchange: a Page, or the next URL of a redirect and its status."""
        assert self._client is not None
        s = self.settings
        limit = max_bytes or s.max_bytes
        shown = redact(url)
        try:
            async with asyncio.timeout(s.deadline):
                async with self._client.stream(
                    method, url, headers=headers, content=content
                ) as resp:
                    status = resp.status_code
                    if status in _REDIRECTS and "location" in resp.headers:
                        return urljoin(url, resp.headers["location"]), status
                    if status in _RETRY_STATUSES:
                        wait = _retry_after(resp.headers.get("retry-after"))
                        if wait is not None and wait <= s.retry_after_cap:
                            # Everyone waits for this host; a longer wait defers only this
                            # source (RateLimitedError), not the others on the host.
                            self.defer_host(urlsplit(url).netloc, wait)
                        raise RetriableError(
                            f"HTTP {status} from {shown}", url=url, status=status, retry_after=wait
                        )
                    if status in (404, 410):
                        raise BlockedError(
                            f"not found: HTTP {status} from {shown}", url=url, status=status
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
                        Request(url, method),
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
            why = _unreachable(exc)
            why = "connect timeout" if why == "ConnectTimeout" else why
            raise RetriableError(f"unreachable: {why} ({shown})", url=url) from None
        except (httpx.ConnectError, httpx.UnsupportedProtocol) as exc:
            raise RetriableError(f"unreachable: {_unreachable(exc)} ({shown})", url=url) from None
        except httpx.TimeoutException as exc:
            raise RetriableError(f"timeout from {shown}: {type(exc).__name__}", url=url) from None
        except httpx.TransportError as exc:
            raise RetriableError(f"cannot read {shown}: {type(exc).__name__}", url=url) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"HTTP error from {shown}: {type(exc).__name__}", url=url) from None
        except Exception as exc:
            if not type(exc).__module__.startswith(("aiohttp", "h11", "httpcore")):
                raise
            # A malformed response the transport could not read (bad header, bad chunking):
            # the next attempt may get a good one.
            text = str(getattr(exc, "message", "") or exc).replace("\\n", "\n").strip()
            detail = text.splitlines()[0].rstrip(":")[:200] if text else type(exc).__name__
            raise RetriableError(f"malformed response from {shown}: {detail}", url=url) from None
