"""Hostile servers, content and input (issue 18): nothing lost, nothing hung, nothing injected."""

from __future__ import annotations

import asyncio
import base64
import csv
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from scraper import fetch as fetch_module
from scraper.config import parse_config
from scraper.errors import (
    BlockedError,
    ConfigError,
    FetchError,
    RobotsUnavailableError,
    StorageError,
)
from scraper.fetch import (
    MAX_CRAWL_DELAY,
    MAX_DEFERRAL,
    Budget,
    Fetcher,
    FetchSettings,
    _retry_after,
)
from scraper.matching import JobMatching
from scraper.models import Posting
from scraper.normalize import normalize
from scraper.normalize.text import MAX_COMPANY, MAX_LOCATION, MAX_TITLE, strip_controls
from scraper.pipeline import scrape
from scraper.redact import redact_text, strip_credentials
from scraper.schedule import parse_every
from sources.base import RawListing, Request
from storage.ledger import CacheEntry
from storage.search import Filters
from storage.store import Store
from storage.tables import HTTP_CACHE, LEASE
from tests.helpers import jobs
from tests.loopback import LoopbackServer, Response

FETCHED = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
FAST = FetchSettings(retries=0, deadline=5.0, timeout=5.0, backoff=0.01)
# Hostile characters of item 1 and 6: NUL, ESC/CSI (clear screen), OSC 8 (a fake link),
# BEL, BS, the C1 CSI, DEL and the RTL override.
HOSTILE = (
    "\x00",
    "\x1b[2J\x1b[H",
    "\x1b]8;;https://evil.example\x1b\\",
    "\x07",
    "\x08\x08\x08",
    "\x9b31m",
    "\x7f",
    "\u202e",
)


def gh_board(titles: list[str | None], company: str = "Koala Labs") -> str:
    """A Greenhouse board (the API's format) listing one job per title, ids 1..n."""
    return json.dumps(
        {
            "jobs": [
                {
                    "id": i,
                    "title": title,
                    "absolute_url": f"https://boards.example/koala/jobs/{i}",
                    "company_name": company,
                    "location": {"name": "Berlin, Germany"},
                    "updated_at": "2026-10-20T09:15:00Z",
                    "content": "&lt;p&gt;Build things.&lt;/p&gt;",
                }
                for i, title in enumerate(titles, 1)
            ],
            "meta": {"total": len(titles)},
        }
    )


def gh_config(base_url: str, boards: dict[str, str], extra: str = "") -> str:
    """One greenhouse source per (source id -> board token), all on `base_url`."""
    parts = ["[fetch]\nretries = 1\n", extra]
    for source, board in boards.items():
        parts.append(
            f'[sources.{source}]\nadapter = "greenhouse"\nboards = ["{board}"]\n'
            f'base_url = "{base_url}"\ndelay = 0\n'
        )
    return "\n".join(parts)


def gh_path(board: str) -> str:
    return f"/v1/boards/{board}/jobs?content=true"


@pytest.fixture
def store(db_target: str) -> Any:
    s = Store(db_target, matching=JobMatching())
    yield s
    s.close()


# -- 1. NUL bytes and control characters -------------------------------------------------


@pytest.mark.parametrize("bad", HOSTILE)
def test_control_characters_never_reach_a_posting(bad: str) -> None:
    raw = RawListing(
        source_id=f"id{bad}1",
        url=f"https://jobs.example/1{bad}",
        title=f"ML{bad}Engineer",
        company=f"Koala{bad} Labs",
        location=f"Berlin{bad}, Germany",
        department=f"Research{bad}",
        description_html=f"<p>Train{bad} models</p>",
    )
    posting = normalize(raw, "src", FETCHED)
    text = [v for v in (getattr(posting, f) for f in Posting.__slots__) if isinstance(v, str)]
    for value in text:
        assert not any(c in value for c in "\x00\x1b\x07\x08\x9b\x7f\u202e"), value
    assert posting.title.startswith("ML") and posting.title.endswith("Engineer")
    assert posting.company.startswith("Koala")


def test_strip_controls_keeps_ordinary_text() -> None:
    text = "Ingénieur·e ML — Zürich\n• Python\t(日本語, עברית)"
    assert strip_controls(text) == text


def test_long_fields_are_capped() -> None:
    raw = RawListing("1", "https://x.example/1", "T" * 200_000, "C" * 5000, location="L" * 9000)
    posting = normalize(raw, "src", FETCHED)
    assert len(posting.title) == MAX_TITLE and posting.title.endswith("…")
    assert len(posting.company) <= MAX_COMPANY
    assert posting.location is not None and len(posting.location) <= MAX_LOCATION


