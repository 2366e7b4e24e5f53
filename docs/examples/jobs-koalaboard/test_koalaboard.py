"""Fixture test of the Koala Board adapter: parse a saved response, no network."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from koalaboard import KoalaBoard

from sources.base import ItemError, Page, RawListing, Request, validate_options


def test_fixture_page() -> None:
    options = validate_options("acme", KoalaBoard, {"adapter": "koalaboard", "boards": ["acme"]})
    adapter = KoalaBoard("acme", options)
    (first,) = adapter.requests()
    assert first.url == "https://api.koalaboard.example/v1/boards/acme/jobs?page=1"
    body = (Path(__file__).parent / "fixture_acme.json").read_bytes()
    page = Page(first, first.url, 200, {}, body, datetime(2026, 11, 1, tzinfo=UTC))
    results = list(adapter.parse(page))
    listings = [r for r in results if isinstance(r, RawListing)]
    assert [x.source_id for x in listings] == ["9101", "9102"]
    assert listings[0].salary_min == 70000 and listings[0].company == "Acme Robotics"
    assert listings[1].company == "acme"  # no company in the API: the board slug
    assert len([r for r in results if isinstance(r, ItemError)]) == 1  # 9103 has no title
    (follow,) = [r for r in results if isinstance(r, Request)]
    assert follow.url.endswith("/jobs?page=2") and follow.meta == {"board": "acme", "page": 2}
