"""The fetch engine against a loopback fault server that the tests start themselves."""

from __future__ import annotations

import asyncio
import gzip
import itertools
import time
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from functools import cache

import pytest

from scraper.errors import (
    BlockedError,
    RateLimitedError,
    RetriableError,
    RobotsUnavailableError,
)
from scraper.fetch import (
    Budget,
    Fetcher,
    FetchSettings,
    _retry_after,
    redact,
)
from sources.base import Request
from tests.loopback import LoopbackServer, Response, most_at_once

FAST = FetchSettings(retries=0, deadline=5.0, timeout=5.0, backoff=0.01)


def fetch(url: str, settings: FetchSettings = FAST, **kwargs: object) -> object:
    async def go() -> object:
        async with Fetcher(settings) as fetcher:
            return await fetcher.fetch(Request(url), **kwargs)  # type: ignore[arg-type]

    return asyncio.run(go())


@cache
def gzip_bomb() -> bytes:
    """100 MB of zeros, gzip-compressed to about 100 KB."""
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    return b"".join(z.compress(block) for _ in range(100)) + z.flush()


def big_chunks() -> Iterator[bytes]:
    block = b"x" * (1 << 20)
    for _ in range(50):  # 50 MB
        yield block


def test_ok_page_with_headers_and_body() -> None:
    with LoopbackServer({"/a": Response(b'{"ok": true}', headers={"ETag": '"v1"'})}) as srv:
        page = fetch(srv.url + "/a")
    assert page.status == 200 and page.json() == {"ok": True}  # type: ignore[attr-defined]
    assert page.headers["etag"] == '"v1"'  # type: ignore[attr-defined]
    assert srv.headers_seen[-1]["user-agent"].startswith("jobs/")


def test_gzip_body_is_decoded() -> None:
    body = gzip.compress(b'{"jobs": []}')
    with LoopbackServer({"/g": Response(body, headers={"Content-Encoding": "gzip"})}) as srv:
        page = fetch(srv.url + "/g")
    assert page.body == b'{"jobs": []}'  # type: ignore[attr-defined]


def test_500_is_retried_the_configured_number_of_times() -> None:
    settings = FetchSettings(retries=3, backoff=0.01)
    with LoopbackServer({"/x": Response(b"no", 500)}) as srv:
        with pytest.raises(RetriableError, match="HTTP 500"):
            fetch(srv.url + "/x", settings)
        assert srv.requests.count("/x") == 4


def test_404_is_not_retried() -> None:
    with LoopbackServer() as srv:
        with pytest.raises(BlockedError, match="HTTP 404"):
            fetch(srv.url + "/missing", FetchSettings(retries=3, backoff=0.01))
        assert srv.requests.count("/missing") == 1


def test_429_retry_after_waits_before_the_next_request_to_that_host() -> None:
    calls = {"n": 0}

    def limited(_handler: object) -> Response:
        calls["n"] += 1
        if calls["n"] == 1:
            return Response(b"slow down", 429, headers={"Retry-After": "2"})
        return Response(b"[]")

    with LoopbackServer({"/r": limited}) as srv:
        page = fetch(srv.url + "/r", FetchSettings(retries=2, backoff=0.01))
        assert page.status == 200  # type: ignore[attr-defined]
        times = [t for t, p in zip(srv.times, srv.requests, strict=True) if p == "/r"]
        assert times[1] - times[0] >= 2.0


def test_retry_after_beyond_the_cap_defers_instead_of_sleeping() -> None:
    settings = FetchSettings(retries=2, retry_after_cap=5)
    with LoopbackServer({"/r": Response(b"", 429, headers={"Retry-After": "3600"})}) as srv:
        started = time.monotonic()
        with pytest.raises(RateLimitedError) as info:
            fetch(srv.url + "/r", settings)
        assert time.monotonic() - started < 3
        assert info.value.retry_after == 3600