def test_nul_in_one_source_stores_both_sources(store: Store) -> None:
    """PostgreSQL refused the whole run for one NUL byte; both backends store both now."""
    healthy = [f"Data Scientist {i}" for i in range(300)]
    routes = {
        gh_path("hostile"): Response(gh_board(["ML\u0000Engineer", "\x1b[2JRoot\x07 Admin"])),
        gh_path("healthy"): Response(gh_board(healthy, company="Healthy Co")),
    }
    with LoopbackServer(routes) as server:
        config = parse_config(gh_config(server.url, {"bad": "hostile", "good": "healthy"}), "t")
        results = {r.source: r for r in scrape(config, store)}
    assert {k: r.status for k, r in results.items()} == {"bad": "ok", "good": "ok"}
    titles = {r["title"] for r in store.search(Filters(), limit=1000)}
    assert "MLEngineer" in titles and "[2JRoot Admin" in titles
    assert len(titles) == 302
    assert [r["status"] for r in store.ledger.runs(limit=5)] == ["ok", "ok"]


def test_a_batch_the_database_refuses_fails_that_source_only(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Store.upsert

    def refusing(self: Store, postings: Any, *args: Any, **kwargs: Any) -> Any:
        postings = list(postings)
        if any(p.source == "bad" for p in postings):
            raise StorageError("cannot write to the database: value refused")
        return real(self, postings, *args, **kwargs)

    monkeypatch.setattr(Store, "upsert", refusing)
    routes = {
        gh_path("hostile"): Response(gh_board(["ML Engineer"])),
        gh_path("healthy"): Response(gh_board(["Data Scientist", "Data Engineer"])),
    }
    with LoopbackServer(routes) as server:
        config = parse_config(gh_config(server.url, {"bad": "hostile", "good": "healthy"}), "t")
        results = {r.source: r for r in scrape(config, store)}
    assert results["good"].status == "ok" and results["good"].new == 2
    assert results["bad"].status == "failed"
    assert "value refused" in (results["bad"].first_error or "")
    assert store.count_jobs() == 2
    rows = {r["source"]: r for r in store.ledger.runs(limit=5)}
    assert rows["bad"]["status"] == "failed" and rows["bad"]["run_status"] == "partial"


# -- 2. Unreadable items never close jobs that are still listed ----------------------------


def test_unreadable_items_are_partial_and_close_nothing(store: Store) -> None:
    titles: list[str | None] = [f"ML Engineer {i}" for i in range(10)]
    board = {gh_path("koala"): Response(gh_board(titles))}
    with LoopbackServer(board) as server:
        config = parse_config(gh_config(server.url, {"koala": "koala"}), "t")
        (first,) = scrape(config, store)
        assert first.status == "ok" and first.new == 10
        broken = [None if i < 4 else t for i, t in enumerate(titles)]
        board[gh_path("koala")] = Response(gh_board(broken))
        (second,) = scrape(config, store)
        assert (second.status, second.listings, second.errors) == ("partial", 6, 4)
        assert second.failed  # exit 2, shown under --quiet
        assert store.count_jobs() == 10
        assert all(r["closed_at"] is None for r in store.search(Filters(include_closed=True)))
        board[gh_path("koala")] = Response(gh_board([None] * 10))
        (third,) = scrape(config, store)
        assert (third.status, third.listings, third.errors) == ("failed", 0, 10)
        assert all(r["closed_at"] is None for r in store.search(Filters(include_closed=True)))
    health = store.ledger.health(["koala"])["koala"]
    assert health["consecutive_failures"] == 2 and health["last_status"] == "failed"


# -- 3. Retry-After cannot switch a source off for decades ---------------------------------


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("30", 30.0),
        ("999999999", MAX_DEFERRAL),
        ("9" * 400, MAX_DEFERRAL),  # raised OverflowError as an "internal error"
        ("Fri, 31 Dec 9999 23:59:59 GMT", MAX_DEFERRAL),
        ("not a date", None),
    ],
)
def test_retry_after_is_capped(header: str, seconds: float | None) -> None:
    assert _retry_after(header) == seconds


