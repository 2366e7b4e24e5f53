"""Arbeitnow: links.next pagination and where it stops, escaped relayed HTML, served."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scraper.errors import ParseError
from sources.arbeitnow import _description
from sources.base import Request
from tests.helpers import make, page_for, scrape_served

FIXTURE = Path(__file__).parent / "fixtures" / "arbeitnow" / "page1.json"
API = "https://www.arbeitnow.com/api/job-board-api"


def _page(number: int, next_page: int | None, count: int = 2) -> bytes:
    jobs = [
        {
            "slug": f"job-{number}-{n}",
            "company_name": "Acme GmbH",
            "title": f"Data Engineer {number}.{n}",
            "url": f"https://www.arbeitnow.com/jobs/companies/acme/job-{number}-{n}",
            "remote": n % 2 == 0,
            "created_at": 1793440800,
        }
        for n in range(count)
    ]
    following = f"{API}?page={next_page}" if next_page else None
    return json.dumps(
        {"data": jobs, "links": {"next": following}, "meta": {"current_page": number}}
    ).encode()


def _routes(pages: int) -> dict[str, bytes]:
    routes = {"/api/job-board-api": _page(1, 2 if pages > 1 else None)}
    for n in range(2, pages + 1):
        routes[f"/api/job-board-api?page={n}"] = _page(n, n + 1 if n < pages else None)
    return routes


@pytest.mark.parametrize(
    ("available", "max_pages", "fetched"),
    [(10, 3, 3), (2, 5, 2), (1, 5, 1), (4, 1, 1), (4, 0, 1), (9, None, 5)],
)
def test_pagination_stops_at_max_pages_or_the_last_page(
    available: int, max_pages: int | None, fetched: int, tmp_path: Path
) -> None:
    options: dict[str, Any] = {} if max_pages is None else {"max_pages": max_pages}
    served = scrape_served(tmp_path / "jobs.db", "arbeitnow", _routes(available), **options)
    # Next-page URLs are absolute on the real host: base_url must redirect them too.
    assert served.asked == list(_routes(available))[:fetched]
    assert len(served.jobs) == 2 * fetched


@pytest.mark.parametrize(
    ("body", "follows"),
    [
        ({"data": [], "links": {"next": f"{API}?page=2"}}, False),  # empty page: the end
        (
            {
                "data": [{"slug": "a", "title": "T", "company_name": "C", "url": "https://x/a"}],
                "links": {"next": f"{API}?page=1"},
            },
            False,
        ),
        (
            {
                "data": [{"slug": "a", "title": "T", "company_name": "C", "url": "https://x/a"}],
                "links": {},
            },
            False,
        ),
        (
            {
                "data": [{"slug": "a", "title": "T", "company_name": "C", "url": "https://x/a"}],
                "links": {"next": f"{API}?page=2"},
            },
            True,
        ),
    ],
)
def test_next_page_guard(body: dict[str, Any], follows: bool) -> None:
    adapter = make("arbeitnow")
    out = list(adapter.parse(page_for(adapter, json.dumps(body).encode(), url=f"{API}?page=1")))
    assert any(isinstance(x, Request) for x in out) is follows


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Plain &amp; simple</p>", "<p>Plain &amp; simple</p>"),
        (
            "&lt;div&gt;&lt;p&gt;A &amp;amp; B&amp;nbsp;C&lt;/p&gt;&lt;/div&gt;"
            '<p>Find <a href="x">Jobs</a></p>',
            '<div><p>A &amp; B&nbsp;C</p></div><p>Find <a href="x">Jobs</a></p>',
        ),
        ("Salary &lt; 50k, team &gt; 10", "Salary &lt; 50k, team &gt; 10"),  # no escaped tags
        (
            "<p>We write &lt;div&gt; by hand</p><ul><li>a</li></ul>",
            "<p>We write &lt;div&gt; by hand</p><ul><li>a</li></ul>",
        ),
        ("&lt;p&gt;Only escaped&lt;/p&gt;", "<p>Only escaped</p>"),
        ("", None),
        (None, None),
    ],
)
def test_escaped_html_unescaped_once(markup: str | None, expected: str | None) -> None:
    assert _description(markup) == expected


def test_wrong_shape_raises() -> None:
    adapter = make("arbeitnow")
    with pytest.raises(ParseError, match="data"):
        list(adapter.parse(page_for(adapter, b'{"jobs": []}')))
