"""Himalayas pagination, Jobicy requests, We Work Remotely RSS: behaviour beyond the fixtures."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.errors import ParseError
from sources.base import Request
from sources.weworkremotely import split_title
from tests.helpers import make, page, split


def _jobs(n: int, start: int = 0) -> list[dict[str, Any]]:
    return [
        {
            "title": f"Engineer {i}",
            "companyName": "Acme",
            "guid": f"https://himalayas.app/companies/acme/jobs/engineer-{i}",
            "applicationLink": f"https://himalayas.app/companies/acme/jobs/engineer-{i}",
            "pubDate": 1792990000,
        }
        for i in range(start, start + n)
    ]


def _crawl(adapter: Any, pages: dict[int, dict[str, Any]]) -> tuple[list[str], list[int]]:
    """Follow follow-up requests like the engine would; return titles and offsets fetched."""
    queue: list[Request] = list(adapter.requests())
    titles: list[str] = []
    offsets: list[int] = []
    while queue:
        request = queue.pop(0)
        offset = int(request.meta["offset"])
        offsets.append(offset)
        listings, follow, _ = split(adapter.parse(page(request, pages[offset])))
        titles += [x.title for x in listings]
        queue += follow
    return titles, offsets


def test_himalayas_follows_offsets_until_total_count() -> None:
    pages = {
        0: {"totalCount": 45, "jobs": _jobs(20)},
        20: {"totalCount": 45, "jobs": _jobs(20, 20)},
    }
    pages[40] = {"totalCount": 45, "jobs": _jobs(5, 40)}
    titles, offsets = _crawl(make("himalayas"), pages)
    assert offsets == [0, 20, 40]
    assert titles == [f"Engineer {i}" for i in range(45)]


def test_himalayas_stops_at_max_pages() -> None:
    pages = {o: {"totalCount": 1000, "jobs": _jobs(20, o)} for o in range(0, 1000, 20)}
    _, offsets = _crawl(make("himalayas", max_pages=3), pages)
    assert offsets == [0, 20, 40]


def test_himalayas_stops_on_an_empty_page_and_tolerates_a_smaller_page_size() -> None:
    # The server ignores `limit` and serves 10 a page; the offset follows what was served.
    pages = {0: {"totalCount": 100, "jobs": _jobs(10)}, 10: {"totalCount": 100, "jobs": []}}
    titles, offsets = _crawl(make("himalayas"), pages)
    assert offsets == [0, 10]
    assert len(titles) == 10


def test_himalayas_without_total_count_stops_on_a_short_page() -> None:
    pages = {0: {"jobs": _jobs(20)}, 20: {"jobs": _jobs(3, 20)}}
    _, offsets = _crawl(make("himalayas"), pages)
    assert offsets == [0, 20]


def test_himalayas_base_url_keeps_path_and_query() -> None:
    (request,) = make("himalayas", base_url="http://127.0.0.1:8000").requests()
    assert request.url == "http://127.0.0.1:8000/jobs/api?limit=20&offset=0"


@pytest.mark.parametrize("body", [[], {"data": []}, {"jobs": {}}])
def test_himalayas_wrong_shape_is_a_page_error(body: object) -> None:
    adapter = make("himalayas")
    (request,) = adapter.requests()
    with pytest.raises(ParseError):
        list(adapter.parse(page(request, body)))


@pytest.mark.parametrize(
    ("options", "url"),
    [
        ({}, "https://jobicy.com/api/v2/remote-jobs?count=50"),
        ({"count": 500}, "https://jobicy.com/api/v2/remote-jobs?count=100"),
        (
            {"tag": "machine learning", "geo": "europe", "industry": "data-science", "count": 20},
            "https://jobicy.com/api/v2/remote-jobs?count=20&tag=machine+learning&geo=europe"
            "&industry=data-science",
        ),
    ],
)
def test_jobicy_request(options: dict[str, Any], url: str) -> None:
    (request,) = make("jobicy", **options).requests()
    assert request.url == url


def test_jobicy_salary_numbers_as_given() -> None:
    adapter = make("jobicy")
    (request,) = adapter.requests()
    job = {"id": 1, "url": "https://jobicy.com/jobs/1-x", "jobTitle": "X", "companyName": "Y"}
    body = {
        "jobs": [
            {**job, "salaryMin": "60,000", "salaryMax": True},
            {**job, "id": 2, "annualSalaryMin": 0},
        ]
    }
    (one, two), _, _ = split(adapter.parse(page(request, body)))
    assert (one.salary_min, one.salary_max, one.salary_period) == (60000.0, None, None)
    assert (two.salary_min, two.salary_period) == (0.0, "yearly")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Acme: Data Engineer", ("Acme", "Data Engineer")),
        ("Acme : Data Engineer ", ("Acme", "Data Engineer")),
        (
            "Remote: Data Platform Engineer: Streaming",
            ("Remote", "Data Platform Engineer: Streaming"),
        ),
        ("No company here", ("", "No company here")),
        ("Acme:", ("Acme", "")),
    ],
)
def test_wwr_split_title(title: str, expected: tuple[str, str]) -> None:
    assert split_title(title) == expected


def test_wwr_category_feeds() -> None:
    requests = list(
        make("weworkremotely", categories=["remote-programming-jobs", "x y"]).requests()
    )
    assert [r.url for r in requests] == [
        "https://weworkremotely.com/categories/remote-programming-jobs.rss",
        "https://weworkremotely.com/categories/x%20y.rss",
    ]
    (default,) = make("weworkremotely").requests()
    assert default.url == "https://weworkremotely.com/remote-jobs.rss"


@pytest.mark.parametrize(
    "body",
    [
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "x"><!ENTITY b "&a;&a;">]><rss>&b;</rss>',
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><rss>&e;</rss>',
        "<rss><channel><item>",
        "<feed><entry/></feed>",
    ],
    ids=["entity expansion", "external entity", "truncated", "not rss"],
)
def test_wwr_rejects_unsafe_or_broken_xml(body: str) -> None:
    adapter = make("weworkremotely")
    (request,) = adapter.requests()
    with pytest.raises(ParseError):
        list(adapter.parse(page(request, body)))