def test_a_deferred_source_is_a_failure_until_run_by_name(store: Store) -> None:
    limited = Response(b"slow down", 503, headers={"Retry-After": "9" * 400})
    routes = {gh_path("busy"): limited, gh_path("calm"): Response(gh_board(["ML Engineer"]))}
    with LoopbackServer(routes) as server:
        config = parse_config(gh_config(server.url, {"busy": "busy", "calm": "calm"}), "t")
        first = {r.source: r for r in scrape(config, store)}
        assert first["busy"].status == "rate_limited" and first["busy"].failed
        until = first["busy"].deferred_until
        assert until is not None and until <= datetime.now(UTC) + timedelta(seconds=MAX_DEFERRAL)
        asked = server.requests.count(gh_path("busy"))
        second = {r.source: r for r in scrape(config, store)}
        assert second["busy"].status == "deferred" and second["busy"].failed
        assert server.requests.count(gh_path("busy")) == asked  # not asked while deferred
        assert store.ledger.health(["busy"])["busy"]["consecutive_failures"] == 2
        routes[gh_path("busy")] = Response(gh_board(["Data Engineer"]))
        (forced,) = scrape(config, store, ["busy"], force=True)  # `jobs scrape busy`
    assert forced.status == "ok" and forced.new == 1


# -- 4. robots.txt is cached per RFC 9309, not for the life of the daemon -------------------


def test_robots_that_failed_is_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter([Response(b"down", 500), Response(b"none", 404)])
    routes = {"/robots.txt": lambda _h: next(answers), "/jobs": Response(b"{}")}
    monkeypatch.setattr(fetch_module, "ROBOTS_RETRY", 0.0)
    with LoopbackServer(routes) as srv:

        async def go() -> None:
            async with Fetcher(FAST) as f:  # one fetcher, as the daemon keeps it
                with pytest.raises(RobotsUnavailableError, match=r"robots\.txt unavailable"):
                    await f.fetch(Request(srv.url + "/jobs"))
                page = await f.fetch(Request(srv.url + "/jobs"))
                assert page.status == 200

        asyncio.run(go())
    assert srv.requests == ["/robots.txt", "/robots.txt", "/jobs"]


