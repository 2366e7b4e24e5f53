"""Breezy HR: request building, workplace flags, places, unpublished positions, served."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scraper.errors import ConfigError, ParseError
from sources.base import ItemError, RawListing
from sources.breezy import BOARD_URL_PATTERNS
from tests.helpers import board_in_url, make, page_for, scrape_served

PATH = "/json?verbose=true"


def _position(ident: str = "abc123", title: str = "ML Engineer", **extra: Any) -> dict[str, Any]:
    return {
        "id": ident,
        "friendly_id": f"{ident}-ml-engineer",
        "name": title,
        "url": f"https://acme.breezy.hr/p/{ident}-ml-engineer",
        "published_date": "2026-10-21T16:02:44.519Z",
        "type": {"id": "fullTime", "name": "Full-Time"},
        "location": {
            "country": {"name": "Germany", "id": "DE"},
            "city": "Berlin",
            "name": "Berlin, DE",
        },
        "department": "AI",
        "salary": "",
        "company": {"name": "Acme AI", "logo_url": None, "friendly_id": "acme"},
        **extra,
    }


def _parse(*positions: object, **options: Any) -> list[Any]:
    adapter = make("breezy", **{"boards": ["acme"], **options})
    return list(adapter.parse(page_for(adapter, json.dumps(list(positions)).encode())))


@pytest.mark.parametrize(
    ("options", "url"),
    [
        ({"boards": ["Acme"]}, "https://acme.breezy.hr/json?verbose=true"),
        ({"boards": ["acme"], "details": False}, "https://acme.breezy.hr/json"),
        ({"boards": ["acme"], "base_url": "http://127.0.0.1:9"}, f"http://127.0.0.1:9{PATH}"),
    ],
)
def test_requests(options: dict[str, Any], url: str) -> None:
    assert [r.url for r in make("breezy", **options).requests()] == [url]


def test_boards_are_required() -> None:
    with pytest.raises(ConfigError, match="boards"):
        make("breezy")


@pytest.mark.parametrize(
    ("location", "remote"),
    [
        ({"is_remote": True, "remote_details": {"value": "hybrid"}}, "hybrid"),
        ({"is_remote": True, "remote_details": {"value": "remote-location"}}, "remote"),
        ({"is_remote": True, "remote_details": {"value": "remote"}}, "remote"),
        ({"is_remote": True}, "remote"),
        ({"is_remote": False}, "onsite"),
        ({"name": "Berlin, DE"}, None),
    ],
)
def test_workplace(location: dict[str, Any], remote: str | None) -> None:
    (listing,) = _parse(_position(location=location))
    assert isinstance(listing, RawListing) and listing.remote == remote


def test_places_from_parts_then_name_and_every_location_once() -> None:
    berlin = {
        "country": {"name": "Germany", "id": "DE"},
        "state": {"name": "Berlin"},
        "city": "Berlin",
    }
    remote = {"name": "Worldwide", "is_remote": True}
    (listing,) = _parse(_position(location=berlin, locations=[berlin, remote, berlin]))
    assert isinstance(listing, RawListing)
    assert listing.location == "Berlin, Germany" and listing.country == "DE"
    assert listing.locations == ("Berlin, Germany", "Worldwide")


def test_salary_prose_and_missing_salary() -> None:
    paid, unpaid = _parse(_position("a", salary=" £40,000 – £50,000 / year "), _position("b"))
    assert isinstance(paid, RawListing) and paid.salary_text == "£40,000 – £50,000 / year"
    assert isinstance(unpaid, RawListing) and unpaid.salary_text is None


def test_url_and_company_fallbacks() -> None:
    (listing,) = _parse(_position(url=None, company=None), company="Configured")
    assert isinstance(listing, RawListing)
    assert listing.url == "https://acme.breezy.hr/p/abc123-ml-engineer"
    assert listing.company == "Configured"


@pytest.mark.parametrize("state", ["draft", "closed", "archived"])
def test_a_position_not_published_is_skipped(state: str) -> None:
    assert _parse(_position(state=state)) == []
    assert len(_parse(_position(state="published"))) == 1


def test_an_empty_board_yields_nothing() -> None:
    assert _parse() == []


@pytest.mark.parametrize("item", ["not an object", 42, None, {"name": "No id"}])
def test_a_broken_item_is_an_item_error_and_the_rest_is_kept(item: object) -> None:
    out = _parse(_position("a"), item, _position("c"))
    assert [type(x) for x in out] == [RawListing, ItemError, RawListing]


@pytest.mark.parametrize("body", [b"{}", b'{"positions": []}', b'{"error": "not found"}', b'"x"'])
def test_a_page_of_the_wrong_shape_raises_one_line(body: bytes) -> None:
    adapter = make("breezy", boards=["acme"])
    with pytest.raises(ParseError, match="positions") as info:
        list(adapter.parse(page_for(adapter, body)))
    assert "\n" not in str(info.value)


# -- through the real pipeline ------------------------------------------------------------


def test_served_position_gone_from_the_board_is_closed(tmp_path: Path) -> None:
    db = tmp_path / "jobs.db"
    both = json.dumps([_position("a"), _position("b", "Data Scientist")])
    assert scrape_served(db, "breezy", {PATH: both}, boards=["acme"]).result.new == 2
    served = scrape_served(db, "breezy", {PATH: json.dumps([_position("b")])}, boards=["acme"])
    assert (served.result.status, served.result.closed) == ("ok", 1)
    assert {job["company"] for job in served.jobs} == {"Acme AI"}


def test_served_html_instead_of_json_fails_the_source_in_one_line(tmp_path: Path) -> None:
    html = "<html><body>Career portal not found</body></html>"
    served = scrape_served(tmp_path / "jobs.db", "breezy", {PATH: html}, boards=["acme"])
    assert served.result.status == "failed" and served.jobs == []
    assert "\n" not in (served.result.first_error or "")


@pytest.mark.parametrize(
    ("url", "board"),
    [
        ("https://tidewell.breezy.hr/", "tidewell"),
        ("https://tidewell.breezy.hr", "tidewell"),
        ("https://tide-well.breezy.hr/p/7c41d09a2e8f01-senior-nlp-engineer", "tide-well"),
        ("https://www.breezy.hr/", None),
        ("https://assets-cdn.breezy.hr/widget.js", None),
        ("https://tidewell.breezy.hr.evil.example/", None),
    ],
)
def test_board_url_patterns(url: str, board: str | None) -> None:
    assert board_in_url(BOARD_URL_PATTERNS, url) == board
    if board is not None:  # what discover finds is what the adapter takes
        (request,) = make("breezy", boards=[board]).requests()
        assert request.url == f"https://{board}.breezy.hr/json?verbose=true"
