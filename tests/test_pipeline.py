"""The whole pipeline against a loopback server serving real-format responses."""

from __future__ import annotations

import asyncio
import json
from typing import ClassVar

import pytest

from scraper import pipeline
from scraper.config import parse_config
from scraper.matching import JobMatching
from scraper.pipeline import scrape
from scraper.prepare import Prepared
from storage.search import Filters
from storage.store import Store
from tests.helpers import (
    GREENHOUSE_PATH,
    config_text,
    lever_path,
    lever_postings,
    routes,
    seen_times,
)
from tests.loopback import LoopbackServer, Response


@pytest.fixture
def store(db_target: str) -> Store:
    s = Store(db_target, matching=JobMatching())
    yield s
    s.close()


def test_scrape_stores_every_listing_and_rerun_adds_nothing(store: Store) -> None:
    with LoopbackServer(routes()) as server:
        config = parse_config(config_text(server.url), "test")
        first = {r.source: r for r in scrape(config, store)}
        assert {k: (r.listings, r.new, r.status) for k, r in first.items()} == {
            # The broken item: counted, not fatal, but the source is partial (closes nothing).
            "koala-gh": (2, 2, "partial"),
            "mistralish": (150, 150, "ok"),
            "koala-ashby": (3, 3, "ok"),
        }
        assert first["koala-gh"].errors == 1
        # Lever paginates (100 + 50); robots.txt is asked once for the shared loopback host.
        assert sum(r.requests for r in first.values()) == 1 + 2 + 1 + 1
        assert store.count_jobs() == 155
        second = scrape(config, store)
        assert sum(r.new for r in second) == 0
        assert sum(r.updated for r in second) == 0
        assert store.count_jobs() == 155
    seen = seen_times(store)
    assert len(seen) == 155
    assert all(last > first for first, last in seen.values())


def test_values_as_the_api_says(store: Store) -> None:
    with LoopbackServer(routes(lever_count=3)) as server:
        scrape(parse_config(config_text(server.url), "test"), store)
    by_id = {r["source_id"]: r for r in store.search(Filters())}
    gh = by_id["7001001"]
    assert gh["title"] == "Senior Machine Learning Engineer, Ranking"
    assert gh["company"] == "Quantum Koala Labs"
    assert gh["location"] == "Berlin, Germany"
    assert gh["remote"] == "hybrid"
    assert (gh["salary_min"], gh["salary_max"], gh["salary_currency"]) == (95000, 120000, "EUR")
    assert gh["posted_at"] == "2026-10-03T02:30:00Z"  # -04:00 offset converted to UTC
    assert gh["url"] == "https://quantumkoala.example/careers?gh_jid=7001001"
    assert by_id["7001002"]["company"] == "quantumkoala"  # no company_name: board token
    assert by_id["7001002"]["remote"] == "remote"  # from "Remote - US"
    ashby = by_id["0c0ffee0-0000-4000-8000-00000000a001"]
    assert ashby["title"] == "Member of Technical Staff, Inference"
    assert ashby["company"] == "Koala Compute"
    assert (ashby["salary_min"], ashby["salary_max"], ashby["salary_currency"]) == (
        180000,
        260000,
        "USD",
    )
    assert ashby["salary_period"] == "year"
    assert ashby["remote"] is None
    assert by_id["0c0ffee0-0000-4000-8000-00000000a002"]["remote"] == "hybrid"
    assert "0c0ffee0-0000-4000-8000-00000000a003" not in by_id  # isListed: false
    lever = by_id["00000000-0000-4000-8000-000000000001"]
    assert lever["posted_at"] == "2025-10-24T10:00:01Z"  # epoch milliseconds
    assert lever["company"] == "Mistralish AI"
    assert lever["remote"] == "onsite"
    assert lever["country"] == "FR"


def test_one_failing_source_does_not_stop_the_others(store: Store) -> None:
    served = routes(lever_count=3)
    served[GREENHOUSE_PATH] = Response(b"oops", 500)
    with LoopbackServer(served) as server:
        results = {r.source: r for r in scrape(parse_config(config_text(server.url), "t"), store)}
        assert results["koala-gh"].status == "failed"
        assert "HTTP 500" in (results["koala-gh"].first_error or "")
        assert server.requests.count(GREENHOUSE_PATH) == 2  # first try + 1 retry
    assert results["mistralish"].status == "ok"
    assert results["koala-ashby"].status == "ok"
    assert store.count_jobs() == 3 + 3


def test_changed_listing_is_updated_not_duplicated(store: Store) -> None:
    served = routes(lever_count=3)
    with LoopbackServer(served) as server:
        config = parse_config(config_text(server.url), "t")
        scrape(config, store)
        body = served[GREENHOUSE_PATH].body
        assert isinstance(body, bytes)
        served[GREENHOUSE_PATH] = Response(body.replace(b"Data Analyst", b"Senior Data Analyst"))
        results = {r.source: r for r in scrape(config, store)}
    assert (results["koala-gh"].new, results["koala-gh"].updated) == (0, 1)
    titles = [r["title"] for r in store.search(Filters(sources=("koala-gh",)))]
    assert sorted(titles) == ["Senior Data Analyst", "Senior Machine Learning Engineer, Ranking"]