def test_robots_rules_expire(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = iter([b"User-agent: *\nDisallow: /\n", b"User-agent: *\nAllow: /\n"])
    routes = {"/robots.txt": lambda _h: Response(next(rules)), "/jobs": Response(b"{}")}
    monkeypatch.setattr(fetch_module, "ROBOTS_TTL", 0.0)
    with LoopbackServer(routes) as srv:

        async def go() -> None:
            async with Fetcher(FAST) as f:
                with pytest.raises(BlockedError, match=r"disallowed by robots\.txt"):
                    await f.fetch(Request(srv.url + "/jobs"))
                assert (await f.fetch(Request(srv.url + "/jobs"))).status == 200

        asyncio.run(go())


# -- 5. Politeness delays cannot hang a run or starve other sources -------------------------


@pytest.mark.parametrize("value", ["inf", "nan", "1e308", "1e9", "-1"])
def test_absurd_delay_is_rejected_at_config_load(value: str) -> None:
    text = f'[sources.x]\nadapter = "greenhouse"\nboards = ["x"]\ndelay = {value}\n'
    with pytest.raises(ConfigError, match="'delay' must be between 0 and"):
        parse_config(text, "t")


@pytest.mark.parametrize("value", ["nan", "inf", "1e308", "0"])
def test_absurd_fetch_limits_are_rejected(value: str) -> None:
    with pytest.raises(ConfigError, match=r"'fetch\.timeout' must be a positive float"):
        parse_config(f"[fetch]\ntimeout = {value}\n", "t")


def test_absurd_interval_is_rejected() -> None:
    with pytest.raises(ConfigError, match="too long"):
        parse_every("99999999999999999999d")


def _crawl_delay_server(delay: str) -> LoopbackServer:
    robots = Response(f"User-agent: *\nCrawl-delay: {delay}\n".encode())
    return LoopbackServer({"/robots.txt": robots, "/a": Response(b"{}"), "/b": Response(b"{}")})


def test_huge_crawl_delay_is_capped_and_bounded_by_the_budget() -> None:
    with _crawl_delay_server("100000") as srv:

        async def go() -> None:
            async with Fetcher(FAST) as f:
                budget = Budget(retries=5, until=time.monotonic() + 5)
                await f.fetch(Request(srv.url + "/a"), budget=budget)
                key = f"http://{srv.url.split('://')[1]}"
                assert f._robots[key].crawl_delay == MAX_CRAWL_DELAY
                # The next turn is a minute away, the budget ends sooner: refused, not slept.
                with pytest.raises(FetchError, match="time budget"):
                    await f.fetch(Request(srv.url + "/b"), budget=budget)

        asyncio.run(asyncio.wait_for(go(), 20))
    assert "/b" not in srv.requests


def test_a_politeness_wait_holds_no_global_slot() -> None:
    settings = FetchSettings(concurrency=1, retries=0, deadline=5.0, timeout=5.0)
    with _crawl_delay_server("100000") as slow, LoopbackServer({"/c": Response(b"{}")}) as other:

        async def go() -> None:
            async with Fetcher(settings) as f:
                await f.fetch(Request(slow.url + "/a"))
                waiting = asyncio.create_task(f.fetch(Request(slow.url + "/b")))
                await asyncio.sleep(0.1)  # it now waits out the crawl delay
                page = await asyncio.wait_for(f.fetch(Request(other.url + "/c")), 10)
                assert page.status == 200 and not waiting.done()
                waiting.cancel()

        asyncio.run(go())


# -- 8. Secrets never reach messages, logs or stored URLs ------------------------------------


@pytest.mark.parametrize(
    "name", ["api_key", "apiKey", "pwd", "jwt", "session", "code", "token", "sig", "access_token"]
)
def test_secret_query_values_are_masked(name: str) -> None:
    text = f"HTTP 500 from https://u:pw@x.example/jobs?page=2&{name}=S3CRET: retrying"
    out = redact_text(text)
    assert "S3CRET" not in out and "u:pw" not in out
    assert out == f"HTTP 500 from https://x.example/jobs?page=2&{name}=***: retrying"


def test_log_lines_are_redacted(capsys: pytest.CaptureFixture[str]) -> None:
    import logging

    from scraper.logs import setup_logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    setup_logging("json", logging.INFO)
    try:
        logging.getLogger("jobs.schedule").info(
            "source=%s error=%r", "x", "HTTP 500 from https://u:pw@x.example/j?jwt=S3CRET&page=2"
        )
    finally:
        root.handlers[:], root.level = handlers, level
    line = json.loads(capsys.readouterr().err)
    assert "S3CRET" not in line["message"] and "u:pw" not in line["message"]
    assert "jwt=***&page=2" in line["message"]


def test_ordinary_query_values_stay() -> None:
    url = "https://x.example/jobs?keywords=ml&design=1&author=a&page=2"
    assert redact_text(url) == url and strip_credentials(url) == url


def test_secrets_stay_out_of_errors_ledger_and_stored_urls(store: Store) -> None:
    posting = {"@context": "https://schema.org", "@type": "JobPosting", "title": "ML Engineer"}
    posting |= {"hiringOrganization": {"name": "Koala"}, "datePosted": "2026-10-01"}
    page = f'<script type="application/ld+json">{json.dumps(posting)}</script>'.encode()
    routes = {"/jobs": Response(page), "/broken": Response(b"down", 500)}
    with LoopbackServer(routes) as server:
        base = server.url
        text = (
            f'[fetch]\nretries = 1\n[sources.ld]\nadapter = "jsonld"\ndelay = 0\n'
            f'urls = ["{base}/jobs?api_key=S3CRET", "{base}/broken?jwt=S3CRET&pwd=S3CRET"]\n'
        )
        (result,) = scrape(parse_config(text, "t"), store)
    assert result.status == "partial" and result.new == 1
    assert "S3CRET" not in (result.first_error or "") and "jwt=***" in (result.first_error or "")
    assert all("S3CRET" not in str(row) for row in store.ledger.runs(limit=5))
    (job,) = store.search(Filters())
    assert job["url"] == f"{base}/jobs" and job["source_id"] == f"{base}/jobs"


def test_cached_pages_are_kept_without_their_tokens(store: Store) -> None:
    url = "https://api.example/v1/boards/koala/jobs?content=true&token=S3CRET"
    store.ledger.cache_save([CacheEntry(url, "src", '"v1"', None, ("1",), ())], FETCHED)
    with store.engine.connect() as conn:
        stored = [row.url for row in conn.execute(HTTP_CACHE.select())]
    assert stored == ["https://api.example/v1/boards/koala/jobs?content=true"]
    assert store.ledger.cache_lookup([url])[url].etag == '"v1"'  # found by the same URL
    store.ledger.cache_forget([url])
    assert store.ledger.cache_lookup([url]) == {}


def test_credentials_in_base_url_are_sent_as_basic_auth() -> None:
    with LoopbackServer({"/robots.txt": Response(b"", 404), "/a": Response(b"{}")}) as srv:
        host = srv.url.split("://")[1]

        async def go() -> Any:
            async with Fetcher(FAST) as f:
                return await f.fetch(Request(f"http://us%40r:p%3Aw@{host}/a"))

        page = asyncio.run(go())
    assert page.status == 200 and "@" not in page.url
    sent = srv.headers_seen[-1]["authorization"]
    assert base64.b64decode(sent.removeprefix("Basic ")) == b"us@r:p:w"
    assert "authorization" not in srv.headers_seen[0]  # robots.txt is public


# -- 9. No redirects to internal addresses ---------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.5/",
        "http://192.168.1.1/",
        "http://172.16.0.1/",
        "http://127.0.0.1:8080/",
        "http://[::1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://localhost/",
        "http://2130706433/",
        "http://0x7f.1/",
        "http://0.0.0.0/",
    ],
)
def test_redirect_to_an_internal_address_is_refused(target: str) -> None:
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return httpx.Response(302, headers={"Location": target})

    async def go() -> None:
        async with Fetcher(FAST, transport=httpx.MockTransport(handler)) as f:
            await f.fetch(Request("https://jobs.example/board"), robots=False)

    with pytest.raises(BlockedError, match="internal address"):
        asyncio.run(go())
    assert asked == ["https://jobs.example/board"]  # refused before connecting


