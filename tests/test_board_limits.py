"""Limits that scale with a source's boards: a 2,100-board source completes (the old
source-wide cap stopped at 2,000 requests); a board that pages forever stops alone."""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from scraper.config import Config, SourceConfig, parse_config
from scraper.errors import ConfigError
from scraper.fetch import Budget, FetchSettings
from scraper.matching import JobMatching
from scraper.pipeline import fetch_settings, scrape
from sources import registry
from sources.base import validate_options
from storage.store import Store

BASE = "https://ats.example"


def answer(data: object) -> httpx.Response:
    """A JSON response the fetcher can stream (it reads raw chunks, as from a socket)."""
    return httpx.Response(200, stream=httpx.ByteStream(json.dumps(data).encode()))


def source(adapter: str, boards: list[str]) -> SourceConfig:
    table = {"adapter": adapter, "base_url": BASE, "delay": 0, "boards": boards}
    return SourceConfig("many", adapter, validate_options("many", registry.get(adapter), table))


def greenhouse(request: httpx.Request) -> httpx.Response:
    """One job per board, named after the board."""
    if request.url.path == "/robots.txt":
        return httpx.Response(404)
    board = request.url.path.split("/")[3]
    job = {
        "id": int(board[1:]),
        "title": f"Data Engineer {board}",
        "absolute_url": f"https://boards.example/{board}/jobs/1",
        "location": {"name": "Berlin, Germany"},
    }
    return answer({"jobs": [job]})


def test_a_source_of_2100_boards_completes(tmp_path: Path) -> None:
    boards = [f"b{i}" for i in range(2100)]
    config = Config("test", (source("greenhouse", boards),), fetch={"retries": 1})
    store = Store(str(tmp_path / "jobs.db"), matching=JobMatching())
    try:
        (result,) = scrape(config, store, transport=httpx.MockTransport(greenhouse))
    finally:
        store.close()
    assert (result.status, result.listings, result.first_error) == ("ok", 2100, None)


def smartrecruiters(request: httpx.Request) -> httpx.Response:
    """Three pages of one posting per board; board "runaway" always says there is more."""
    if request.url.path == "/robots.txt":
        return httpx.Response(404)
    board = request.url.path.split("/")[3]
    offset = int(parse_qs(urlsplit(str(request.url)).query)["offset"][0])
    total = 10**9 if board == "runaway" else 3
    posting = {"id": f"{board}-{offset}", "name": f"ML Engineer {offset}", "company": {}}
    return answer({"totalFound": total, "content": [posting]})


def test_a_runaway_board_stops_at_its_limit_and_the_others_complete(tmp_path: Path) -> None:
    boards = ["alpha", "runaway", "beta", "gamma"]
    config = Config(
        "test",
        (source("smartrecruiters", boards),),
        fetch={"retries": 1, "board_requests": 5},
    )
    store = Store(str(tmp_path / "jobs.db"), matching=JobMatching())
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.path)
        return smartrecruiters(request)

    try:
        (result,) = scrape(config, store, transport=httpx.MockTransport(handler))
    finally:
        store.close()
    per_board = {b: sum(f"/companies/{b}/" in path for path in asked) for b in boards}
    # Each healthy board's 3 pages are read; the runaway stops at 5, said in one line.
    assert per_board == {"alpha": 3, "runaway": 5, "beta": 3, "gamma": 3}
    assert result.listings == 3 * 3 + 5
    assert result.status == "partial"  # stopped early: nothing it lists is closed
    assert result.first_error == (
        "stopped early: request limit of board runaway reached (5 requests)"
    )


def test_time_and_retry_budgets_grow_with_the_boards() -> None:
    settings = FetchSettings(source_seconds=900.0, board_seconds=60.0, source_retries=10)
    one, many = Budget.for_source(settings), Budget.for_source(settings, boards=1000)
    now = time.monotonic()
    assert 800 < one.until - now <= 900 and one.retries == 10
    assert 59_000 < many.until - now <= 60_000 and many.retries == 1000


def test_board_limits_are_configurable() -> None:
    text = "[fetch]\nboard_requests = 50\nboard_seconds = 5\nsource_seconds = 120\n"
    settings = fetch_settings(parse_config(text, "test"))
    assert (settings.board_requests, settings.board_seconds, settings.source_seconds) == (
        50,
        5.0,
        120.0,
    )
    with pytest.raises(ConfigError, match="board_requests"):
        parse_config("[fetch]\nboard_requests = 0\n", "test")
