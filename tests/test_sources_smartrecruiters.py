"""SmartRecruiters: limit/offset pagination, the optional detail requests, served end to end."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scraper.errors import ParseError
from sources.base import ItemError, RawListing, Request
from tests.helpers import make, page_for, scrape_served

FIXTURES = Path(__file__).parent / "fixtures" / "smartrecruiters"
LIST = "/v1/companies/{company}/postings?limit=100&offset={offset}"
DETAIL = "/v1/companies/{company}/postings/{id}"


def _posting(ident: str, company: str = "Acme", **extra: Any) -> dict[str, Any]:
    return {
        "id": ident,
        "name": f"Engineer {ident}",
        "company": {"identifier": company, "name": "Acme Inc"},
        "location": {"city": "Austin", "region": "TX", "country": "us", "remote": True},
        "ref": f"https://api.smartrecruiters.com/v1/companies/{company}/postings/{ident}",
        **extra,
    }


def _list_body(ids: list[str], total: int, offset: int = 0) -> bytes:
    body = {
        "offset": offset,
        "limit": 100,
        "totalFound": total,
        "content": [_posting(i) for i in ids],
    }
    return json.dumps(body).encode()


def test_pages_are_walked_until_total_found(tmp_path: Path) -> None:
    ids = [str(744000000000000 + n) for n in range(250)]
    routes = {
        LIST.format(company="Acme", offset=off): _list_body(ids[off : off + 100], 250, off)
        for off in (0, 100, 200)
    }
    served = scrape_served(tmp_path / "jobs.db", "smartrecruiters", routes, boards=["Acme"])
    assert served.asked == list(routes)
    assert served.ids == set(ids) and len(served.jobs) == 250
    assert served.result.errors == 0


@pytest.mark.parametrize(
    ("content", "total", "follows"),
    [
        (["1", "2"], 2, False),  # the whole board on one page
        (["1", "2"], 3, True),  # one more posting to fetch
        ([], 50, False),  # an empty page ends the walk whatever the count says
        (["1"], None, False),  # no count: nothing to go on, stop
    ],
)
def test_next_page_only_while_postings_remain(
    content: list[str], total: int | None, follows: bool
) -> None:
    adapter = make("smartrecruiters", boards=["Acme"])
    body = {"totalFound": total, "content": [_posting(i) for i in content]}
    out = list(adapter.parse(page_for(adapter, json.dumps(body).encode())))
    requests = [x for x in out if isinstance(x, Request)]
    assert bool(requests) is follows
    if follows:
        assert requests[0].url.endswith(f"offset={len(content)}")


def test_details_option_turns_postings_into_detail_requests() -> None:
    adapter = make("smartrecruiters", boards=["Acme"], details=True, base_url="http://127.0.0.1:9")
    body = {
        "totalFound": 3,
        "content": [_posting("1"), {"name": "no id"}, _posting("3")],
    }
    out = list(adapter.parse(page_for(adapter, json.dumps(body).encode())))
    assert [type(x) for x in out] == [Request, ItemError, Request]
    first = out[0]
    assert isinstance(first, Request)
    assert first.url == "http://127.0.0.1:9/v1/companies/Acme/postings/1"  # base_url applies
    assert first.meta == {"board": "Acme", "detail": True}


def test_details_served_end_to_end(tmp_path: Path) -> None:
    listing = json.loads((FIXTURES / "VelloraRobotics.json").read_text())
    listing["totalFound"] = 4
    detail = (FIXTURES / "VelloraRobotics_detail.json").read_bytes()
    company = "VelloraRobotics"
    routes = {
        LIST.format(company=company, offset=0): json.dumps(listing).encode(),
        DETAIL.format(company=company, id="744000200000001"): detail,
        # ...002 and ...003 are missing (404): a detail that fails costs only that posting.
        DETAIL.format(company=company, id="744000200000004"): json.dumps(
            _posting(
                "744000200000004",
                company,
                jobAd={
                    "sections": {"jobDescription": {"title": "Job", "text": "<p>Run MLOps.</p>"}}
                },
            )
        ).encode(),
    }
    served = scrape_served(
        tmp_path / "jobs.db", "smartrecruiters", routes, boards=[company], details=True
    )
    # Two details are 404: each costs only its posting, and the source is partial.
    assert served.result.status == "partial" and served.result.errors == 2
    by_id = {job["source_id"]: job for job in served.jobs}
    assert set(by_id) == {"744000200000001", "744000200000004"}
    first = by_id["744000200000001"]
    assert first["salary_min"] == 160000.0 and first["salary_currency"] == "CHF"


def test_detail_page_of_the_wrong_shape_raises() -> None:
    adapter = make("smartrecruiters", boards=["Acme"], details=True)
    with pytest.raises(ParseError, match="posting"):
        list(adapter.parse(page_for(adapter, b"[]", detail=True)))


def test_list_page_of_the_wrong_shape_raises() -> None:
    adapter = make("smartrecruiters", boards=["Acme"])
    with pytest.raises(ParseError, match="content"):
        list(adapter.parse(page_for(adapter, b'{"totalFound": 1}')))


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ({"remote": True, "hybrid": False}, "remote"),
        ({"remote": False, "hybrid": True}, "hybrid"),
        ({"remote": False, "hybrid": False}, "onsite"),
        ({}, None),  # older postings carry no flags: say nothing
    ],
)
def test_workplace_flags(location: dict[str, Any], expected: str | None) -> None:
    adapter = make("smartrecruiters", boards=["Acme"])
    body = {"totalFound": 1, "content": [_posting("1", location={"city": "Oslo", **location})]}
    (listing,) = adapter.parse(page_for(adapter, json.dumps(body).encode()))
    assert isinstance(listing, RawListing) and listing.remote == expected
    assert listing.url == "https://jobs.smartrecruiters.com/Acme/1"  # public page, not the API ref
