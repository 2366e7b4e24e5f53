"""Benchmark the fetch engine against Scrapy on a loopback server, in one run.

Workloads (each client in a fresh subprocess, the server in another one):
  * throughput: `--requests` GETs of a ~20 KB JSON body at each `--concurrency` level;
  * latency: `--latency-requests` GETs with `--latency-ms` server latency at
    `--latency-concurrency`.

Clients:
  ours          scraper.fetch.Fetcher with its default httpx transport
  ours-aiohttp  the same Fetcher with httpx_aiohttp.AiohttpTransport plugged in
  scrapy        a Scrapy CrawlerProcess whose spider only counts responses
  httpx         bare httpx.AsyncClient (reference: the transport without our engine)
  aiohttp       bare aiohttp.ClientSession (reference: the ceiling on this machine)

Usage:
    python bench/fetch/bench_fetch.py [--requests 2000] [--repeat 3] [--json out.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CLIENTS = ("ours", "ours-aiohttp", "scrapy", "httpx", "aiohttp")
WORKER_TIMEOUT = 600.0  # seconds one client run may take before it is killed


# --------------------------------------------------------------------------- workers
# Each worker fetches `n` URLs at `concurrency` and prints one JSON line:
# {"ok": responses with the expected body size, "errors": n - ok, "seconds": wall time
# from the first request issued to the last response read, "cpu": the client process's
# CPU time over the same span}.


def _urls(base: str, n: int, latency_ms: int) -> list[str]:
    """Unique URLs, so no client can deduplicate or cache its way out of the work."""
    query = f"?ms={latency_ms}" if latency_ms else ""
    return [f"{base}/item/{i}{query}" for i in range(n)]


async def _run_ours(
    urls: list[str], concurrency: int, expect: int, transport: str
) -> dict[str, Any]:
    """Our Fetcher, politeness neutralised: per_host = concurrency, delay 0, no robots.txt."""
    sys.path.insert(0, str(ROOT))
    import httpx

    from scraper.errors import FetchError
    from scraper.fetch import Fetcher, FetchSettings
    from sources.base import Request

    settings = FetchSettings(concurrency=concurrency, per_host=concurrency)
    chosen: httpx.AsyncBaseTransport | None = None
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    if transport == "aiohttp":
        from httpx_aiohttp import AiohttpTransport

        # A transport passed in ignores the client's limits: give it the same pool size.
        chosen = AiohttpTransport(limits=limits)
    elif transport == "httpx":
        # httpx's own transport, as the Fetcher used before it chose aiohttp by default.
        chosen = httpx.AsyncHTTPTransport(limits=limits)
    ok = 0
    async with Fetcher(settings, transport=chosen) as fetcher:

        async def one(url: str) -> None:
            nonlocal ok
            try:
                page = await fetcher.fetch(Request(url), delay=0.0, robots=False)
            except FetchError:
                return
            ok += page.status == 200 and len(page.body) == expect

        start, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(one(u) for u in urls))
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"ok": ok, "errors": len(urls) - ok, "seconds": seconds, "cpu": cpu}


async def _run_httpx(urls: list[str], concurrency: int, expect: int) -> dict[str, Any]:
    """Bare httpx.AsyncClient with a semaphore: what the transport alone can do."""
    import httpx

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    sem = asyncio.Semaphore(concurrency)
    ok = 0
    async with httpx.AsyncClient(limits=limits) as client:

        async def one(url: str) -> None:
            nonlocal ok
            async with sem:
                try:
                    resp = await client.get(url)
                except httpx.HTTPError:
                    return
                ok += resp.status_code == 200 and len(resp.content) == expect

        start, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(one(u) for u in urls))
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"ok": ok, "errors": len(urls) - ok, "seconds": seconds, "cpu": cpu}


async def _run_aiohttp(urls: list[str], concurrency: int, expect: int) -> dict[str, Any]:
    """Bare aiohttp.ClientSession with a semaphore: the ceiling of an asyncio client here."""
    import aiohttp

    sem = asyncio.Semaphore(concurrency)
    ok = 0
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def one(url: str) -> None:
            nonlocal ok
            async with sem:
                try:
                    async with session.get(url) as resp:
                        body = await resp.read()
                except aiohttp.ClientError:
                    return
                ok += resp.status == 200 and len(body) == expect

        start, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(one(u) for u in urls))
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"ok": ok, "errors": len(urls) - ok, "seconds": seconds, "cpu": cpu}


def _run_scrapy(urls: list[str], concurrency: int, expect: int) -> dict[str, Any]:
    """A Scrapy crawl at equal concurrency; the spider only counts responses."""
    import scrapy
    from scrapy.crawler import CrawlerProcess

    state: dict[str, Any] = {"ok": 0, "seen": 0, "start": None, "end": None}

    class CountSpider(scrapy.Spider):
        """Yields every URL once and counts well-formed responses."""

        name = "count"

        async def start(self) -> Any:  # Scrapy >= 2.13
            for request in self.start_requests():
                yield request

        def start_requests(self) -> Any:  # Scrapy < 2.13
            state["start"], state["cpu0"] = time.perf_counter(), time.process_time()
            for url in urls:
                yield scrapy.Request(url, dont_filter=True, callback=self.parse)

        def parse(self, response: Any) -> None:
            state["seen"] += 1
            state["ok"] += response.status == 200 and len(response.body) == expect
            state["end"], state["cpu1"] = time.perf_counter(), time.process_time()

    process = CrawlerProcess(
        settings={
            "CONCURRENT_REQUESTS": concurrency,
            "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
            "DOWNLOAD_DELAY": 0,
            "RANDOMIZE_DOWNLOAD_DELAY": False,
            "ROBOTSTXT_OBEY": False,
            "AUTOTHROTTLE_ENABLED": False,
            "LOG_ENABLED": False,
            "TELNETCONSOLE_ENABLED": False,
            "RETRY_ENABLED": False,
            "COOKIES_ENABLED": False,
            "HTTPCACHE_ENABLED": False,
            "LOG_INSTALL_ROOT_HANDLER": False,
        }
    )
    process.crawl(CountSpider)
    process.start()
    if state["start"] is None or state["end"] is None:
        return {"ok": 0, "errors": len(urls), "seconds": float("nan")}
    seconds, cpu = state["end"] - state["start"], state["cpu1"] - state["cpu0"]
    return {"ok": state["ok"], "errors": len(urls) - state["ok"], "seconds": seconds, "cpu": cpu}


def worker(args: argparse.Namespace) -> None:
    """Run one client once and print its result as a JSON line."""
    urls = _urls(args.base, args.n, args.latency_ms)
    c, expect = args.c, args.expect
    if args.worker == "ours":
        result = asyncio.run(_run_ours(urls, c, expect, "httpx"))
    elif args.worker == "ours-aiohttp":
        result = asyncio.run(_run_ours(urls, c, expect, "aiohttp"))
    elif args.worker == "httpx":
        result = asyncio.run(_run_httpx(urls, c, expect))
    elif args.worker == "aiohttp":
        result = asyncio.run(_run_aiohttp(urls, c, expect))
    elif args.worker == "scrapy":
        result = _run_scrapy(urls, c, expect)
    else:
        raise SystemExit(f"unknown worker {args.worker}")
    print(json.dumps(result), flush=True)


# --------------------------------------------------------------------------- driver


class Server:
    """The loopback server in its own process; stops when we close its stdin."""

    def __init__(self, max_seconds: float):
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "server.py"), "--max-seconds", str(max_seconds)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()  # the server prints its port first
        if not line.startswith("PORT "):
            self.stop()
            raise SystemExit(f"server did not start: {line!r}")
        self.base = f"http://127.0.0.1:{int(line.split()[1])}"

    def stop(self) -> None:
        """Close the server's stdin and wait for it; kill it if it lingers."""
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


