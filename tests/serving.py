"""A loopback HTTP server and a tiny crawl loop, to run adapters against served bodies.

The engine's fetcher lives elsewhere; this stand-in does only what adapter tests need:
follow every `Request` an adapter yields (first requests, pages, details) through real
HTTP on 127.0.0.1, hand each response to `parse`, and collect what comes back.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from sources import registry
from sources.base import Adapter, ItemError, Page, RawListing, Request, validate_options

FETCHED_AT = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


@dataclass
class Served:
    """What a loopback server answered: routes (path+query -> body) and the paths asked for."""

    routes: dict[str, bytes]
    seen: list[str] = field(default_factory=list)
    base_url: str = ""


@contextmanager
def serve(routes: Mapping[str, bytes]) -> Iterator[Served]:
    """Serve `routes` on 127.0.0.1 (unknown paths get 404) for the duration of the block."""
    served = Served(dict(routes))

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            served.seen.append(self.path)
            body = served.routes.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, format: str, *args: Any) -> None:  # keep pytest output quiet
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    # A short poll interval keeps shutdown() (and so each test) fast.
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    served.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Crawl:
    """Everything a crawl produced."""

    listings: list[RawListing]
    errors: list[ItemError]
    requests: list[Request]
    statuses: list[int]


def make_adapter(name: str, options: Mapping[str, Any]) -> Adapter:
    """An adapter instance built the way the engine builds one (options validated)."""
    cls = registry.get(name)
    return cls(f"test-{name}", validate_options("test", cls, {"adapter": name, **options}))


def crawl(adapter: Adapter, limit: int = 500) -> Crawl:
    """Fetch every request the adapter yields (breadth first) and parse each 200 response."""
    queue = list(adapter.requests())
    out = Crawl([], [], [], [])
    with httpx.Client(timeout=5) as client:
        while queue:
            if len(out.requests) >= limit:
                raise AssertionError(f"more than {limit} requests: a pagination loop?")
            request = queue.pop(0)
            out.requests.append(request)
            response = client.request(request.method, request.url, headers=dict(request.headers))
            out.statuses.append(response.status_code)
            if response.status_code != 200:
                continue
            page = Page(
                request,
                str(response.url),
                200,
                dict(response.headers),
                response.content,
                FETCHED_AT,
            )
            for item in adapter.parse(page):
                if isinstance(item, RawListing):
                    out.listings.append(item)
                elif isinstance(item, Request):
                    queue.append(item)
                else:
                    out.errors.append(item)
    return out


def page_for(adapter: Adapter, body: bytes, url: str | None = None, **meta: Any) -> Page:
    """A `Page` answering the adapter's first request (or `url`), with extra `meta`."""
    first = next(iter(adapter.requests()))
    request = Request(url or first.url, meta={**dict(first.meta), **meta})
    return Page(request, request.url, 200, {}, body, FETCHED_AT)