def test_a_source_on_an_internal_address_may_redirect_within_it() -> None:
    with LoopbackServer({"/new": Response(b"{}")}) as target:
        moved = Response(b"", 302, headers={"Location": target.url + "/new"})
        with LoopbackServer({"/robots.txt": Response(b"", 404), "/old": moved}) as srv:

            async def go() -> Any:
                async with Fetcher(FAST) as f:
                    return await f.fetch(Request(srv.url + "/old"), robots=False)

            assert asyncio.run(go()).status == 200


# -- 10. Errors say what happened -------------------------------------------------------------


def _free_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    sock.close()
    return port


def _one_source(store: Store, base_url: str, board: str = "koala") -> Any:
    (result,) = scrape(parse_config(gh_config(base_url, {"src": board}), "t"), store)
    return result


def test_refused_port_is_unreachable_not_blocked(store: Store) -> None:
    result = _one_source(store, f"http://127.0.0.1:{_free_port()}")
    assert result.status == "failed"
    assert (result.first_error or "").startswith("unreachable: connection refused")


def test_unknown_host_is_named() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)

    async def go() -> None:
        async with Fetcher(FAST, transport=httpx.MockTransport(handler)) as f:
            await f.fetch(Request("https://jobs.example/board"))

    with pytest.raises(RobotsUnavailableError, match="unreachable: could not resolve host"):
        asyncio.run(go())


@pytest.mark.parametrize(
    ("robots", "status", "words"),
    [
        (Response(b"down", 500), "failed", "robots.txt unavailable: HTTP 500"),
        (Response(b"#" * (600 * 1024)), "failed", "unavailable: response from"),
        (Response(b"User-agent: *\nDisallow: /\n"), "blocked", "disallowed by robots.txt"),
    ],
)
def test_robots_failures_are_not_a_disallow(
    store: Store, robots: Response, status: str, words: str
) -> None:
    routes = {"/robots.txt": robots, gh_path("koala"): Response(gh_board(["ML Engineer"]))}
    with LoopbackServer(routes) as server:
        result = _one_source(store, server.url)
    assert result.status == status and words in (result.first_error or "")


def test_missing_board_is_not_found(store: Store) -> None:
    with LoopbackServer({"/robots.txt": Response(b"", 404)}) as server:
        result = _one_source(store, server.url, board="nope")
    assert result.status == "not_found" and result.failed
    assert (result.first_error or "").startswith("not found: HTTP 404")


# -- 6. Terminal escapes are neutralised at output too ---------------------------------------

ESCAPES = "\x1b[2J\x1b[H\x1b]8;;https://evil.example\x1b\\\x07\x08\x9b31m\u202e\x00"


def _raw_store(db: Path, company: str = "Koala Labs") -> None:
    """Jobs written without normalisation (a database from before it cleaned text)."""
    store = Store(str(db), matching=JobMatching())
    try:
        postings = [
            Posting(
                source="old",
                source_id=str(i),
                url=f"https://jobs.example/{i}",
                title=f"ML{ESCAPES}Engineer {i}",
                company=company,
                location=f"Berlin{ESCAPES}",
                description=f"Train models{ESCAPES}\nShip them",
                role="ml-engineer",
            )
            for i in range(3)
        ]
        store.upsert(postings, datetime.now(UTC))
    finally:
        store.close()


def _no_escapes(text: str) -> bool:
    return not any(c in text for c in "\x1b\x07\x08\x9b\u202e\x00")