class SlowPreparer(pipeline.Preparer):
    """Prepares inline, but hands each batch back 0.2 s later, as a busy worker would;
    `events` records ("prepared", first source id of the batch) as batches come back."""

    events: ClassVar[list[tuple[str, str]]] = []

    async def submit(self, items, source, seen_at, salt=""):  # type: ignore[no-untyped-def]
        loop = asyncio.get_running_loop()
        future: asyncio.Future[list[Prepared]] = loop.create_future()
        done = self.inline(items, source, seen_at, salt)
        page = items[0].source_id

        def finish() -> None:
            self.events.append(("prepared", page))
            future.set_result(done)

        loop.call_later(0.2, finish)
        return future


def test_next_page_is_fetched_while_a_pages_batches_are_prepared(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With batches out in workers, a paginated source fetches its next page meanwhile;
    every listing still arrives once, in a complete, healthy run."""
    events: list[tuple[str, str]] = []
    monkeypatch.setattr(SlowPreparer, "events", events)
    real_fetch = pipeline._SourceRun._fetch

    async def logged(self, request, *args):  # type: ignore[no-untyped-def]
        events.append(("fetch", request.url.rsplit("skip=", 1)[-1]))
        return await real_fetch(self, request, *args)

    monkeypatch.setattr(pipeline, "Preparer", SlowPreparer)
    monkeypatch.setattr(pipeline._SourceRun, "_fetch", logged)
    with LoopbackServer(routes(lever_count=250)) as server:
        config = parse_config(config_text(server.url), "test")
        (result,) = scrape(config, store, ["mistralish"])
    assert (result.status, result.listings, result.new) == ("ok", 250, 250)
    fetches = [e for e in events if e[0] == "fetch"]
    assert [skip for _, skip in fetches] == ["0&limit=100", "100&limit=100", "200&limit=100"]
    # Page 2 was asked for before page 1's batch came back, page 3 before page 2's.
    first_back = events.index(("prepared", lever_id(0)))
    assert events.index(fetches[1]) < first_back
    assert events.index(fetches[2]) < events.index(("prepared", lever_id(100)))
    assert store.count_jobs() == 250


def lever_id(i: int) -> str:
    """The id `tests.helpers.lever_postings` gives posting i."""
    return f"00000000-0000-4000-8000-{i:012d}"


def test_a_failed_batch_stops_the_source_and_drops_the_page_fetched_ahead(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch failing while the next page is being fetched: the source stops with the
    error, the page fetched ahead is dropped, nothing is closed, the run ends cleanly."""

    class FailingPreparer(pipeline.Preparer):
        async def submit(self, items, source, seen_at, salt=""):  # type: ignore[no-untyped-def]
            loop = asyncio.get_running_loop()
            future: asyncio.Future[list[Prepared]] = loop.create_future()
            loop.call_later(0.2, future.set_exception, RuntimeError("worker bug"))
            return future

    monkeypatch.setattr(pipeline, "Preparer", FailingPreparer)
    with LoopbackServer(routes(lever_count=250)) as server:
        config = parse_config(config_text(server.url), "test")
        (result,) = scrape(config, store, ["mistralish"])
    assert result.status != "ok"
    assert "worker bug" in (result.first_error or "")
    # robots.txt, page 1, and the pages read while its batch was out (parsed while at most
    # MAX_IN_FLIGHT batches are, then one fetched ahead): all dropped, none stored.
    assert 3 <= result.requests <= 2 + pipeline.MAX_IN_FLIGHT
    assert store.count_jobs() == 0


def test_a_page_fetched_ahead_may_be_not_modified(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 304 for the page fetched ahead re-uses its cached listings, as a 304 in turn does."""
    calls: list[tuple[int, str | None]] = []
    bodies = {0: json.dumps(lever_postings(250)[:100])}

    def etagged(skip: int) -> object:
        def respond(handler: object) -> Response:
            items = handler.headers.items()  # type: ignore[attr-defined]
            match = {k.lower(): v for k, v in items}.get("if-none-match")
            calls.append((skip, match))
            if skip == 0:  # the first page changes, so its batch goes out to be prepared
                return Response(bodies[0])
            if match == f'"p{skip}"':
                return Response(b"", 304, headers={"ETag": match})
            page = json.dumps(lever_postings(250)[skip : skip + 100])
            return Response(page, headers={"ETag": f'"p{skip}"'})

        return respond

    served = {lever_path(skip): etagged(skip) for skip in (0, 100, 200)}
    monkeypatch.setattr(pipeline, "Preparer", SlowPreparer)
    with LoopbackServer(served) as server:  # type: ignore[arg-type]
        config = parse_config(config_text(server.url), "test")
        scrape(config, store, ["mistralish"])
        first_seen = seen_times(store)
        renamed = [dict(p, text=f"Data Scientist {i}") for i, p in enumerate(lever_postings(100))]
        bodies[0] = json.dumps(renamed)
        (second,) = scrape(config, store, ["mistralish"])
    assert (second.status, second.listings, second.not_modified) == ("ok", 250, 2)
    assert (second.new, second.updated) == (0, 100)
    assert calls[-2:] == [(100, '"p100"'), (200, '"p200"')]  # conditional, then 304
    after = seen_times(store)
    assert after.keys() == first_seen.keys() and len(after) == 250
    assert all(after[k][1] > first_seen[k][1] for k in after)  # all still seen: none closed
