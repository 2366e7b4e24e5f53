"""Check that the Fetcher's own safety holds through each transport, on the loopback server.

For the default httpx transport and for httpx_aiohttp.AiohttpTransport:
  * a gzip body is decoded by our _Decoder (the transport must hand over raw bytes);
  * a gzip bomb (~65 KB on the wire, 64 MiB decoded) is rejected by the size cap;
  * a slow response hits the read timeout, and a refused connection is retriable.

Usage:
    python bench/fetch/check_transport.py     # exit status 0 when every check passes
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

import httpx  # noqa: E402
from bench_fetch import Server  # noqa: E402
from server import BODY  # noqa: E402

from scraper.errors import BlockedError, RetriableError  # noqa: E402
from scraper.fetch import Fetcher, FetchSettings  # noqa: E402
from sources.base import Request  # noqa: E402


def _transport(name: str) -> httpx.AsyncBaseTransport | None:
    """The transport under test: None is httpx's own."""
    if name == "httpx":
        return None
    from httpx_aiohttp import AiohttpTransport

    return AiohttpTransport(limits=httpx.Limits(max_connections=4, max_keepalive_connections=4))


def _free_port() -> int:
    """A port nothing listens on (bound, read, closed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _checks(name: str, base: str) -> list[tuple[str, bool, str]]:
    """Run every check through one transport; (check, passed, detail) each."""
    results: list[tuple[str, bool, str]] = []
    settings = FetchSettings(
        concurrency=4, per_host=4, retries=0, timeout=0.5, max_bytes=1024 * 1024
    )

    async def check(label: str, body: Callable[[Fetcher], Awaitable[str]]) -> None:
        async with Fetcher(settings, transport=_transport(name)) as fetcher:
            try:
                detail = await asyncio.wait_for(body(fetcher), timeout=20)
                results.append((label, True, detail))
            except AssertionError as exc:
                results.append((label, False, str(exc)))
            except Exception as exc:
                results.append((label, False, f"{type(exc).__name__}: {exc}"))

    async def gzip_decoded(f: Fetcher) -> str:
        page = await f.fetch(Request(f"{base}/gzip"), robots=False)
        assert page.headers.get("content-encoding") == "gzip", page.headers
        assert page.body == BODY, f"body of {len(page.body)} bytes differs"
        return f"{len(page.body)} bytes decoded, identical"

    async def bomb_rejected(f: Fetcher) -> str:
        start = time.perf_counter()
        try:
            await f.fetch(Request(f"{base}/bomb"), robots=False)
        except BlockedError as exc:
            return f"BlockedError in {time.perf_counter() - start:.2f}s: {exc}"
        raise AssertionError("the bomb was accepted")

    async def plain_after_bomb(f: Fetcher) -> str:
        # The aborted stream must not poison the pooled connection for the next request.
        for _ in range(2):
            with contextlib.suppress(BlockedError):
                await f.fetch(Request(f"{base}/bomb"), robots=False)
            page = await f.fetch(Request(f"{base}/x"), robots=False)
            assert page.body == BODY, "next body on the pool differs"
        return "pool still serves whole bodies"

    async def read_timeout(f: Fetcher) -> str:
        try:
            await f.fetch(Request(f"{base}/slow?ms=2000"), robots=False)
        except RetriableError as exc:
            return f"RetriableError: {exc}"
        raise AssertionError("no timeout")

    async def refused(f: Fetcher) -> str:
        try:
            await f.fetch(Request(f"http://127.0.0.1:{_free_port()}/"), robots=False)
        except RetriableError as exc:
            return f"RetriableError: {exc}"
        raise AssertionError("no error")

    await check("gzip body decoded by our decoder", gzip_decoded)
    await check("gzip bomb rejected by the size cap", bomb_rejected)
    await check("pool healthy after an aborted body", plain_after_bomb)
    await check("read timeout is retriable", read_timeout)
    await check("refused connection is retriable", refused)
    return results


def main() -> None:
    """Run the checks for each transport and exit non-zero on any failure."""
    server = Server(max_seconds=300)
    failed = 0
    try:
        for name in ("httpx", "aiohttp"):
            for label, ok, detail in asyncio.run(_checks(name, server.base)):
                failed += not ok
                print(f"{'PASS' if ok else 'FAIL'}  {name:<8} {label:<38} {detail}")
    finally:
        server.stop()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
