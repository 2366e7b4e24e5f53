"""A fast loopback HTTP/1.1 server for the fetch benchmark: keep-alive, fixed JSON body.

Run it in its own process (client and server must not share a GIL):

    python bench/fetch/server.py [--port 0] [--max-seconds 900]

It prints `PORT <n>` on stdout once listening, and stops itself when its stdin closes
(the parent benchmark exited) or after `--max-seconds`, whichever comes first.

Paths (any path not listed serves the plain body; the query may add `ms=<latency>`):
    /anything?ms=100   the ~20 KB JSON body after 100 ms
    /gzip              the same body gzip-encoded (Content-Encoding: gzip)
    /bomb              a gzip bomb: ~50 KB on the wire, 64 MiB decoded
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import sys
from urllib.parse import parse_qs, urlsplit

MAX_HEADER_BYTES = 16 * 1024
MAX_REQUESTS_PER_CONNECTION = 1_000_000  # bounded keep-alive loop


def make_body(size: int = 20_000) -> bytes:
    """A deterministic JSON document of roughly `size` bytes, like a job board API page."""
    jobs = []
    i = 0
    while len(json.dumps({"jobs": jobs})) < size:
        jobs.append(
            {
                "id": i,
                "title": f"Senior Machine Learning Engineer {i}",
                "company": f"Company {i % 37}",
                "location": "Remote, Europe",
                "url": f"https://example.org/jobs/{i}",
                "tags": ["python", "pytorch", "mlops"],
            }
        )
        i += 1
    return json.dumps({"jobs": jobs}).encode()


BODY = make_body()
GZIP_BODY = gzip.compress(BODY)
BOMB_BODY = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)


def _response(body: bytes, encoding: str | None = None) -> bytes:
    """A complete keep-alive HTTP/1.1 response with `body`."""
    head = [
        "HTTP/1.1 200 OK",
        "Content-Type: application/json",
        f"Content-Length: {len(body)}",
        "Connection: keep-alive",
    ]
    if encoding:
        head.append(f"Content-Encoding: {encoding}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


PLAIN = _response(BODY)
GZIPPED = _response(GZIP_BODY, "gzip")
BOMB = _response(BOMB_BODY, "gzip")
BAD_REQUEST = b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


def _route(target: str) -> tuple[bytes, float]:
    """The response bytes and the latency in seconds for a request target."""
    parts = urlsplit(target)
    latency = 0.0
    if parts.query:
        ms = parse_qs(parts.query).get("ms")
        if ms:
            latency = float(ms[0]) / 1000.0
    if parts.path == "/gzip":
        return GZIPPED, latency
    if parts.path == "/bomb":
        return BOMB, latency
    return PLAIN, latency


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Serve keep-alive requests on one connection until the client closes it."""
    try:
        for _ in range(MAX_REQUESTS_PER_CONNECTION):
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                return
            line, _, rest = head.partition(b"\r\n")
            fields = line.split()
            if len(fields) != 3 or b"content-length:" in rest.lower():
                # GET only: a request body would desynchronise the keep-alive stream.
                writer.write(BAD_REQUEST)
                await writer.drain()
                return
            response, latency = _route(fields[1].decode("latin-1"))
            if latency > 0:
                await asyncio.sleep(latency)
            writer.write(response)
            await writer.drain()
            if b"connection: close" in rest.lower():
                return
    except (ConnectionError, asyncio.CancelledError):
        # Cancelled at shutdown: end quietly (3.11's stream callback would print it).
        return
    finally:
        writer.close()


async def _stdin_closed() -> None:
    """Return when stdin reaches EOF: the parent process has gone."""
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while await reader.read(4096):
        pass


async def serve(port: int, max_seconds: float, watch_stdin: bool) -> None:
    """Listen on 127.0.0.1:`port` until stdin closes or `max_seconds` pass."""
    server = await asyncio.start_server(
        handle, "127.0.0.1", port, limit=MAX_HEADER_BYTES, backlog=1024
    )
    bound = server.sockets[0].getsockname()[1]
    print(f"PORT {bound}", flush=True)
    stoppers = [asyncio.ensure_future(asyncio.sleep(max_seconds))]
    if watch_stdin:
        stoppers.append(asyncio.ensure_future(_stdin_closed()))
    async with server:
        await asyncio.wait(stoppers, return_when=asyncio.FIRST_COMPLETED)
    for task in stoppers:
        task.cancel()


def main() -> None:
    """Parse arguments and run the server."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--max-seconds", type=float, default=900.0)
    parser.add_argument(
        "--no-stdin", action="store_true", help="do not stop when stdin closes (interactive use)"
    )
    args = parser.parse_args()
    asyncio.run(serve(args.port, args.max_seconds, not args.no_stdin))


if __name__ == "__main__":
    main()
