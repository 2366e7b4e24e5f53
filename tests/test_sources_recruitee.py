"""Recruitee: salaries as numeric strings, workplace booleans, unpublished offers, served."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scraper.errors import ParseError
from sources.base import ItemError, RawListing
from tests.helpers import make, page_for

FIXTURE = Path(__file__).parent / "fixtures" / "recruitee" / "brightlattice.json"


def _offer(ident: int = 1, **extra: Any) -> dict[str, Any]:
    return {
        "id": ident,
        "slug": f"role-{ident}",
        "title": "Data Scientist",
        "company_name": "Acme",
        "careers_url": f"https://acme.recruitee.com/o/role-{ident}",
        "status": "published",
        **extra,
    }


def _parse(*offers: object, options: dict[str, Any] | None = None) -> list[Any]:
    adapter = make("recruitee", **options or {"boards": ["acme"]})
    return list(adapter.parse(page_for(adapter, json.dumps({"offers": list(offers)}).encode())))


def test_request_url_and_base_url() -> None:
    adapter = make("recruitee", boards=["Acme"], base_url="http://127.0.0.1:9")
    assert [r.url for r in adapter.requests()] == ["http://127.0.0.1:9/api/offers/"]
    adapter = make("recruitee", boards=["Acme"])
    assert [r.url for r in adapter.requests()] == ["https://acme.recruitee.com/api/offers/"]


@pytest.mark.parametrize(
    ("salary", "expected"),
    [
        (
            {"min": "60000", "max": "75000", "period": "year", "currency": "EUR"},
            (60000.0, 75000.0, "EUR", "year"),
        ),
        (
            {"min": "75.00", "max": "95.00", "period": "year", "currency": "USD"},
            (75.0, 95.0, "USD", "year"),
        ),
        ({"min": None, "max": None, "period": None, "currency": None}, (None, None, None, None)),
        (
            {"min": 40000, "max": "", "period": "year", "currency": "GBP"},
            (40000.0, None, "GBP", "year"),
        ),
        (
            {"min": "n/a", "max": "1,200", "period": "month", "currency": "PLN"},
            (None, 1200.0, "PLN", "month"),
        ),
        (None, (None, None, None, None)),
    ],
)
def test_salary_fields(salary: Any, expected: tuple[Any, ...]) -> None:
    (listing,) = _parse(_offer(salary=salary))
    assert isinstance(listing, RawListing)
    got = (listing.salary_min, listing.salary_max, listing.salary_currency, listing.salary_period)
    assert got == expected


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ({"remote": True, "hybrid": False, "on_site": False}, "remote"),
        ({"remote": True, "hybrid": True, "on_site": False}, "hybrid"),
        ({"remote": False, "hybrid": False, "on_site": True}, "onsite"),
        ({}, None),
    ],
)
def test_workplace(flags: dict[str, bool], expected: str | None) -> None:
    (listing,) = _parse(_offer(**flags))
    assert isinstance(listing, RawListing) and listing.remote == expected


def test_unpublished_offers_are_skipped_quietly_and_broken_ones_reported() -> None:
    out = _parse(_offer(1), _offer(2, status="closed"), _offer(3, title=None), "junk", _offer(5))
    assert [type(x) for x in out] == [RawListing, ItemError, ItemError, RawListing]


def test_url_falls_back_to_the_slug() -> None:
    (listing,) = _parse(_offer(7, careers_url=None))
    assert isinstance(listing, RawListing) and listing.url == "https://acme.recruitee.com/o/role-7"


def test_wrong_shape_raises() -> None:
    adapter = make("recruitee", boards=["acme"])
    with pytest.raises(ParseError, match="offers"):
        list(adapter.parse(page_for(adapter, b'{"offer": []}')))
