"""Re-runs skip normalising and classifying listings whose raw content is unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import scraper.pipeline as pipeline
import scraper.prepare as prepare
from scraper.config import parse_config
from scraper.matching import JobMatching
from storage.search import Filters
from storage.store import Store
from tests.helpers import seen_times
from tests.loopback import LoopbackServer, Response

PATH = "/v1/boards/acme/jobs?content=true"
# Inline (processes = 0): the test counts normalise calls in this process.
CONFIG = (
    'processes = 0\n[sources.acme]\nadapter = "greenhouse"\nboards = ["acme"]\n'
    'base_url = "URL"\ndelay = 0\n'
)


def board(titles: list[str]) -> Response:
    jobs = [
        {
            "id": i,
            "title": title,
            "company_name": "Acme",
            "absolute_url": f"https://acme.example/jobs/{i}",
            "location": {"name": "Berlin, Germany"},
            "first_published": "2026-10-01T00:00:00Z",
            "content": "&lt;p&gt;Build things.&lt;/p&gt;",
        }
        for i, title in enumerate(titles, 1)
    ]
    return Response(json.dumps({"jobs": jobs}))


def test_unchanged_listings_are_only_touched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = prepare.normalize

    def counting(raw, source, fetched_at, **tags):  # type: ignore[no-untyped-def]
        calls.append(raw.source_id)
        return real(raw, source, fetched_at, **tags)

    monkeypatch.setattr(prepare, "normalize", counting)
    store = Store(str(tmp_path / "jobs.db"), matching=JobMatching())
    served = {PATH: board(["Data Engineer", "ML Engineer", "Designer"])}
    try:
        with LoopbackServer(served) as server:
            config = parse_config(CONFIG.replace("URL", server.url), "t")
            pipeline.scrape(config, store)
            assert sorted(calls) == ["1", "2", "3"]
            first = seen_times(store)
            calls.clear()
            again = pipeline.scrape(config, store)
            assert calls == []  # nothing re-normalised...
            assert (again[0].listings, again[0].new, again[0].status) == (3, 0, "ok")
            after = seen_times(store)
            assert all(after[k][1] > first[k][1] for k in first)  # ...but every job still seen
            served[PATH] = board(["Data Engineer", "Senior ML Engineer", "Designer"])
            third = pipeline.scrape(config, store)
        assert calls == ["2"]  # only the changed listing is normalised again
        assert third[0].updated == 1
        titles = sorted(r["title"] for r in store.search(Filters()))
        assert titles == ["Data Engineer", "Designer", "Senior ML Engineer"]
    finally:
        store.close()
