"""Page and API latency of `jobs serve` (p50/p95) on a generated database, over real HTTP.

    python bench/search/generate.py /tmp/jobs-100k.db --jobs 100000
    python bench/serve/bench_serve.py /tmp/jobs-100k.db [--rounds 40]

Starts `jobs serve` as its own process on a free loopback port (uvicorn, one worker, as
a user runs it) and times whole requests from a client in this process: the request, the
query, the rendering and the transfer of the page. Each round asks every shape once, with
random values; the first round warms the caches and is not counted in the percentiles
(its times are printed apart, as "first": a page nobody asked for yet, the insights page
before its one-minute cache holds it). "CPU ms" is the server process's mean CPU time
per request (from /proc, so Linux only): unlike wall time it does not grow when other
work on the machine takes the cores.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parents[2]
TERMS = ["python", "pytorch", "llm", "kubernetes", "rust", "ranking", "c++", "spark", "agents"]
ROLES = ["ml-engineer", "ai-engineer", "data-scientist", "data-engineer", "software-engineer"]
COUNTRIES = ["US", "DE", "GB", "FR", "NL"]


def shapes(rng: random.Random) -> dict[str, str]:
    """One URL of each shape, with random values."""
    term, role, country = rng.choice(TERMS), rng.choice(ROLES), rng.choice(COUNTRIES)

    def page(**query: str | list[str]) -> str:
        return "/?" + urlencode(query, doseq=True)

    return {
        "search page: no filter": "/",
        "search page: text+role+remote+salary": page(
            q=term, role=role, workplace="remote", min_salary="150k"
        ),
        # A text no earlier request asked (a common filler word of the generator beside
        # the term): nothing cached for it, as for a first search.
        "search page: new text+role+remote+salary": page(
            q=f"{term} w{rng.randrange(20, 5000)}", role=role, workplace="remote", min_salary="150k"
        ),
        "search page: text only": page(q=term),
        "search page: role+level+country": page(role=role, level="senior", country=country),
        "search page: common text+country, page 5": page(q="python", country=country, offset="80"),
        "search page: posted 30d, by salary": page(posted_since="30d", sort="salary"),
        "job page": f"/jobs/{rng.randrange(1, 100_000)}",
        "api: text+role+remote+salary": "/api/jobs?"
        + urlencode({"q": term, "role": role, "workplace": "remote", "min_salary": "150k"}),
        "insights: one role by country": "/insights?" + urlencode({"role": role, "by": "country"}),
        "insights: everything by role": "/insights",
    }


def _cpu_ms(pid: int) -> float:
    """CPU time (user + system) a process has used so far, from /proc (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    port = _free_port()
    env = {**os.environ, "JOBS_CONFIG": "", "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "scraper", "serve", "--db", str(args.db), "--port", str(port)],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    timings: dict[str, list[float]] = {}
    first: dict[str, float] = {}  # the warm-up round: nothing cached yet
    cpu_used: dict[str, float] = {}  # the server's CPU time, summed per shape
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            for _ in range(200):  # wait for the server to listen
                try:
                    client.get("/static/style.css")
                    break
                except httpx.TransportError:
                    time.sleep(0.05)
            rng = random.Random(42)
            for round_no in range(args.rounds + 1):
                for name, url in shapes(rng).items():
                    cpu = _cpu_ms(server.pid)
                    started = time.perf_counter()
                    answer = client.get(url)
                    elapsed = (time.perf_counter() - started) * 1000
                    if round_no:  # clock ticks are coarse (10 ms): only the mean is kept
                        cpu_used[name] = cpu_used.get(name, 0.0) + _cpu_ms(server.pid) - cpu
                    assert answer.status_code in (200, 404), (url, answer.status_code)
                    if round_no:
                        timings.setdefault(name, []).append(elapsed)
                    else:
                        first[name] = elapsed
    finally:
        server.terminate()
        server.wait(10)
    print(f"database: {args.db}, {args.rounds} rounds")
    head = f"{'request':<44} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'first ms':>9}"
    print(head + f" {'CPU ms':>7}")
    for name, values in timings.items():
        values.sort()
        p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
        print(
            f"{name:<44} {statistics.median(values):>8.1f} {p95:>8.1f} {values[-1]:>8.1f}"
            f" {first[name]:>9.1f} {cpu_used[name] / len(values):>7.1f}"
        )


if __name__ == "__main__":
    main()