def test_search_show_and_stats_neutralise_escapes(tmp_path: Path) -> None:
    db = tmp_path / "j.db"
    _raw_store(db, company=f"Koala{ESCAPES}")
    for args in (
        ("search",),
        ("search", "-f", "csv"),
        ("show", "1"),
        ("stats", "--by", "company"),
        ("stats", "--trend", "week", "--by", "company"),
        ("runs",),
    ):
        out = jobs(*args, "--db", str(db), cwd=tmp_path)
        assert out.returncode == 0, (args, out.stderr)
        assert _no_escapes(out.stdout) and _no_escapes(out.stderr), args
    shown = jobs("show", "1", "--db", str(db), cwd=tmp_path).stdout
    assert "Train models" in shown and "Ship them" in shown  # newlines of the text kept


# -- 7. Every CSV goes through one safe writer -------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("stats", "--trend", "week", "--by", "company", "-f", "csv"),
        ("stats", "--by", "company", "-f", "csv"),
        ("search", "-f", "csv"),
        ("export",),
    ],
)
def test_csv_cells_never_start_a_formula(tmp_path: Path, args: tuple[str, ...]) -> None:
    db = tmp_path / "j.db"
    _raw_store(db, company='=HYPERLINK("https://evil.example","click")')
    out = jobs(*args, "--db", str(db), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    rows = list(csv.reader(io.StringIO(out.stdout)))
    cells = [cell for row in rows for cell in row]
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)
    assert not [cell for cell in cells if cell.startswith(("=", "+", "@", "\t"))]


def test_only_the_output_module_makes_csv_writers() -> None:
    root = Path(__file__).parent.parent
    makers = [
        path.relative_to(root).as_posix()
        for package in ("scraper", "storage", "sources")
        for path in (root / package).rglob("*.py")
        if "csv.writer(" in path.read_text(encoding="utf-8")
    ]
    assert makers == ["scraper/output.py"]


# -- 13. Usage errors have their own exit code ---------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("search", "--bogus"),
        ("search", "--limit", str(2**63)),
        ("search", "--offset", "-1"),
        ("show", str(2**63)),
        ("stats", "--trend", "month"),
        ("search", "--columns", "nope"),
        ("frobnicate",),
    ],
)
def test_usage_errors_exit_64(tmp_path: Path, args: tuple[str, ...]) -> None:
    out = jobs(*args, "--db", str(tmp_path / "j.db"), cwd=tmp_path)
    assert out.returncode == 64, out.stderr
    assert "Traceback" not in out.stderr


# -- 12. Bad input gets one line saying what to fix ----------------------------------------------


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("search", "--since", "1000000d"), "too far back"),
        (
            ("search", "--db", "postgresql+psycopg://u@localhost:notaport/db"),
            "invalid database URL",
        ),
    ],
)
def test_bad_input_is_one_line(tmp_path: Path, args: tuple[str, ...], words: str) -> None:
    Store(str(tmp_path / "j.db")).close()  # read commands never create one
    out = jobs(*args, cwd=tmp_path, env={"JOBS_DB": str(tmp_path / "j.db")})
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and words in out.stderr and "internal" not in out.stderr


def test_many_exclusions_search(tmp_path: Path) -> None:
    db = tmp_path / "j.db"
    _raw_store(db)
    text = "engineer " + " ".join(f"-w{i}" for i in range(200))
    out = jobs("search", text, "-f", "jsonl", "--db", str(db), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert len(out.stdout.splitlines()) == 3


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ('base_url = "http://[::1"', "not a valid URL"),
        ('base_url = "http://host:port"', "not a valid URL"),
        ('every = "99999999999999999999d"', "too long"),
    ],
)
def test_bad_source_options_are_one_line(tmp_path: Path, table: str, words: str) -> None:
    (tmp_path / "jobs.toml").write_text(
        f'[sources.x]\nadapter = "greenhouse"\nboards = ["x"]\n{table}\n'
    )
    out = jobs("schedule", "--db", str(tmp_path / "j.db"), cwd=tmp_path)
    assert out.returncode == 1 and words in out.stderr
    assert out.stderr.count("\n") == 1, out.stderr


def test_bad_url_pattern_fails_its_source_with_one_line(store: Store) -> None:
    sitemap = b'<?xml version="1.0"?><urlset><url><loc>https://x.example/j/1</loc></url></urlset>'
    with LoopbackServer({"/sitemap.xml": Response(sitemap)}) as server:
        text = (
            f'[sources.ld]\nadapter = "jsonld"\ndelay = 0\nurl_pattern = "(unclosed"\n'
            f'sitemap = ["{server.url}/sitemap.xml"]\n'
        )
        (result,) = scrape(parse_config(text, "t"), store)
    assert result.status == "failed"
    assert "invalid url_pattern '(unclosed'" in (result.first_error or "")
    assert "internal error" not in (result.first_error or "")