def test_retry_after_both_forms() -> None:
    now = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=90), usegmt=True)
    assert _retry_after("120") == 120
    assert _retry_after(later, now=now.timestamp()) == pytest.approx(90)
    assert _retry_after("garbage") is None
    assert _retry_after(None) is None


def test_budget_limits_retries_of_a_source() -> None:
    settings = FetchSettings(retries=5, backoff=0.01)
    budget = Budget(retries=1, until=time.monotonic() + 60)
    with LoopbackServer({"/x": Response(b"", 503)}) as srv:
        with pytest.raises(RetriableError, match="budget"):
            fetch(srv.url + "/x", settings, budget=budget)
        assert srv.requests.count("/x") == 2


def test_hanging_server_is_cut_at_the_deadline() -> None:
    settings = FetchSettings(retries=0, deadline=1.0)
    with LoopbackServer({"/hang": Response(b"late", delay=20)}) as srv:
        started = time.monotonic()
        with pytest.raises(RetriableError, match="within 1s"):
            fetch(srv.url + "/hang", settings)
        assert time.monotonic() - started < 5


def test_dripping_server_is_cut_at_the_deadline() -> None:
    settings = FetchSettings(retries=0, deadline=1.0, timeout=5.0)
    drip = Response(chunks=lambda: (b"x" for _ in range(100)), chunk_delay=0.2)
    with LoopbackServer({"/drip": drip}) as srv:
        started = time.monotonic()
        with pytest.raises(RetriableError, match="within 1s"):
            fetch(srv.url + "/drip", settings)
        assert time.monotonic() - started < 5


def test_declared_50mb_body_is_rejected_before_reading() -> None:
    declared = Response(b"x", headers={"Content-Length": str(50 << 20)})
    with LoopbackServer({"/big": declared}) as s, pytest.raises(BlockedError, match="bytes"):
        fetch(s.url + "/big")


def test_streamed_50mb_body_is_rejected_at_the_cap() -> None:
    with (
        LoopbackServer({"/big": Response(chunks=big_chunks)}) as srv,
        pytest.raises(BlockedError, match="larger than"),
    ):
        fetch(srv.url + "/big")


def test_gzip_bomb_is_rejected_with_bounded_memory() -> None:
    import tracemalloc

    bomb = Response(gzip_bomb(), headers={"Content-Encoding": "gzip"})
    with LoopbackServer({"/bomb": bomb}) as srv:
        tracemalloc.start()
        try:
            with pytest.raises(BlockedError, match="larger than"):
                fetch(srv.url + "/bomb")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 3 * FAST.max_bytes  # 100 MB decompressed never materialises


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://x/"])
def test_redirect_to_other_schemes_is_refused(target: str) -> None:
    moved = Response(b"", 302, headers={"Location": target})
    with LoopbackServer({"/r": moved}) as srv, pytest.raises(BlockedError, match="only http"):
        fetch(srv.url + "/r")


def test_redirect_loop_stops() -> None:
    with LoopbackServer({"/loop": Response(b"", 302, headers={"Location": "/loop"})}) as srv:
        with pytest.raises(BlockedError, match="redirects"):
            fetch(srv.url + "/loop")
        assert srv.requests.count("/loop") == 11


def test_credentials_are_not_sent_to_another_host() -> None:
    with LoopbackServer({"/final": Response(b"{}")}) as other:
        moved = Response(b"", 302, headers={"Location": other.url + "/final"})
        with LoopbackServer({"/start": moved}) as first:

            async def go() -> None:
                async with Fetcher(FAST) as f:
                    headers = {"Authorization": "Bearer s3cret", "X-Api-Key": "k"}
                    await f.fetch(Request(first.url + "/start", headers=headers))

            asyncio.run(go())
            assert first.headers_seen[-1]["authorization"] == "Bearer s3cret"
    sent = other.headers_seen[-1]
    assert "authorization" not in sent and "x-api-key" not in sent