def run_client(
    client: str, base: str, n: int, concurrency: int, latency_ms: int, expect: int
) -> dict[str, Any]:
    """Run one client in a fresh subprocess and return its parsed result."""
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        client,
        "--base",
        base,
        "--n",
        str(n),
        "--c",
        str(concurrency),
        "--latency-ms",
        str(latency_ms),
        "--expect",
        str(expect),
    ]
    try:
        out = subprocess.run(
            cmd, capture_output=True, text=True, timeout=WORKER_TIMEOUT, check=False, cwd=ROOT
        )
    except subprocess.TimeoutExpired:
        return {"ok": 0, "errors": n, "seconds": float("nan"), "failure": "timeout"}
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if out.returncode != 0 or not lines:
        tail = out.stderr.strip().splitlines()[-3:]
        return {"ok": 0, "errors": n, "seconds": float("nan"), "failure": " | ".join(tail)}
    return dict(json.loads(lines[-1]))


def _median(values: list[float]) -> float:
    """The median of the finite values, NaN when there are none."""
    finite = [v for v in values if v == v]
    return statistics.median(finite) if finite else float("nan")


def machine() -> dict[str, Any]:
    """Where the numbers were taken."""
    versions: dict[str, str] = {}
    from importlib import metadata

    for pkg in ("httpx", "httpx-aiohttp", "aiohttp", "scrapy", "twisted"):
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = "-"
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": versions,
    }


