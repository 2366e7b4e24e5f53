"""Pinpoint: request building, pay only when shown, places, advert sections, served."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scraper.errors import ConfigError, ParseError
from sources.base import ItemError, RawListing
from sources.pinpoint import BOARD_URL_PATTERNS
from tests.helpers import board_in_url, make, page_for, scrape_served

PATH = "/postings.json"


def _posting(ident: str = "101", title: str = "ML Engineer", **extra: Any) -> dict[str, Any]:
    return {
        "id": ident,
        "title": title,
        "location": {"city": "Bristol", "name": "Bristol office", "province": "England"},
        "job": {"requisition_id": "R-1", "department": {"id": "1", "name": "AI"}},
        "url": f"https://acme.pinpointhq.com/en/postings/{ident}",
        "path": f"/en/postings/{ident}",
        "workplace_type": "hybrid",
        "employment_type_text": "Full Time",
        "compensation": "£60,000 - £70,000 / year",
        "compensation_visible": True,
        "compensation_minimum": 60000.0,
        "compensation_maximum": 70000.0,
        "compensation_currency": "GBP",
        "compensation_frequency": "year",
        "description": "<div>Build models.</div>",
        **extra,
    }


def _parse(*postings: object, **options: Any) -> list[Any]:
    adapter = make("pinpoint", **{"boards": ["acme"], **options})
    return list(adapter.parse(page_for(adapter, json.dumps({"data": list(postings)}).encode())))


def test_requests() -> None:
    assert [r.url for r in make("pinpoint", boards=["Acme"]).requests()] == [
        "https://acme.pinpointhq.com/postings.json"
    ]
    adapter = make("pinpoint", boards=["acme"], base_url="http://127.0.0.1:9")
    assert [r.url for r in adapter.requests()] == [f"http://127.0.0.1:9{PATH}"]
    with pytest.raises(ConfigError, match="boards"):
        make("pinpoint")


def test_pay_is_read_only_when_the_employer_shows_it() -> None:
    shown, hidden, prose = _parse(
        _posting("1"),
        _posting("2", compensation_visible=False),
        _posting(
            "3",
            compensation_minimum=None,
            compensation_maximum=None,
            compensation_currency=None,
            compensation_frequency=None,
            compensation=" £17.50 per hour ",
        ),
    )
    assert (shown.salary_min, shown.salary_max, shown.salary_currency, shown.salary_period) == (
        60000.0,
        70000.0,
        "GBP",
        "year",
    )
    assert (hidden.salary_min, hidden.salary_max, hidden.salary_text) == (None, None, None)
    assert (prose.salary_min, prose.salary_text) == (None, "£17.50 per hour")


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ({"city": "Bristol", "province": "England", "name": "Bristol office"}, "Bristol, England"),
        ({"city": "", "province": "", "name": " Leeds depot "}, "Leeds depot"),
        ({}, None),
        (None, None),
    ],
)
def test_location(location: dict[str, Any] | None, expected: str | None) -> None:
    (listing,) = _parse(_posting(location=location))
    assert isinstance(listing, RawListing) and listing.location == expected


def test_advert_sections_under_their_headings_and_url_fallback() -> None:
    (listing,) = _parse(
        _posting(
            url=None,
            key_responsibilities="<ul><li>Ship</li></ul>",
            key_responsibilities_header="What you'll do <b>",
            benefits="<p>Pension</p>",
            benefits_header=None,
        )
    )
    assert isinstance(listing, RawListing)
    assert listing.description_html == (
        "<div>Build models.</div>\n<h3>What you'll do &lt;b&gt;</h3>\n<ul><li>Ship</li></ul>\n"
        "<p>Pension</p>"
    )
    assert listing.url == "https://acme.pinpointhq.com/en/postings/101"


def test_an_empty_board_yields_nothing() -> None:
    assert _parse() == []


@pytest.mark.parametrize("item", ["not an object", None, {"title": "No id"}, {"id": "9"}])
def test_a_broken_item_is_an_item_error_and_the_rest_is_kept(item: object) -> None:
    out = _parse(_posting("1"), item, _posting("3"))
    assert [type(x) for x in out] == [RawListing, ItemError, RawListing]


@pytest.mark.parametrize("body", [b"[]", b"{}", b'{"data": {}}', b'{"errors": ["not found"]}'])
def test_a_page_of_the_wrong_shape_raises_one_line(body: bytes) -> None:
    adapter = make("pinpoint", boards=["acme"])
    with pytest.raises(ParseError, match="data") as info:
        list(adapter.parse(page_for(adapter, body)))
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("url", "board"),
    [
        ("https://harrowgate.pinpointhq.com/", "harrowgate"),
        ("https://made-tech.pinpointhq.com/en/postings/41872", "made-tech"),
        ("https://www.pinpointhq.com/customers", None),
        ("https://harrowgate.pinpointhq.com.evil.example/", None),
    ],
)
def test_board_url_patterns(url: str, board: str | None) -> None:
    assert board_in_url(BOARD_URL_PATTERNS, url) == board
    if board is not None:  # what discover finds is what the adapter takes
        (request,) = make("pinpoint", boards=[board]).requests()
        assert request.url == f"https://{board}.pinpointhq.com/postings.json"


def test_served_posting_gone_from_the_board_is_closed(tmp_path: Path) -> None:
    db = tmp_path / "jobs.db"
    both = json.dumps({"data": [_posting("1"), _posting("2", "Data Scientist")]})
    assert scrape_served(db, "pinpoint", {PATH: both}, boards=["acme"]).result.new == 2
    one = json.dumps({"data": [_posting("2", "Data Scientist")]})
    served = scrape_served(db, "pinpoint", {PATH: one}, boards=["acme"])
    assert (served.result.status, served.result.closed) == ("ok", 1)
    assert {job["company"] for job in served.jobs} == {"acme"}
