"""Teamtailor: board hosts, offset paging and its guard, odd feeds, served end to end."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

import pytest

from scraper.errors import ConfigError, ParseError
from sources.base import ItemError, RawListing, Request
from sources.teamtailor import BOARD_URL_PATTERNS
from tests.helpers import board_in_url, make, page, scrape_served, split

FIRST = "/jobs.rss?per_page=100&offset=0"


def _item(ident: int, title: str = "ML Engineer", remote: str = "none") -> str:
    return (
        f"<item><title>{escape(title)}</title>"
        f"<description>&lt;p&gt;Role {ident}.&lt;/p&gt;</description>"
        "<pubDate>Tue, 13 Oct 2026 09:41:07 +0200</pubDate>"
        f"<link>https://acme.teamtailor.com/jobs/{ident}-role</link>"
        f"<remoteStatus>{remote}</remoteStatus><guid>guid-{ident}</guid>"
        "<tt:locations><tt:location><tt:name>Berlin office</tt:name><tt:city>Berlin</tt:city>"
        "<tt:country>Germany</tt:country></tt:location></tt:locations>"
        "<tt:department>Engineering</tt:department></item>"
    )


def _feed(*items: str, title: str = "Acme GmbH") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0" xmlns:tt="https://teamtailor.com/locations"><channel>'
        f"<title>{title}</title><link>https://acme.teamtailor.com/jobs</link>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def _parse(body: bytes, **meta: object) -> list[object]:
    adapter = make("teamtailor", boards=["acme"])
    (first,) = adapter.requests()
    return list(adapter.parse(page(Request(first.url, meta={**first.meta, **meta}), body)))


@pytest.mark.parametrize(
    ("board", "url"),
    [
        ("acme", "https://acme.teamtailor.com/jobs.rss?per_page=100&offset=0"),
        ("Acme", "https://acme.teamtailor.com/jobs.rss?per_page=100&offset=0"),
        ("acme.na", "https://acme.na.teamtailor.com/jobs.rss?per_page=100&offset=0"),
        ("careers.acme.com", "https://careers.acme.com/jobs.rss?per_page=100&offset=0"),
        (
            "https://careers.acme.com/jobs",
            "https://careers.acme.com/jobs.rss?per_page=100&offset=0",
        ),
    ],
)
def test_requests(board: str, url: str) -> None:
    assert [r.url for r in make("teamtailor", boards=[board]).requests()] == [url]


def test_base_url_replaces_the_host() -> None:
    adapter = make("teamtailor", boards=["acme"], base_url="http://127.0.0.1:9")
    assert [r.url for r in adapter.requests()] == [f"http://127.0.0.1:9{FIRST}"]


@pytest.mark.parametrize("board", ["acme/../x", "a b", "acme..com", "-acme"])
def test_a_board_that_is_no_host_is_a_config_error(board: str) -> None:
    with pytest.raises(ConfigError, match="boards") as info:
        list(make("teamtailor", boards=[board]).requests())
    assert "\n" not in str(info.value)


def test_a_full_page_asks_for_the_next_offset() -> None:
    listings, follow, errors = split(_parse(_feed(*(_item(1000 + i) for i in range(100)))))
    assert len(listings) == 100 and errors == []
    (nxt,) = follow
    assert nxt.url == "https://acme.teamtailor.com/jobs.rss?per_page=100&offset=100"
    assert dict(nxt.meta) == {
        "board": "acme.teamtailor.com",
        "offset": 100,
        "previous_first": "1000",
    }


def test_a_short_page_is_the_last() -> None:
    listings, follow, _ = split(_parse(_feed(_item(1), _item(2)), offset=100, previous_first="9"))
    assert [x.source_id for x in listings] == ["1", "2"] and follow == []


def test_a_feed_that_ignores_offset_stops_with_one_line() -> None:
    with pytest.raises(ParseError, match="ignored offset") as info:
        _parse(_feed(_item(1000), _item(1001)), offset=100, previous_first="1000")
    assert "\n" not in str(info.value)


def test_an_empty_board_yields_nothing() -> None:
    assert _parse(_feed()) == []


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<html><body>Page not found</body></html>",
        b"<rss><item/></rss>",
        b'{"jobs": []}',
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "boom">]><rss><channel/></rss>',
    ],
)
def test_a_page_that_is_no_feed_raises_one_line(body: bytes) -> None:
    with pytest.raises(ParseError) as info:
        _parse(body)
    assert "teamtailor" in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("status", "remote"),
    [
        ("fully", "remote"),
        ("hybrid", "hybrid"),
        ("onsite", "onsite"),
        ("none", None),
        ("temporary", None),
    ],
)
def test_remote_status(status: str, remote: str | None) -> None:
    (listing,) = _parse(_feed(_item(1, remote=status)))
    assert isinstance(listing, RawListing) and listing.remote == remote


def test_company_falls_back_to_the_configured_name_then_the_host() -> None:
    (listing,) = _parse(_feed(_item(1), title=""))
    assert isinstance(listing, RawListing) and listing.company == "acme.teamtailor.com"
    adapter = make("teamtailor", boards=["acme"], company="Acme")
    (first,) = adapter.requests()
    (listing,) = adapter.parse(page(first, _feed(_item(1), title="")))
    assert isinstance(listing, RawListing) and listing.company == "Acme"


def test_an_item_without_link_or_guid_is_an_item_error() -> None:
    broken = "<item><title>Orphan</title><description/></item>"
    out = _parse(_feed(_item(1), broken, _item(2)))
    assert [type(x) for x in out] == [RawListing, ItemError, RawListing]


# -- through the real pipeline ------------------------------------------------------------


def test_served_pages_are_walked_and_stored(tmp_path: Path) -> None:
    page1 = _feed(*(_item(2000 + i) for i in range(100)))
    page2 = _feed(*(_item(2100 + i) for i in range(7)))
    routes = {FIRST: page1, "/jobs.rss?per_page=100&offset=100": page2}
    served = scrape_served(tmp_path / "jobs.db", "teamtailor", routes, boards=["acme"])
    assert served.asked == list(routes)
    assert served.result.status == "ok"
    assert served.ids == {str(2000 + i) for i in range(107)}
    assert {job["company"] for job in served.jobs} == {"Acme GmbH"}


def test_served_job_gone_from_the_feed_is_closed(tmp_path: Path) -> None:
    db = tmp_path / "jobs.db"
    first = scrape_served(db, "teamtailor", {FIRST: _feed(_item(1), _item(2))}, boards=["acme"])
    assert first.result.new == 2
    second = scrape_served(db, "teamtailor", {FIRST: _feed(_item(2))}, boards=["acme"])
    assert (second.result.status, second.result.closed) == ("ok", 1)


def test_served_offset_ignored_closes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "jobs.db"
    full = _feed(*(_item(3000 + i) for i in range(100)))
    scrape_served(db, "teamtailor", {FIRST: full}, boards=["acme"])
    # The next run: page 1 lost a job and the feed answers every offset with page 1.
    shorter = _feed(*(_item(3000 + i) for i in range(1, 101)))
    routes = {FIRST: shorter, "/jobs.rss?per_page=100&offset=100": shorter}
    served = scrape_served(db, "teamtailor", routes, boards=["acme"])
    assert served.result.status == "partial" and served.result.closed == 0
    assert "ignored offset" in (served.result.first_error or "")


@pytest.mark.parametrize(
    ("url", "board"),
    [
        ("https://kestrel.teamtailor.com/jobs", "kestrel"),
        ("https://Kestrel.teamtailor.com/en-GB/jobs/6120443-ml-engineer", "Kestrel"),
        ("https://acme.na.teamtailor.com/jobs", "acme.na"),
        ("https://careers.acme.com/jobs.rss", "careers.acme.com"),
        ("https://www.teamtailor.com/en/", None),
        ("https://app.teamtailor.com/companies/x", None),
        ("https://acme.teamtailor.com.evil.example/jobs", None),
    ],
)
def test_board_url_patterns(url: str, board: str | None) -> None:
    assert board_in_url(BOARD_URL_PATTERNS, url) == board
    if board is not None:  # what discover finds is what the adapter takes
        (request,) = make("teamtailor", boards=[board]).requests()
        assert urlsplit(request.url).netloc in urlsplit(url).netloc.lower()