def test_robots_disallow_means_zero_requests_to_that_path() -> None:
    robots = Response(
        b"User-agent: *\nDisallow: /private\n", headers={"Content-Type": "text/plain"}
    )
    with LoopbackServer({"/robots.txt": robots, "/private/jobs": Response(b"{}")}) as srv:
        with pytest.raises(BlockedError, match=r"robots\.txt"):
            fetch(srv.url + "/private/jobs")
        assert "/private/jobs" not in srv.requests
        # The opt-out (documented public APIs only) fetches it.
        page = fetch(srv.url + "/private/jobs", robots=False)
        assert page.status == 200  # type: ignore[attr-defined]


def test_robots_is_fetched_once_per_host_and_run() -> None:
    with LoopbackServer({"/a": Response(b"{}"), "/b": Response(b"{}")}) as srv:

        async def go() -> None:
            async with Fetcher(FAST) as f:
                for path in ("/a", "/b", "/a?x=1"):
                    await f.fetch(Request(srv.url + path))

        asyncio.run(go())
    assert srv.requests.count("/robots.txt") == 1


@pytest.mark.parametrize(
    ("robots", "refusal"),
    [
        (Response(b"not here", 404), None),  # RFC 9309: unavailable means no rules
        (Response(b"gone", 410), None),
        # Unreachable means complete disallow, reported as such (not as a Disallow).
        (Response(b"down", 503), RobotsUnavailableError),
        (Response(b"User-agent: jobs\nDisallow: /\n"), BlockedError),
        (Response(b"User-agent: otherbot\nDisallow: /\n"), None),
    ],
)
def test_robots_status_rules(robots: Response, refusal: type[Exception] | None) -> None:
    with LoopbackServer({"/robots.txt": robots, "/jobs": Response(b"{}")}) as srv:
        if refusal is None:
            assert fetch(srv.url + "/jobs").status == 200  # type: ignore[attr-defined]
        else:
            with pytest.raises(refusal):
                fetch(srv.url + "/jobs")
            assert "/jobs" not in srv.requests


def test_per_host_concurrency_never_exceeds_the_limit() -> None:
    settings = FetchSettings(concurrency=16, per_host=2, retries=0)
    slow = Response(b"{}", delay=0.3)
    with LoopbackServer({"/slow": slow}) as a, LoopbackServer({"/slow": slow}) as b:

        async def go() -> None:
            async with Fetcher(settings) as f:
                await asyncio.gather(
                    *(
                        f.fetch(Request(f"{srv.url}/slow?i={i}"))
                        for i in range(12)
                        for srv in (a, b)
                    )
                )

        started = time.monotonic()
        asyncio.run(go())
        elapsed = time.monotonic() - started
    # By arrival and answer times: the handler's own counter can lag on a loaded machine.
    assert most_at_once(a.spans) <= 2 and most_at_once(b.spans) <= 2
    assert most_at_once(a.spans) == 2  # and the limit is actually used
    # 12 requests a host, 2 at a time, 0.3 s each: 1.8 s when the two hosts are served in
    # parallel, 3.6 s if they were not (a margin for a loaded machine in between).
    assert elapsed < 3.2


def test_min_delay_between_requests_to_one_host() -> None:
    with LoopbackServer({"/d": Response(b"{}")}) as srv:

        async def go() -> None:
            async with Fetcher(FAST) as f:
                await asyncio.gather(
                    *(f.fetch(Request(f"{srv.url}/d?{i}"), delay=0.3) for i in range(3))
                )

        asyncio.run(go())
        times = [t for t, p in zip(srv.times, srv.requests, strict=True) if p.startswith("/d")]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert all(g >= 0.28 for g in gaps), gaps


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "https://api.example.com/x?api_key=abc&page=2",
            "https://api.example.com/x?api_key=***&page=2",
        ),
        ("https://user:pw@example.com/p", "https://example.com/p"),
        ("https://example.com/p?token=t&q=ml", "https://example.com/p?token=***&q=ml"),
        ("https://example.com/p?q=ml", "https://example.com/p?q=ml"),
    ],
)
def test_redact_masks_credentials(url: str, shown: str) -> None:
    assert redact(url) == shown
