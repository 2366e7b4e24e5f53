"""Every adapter through the real fetch path: `scraper.pipeline.scrape` (robots.txt, the
Fetcher, normalisation, storage) against a loopback server serving real-format responses;
what is stored is exactly what was served (pagination and lookups included)."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from sources import registry
from tests.helpers import FIXTURES, expected_ids, make, scrape_served

# Fixture cases whose body answers the adapter's first request and asks for nothing more.
ONE_REQUEST = [
    "ashby/koalacompute",
    "breezy/tidewell",  # the board is in the host name: base_url serves one board
    "greenhouse/quantumkoala",
    "jobicy/latest",
    "lever/mistralish",
    "personio/nordwindlabs",  # the board is in the host name: base_url serves one board
    "pinpoint/harrowgate",  # likewise
    "recruitee/brightlattice",  # likewise
    "remoteok/feed",
    "remotive/data",
    "weworkremotely/remote-jobs",
    "weworkremotely/programming",
    "workable/lumenfold",
    "workable/quietharbor",
]
# Adapters whose served test (below, or in tests/test_sources_<adapter>.py) walks pages,
# lookups or details.
FOLLOWING = {
    "arbeitnow",
    "bamboohr",
    "himalayas",
    "hn",
    "html",
    "jsonld",
    "smartrecruiters",
    "teamtailor",
    "workday",  # and tests/test_sources_workday.py (POST paging, details, two sites)
}


def _body(case: str) -> bytes:
    (body,) = (p for p in (FIXTURES / case).parent.glob(Path(case).name + ".*") if _is_body(p))
    return body.read_bytes()


def _is_body(path: Path) -> bool:
    return not path.name.endswith((".expected.json", ".request.json", ".posting.json"))


def _options(case: str) -> dict[str, object]:
    options: dict[str, object] = json.loads((FIXTURES / f"{case}.request.json").read_text())[
        "options"
    ]
    return options


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_every_adapter_has_a_served_test() -> None:
    covered = {case.split("/")[0] for case in ONE_REQUEST} | FOLLOWING
    assert covered == set(registry.BUILTIN)


@pytest.mark.parametrize("case", ONE_REQUEST)
def test_one_request_adapters_store_exactly_the_served_listings(case: str, tmp_path: Path) -> None:
    adapter, options = case.split("/")[0], _options(case)
    (first,) = make(adapter, **options).requests()
    served = scrape_served(
        tmp_path / "jobs.db", adapter, {_path(first.url): _body(case)}, **options
    )
    assert served.asked == [_path(first.url)]
    # A fixture's broken items (counted as errors) make the source partial, never failed.
    assert served.result.status == ("partial" if served.result.errors else "ok")
    assert served.ids == set(expected_ids(case))
    assert len(served.jobs) == len(served.ids)


def test_arbeitnow_follows_next_page_links(tmp_path: Path) -> None:
    first = _body("arbeitnow/page1")
    # Page 2 is the real page 1's shape with other slugs and no next link.
    last = first.replace(b"-5122", b"-6122").replace(b"-5121", b"-6121")
    last = json.dumps({**json.loads(last), "links": {"next": None}}).encode()
    routes = {"/api/job-board-api": first, "/api/job-board-api?page=2": last}
    served = scrape_served(tmp_path / "jobs.db", "arbeitnow", routes)
    assert served.asked == list(routes)
    # A fixture's broken items (counted as errors) make the source partial, never failed.
    assert served.result.status == ("partial" if served.result.errors else "ok")
    page1 = expected_ids("arbeitnow/page1")
    page2 = [i.replace("-5122", "-6122").replace("-5121", "-6121") for i in page1]
    assert served.ids == set(page1) | set(page2) and len(set(page2) - set(page1)) == 3
    assert len(served.jobs) == 6


def test_himalayas_pages(tmp_path: Path) -> None:
    routes = {
        "/jobs/api?limit=20&offset=0": _body("himalayas/page1"),
        "/jobs/api?limit=20&offset=5": _body("himalayas/last_page").replace(
            b'"totalCount":41', b'"totalCount":6'
        ),
    }
    served = scrape_served(tmp_path / "jobs.db", "himalayas", routes)
    assert served.asked == list(routes)
    assert served.result.errors == 2  # the broken items, counted, not fatal
    assert served.ids == set(expected_ids("himalayas/page1") + expected_ids("himalayas/last_page"))
    assert len(served.jobs) == len(served.ids)


def test_hn_lookup_then_thread(tmp_path: Path) -> None:
    hits = {
        "hits": [
            {"objectID": "49100001", "title": "Ask HN: Who wants to be hired? (November 2026)"},
            {
                "objectID": "49100000",
                "title": "Ask HN: Who is hiring? (November 2026)",
                "created_at_i": 1793631621,
            },
        ],
        "nbHits": 2,
        "page": 0,
        "hitsPerPage": 20,
    }
    routes = {
        "/api/v1/search_by_date?tags=story,author_whoishiring&query=hiring": json.dumps(hits),
        "/api/v1/items/49100000": _body("hn/thread"),
    }
    served = scrape_served(tmp_path / "jobs.db", "hn", routes)
    assert served.asked == list(routes)
    assert served.ids == set(expected_ids("hn/thread"))
    assert len(served.jobs) == len(served.ids)


def test_jsonld_sitemap_then_pages(tmp_path: Path) -> None:
    sitemap = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://larkspur.example/about</loc></url>"
        "<url><loc>https://larkspur.example/careers/applied-scientist-retrieval</loc></url>"
        "</urlset>"
    )
    routes = {
        "/sitemap.xml": sitemap,
        "/careers/applied-scientist-retrieval": _body("jsonld/careers_page"),
    }
    served = scrape_served(
        tmp_path / "jobs.db",
        "jsonld",
        routes,
        sitemap="https://larkspur.example/sitemap.xml",
        url_pattern="/careers/",
    )
    assert served.asked == list(routes)
    # Absolute JSON-LD URLs name the real site; a relative one resolves against the served page.
    ids = {i.replace(served.base_url, "https://larkspur.example") for i in served.ids}
    assert ids == set(expected_ids("jsonld/careers_page"))
    assert len(served.jobs) == len(ids)


def test_html_pages(tmp_path: Path) -> None:
    first = _body("html/featured")
    last = first.replace(
        b'<nav class="pagination"><a class="page-link" rel="next" href="?page=2">', b"<nav>"
    )
    routes = {"/jobs/featured/": first, "/jobs/featured/?page=2": last}
    served = scrape_served(tmp_path / "jobs.db", "html", routes, **_options("html/featured"))
    assert served.asked == list(routes)
    # Relative card links resolve against the loopback page; the absolute one keeps its host.
    # Both pages carry the same cards, so each job is stored once.
    ids = {i.replace(served.base_url, "https://boards.example") for i in served.ids}
    assert ids == set(expected_ids("html/featured"))
    assert len(served.jobs) == len(ids) and served.result.listings == 2 * len(ids)


def test_smartrecruiters_pages(tmp_path: Path) -> None:
    listing = json.loads(_body("smartrecruiters/VelloraRobotics"))
    routes = {
        "/v1/companies/VelloraRobotics/postings?limit=100&offset=0": json.dumps(listing),
        # The next offset answers with no postings left: the walk ends there.
        "/v1/companies/VelloraRobotics/postings?limit=100&offset=4": json.dumps(
            {**listing, "offset": 4, "content": []}
        ),
    }
    served = scrape_served(
        tmp_path / "jobs.db", "smartrecruiters", routes, boards=["VelloraRobotics"]
    )
    assert served.asked == list(routes)
    assert served.ids == set(expected_ids("smartrecruiters/VelloraRobotics"))
    assert len(served.jobs) == len(served.ids)


def test_smartrecruiters_details(tmp_path: Path) -> None:
    listing = json.loads(_body("smartrecruiters/VelloraRobotics"))
    one = [p for p in listing["content"] if p["id"] == "744000200000001"]
    routes = {
        "/v1/companies/VelloraRobotics/postings?limit=100&offset=0": json.dumps(
            {**listing, "totalFound": 1, "content": one}
        ),
        "/v1/companies/VelloraRobotics/postings/744000200000001": _body(
            "smartrecruiters/VelloraRobotics_detail"
        ),
    }
    served = scrape_served(
        tmp_path / "jobs.db", "smartrecruiters", routes, boards=["VelloraRobotics"], details=True
    )
    assert served.asked == list(routes)
    # A fixture's broken items (counted as errors) make the source partial, never failed.
    assert served.result.status == ("partial" if served.result.errors else "ok")
    assert served.ids == set(expected_ids("smartrecruiters/VelloraRobotics_detail"))
    (job,) = served.jobs
    assert (job["salary_min"], job["salary_currency"]) == (160000.0, "CHF")
