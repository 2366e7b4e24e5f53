"""Workday: board URLs, identity, relative dates, and the real fetch path over loopback
(POST paging with the offset in the body, details, two sites of one tenant)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from scraper.config import Config, SourceConfig, parse_config
from scraper.errors import ConfigError
from scraper.matching import JobMatching
from scraper.pipeline import scrape
from sources import registry
from sources.base import Request, validate_options
from sources.workday import parse_board
from storage.store import Store
from storage.tables import HTTP_CACHE
from tests.helpers import FIXTURES, make, page, scrape_served, split
from tests.loopback import Handler, LoopbackServer, Response

BOARD = "https://nimbuslabs.wd5.myworkdayjobs.com/Nimbus_Careers"
LIST_PATH = "/wday/cxs/nimbuslabs/Nimbus_Careers/jobs"


def postings(count: int, site: str = "Nimbus") -> list[dict[str, Any]]:
    """`count` list items in the real format, requisition ids numbered."""
    return [
        {
            "title": f"Machine Learning Engineer {i}",
            "externalPath": f"/job/Austin-TX/Machine-Learning-Engineer-{i}_NL-{30000 + i}",
            "locationsText": "Austin, TX",
            "postedOn": "Posted 2 Days Ago",
            "bulletFields": [f"NL-{30000 + i}"],
        }
        for i in range(count)
    ]


def paged(items: list[dict[str, Any]], etag: str | None = None) -> Any:
    """A route answering the POSTed offset/limit like a career site: `total` on the first
    page only (later pages say 0, as real sites do)."""

    def route(handler: Handler) -> Response:
        asked = json.loads(handler.body or b"{}")
        offset, limit = int(asked["offset"]), int(asked["limit"])
        body = {
            "total": len(items) if offset == 0 else 0,
            "jobPostings": items[offset : offset + limit],
        }
        headers = {"ETag": f'"{etag}-{offset}"'} if etag else {}
        return Response(json.dumps(body), headers=headers)

    return route


def offsets(server: LoopbackServer) -> list[int]:
    return [json.loads(body)["offset"] for path, body in server.bodies if path == LIST_PATH]


def test_board_urls() -> None:
    site = parse_board("https://Acme.wd103.myworkdayjobs.com/en-US/External_Careers/details/x")
    assert (site.origin, site.tenant, site.site) == (
        "https://acme.wd103.myworkdayjobs.com",
        "acme",
        "External_Careers",
    )
    assert site.api == "https://acme.wd103.myworkdayjobs.com/wday/cxs/acme/External_Careers"
    for bad in (
        "http://acme.wd5.myworkdayjobs.com/External",  # not https
        "https://acme.wd5.myworkdayjobs.com/",  # no site
        "https://acme.example.com/External",  # not a Workday host
        "acme",
    ):
        with pytest.raises(ConfigError, match="not a career site URL"):
            parse_board(bad)


def test_first_request_is_a_post_with_the_offset_in_the_body() -> None:
    (first,) = make("workday", boards=[BOARD]).requests()
    assert first.method == "POST" and first.url.endswith(LIST_PATH)
    assert json.loads(first.body or b"") == {
        "appliedFacets": {},
        "limit": 20,
        "offset": 0,
        "searchText": "",
    }
    assert first.headers["Content-Type"] == "application/json"


def test_later_pages_keep_the_first_pages_total() -> None:
    adapter = make("workday", boards=[BOARD])
    (first,) = adapter.requests()
    _, (second,), _ = split(adapter.parse(page(first, {"total": 45, "jobPostings": postings(20)})))
    assert json.loads(second.body or b"")["offset"] == 20
    # Page 2 says total 0 (as real sites do): the walk goes on to the first page's 45.
    _, (third,), _ = split(adapter.parse(page(second, {"total": 0, "jobPostings": postings(20)})))
    assert json.loads(third.body or b"")["offset"] == 40
    # An empty page ends the walk whatever the total.
    assert split(adapter.parse(page(third, {"total": 0, "jobPostings": []}))) == ([], [], [])
    assert len({first.key, second.key, third.key}) == 3  # one URL, three requests


def test_details_never_leave_the_api_prefix() -> None:
    adapter = make("workday", boards=[BOARD], details=True)
    (first,) = adapter.requests()
    items = [
        *postings(1),
        {"title": "x", "externalPath": "/job/../../../admin_NL-1"},
        {"title": "x", "externalPath": "https://evil.example/job/x_NL-2"},
        {"title": "x", "externalPath": "/job//evil.example/x_NL-3"},
    ]
    listings, requests, errors = split(
        adapter.parse(page(first, {"total": 4, "jobPostings": items}))
    )
    assert listings == [] and len(errors) == 3
    (detail,) = requests
    assert detail.method == "GET"
    assert detail.url == (
        "https://nimbuslabs.wd5.myworkdayjobs.com/wday/cxs/nimbuslabs/Nimbus_Careers"
        "/job/Austin-TX/Machine-Learning-Engineer-0_NL-30000"
    )


def test_one_identity_per_requisition_in_list_and_detail_mode() -> None:
    """A re-post ("_NL-20388-1") and its detail (jobReqId) name the same requisition."""
    listed = [i["listing"]["source_id"] for i in _expected("nimbuslabs") if "listing" in i]
    detailed = [i["listing"]["source_id"] for i in _expected("nimbuslabs_detail") if "listing" in i]
    assert "nimbuslabs:NL-20388" in listed
    assert detailed == ["nimbuslabs:NL-20102"] and detailed[0] in listed


def _expected(case: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(
        (FIXTURES / "workday" / f"{case}.expected.json").read_text()
    )
    return data


def test_served_scrape_walks_every_post_page(tmp_path: Path) -> None:
    """45 postings on one URL, 20 a page: three POSTs, each stored once. Keyed by URL alone,
    the pipeline took pages 2 and 3 for page 1 again and stopped after 20."""
    items = postings(45)
    served = scrape_served(
        tmp_path / "jobs.db", "workday", {LIST_PATH: paged(items)}, boards=[BOARD]
    )
    assert served.asked == [LIST_PATH] * 3
    assert served.result.status == "ok" and served.result.listings == 45
    assert served.ids == {f"nimbuslabs:NL-{30000 + i}" for i in range(45)}


def test_served_scrape_with_details(tmp_path: Path) -> None:
    detail = (FIXTURES / "workday" / "nimbuslabs_detail.json").read_bytes()
    item = json.loads((FIXTURES / "workday" / "nimbuslabs.json").read_text())["jobPostings"][2]
    detail_path = "/wday/cxs/nimbuslabs/Nimbus_Careers" + item["externalPath"]
    routes = {LIST_PATH: paged([item]), detail_path: detail}
    served = scrape_served(tmp_path / "jobs.db", "workday", routes, boards=[BOARD], details=True)
    assert served.asked == [LIST_PATH, detail_path]
    (job,) = served.jobs
    assert job["source_id"] == "nimbuslabs:NL-20102"
    assert (job["salary_min"], job["country"]) == (182000.0, "CA")


def test_two_sites_of_one_tenant_store_a_requisition_once(tmp_path: Path) -> None:
    shared = postings(3)
    other = "/wday/cxs/nimbuslabs/Nimbus_University/jobs"
    routes = {LIST_PATH: paged(shared), other: paged(shared[1:] + postings(5)[3:])}
    served = scrape_served(
        tmp_path / "jobs.db",
        "workday",
        routes,
        boards=[BOARD, "https://nimbuslabs.wd5.myworkdayjobs.com/Nimbus_University"],
    )
    assert served.result.listings == 7  # 3 + 4 read
    assert served.ids == {f"nimbuslabs:NL-{30000 + i}" for i in range(5)}
    assert len(served.jobs) == 5


def test_each_post_page_has_its_own_cache_entry(tmp_path: Path) -> None:
    """Cache rows are keyed by method and body too: three pages, three rows; a second run
    walks all three pages again and keeps every listing."""
    items = postings(45)
    with LoopbackServer({LIST_PATH: paged(items, etag="v1")}) as server:
        cls = registry.get("workday")
        table = {"adapter": "workday", "base_url": server.url, "delay": 0, "boards": [BOARD]}
        source = SourceConfig("wd", "workday", validate_options("wd", cls, table))
        config = Config("test", (source,), fetch={"retries": 1})
        store = Store(str(tmp_path / "jobs.db"), matching=JobMatching())
        try:
            (first,) = scrape(config, store)
            (second,) = scrape(config, store)
            with store.engine.connect() as conn:
                rows = conn.execute(select(func.count()).select_from(HTTP_CACHE)).scalar_one()
        finally:
            store.close()
        assert offsets(server) == [0, 20, 40, 0, 20, 40]
    assert rows == 3
    assert (first.listings, second.listings) == (45, 45) and second.status == "ok"


def test_request_keys() -> None:
    get = Request("https://a.example/x")
    assert get.key == get.url  # a plain GET: as cached before bodies existed
    one = Request.post_json("https://a.example/x", {"offset": 0})
    two = Request.post_json("https://a.example/x", {"offset": 20})
    assert len({get.key, one.key, two.key}) == 3
    assert one.key == Request.post_json("https://a.example/x", {"offset": 0}).key


def test_a_bad_board_url_fails_when_the_config_loads() -> None:
    text = '[sources.acme]\nadapter = "workday"\nboards = ["https://acme.example.com/jobs"]\n'
    with pytest.raises(ConfigError, match="source 'acme': key 'boards': workday: board"):
        parse_config(text, "jobs.toml")
