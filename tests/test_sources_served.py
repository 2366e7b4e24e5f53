"""End to end over loopback: each adapter, pointed at a local server by `base_url`, reads
exactly the listings the served real-format responses hold (pagination and lookups included)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from sources.base import ItemError, Page, RawListing, Request
from tests.sources_helpers import make

FIXTURES = Path(__file__).parent / "fixtures"


def _fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _expected_ids(name: str) -> list[str]:
    data = json.loads((FIXTURES / name).read_text())
    return [r["listing"]["source_id"] for r in data if "listing" in r]


class _Server:
    """A loopback HTTP server answering path?query -> body; records what was asked."""

    def __init__(self) -> None:
        self.routes: dict[str, bytes] = {}
        self.asked: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.asked.append(self.path)
                body = owner.routes.get(self.path)
                self.send_response(200 if body is not None else 404)
                self.end_headers()
                self.wfile.write(body or b"not found")

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()


@pytest.fixture
def server() -> Iterator[_Server]:
    srv = _Server()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


def _run(adapter: Any, limit: int = 20) -> tuple[list[RawListing], list[ItemError]]:
    """Fetch the adapter's requests and every follow-up, as the engine would."""
    queue: list[Request] = list(adapter.requests())
    listings: list[RawListing] = []
    errors: list[ItemError] = []
    with httpx.Client(timeout=5) as client:
        while queue and limit:
            limit -= 1
            request = queue.pop(0)
            response = client.get(request.url)
            assert response.status_code == 200, request.url
            page = Page(
                request,
                str(response.url),
                response.status_code,
                dict(response.headers),
                response.content,
                datetime.now(UTC),
            )
            for item in adapter.parse(page):
                if isinstance(item, Request):
                    queue.append(item)
                elif isinstance(item, RawListing):
                    listings.append(item)
                else:
                    errors.append(item)
    for listing in listings:
        for field in ("source_id", "url", "title", "company"):
            assert getattr(listing, field).strip()
    return listings, errors


def test_himalayas_pages(server: _Server) -> None:
    server.routes["/jobs/api?limit=20&offset=0"] = _fixture("himalayas/page1.json")
    server.routes["/jobs/api?limit=20&offset=5"] = _fixture("himalayas/last_page.json").replace(
        b'"totalCount":41', b'"totalCount":6'
    )
    listings, errors = _run(make("himalayas", base_url=server.base))
    assert [x.source_id for x in listings] == _expected_ids(
        "himalayas/page1.expected.json"
    ) + _expected_ids("himalayas/last_page.expected.json")
    assert len(errors) == 2
    assert server.asked == ["/jobs/api?limit=20&offset=0", "/jobs/api?limit=20&offset=5"]


def test_jobicy(server: _Server) -> None:
    server.routes["/api/v2/remote-jobs?count=50&tag=machine+learning"] = _fixture(
        "jobicy/latest.json"
    )
    listings, errors = _run(make("jobicy", base_url=server.base, tag="machine learning"))
    assert [x.source_id for x in listings] == _expected_ids("jobicy/latest.expected.json")
    assert len(errors) == 2


def test_weworkremotely(server: _Server) -> None:
    server.routes["/remote-jobs.rss"] = _fixture("weworkremotely/remote-jobs.xml")
    server.routes["/categories/remote-programming-jobs.rss"] = _fixture(
        "weworkremotely/programming.xml"
    )
    listings, _ = _run(make("weworkremotely", base_url=server.base))
    assert [x.source_id for x in listings] == _expected_ids(
        "weworkremotely/remote-jobs.expected.json"
    )
    listings, _ = _run(
        make("weworkremotely", base_url=server.base, categories=["remote-programming-jobs"])
    )
    assert [x.source_id for x in listings] == _expected_ids(
        "weworkremotely/programming.expected.json"
    )


def test_hn_lookup_then_thread(server: _Server) -> None:
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
    server.routes["/api/v1/search_by_date?tags=story,author_whoishiring&query=hiring"] = json.dumps(
        hits
    ).encode()
    server.routes["/api/v1/items/49100000"] = _fixture("hn/thread.json")
    listings, errors = _run(make("hn", base_url=server.base))
    assert [x.source_id for x in listings] == _expected_ids("hn/thread.expected.json")
    assert len(errors) == 1


def test_jsonld_sitemap_then_pages(server: _Server) -> None:
    sitemap = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://larkspur.example/about</loc></url>"
        "<url><loc>https://larkspur.example/careers/applied-scientist-retrieval</loc></url>"
        "</urlset>"
    )
    server.routes["/sitemap.xml"] = sitemap.encode()
    server.routes["/careers/applied-scientist-retrieval"] = _fixture("jsonld/careers_page.html")
    adapter = make(
        "jsonld",
        base_url=server.base,
        sitemap="https://larkspur.example/sitemap.xml",
        url_pattern="/careers/",
    )
    listings, errors = _run(adapter)
    # Absolute JSON-LD URLs name the real site; a relative one resolves against the served page.
    ids = [x.source_id.replace(server.base, "https://larkspur.example") for x in listings]
    assert ids == _expected_ids("jsonld/careers_page.expected.json")
    assert len(errors) == 2
    assert server.asked == ["/sitemap.xml", "/careers/applied-scientist-retrieval"]


def test_html_pages(server: _Server) -> None:
    options = json.loads((FIXTURES / "html/featured.request.json").read_text())["options"]
    first = _fixture("html/featured.html")
    last = first.replace(
        b'<nav class="pagination"><a class="page-link" rel="next" href="?page=2">', b"<nav>"
    )
    server.routes["/jobs/featured/"] = first
    server.routes["/jobs/featured/?page=2"] = last
    listings, errors = _run(make("html", **{**options, "base_url": server.base}))
    # Relative card links resolve against the loopback page; the absolute one keeps its host.
    ids = [x.source_id for x in listings]
    assert len(ids) == 6 and len(errors) == 2
    assert ids[0] == f"{server.base}/job/40917-founding-ai-engineer-agents/"
    assert ids[1] == "https://boards.example/job/40911-research-scientist-multimodal/"
    assert server.asked == ["/jobs/featured/", "/jobs/featured/?page=2"]
