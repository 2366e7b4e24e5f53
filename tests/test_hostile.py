"""Hostile servers, content and input (issue 18): nothing lost, nothing hung, nothing injected."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from scraper.config import parse_config
from scraper.errors import StorageError
from scraper.models import Posting
from scraper.normalize import normalize
from scraper.normalize.text import MAX_COMPANY, MAX_LOCATION, MAX_TITLE, strip_controls
from scraper.pipeline import scrape
from sources.base import RawListing
from storage.search import Filters
from storage.store import Store
from tests.loopback import LoopbackServer, Response

FETCHED = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
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
    s = Store(db_target)
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