def test_deeply_nested_json_is_a_parse_error(store: Store) -> None:
    nested = b"[" * 100_000 + b"]" * 100_000
    with LoopbackServer({gh_path("deep"): Response(nested)}) as server:
        result = _one_source(store, server.url, board="deep")
    assert result.status == "failed"
    assert "cannot parse" in (result.first_error or "")


# -- 15. SIGTERM and SIGINT record the run as interrupted ------------------------------------------


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_records_the_run_interrupted(tmp_path: Path, signum: int, code: int) -> None:
    slow = Response(gh_board(["ML Engineer"]), delay=20)
    with LoopbackServer({gh_path("slow"): slow}) as server:
        (tmp_path / "jobs.toml").write_text(gh_config(server.url, {"slow": "slow"}))
        db = str(tmp_path / "j.db")
        proc = subprocess.Popen(
            [sys.executable, "-m", "scraper", "scrape", "--db", db],
            cwd=tmp_path,
            env={**_clean_env(), "JOBS_CONFIG": ""},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 20
            while gh_path("slow") not in server.requests and time.monotonic() < deadline:
                time.sleep(0.05)
            proc.send_signal(signum)
            _out, err = proc.communicate(timeout=20)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == code, err
    assert "Traceback" not in err and err.count("\n") == 1, err
    store = Store(db, matching=JobMatching())
    try:
        (row,) = store.ledger.runs(limit=5)
        assert (row["status"], row["run_status"]) == ("interrupted", "interrupted")
        with store.engine.connect() as conn:
            holders = [r.holder for r in conn.execute(LEASE.select())]
        assert all(h is None for h in holders)  # released
    finally:
        store.close()


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("JOBS_CONFIG", "JOBS_DB")}


# -- 11. A database that fails mid-run: one error, nothing reported lost ---------------------------


def test_database_failing_mid_run_leaves_no_lost_task(
    store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def full(*_args: Any, **_kwargs: Any) -> None:
        raise StorageError("cannot write to the database: database or disk is full")

    monkeypatch.setattr(type(store.ledger), "record_source", full)
    routes = {
        gh_path("fast"): Response(gh_board(["ML Engineer"])),
        gh_path("slow"): Response(gh_board(["Data Engineer"]), delay=2),
    }
    with LoopbackServer(routes) as server:
        config = parse_config(gh_config(server.url, {"fast": "fast", "slow": "slow"}), "t")
        with pytest.raises(StorageError, match="disk is full"):
            scrape(config, store)
    lost = [r for r in caplog.records if r.name == "asyncio" and r.levelname == "ERROR"]
    assert lost == []


# -- 12. Protocol errors are retried and named; 10. a hanging robots.txt is not a Disallow ---------


class RawServer:
    """A loopback TCP server that answers every connection with the same raw bytes."""

    def __init__(self, reply: bytes):
        self.reply = reply
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.connections = 0

    def __enter__(self) -> RawServer:
        import threading

        threading.Thread(target=self._serve, daemon=True).start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.sock.close()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                conn.recv(65536)
                conn.sendall(self.reply)


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "malformed response"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-Bad\x01: 1\r\n\r\nhello", "malformed"),
        (b"NOT HTTP AT ALL\r\n\r\n", "malformed response"),
    ],
)
def test_protocol_errors_are_retried_and_named(reply: bytes, words: str) -> None:
    settings = FetchSettings(retries=2, backoff=0.01, deadline=5.0, timeout=5.0)
    with RawServer(reply) as srv:

        async def go() -> None:
            async with Fetcher(settings) as f:
                await f.fetch(Request(srv.url + "/jobs"), robots=False)

        with pytest.raises(FetchError, match=words) as caught:
            asyncio.run(go())
    assert srv.connections == 3  # the first attempt and two retries
    assert "\n" not in str(caught.value)


def test_hanging_robots_is_unavailable_not_disallowed(store: Store) -> None:
    routes = {
        "/robots.txt": Response(b"User-agent: *\nAllow: /\n", delay=5),
        gh_path("koala"): Response(gh_board(["ML Engineer"])),
    }
    with LoopbackServer(routes) as server:
        text = gh_config(server.url, {"src": "koala"}).replace(
            "retries = 1", "retries = 1\ndeadline = 1"
        )
        (result,) = scrape(parse_config(text, "t"), store)
    assert result.status == "failed"
    assert "robots.txt unavailable: no complete response" in (result.first_error or "")


# -- All at once -------------------------------------------------------------------------------


