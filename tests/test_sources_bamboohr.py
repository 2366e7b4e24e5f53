"""BambooHR: list then details, location objects, closed openings, odd pages, served."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scraper.errors import ParseError
from sources.bamboohr import BOARD_URL_PATTERNS
from sources.base import ItemError, RawListing, Request
from tests.helpers import board_in_url, make, page, scrape_served, split

LIST = "/careers/list"


def _row(ident: str | int, title: str = "ML Engineer", **extra: Any) -> dict[str, Any]:
    return {
        "id": ident,
        "jobOpeningName": title,
        "departmentLabel": "AI",
        "employmentStatusLabel": "Full-Time",
        "location": {"city": "Lausanne", "state": "Vaud"},
        "atsLocation": {"country": None, "state": None, "province": None, "city": None},
        "isRemote": None,
        "locationType": "2",
        **extra,
    }


def _detail(title: str = "ML Engineer", **extra: Any) -> dict[str, Any]:
    opening = {
        "jobOpeningName": title,
        "jobOpeningStatus": "Open",
        "departmentLabel": "AI",
        "employmentStatusLabel": "Full-Time",
        "location": {"city": "Lausanne", "state": "Vaud", "addressCountry": "Switzerland"},
        "atsLocation": {"country": None, "state": None, "city": None},
        "description": "<p>Train models.</p>",
        "compensation": None,
        "datePosted": "2026-07-21",
        "locationType": "2",
        **extra,
    }
    return {"meta": {}, "result": {"jobOpening": opening}}


def _list(*rows: object, total: int | None = None) -> dict[str, Any]:
    return {"meta": {"totalCount": len(rows) if total is None else total}, "result": list(rows)}


def _parse(body: object, details: bool = True, **meta: object) -> list[object]:
    adapter = make("bamboohr", boards=["acme"], details=details)
    (first,) = adapter.requests()
    return list(adapter.parse(page(Request(first.url, meta={**first.meta, **meta}), body)))


def test_request_url_and_base_url() -> None:
    adapter = make("bamboohr", boards=["Acme"])
    assert [r.url for r in adapter.requests()] == ["https://acme.bamboohr.com/careers/list"]
    adapter = make("bamboohr", boards=["acme"], base_url="http://127.0.0.1:9")
    assert [r.url for r in adapter.requests()] == ["http://127.0.0.1:9/careers/list"]


def test_the_list_asks_for_each_openings_detail() -> None:
    listings, follow, errors = split(_parse(_list(_row("36"), _row(42), {"jobOpeningName": "x"})))
    assert listings == [] and len(errors) == 1
    assert [(r.url, dict(r.meta)) for r in follow] == [
        (
            "https://acme.bamboohr.com/careers/36/detail",
            {"board": "acme", "detail": True, "job_id": "36"},
        ),
        (
            "https://acme.bamboohr.com/careers/42/detail",
            {"board": "acme", "detail": True, "job_id": "42"},
        ),
    ]


def test_a_detail_is_one_listing_with_the_id_from_the_request() -> None:
    (listing,) = _parse(_detail(compensation=" $150k - $180k "), detail=True, job_id="36")
    assert isinstance(listing, RawListing)
    assert (listing.source_id, listing.url) == ("36", "https://acme.bamboohr.com/careers/36")
    assert (listing.location, listing.country) == ("Lausanne, Vaud, Switzerland", "Switzerland")
    assert (listing.salary_text, listing.posted_at) == ("$150k - $180k", "2026-07-21")


@pytest.mark.parametrize(
    ("fields", "location", "country"),
    [
        (
            {
                "location": {"city": None, "state": None},
                "atsLocation": {
                    "city": "Munich",
                    "province": "Upper Bavaria",
                    "country": "Germany",
                },
            },
            "Munich, Upper Bavaria, Germany",
            "Germany",
        ),
        ({"location": {"city": "Leeds", "state": "West Yorkshire"}}, "Leeds, West Yorkshire", None),
        ({"location": None, "atsLocation": None}, None, None),
    ],
)
def test_location_objects(
    fields: dict[str, Any], location: str | None, country: str | None
) -> None:
    (listing,) = _parse(_list(_row("1", **fields)), details=False)
    assert isinstance(listing, RawListing)
    assert (listing.location, listing.country) == (location, country)


@pytest.mark.parametrize(
    ("location_type", "is_remote", "remote"),
    [
        ("1", None, "remote"),
        ("2", None, "hybrid"),
        ("0", None, None),
        (None, True, "remote"),
        ("0", False, None),
    ],
)
def test_workplace(location_type: str | None, is_remote: bool | None, remote: str | None) -> None:
    row = _row("1", locationType=location_type, isRemote=is_remote)
    (listing,) = _parse(_list(row), details=False)
    assert isinstance(listing, RawListing) and listing.remote == remote


@pytest.mark.parametrize("status", ["Closed", "Filled", "On Hold"])
def test_a_detail_of_an_opening_no_longer_open_is_skipped(status: str) -> None:
    assert _parse(_detail(jobOpeningStatus=status), detail=True, job_id="36") == []


def test_an_empty_board_yields_nothing() -> None:
    assert _parse(_list()) == [] and _parse(_list(), details=False) == []


def test_a_list_short_of_its_count_keeps_what_it_has_and_raises() -> None:
    adapter = make("bamboohr", boards=["acme"], details=False)
    (first,) = adapter.requests()
    seen: list[object] = []
    with pytest.raises(ParseError, match="1 of 3 openings") as info:
        for item in adapter.parse(page(first, _list(_row("1"), total=3))):
            seen.append(item)
    assert len(seen) == 1 and "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("body", "meta"),
    [
        ([], {}),
        ({"result": {}}, {}),
        ({"meta": {}}, {}),
        ({"result": []}, {"detail": True, "job_id": "1"}),
        ({"result": {"jobOpening": None}}, {"detail": True, "job_id": "1"}),
        (
            {"type": "not_found", "title": "Resource not found.", "meta": []},
            {"detail": True, "job_id": "1"},
        ),
    ],
)
def test_a_page_of_the_wrong_shape_raises_one_line(body: object, meta: dict[str, Any]) -> None:
    with pytest.raises(ParseError) as info:
        _parse(body, **meta)
    assert "bamboohr" in str(info.value) and "\n" not in str(info.value)


def test_an_html_page_is_a_value_error_for_the_pipeline() -> None:
    # The pipeline reports an undecodable page as a parse failure (one line, source partial).
    with pytest.raises(ValueError):
        _parse(b"<html><body>Welcome to BambooHR</body></html>")


def test_a_broken_row_is_an_item_error_and_the_rest_is_kept() -> None:
    out = _parse(_list(_row("1"), "not an object", _row("3")), details=False)
    assert [type(x) for x in out] == [RawListing, ItemError, RawListing]


# -- through the real pipeline ------------------------------------------------------------


def _routes(details: dict[str, object]) -> dict[str, str]:
    routes = {LIST: json.dumps(_list(*(_row(i) for i in details)))}
    for ident, body in details.items():
        routes[f"/careers/{ident}/detail"] = json.dumps(body)
    return routes


def test_served_list_then_details(tmp_path: Path) -> None:
    routes = _routes({"36": _detail("AI Research Scientist"), "39": _detail("Data Engineer")})
    served = scrape_served(tmp_path / "jobs.db", "bamboohr", routes, boards=["giotto"])
    assert served.asked == list(routes)
    assert served.result.status == "ok"
    assert served.ids == {"36", "39"}
    assert {job["title"] for job in served.jobs} == {"AI Research Scientist", "Data Engineer"}
    assert {job["company"] for job in served.jobs} == {"giotto"}


def test_served_missing_detail_makes_the_run_partial(tmp_path: Path) -> None:
    routes = _routes({"36": _detail()})
    routes[LIST] = json.dumps(_list(_row("36"), _row("37")))  # 37's detail answers 404
    served = scrape_served(tmp_path / "jobs.db", "bamboohr", routes, boards=["giotto"])
    assert served.result.status == "partial" and served.ids == {"36"}


def test_served_opening_gone_from_the_list_is_closed(tmp_path: Path) -> None:
    db = tmp_path / "jobs.db"
    both = _routes({"36": _detail("One"), "39": _detail("Two")})
    assert scrape_served(db, "bamboohr", both, boards=["giotto"]).result.new == 2
    one = _routes({"39": _detail("Two")})
    served = scrape_served(db, "bamboohr", one, boards=["giotto"])
    assert (served.result.status, served.result.closed) == ("ok", 1)


@pytest.mark.parametrize(
    ("url", "board"),
    [
        ("https://giotto.bamboohr.com/careers", "giotto"),
        ("https://giotto.bamboohr.com/careers/36", "giotto"),
        ("https://Giotto.bamboohr.com/jobs/embed2.php", "Giotto"),
        ("https://www.bamboohr.com/careers", None),
        ("https://giotto.bamboohr.com/login.php", None),
        ("https://giotto.bamboohr.com.evil.example/careers", None),
    ],
)
def test_board_url_patterns(url: str, board: str | None) -> None:
    assert board_in_url(BOARD_URL_PATTERNS, url) == board
    if board is not None:  # what discover finds is what the adapter takes
        (request,) = make("bamboohr", boards=[board]).requests()
        assert request.url == f"https://{board.lower()}.bamboohr.com/careers/list"
