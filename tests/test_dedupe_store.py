"""Cross-source dedupe through the real pipeline: copies join one job, near-misses stay apart."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from scraper.config import parse_config
from scraper.matching import JobMatching
from scraper.models import Posting
from scraper.pipeline import scrape
from storage.search import Filters
from storage.store import Store
from tests.loopback import LoopbackServer, Response

GH = "/v1/boards/acme/jobs?content=true"
LEVER = "/v0/postings/acme?mode=json&skip=0&limit=100"
ASHBY = "/posting-api/job-board/acme?includeCompensation=true"


def gh_job(i: int, title: str, location: str, url: str) -> dict[str, object]:
    return {
        "id": i,
        "title": title,
        "company_name": "Acme Robotics, Inc.",
        "absolute_url": url,
        "location": {"name": location},
        "first_published": "2026-10-01T00:00:00Z",
        "content": "&lt;p&gt;Build robots that learn.&lt;/p&gt;",
    }


def lever_job(i: int, title: str, location: str) -> dict[str, object]:
    return {
        "id": f"lv-{i}",
        "text": title,
        "categories": {"location": location},
        "createdAt": 1761300000000,
        "hostedUrl": f"https://jobs.lever.co/acme/lv-{i}?lever-source=LinkedIn",
        "description": "<p>Build robots that learn.</p>",
    }


def ashby_job(i: int, title: str, location: str) -> dict[str, object]:
    return {
        "id": f"ab-{i}",
        "title": title,
        "location": location,
        "isListed": True,
        "publishedAt": "2026-10-02T00:00:00Z",
        "jobUrl": f"https://jobs.ashbyhq.com/acme/ab-{i}",
        "compensation": {"summaryComponents": []},
    }


CONFIG = """
[sources.acme-gh]
adapter = "greenhouse"
boards = ["acme"]
base_url = "URL"
delay = 0

[sources.acme-lever]
adapter = "lever"
boards = ["acme"]
company = "ACME Robotics GmbH"
base_url = "URL"
delay = 0

