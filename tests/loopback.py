"""A loopback HTTP server that tests start themselves: canned routes, request log, concurrency."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Response:
    """A canned response; `delay` sleeps before answering.

    With `chunks`, the body is streamed chunk by chunk (no Content-Length, the connection
    closes at the end), sleeping `chunk_delay` between chunks: slow drips and huge bodies.
    """

    body: bytes | str = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    chunks: Callable[[], Iterable[bytes]] | None = None
    chunk_delay: float = 0.0


Route = Response | Callable[["Handler"], Response]


class Handler(BaseHTTPRequestHandler):
    server: LoopbackServer  # type: ignore[assignment]

    def log_message(self, *args: Any) -> None:  # keep test output clean
        pass

    # The request body (POST), read before the route is called so routes can answer by it.
    body: bytes = b""

    def do_POST(self) -> None:
        length = self.headers.get("Content-Length", "0")
        self.body = self.rfile.read(int(length)) if length.isdigit() else b""
        with self.server.lock:
            self.server.bodies.append((self.path, self.body))
        self.do_GET()

    def do_GET(self) -> None:
        srv = self.server
        with srv.lock:
            srv.requests.append(self.path)
            # Header names are case-insensitive (clients differ in how they spell them).
            srv.headers_seen.append({k.lower(): v for k, v in self.headers.items()})
            srv.times.append(time.monotonic())
            span = [self.path, time.monotonic(), None]
            srv.spans.append(span)
        try:
            route = srv.routes.get(self.path) or srv.routes.get(self.path.split("?", 1)[0])
            resp = route(self) if callable(route) else route
            if resp is None:
                resp = Response(b'{"error": "not found"}', 404)
            if resp.delay:
                time.sleep(resp.delay)
            body = resp.body.encode() if isinstance(resp.body, str) else resp.body
            # From here the client may have its answer: a request that starts later is not
            # concurrent with this one, however late this thread gets to its `finally`.
            span[2] = time.monotonic()
            self.send_response(resp.status)
            headers = {"Content-Type": "application/json", **resp.headers}
            if resp.chunks is None:
                headers.setdefault("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            if resp.chunks is None:
                self.wfile.write(body)
                return
            for chunk in resp.chunks():
                self.wfile.write(chunk)
                self.wfile.flush()
                if resp.chunk_delay:
                    time.sleep(resp.chunk_delay)
        except (BrokenPipeError, ConnectionResetError):
            pass


def most_at_once(spans: list[list[Any]]) -> int:
    """The most requests in progress at one moment, by arrival and answer times.

    A request is in progress from its arrival until its answer is sent, not until its
    handler thread ends: on a loaded machine the client can have its answer and send the
    next request before that thread finishes, and a count kept by the threads (as this
    server once did) then counts one too many.
    """
    events = sorted(
        [(s[1], 1) for s in spans]
        + [(s[2] if s[2] is not None else float("inf"), -1) for s in spans],
        # An answer at the same instant as an arrival frees its slot first.
        key=lambda e: (e[0], e[1]),
    )
    most = now = 0
    for _, step in events:
        now += step
        most = max(most, now)
    return most


def overlapping(spans: list[list[Any]], path: str) -> bool:
    """Whether a request for `path` arrived while an earlier one was still unanswered."""
    mine = sorted((s for s in spans if s[0] == path), key=lambda s: s[1])
    return any(
        later[1] < (earlier[2] if earlier[2] is not None else float("inf"))
        for earlier, later in itertools.pairwise(mine)
    )


class LoopbackServer(ThreadingHTTPServer):
    """Serves `routes` (path with or without query -> Response) on 127.0.0.1, a free port."""

    daemon_threads = True

    def __init__(self, routes: dict[str, Route] | None = None):
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes: dict[str, Route] = routes or {}
        self.requests: list[str] = []
        self.headers_seen: list[dict[str, str]] = []
        self.bodies: list[tuple[str, bytes]] = []  # (path, body) of each POST
        self.times: list[float] = []
        self.lock = threading.Lock()
        # Per request: [path, arrived, answering] (monotonic; answering None while waiting).
        self.spans: list[list[Any]] = []
        # A short poll interval keeps shutdown() (and so each test) fast.
        self._thread = threading.Thread(target=self.serve_forever, args=(0.01,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()
