"""Remote OK: the legal notice, 0 salaries, mojibake repair, served end to end."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scraper.errors import ParseError
from sources.base import ItemError, RawListing
from sources.remoteok import _demojibake
from tests.helpers import make, page_for

FIXTURE = Path(__file__).parent / "fixtures" / "remoteok" / "feed.json"
LEGAL = {"last_updated": 1793530800, "legal": "API Terms of Service: please link back."}


def _job(ident: str = "1", **extra: Any) -> dict[str, Any]:
    return {
        "id": ident,
        "position": "ML Engineer",
        "company": "Acme",
        "url": f"https://remoteOK.com/remote-jobs/{ident}",
        "epoch": 1793520000,
        **extra,
    }


def _parse(*items: object) -> list[Any]:
    adapter = make("remoteok")
    return list(adapter.parse(page_for(adapter, json.dumps(list(items)).encode())))


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("We\u00e2\u0080\u0099re hiring", "We\u2019re hiring"),  # ’ read as Latin-1
        ("Krak\u00c3\u00b3w", "Krak\u00f3w"),  # ó
        ("Gda\u00c5\u0084sk", "Gda\u0144sk"),  # ń
        ("\u00f0\u009f\u009a\u0080 Join us", "\U0001f680 Join us"),  # 🚀
        ("Kraków", "Kraków"),  # correct Latin-1 text is left alone
        ("Zürich – Data", "Zürich – Data"),  # correct text beyond Latin-1 is left alone
        ("plain ascii", "plain ascii"),
        ("", ""),
        (None, None),
        (42, None),
    ],
)
def test_demojibake(raw: object, fixed: str | None) -> None:
    assert _demojibake(raw) == fixed


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (0, 0, (None, None, None)),
        (120000, 160000, (120000.0, 160000.0, "USD")),
        (0, 90000, (None, 90000.0, "USD")),
        (None, None, (None, None, None)),
        ("", "", (None, None, None)),
    ],
)
def test_zero_salary_means_unknown(low: Any, high: Any, expected: tuple[Any, ...]) -> None:
    (listing,) = _parse(LEGAL, _job(salary_min=low, salary_max=high))
    assert isinstance(listing, RawListing)
    assert (listing.salary_min, listing.salary_max, listing.salary_currency) == expected


def test_legal_notice_skipped_quietly_wherever_it_is() -> None:
    out = _parse(LEGAL, _job("1"), _job("2"))
    assert [x.source_id for x in out if isinstance(x, RawListing)] == ["1", "2"]
    assert not [x for x in out if isinstance(x, ItemError)]


def test_empty_title_or_company_is_an_item_error() -> None:
    out = _parse(LEGAL, _job("1", position="", company=""), _job("2", company=None), _job("3"))
    assert [type(x) for x in out] == [ItemError, ItemError, RawListing]


def test_empty_location_is_none() -> None:
    (listing,) = _parse(_job(location=""))
    assert isinstance(listing, RawListing) and listing.location is None and listing.remote is True


def test_tag_option() -> None:
    adapter = make("remoteok", tag="machine learning")
    assert [r.url for r in adapter.requests()] == ["https://remoteok.com/api?tag=machine+learning"]


def test_not_an_array_raises() -> None:
    adapter = make("remoteok")
    with pytest.raises(ParseError, match="jobs"):
        list(adapter.parse(page_for(adapter, b'{"jobs": []}')))