[sources.acme-ashby]
adapter = "ashby"
boards = ["acme"]
company = "The Acme Robotics"
base_url = "URL"
delay = 0
"""


def routes() -> dict[str, Response]:
    gh = [
        gh_job(
            1,
            "Senior Machine Learning Engineer",
            "Berlin, Germany",
            "https://acme.example/jobs/1?utm_source=x",
        ),
        gh_job(
            2, "Staff Machine Learning Engineer", "Berlin, Germany", "https://acme.example/jobs/2"
        ),
        gh_job(3, "Software Engineer, Payments", "Remote - US", "https://acme.example/jobs/3"),
        gh_job(4, "Data Scientist", "Paris, France", "https://acme.example/jobs/4"),
    ]
    lever = [
        lever_job(1, "Sr. ML Engineer (m/w/d)", "Berlin"),  # copy of gh 1
        lever_job(2, "Senior ML Engineer", "Munich, Germany"),  # another city: apart
        lever_job(3, "Software Engineer, Search", "Remote - US"),  # another team: apart
    ]
    ashby = [
        ashby_job(1, "Senior Machine Learning Engineer - Berlin", "Berlin, Germany"),  # copy
        ashby_job(4, "Data Scientist", "Paris"),  # copy of gh 4
        ashby_job(5, "Data Scientist II", "Paris"),  # another level: apart
    ]
    return {
        GH: Response(json.dumps({"jobs": gh})),
        LEVER: Response(json.dumps(lever)),
        ASHBY: Response(json.dumps({"jobs": ashby})),
    }


@pytest.fixture
def store(db_target: str) -> Store:
    s = Store(db_target, matching=JobMatching())
    yield s
    s.close()


def test_copies_join_and_near_misses_stay_apart(store: Store) -> None:
    with LoopbackServer(routes()) as server:
        config = parse_config(CONFIG.replace("URL", server.url), "t")
        first = scrape(config, store)
        assert all(r.status == "ok" for r in first)
        second = scrape(config, store)
    assert sum(r.new for r in second) == 0
    jobs = list(store.search(Filters()))
    by_sources = sorted((sorted(j["sources"]), j["title"]) for j in jobs)
    # 10 listings -> 7 jobs: gh1 = lever1 = ashby1, gh4 = ashby4.
    assert len(jobs) == 7, by_sources
    merged = [j for j in jobs if len(j["sources"]) > 1]
    assert sorted(sorted(j["sources"]) for j in merged) == [
        ["acme-ashby", "acme-gh"],
        ["acme-ashby", "acme-gh", "acme-lever"],
    ]
    ml = next(j for j in merged if len(j["sources"]) == 3)
    # Sources run concurrently: whichever copy arrived first gives the job its fields.
    assert ml["title"] in {"Senior Machine Learning Engineer", "Sr. ML Engineer"}
    detail = store.get_job(ml["id"])
    assert detail is not None and len(detail["listings"]) == 3
    # A filter on any listing's source finds the merged job.
    assert ml["id"] in {j["id"] for j in store.search(Filters(sources=("acme-lever",)))}


def test_two_live_postings_on_one_board_stay_two_jobs(store: Store) -> None:
    twins = [
        gh_job(1, "Robotics Engineer", "Berlin, Germany", "https://acme.example/jobs/1"),
        gh_job(2, "Robotics Engineer", "Berlin, Germany", "https://acme.example/jobs/2"),
    ]
    with LoopbackServer({GH: Response(json.dumps({"jobs": twins}))}) as server:
        config = parse_config(CONFIG.replace("URL", server.url), "t")
        scrape(config, store, ["acme-gh"])
    assert store.count_jobs() == 2


def test_closed_copy_lets_the_job_live_on_its_other_listing(store: Store) -> None:
    served = routes()
    with LoopbackServer(served) as server:
        config = parse_config(CONFIG.replace("URL", server.url), "t")
        scrape(config, store)
        lever = json.loads(served[LEVER].body)
        served[LEVER] = Response(json.dumps(lever[1:]))  # lever drops its copy of the ML job
        assert scrape(config, store, ["acme-lever"])[0].status == "ok"
        ml = next(j for j in store.search(Filters()) if len(j["sources"]) == 3)
        assert ml["closed_at"] is None  # still listed by greenhouse and ashby
        detail = store.get_job(ml["id"])
        assert detail is not None
        closed = {li["source"] for li in detail["listings"] if li["closed_at"]}
        assert closed == {"acme-lever"}
        for path, key in ((GH, "jobs"), (ASHBY, "jobs")):
            data = json.loads(served[path].body)
            data[key] = data[key][1:]
            served[path] = Response(json.dumps(data))
        results = scrape(config, store, ["acme-gh", "acme-ashby"])
        assert [r.status for r in results] == ["ok", "ok"]
    after = store.get_job(ml["id"])
    assert after is not None and after["closed_at"] is not None
    assert ml["id"] not in {j["id"] for j in store.search(Filters())}


def _copy(source: str, source_id: str, title: str) -> Posting:
    return Posting(
        source=source,
        source_id=source_id,
        url=f"https://{source}.example/{source_id}",
        title=title,
        company="Acme Robotics",
        location="Berlin, Germany",
        country="DE",
        city="Berlin",
    )


def test_candidates_see_jobs_another_writer_inserted_between_batches(db_target: str) -> None:
    """A store caches the jobs it inserts itself; another writer's are still read."""
    seen_at = datetime(2026, 11, 27, 12, tzinfo=UTC)
    first, other = (
        Store(db_target, matching=JobMatching()),
        Store(db_target, matching=JobMatching()),
    )
    try:
        first.upsert([_copy("a", "1", "Machine Learning Engineer")], seen_at)
        other.upsert([_copy("b", "1", "Data Scientist")], seen_at)
        # Copies of both: the first store's own job (cached as inserted) and the other's.
        first.upsert(
            [_copy("c", "1", "Machine Learning Engineer"), _copy("c", "2", "Data Scientist")],
            seen_at,
        )
        first.upsert([_copy("a", "2", "Product Designer")], seen_at)
        first.upsert([_copy("d", "1", "Product Designer")], seen_at)  # its own, cached
        assert first.count_jobs() == 3
        sources = sorted(sorted(r["sources"]) for r in first.search(Filters()))
        assert sources == [["a", "c"], ["a", "d"], ["b", "c"]]
    finally:
        first.close()
        other.close()
