"""Five sources, one failing in each hostile way: the others are stored, the ledger tells."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from scraper.config import parse_config
from scraper.matching import JobMatching
from scraper.pipeline import scrape
from storage.search import Filters
from storage.store import Store
from tests.helpers import seen_times
from tests.loopback import LoopbackServer, Response
from tests.test_fetch import big_chunks, gzip_bomb

BOARDS = ("b1", "b2", "b3", "b4", "b5")


def board_path(board: str) -> str:
    return f"/v1/boards/{board}/jobs?content=true"


def board_body(board: str, count: int = 2) -> bytes:
    jobs = [
        {
            "id": int(f"{BOARDS.index(board) + 1}00{i}"),
            "title": f"ML Engineer {board}-{i}",
            "company_name": f"Company {board}",
            "absolute_url": f"https://example.com/{board}/{i}",
            "location": {"name": "Remote"},
            "first_published": "2026-10-01T10:00:00Z",
            "content": "&lt;p&gt;Hi&lt;/p&gt;",
        }
        for i in range(count)
    ]
    return json.dumps({"jobs": jobs, "meta": {"total": count}}).encode()


def config(url: str, **extra: str) -> str:
    text = "[fetch]\nretries = 1\ndeadline = 1.5\n"
    for board in BOARDS:
        text += (
            f'\n[sources.{board}]\nadapter = "greenhouse"\nboards = ["{board}"]\n'
            f'base_url = "{extra.get(board, url)}"\ndelay = 0\n'
        )
    return text


FAULTS: dict[str, tuple[Response, str, str]] = {
    # name: (response for b3, expected status, text expected in the ledger's first error)
    "http 500": (Response(b"down", 500), "failed", "HTTP 500"),
    "hanging": (Response(b"{}", delay=10), "failed", "within 2s"),
    "dripping": (
        Response(chunks=lambda: (b" " for _ in range(100)), chunk_delay=0.1),
        "failed",
        "within 2s",
    ),
    "50 MB body": (Response(chunks=big_chunks), "blocked", "larger than"),
    "gzip bomb": (
        Response(gzip_bomb(), headers={"Content-Encoding": "gzip"}),
        "blocked",
        "larger than",
    ),
    "redirect to file://": (
        Response(b"", 302, headers={"Location": "file:///etc/passwd"}),
        "blocked",
        "only http",
    ),
    "rate limited": (
        Response(b"", 429, headers={"Retry-After": "86400"}),
        "rate_limited",
        "Retry-After",
    ),
    "not json": (Response(b"<html>captcha</html>"), "failed", "cannot parse"),
}


def served(fault: Response | None = None) -> dict[str, Response | Callable[..., Response]]:
    routes: dict[str, Response | Callable[..., Response]] = {
        board_path(b): Response(board_body(b)) for b in BOARDS
    }
    if fault is not None:
        routes[board_path("b3")] = fault
    return routes


@pytest.fixture
def store(db_target: str) -> Store:
    s = Store(db_target, matching=JobMatching())
    yield s
    s.close()


@pytest.mark.parametrize("fault", list(FAULTS))
def test_one_of_five_sources_failing(store: Store, fault: str) -> None:
    response, status, message = FAULTS[fault]
    with LoopbackServer(served(response)) as server:
        results = {r.source: r for r in scrape(parse_config(config(server.url), "t"), store)}
    assert results["b3"].status == status
    for board in ("b1", "b2", "b4", "b5"):
        assert results[board].status == "ok" and results[board].new == 2
    assert {r["source"] for r in store.search(Filters())} == {"b1", "b2", "b4", "b5"}
    ledger = {row["source"]: row for row in store.ledger.runs(limit=5)}
    assert ledger["b3"]["status"] == status
    assert message in ledger["b3"]["first_error"]
    assert ledger["b1"]["status"] == "ok" and ledger["b1"]["listings"] == 2


def test_robots_disallow_blocks_one_source(store: Store) -> None:
    robots = Response(
        b"User-agent: *\nDisallow: /v1/boards/b3/\n", headers={"Content-Type": "text/plain"}
    )
    routes = served()
    routes["/robots.txt"] = robots
    with LoopbackServer(routes) as server:
        results = {r.source: r for r in scrape(parse_config(config(server.url), "t"), store)}
        assert board_path("b3") not in server.requests
    assert results["b3"].status == "blocked"
    assert sum(r.new for r in results.values()) == 8


def test_cli_exit_2_and_ledger_via_jobs_runs(tmp_path: Path, db_target: str) -> None:
    db = db_target
    with LoopbackServer(served(Response(b"", 503))) as server:
        (tmp_path / "jobs.toml").write_text(config(server.url))
        env = {**os.environ, "JOBS_CONFIG": "", "JOBS_DB": ""}
        run = [sys.executable, "-m", "scraper"]
        out = subprocess.run(
            [*run, "scrape", "--db", db], cwd=tmp_path, env=env, capture_output=True, text=True
        )
    assert out.returncode == 2
    runs = subprocess.run(
        [*run, "runs", "--db", db], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert runs.returncode == 0
    assert "b3" in runs.stdout and "failed" in runs.stdout and "HTTP 503" in runs.stdout
    health = subprocess.run(
        [*run, "sources", "--db", db], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert "; 1 consecutive failure\n" in health.stdout  # one: singular


def test_rate_limited_source_is_deferred_on_the_next_run(store: Store) -> None:
    with LoopbackServer(served(FAULTS["rate limited"][0])) as server:
        cfg = parse_config(config(server.url), "t")
        scrape(cfg, store)
        hits = server.requests.count(board_path("b3"))
        second = {r.source: r for r in scrape(cfg, store)}
        assert server.requests.count(board_path("b3")) == hits  # not asked again
    assert second["b3"].status == "deferred"
    assert second["b3"].failed  # it did not run: exit 2, a failure in `jobs sources` health


def test_conditional_requests_and_304(store: Store) -> None:
    calls: list[dict[str, str]] = []

    def etagged(handler: object) -> Response:
        items = handler.headers.items()  # type: ignore[attr-defined]
        headers = {k.lower(): v for k, v in items}
        calls.append(headers)
        if headers.get("if-none-match") == '"v1"':
            return Response(b"", 304, headers={"ETag": '"v1"'})
        return Response(board_body("b1"), headers={"ETag": '"v1"'})

    routes = served()
    routes[board_path("b1")] = etagged
    with LoopbackServer(routes) as server:
        cfg = parse_config(config(server.url), "t")
        scrape(cfg, store)
        first_seen = seen_times(store, "b1")
        second = {r.source: r for r in scrape(cfg, store)}
    assert "if-none-match" not in calls[0] and calls[1]["if-none-match"] == '"v1"'
    b1 = second["b1"]
    assert (b1.status, b1.not_modified, b1.listings, b1.new) == ("ok", 1, 2, 0)
    after = seen_times(store, "b1")
    assert after.keys() == first_seen.keys()
    assert all(after[k][1] > first_seen[k][1] for k in after)  # still seen: jobs stay open


def test_silent_breakage_is_suspect(store: Store) -> None:
    routes = served()
    routes[board_path("b2")] = Response(board_body("b2", count=6))
    with LoopbackServer(routes) as server:
        cfg = parse_config(config(server.url), "t")
        scrape(cfg, store)
        routes[board_path("b2")] = Response(json.dumps({"jobs": [], "meta": {"total": 0}}))
        routes[board_path("b4")] = Response(board_body("b4", count=2))
        second = {r.source: r for r in scrape(cfg, store)}
        routes[board_path("b2")] = Response(board_body("b2", count=2))
        third = {r.source: r for r in scrape(cfg, store)}
    assert second["b2"].status == "suspect" and second["b2"].failed
    assert "suspect" in (second["b2"].first_error or "")
    assert second["b4"].status == "ok"
    assert third["b2"].status == "ok"  # measured against the last complete run (0)


def test_secrets_never_reach_the_ledger(store: Store) -> None:
    with LoopbackServer(served(Response(b"", 500))) as server:
        secret_url = server.url.replace("http://", "http://user:hunter2@")
        cfg = parse_config(config(server.url, b3=secret_url), "t")
        scrape(cfg, store)
    rows = store.ledger.runs(limit=10)
    assert rows and all("hunter2" not in (r["first_error"] or "") for r in rows)
