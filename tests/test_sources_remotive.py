"""Remotive: query options, published rate limit, free-text salary, served end to end."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scraper.errors import ConfigError, ParseError
from sources.base import RawListing
from sources.remotive import Remotive
from tests.helpers import make, page_for

FIXTURE = Path(__file__).parent / "fixtures" / "remotive" / "data.json"


@pytest.mark.parametrize(
    ("options", "url"),
    [
        ({}, "https://remotive.com/api/remote-jobs"),
        ({"category": "data"}, "https://remotive.com/api/remote-jobs?category=data"),
        (
            {"category": "software-dev", "search": "machine learning", "limit": 50},
            "https://remotive.com/api/remote-jobs?category=software-dev&search=machine+learning&limit=50",
        ),
    ],
)
def test_requests(options: dict[str, Any], url: str) -> None:
    assert [r.url for r in make("remotive", **options).requests()] == [url]


def test_unknown_option_rejected() -> None:
    with pytest.raises(ConfigError, match="unknown key 'boards'"):
        make("remotive", boards=["x"])


def test_default_delay_respects_two_calls_a_minute() -> None:
    assert Remotive.min_delay >= 30


@pytest.mark.parametrize(
    ("salary", "expected"),
    [
        ("$18 - $22/hr", "$18 - $22/hr"),
        ("  $150k - $230k ", "$150k - $230k"),
        ("", None),
        (None, None),
    ],
)
def test_salary_kept_as_text(salary: str | None, expected: str | None) -> None:
    adapter = make("remotive")
    job = {
        "id": 1,
        "url": "https://remotive.com/remote-jobs/x-1",
        "title": "T",
        "company_name": "C",
        "salary": salary,
    }
    (listing,) = adapter.parse(page_for(adapter, json.dumps({"jobs": [job]}).encode()))
    assert isinstance(listing, RawListing)
    assert listing.salary_text == expected and listing.salary_min is None


def test_wrong_shape_raises() -> None:
    adapter = make("remotive")
    with pytest.raises(ParseError, match="jobs"):
        list(adapter.parse(page_for(adapter, b"[]")))