def test_a_hostile_mix_stores_the_healthy_sources(tmp_path: Path) -> None:
    """Every kind of hostile source in one run: the healthy ones' jobs are stored, exit 2,
    one line per failed source, no traceback, no secret, no escape sequence."""
    partly = [None if i < 4 else f"Analyst {i}" for i in range(10)]
    routes = {
        gh_path("healthy"): Response(gh_board([f"Data Scientist {i}" for i in range(50)])),
        gh_path("also"): Response(gh_board([f"ML Engineer {i}" for i in range(20)], "Other Co")),
        gh_path("nul"): Response(gh_board(["ML\u0000Engineer", "\x1b[2J\x1b]8;;x\x07Lead"])),
        gh_path("partly"): Response(gh_board(partly, "Partly Co")),
        gh_path("limited"): Response(b"", 503, headers={"Retry-After": "9" * 400}),
        gh_path("deep"): Response(b"[" * 100_000 + b"]" * 100_000),
        "/broken?api_key=S3CRET": Response(b"down", 500),
    }
    delayed = {
        "/robots.txt": Response(b"User-agent: *\nCrawl-delay: 100000\n"),
        gh_path("slowpoke"): Response(gh_board(["Research Scientist"], "Slow Co")),
    }
    down = {"/robots.txt": Response(b"", 500)}
    malformed = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"
    with (
        LoopbackServer(routes) as server,
        LoopbackServer(delayed) as crawl,
        LoopbackServer(down) as robots_down,
        RawServer(malformed) as raw,
    ):
        boards = {
            "healthy": "healthy",
            "also": "also",
            "nul": "nul",
            "partly": "partly",
            "limited": "limited",
            "deep": "deep",
            "gone": "gone",
        }
        text = gh_config(server.url, boards)
        for source, base in (
            ("slowpoke", crawl.url),
            ("robots-down", robots_down.url),
            ("malformed", raw.url),
            ("refused", f"http://127.0.0.1:{_free_port()}"),
        ):
            board = "slowpoke" if source == "slowpoke" else "x"
            text += gh_config(base, {source: board}).split("\n", 2)[2]
        text += (
            f'[sources.secret]\nadapter = "jsonld"\ndelay = 0\n'
            f'urls = ["{server.url}/broken?api_key=S3CRET"]\n'
        )
        (tmp_path / "jobs.toml").write_text(text)
        db = str(tmp_path / "j.db")
        out = jobs("scrape", "--quiet", "--db", db, cwd=tmp_path)
    assert out.returncode == 2, out.stderr
    assert out.stdout == ""
    err = out.stderr
    assert "Traceback" not in err and "S3CRET" not in err and _no_escapes(err)
    failed = {
        "partly": "partly",
        "limited": "Retry-After",
        "deep": "cannot parse",
        "gone": "not found: HTTP 404",
        "robots-down": "robots.txt unavailable: HTTP 500",
        "malformed": "malformed response",
        "refused": "unreachable: connection refused",
        "secret": "api_key=***",
    }
    for source, words in failed.items():
        lines = [line for line in err.splitlines() if line.startswith(f"{source}: ")]
        assert len(lines) == 1, (source, err)
        assert words in lines[0] or source == "partly", (source, lines[0])
    for healthy in ("healthy", "also", "nul", "slowpoke"):
        assert not any(line.startswith(f"{healthy}: ") for line in err.splitlines()), healthy
    found = jobs("search", "-f", "jsonl", "--limit", "1000", "--db", db, cwd=tmp_path)
    records = [json.loads(line) for line in found.stdout.splitlines()]
    by_source: dict[str, int] = {}
    for record in records:
        by_source[record["source"]] = by_source.get(record["source"], 0) + 1
    assert by_source == {"healthy": 50, "also": 20, "nul": 2, "slowpoke": 1, "partly": 6}
    assert "disallowed" not in err


def test_jobs_scrape_by_name_overrides_a_deferral(tmp_path: Path) -> None:
    routes = {gh_path("busy"): Response(b"", 429, headers={"Retry-After": "999999999"})}
    with LoopbackServer(routes) as server:
        (tmp_path / "jobs.toml").write_text(gh_config(server.url, {"busy": "busy"}))
        db = str(tmp_path / "j.db")
        first = jobs("scrape", "--db", db, cwd=tmp_path)
        assert first.returncode == 2 and "rate_limited" in first.stdout
        deferred = jobs("scrape", "--quiet", "--db", db, cwd=tmp_path)
        assert deferred.returncode == 2 and "deferred until" in deferred.stderr
        routes[gh_path("busy")] = Response(gh_board(["ML Engineer"]))
        named = jobs("scrape", "busy", "--db", db, cwd=tmp_path)
        assert named.returncode == 0, named.stdout + named.stderr
    health = jobs("sources", "--db", db, cwd=tmp_path)
    assert "0 consecutive failures" in health.stdout
