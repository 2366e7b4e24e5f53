"""Workable: request building, shortcode merging, company fallback, served end to end."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scraper.errors import ConfigError, ParseError
from sources.base import ItemError, RawListing
from tests.helpers import make, page_for

FIXTURE = Path(__file__).parent / "fixtures" / "workable" / "lumenfold.json"


def _job(code: str, title: str = "ML Engineer", **extra: Any) -> dict[str, Any]:
    return {
        "shortcode": code,
        "title": title,
        "url": f"https://apply.workable.com/j/{code}",
        **extra,
    }


@pytest.mark.parametrize(
    ("options", "url"),
    [
        (
            {"boards": ["acme"]},
            "https://apply.workable.com/api/v1/widget/accounts/acme?details=true",
        ),
        (
            {"boards": ["acme"], "details": False},
            "https://apply.workable.com/api/v1/widget/accounts/acme?details=false",
        ),
        (
            {"boards": ["a b"], "base_url": "http://127.0.0.1:9"},
            "http://127.0.0.1:9/api/v1/widget/accounts/a%20b?details=true",
        ),
    ],
)
def test_requests(options: dict[str, Any], url: str) -> None:
    assert [r.url for r in make("workable", **options).requests()] == [url]


def test_boards_are_required() -> None:
    with pytest.raises(ConfigError, match="boards"):
        make("workable")


def test_same_shortcode_in_several_places_is_one_listing_with_every_place() -> None:
    body = {
        "name": "Acme",
        "jobs": [
            _job("AAA", locations=[{"city": "Paris", "region": "", "country": "France"}]),
            _job("BBB", title="Analyst"),
            _job("AAA", locations=[{"city": "", "region": None, "country": "Spain"}]),
            _job("AAA", locations=[{"city": "Paris", "region": "", "country": "France"}]),
        ],
    }
    adapter = make("workable", boards=["acme"])
    out = list(adapter.parse(page_for(adapter, json.dumps(body).encode())))
    assert [(x.source_id, x.locations) for x in out if isinstance(x, RawListing)] == [
        ("AAA", ("Paris, France", "Spain")),
        ("BBB", ()),
    ]


@pytest.mark.parametrize(
    ("api_name", "configured", "expected"),
    [("Acme Labs", None, "Acme Labs"), ("", "Configured", "Configured"), (None, None, "acme")],
)
def test_company_name_fallbacks(
    api_name: str | None, configured: str | None, expected: str
) -> None:
    options: dict[str, Any] = {"boards": ["acme"]}
    if configured:
        options["company"] = configured
    adapter = make("workable", **options)
    body = json.dumps({"name": api_name, "jobs": [_job("AAA")]}).encode()
    (listing,) = adapter.parse(page_for(adapter, body))
    assert isinstance(listing, RawListing) and listing.company == expected


@pytest.mark.parametrize("item", ["not an object", 42, None, {"title": "No shortcode"}])
def test_a_broken_item_is_an_item_error_and_the_rest_is_kept(item: object) -> None:
    adapter = make("workable", boards=["acme"])
    body = json.dumps({"name": "Acme", "jobs": [_job("AAA"), item, _job("CCC")]}).encode()
    out = list(adapter.parse(page_for(adapter, body)))
    assert [type(x) for x in out] == [RawListing, ItemError, RawListing]


@pytest.mark.parametrize("body", [b"[]", b'{"name": "x"}', b'{"jobs": {}}'])
def test_a_page_of_the_wrong_shape_raises(body: bytes) -> None:
    adapter = make("workable", boards=["acme"])
    with pytest.raises(ParseError, match="jobs"):
        list(adapter.parse(page_for(adapter, body)))