def main() -> None:
    """Run every workload for every client, `--repeat` times, and report medians."""
    parser = argparse.ArgumentParser(description="fetch engine vs Scrapy on loopback")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", default="1,16,64", help="comma-separated levels")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--latency-requests", type=int, default=500)
    parser.add_argument("--latency-ms", type=int, default=100)
    parser.add_argument("--latency-concurrency", type=int, default=32)
    parser.add_argument("--clients", default=",".join(CLIENTS), help="comma-separated")
    parser.add_argument("--json", type=Path, help="also write the results here")
    # Worker mode (internal): one client, one run.
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--c", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--expect", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args)
        return

    sys.path.insert(0, str(HERE))
    from server import BODY

    clients = [c.strip() for c in args.clients.split(",") if c.strip()]
    unknown = set(clients) - set(CLIENTS)
    if unknown:
        raise SystemExit(f"unknown clients: {', '.join(sorted(unknown))}")
    levels = [int(c) for c in args.concurrency.split(",")]
    workloads: list[tuple[str, int, int, int]] = [(f"c={c}", args.requests, c, 0) for c in levels]
    workloads.append(
        (
            f"latency {args.latency_ms}ms c={args.latency_concurrency}",
            args.latency_requests,
            args.latency_concurrency,
            args.latency_ms,
        )
    )
    runs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    server = Server(max_seconds=WORKER_TIMEOUT * len(workloads) * len(clients) * args.repeat)
    try:
        for rep in range(args.repeat):
            for name, n, c, ms in workloads:
                for client in clients:  # interleaved, so drift hits every client alike
                    result = run_client(client, server.base, n, c, ms, len(BODY))
                    runs.setdefault((name, client), []).append(result)
                    rate = n / result["seconds"] if result["seconds"] == result["seconds"] else 0
                    print(
                        f"[{rep + 1}/{args.repeat}] {name:<22} {client:<13} "
                        f"{result['seconds']:7.3f}s {rate:8.0f} req/s  errors={result['errors']}"
                        + (f"  ({result['failure']})" if "failure" in result else ""),
                        file=sys.stderr,
                        flush=True,
                    )
    finally:
        server.stop()

    rows = []
    for name, n, c, ms in workloads:
        scrapy_s = _median([r["seconds"] for r in runs.get((name, "scrapy"), [])])
        for client in clients:
            results = runs[(name, client)]
            seconds = _median([r["seconds"] for r in results])
            finite = [r["seconds"] for r in results if r["seconds"] == r["seconds"]]
            best = min(finite) if finite else float("nan")
            rows.append(
                {
                    "workload": name,
                    "requests": n,
                    "concurrency": c,
                    "latency_ms": ms,
                    "client": client,
                    "seconds": seconds,
                    "req_per_s": n / seconds if seconds == seconds else float("nan"),
                    # > 1 means faster than Scrapy on the same workload.
                    "vs_scrapy": scrapy_s / seconds if seconds == seconds else float("nan"),
                    "best_req_per_s": n / best if best == best else float("nan"),
                    "cpu_ms_per_req": 1000
                    * _median([r.get("cpu", float("nan")) for r in results])
                    / n,
                    "errors": max(r["errors"] for r in results),
                    "runs": [r["seconds"] for r in results],
                }
            )
    if args.latency_ms:
        rounds = -(-args.latency_requests // args.latency_concurrency)
        ideal = rounds * args.latency_ms / 1000.0
    else:
        ideal = 0.0
    report = {"machine": machine(), "repeat": args.repeat, "ideal_latency_s": ideal, "rows": rows}

    print(
        f"\nfetch benchmark: medians of {args.repeat} runs, {report['machine']['nproc']} cores, "
        f"Python {report['machine']['python']}, {report['machine']['date']}"
    )
    print(
        f"{'workload':<24} {'client':<13} {'wall s':>8} {'req/s':>8} {'best':>8} "
        f"{'x scrapy':>9} {'cpu ms/req':>10} {'err':>4}"
    )
    for row in rows:
        print(
            f"{row['workload']:<24} {row['client']:<13} {row['seconds']:8.3f} "
            f"{row['req_per_s']:8.0f} {row['best_req_per_s']:8.0f} {row['vs_scrapy']:9.2f} "
            f"{row['cpu_ms_per_req']:10.2f} {row['errors']:4d}"
        )
    print("x scrapy = Scrapy's median wall time / this client's (> 1: faster than Scrapy).")
    if ideal:
        print(f"(ideal wall time for the latency workload: {ideal:.2f} s)")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
