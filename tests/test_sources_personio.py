"""Personio: safe XML (no DTD, no entities), direct-child names, company choice, served."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scraper.errors import ParseError
from sources.base import ItemError, RawListing
from tests.helpers import make, page_for

FIXTURE = Path(__file__).parent / "fixtures" / "personio" / "nordwindlabs.xml"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<workzag-jobs><position><id>1</id><name>&lol3;</name></position></workzag-jobs>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<workzag-jobs><position><id>1</id><name>&secret;</name></position></workzag-jobs>"""


def _feed(*positions: str) -> bytes:
    return (
        "<?xml version='1.0' encoding='UTF-8'?>\n<workzag-jobs>"
        + "".join(positions)
        + "</workzag-jobs>"
    ).encode()


def _parse(body: bytes, **options: Any) -> list[Any]:
    adapter = make("personio", **{"boards": ["acme"], **options})
    return list(adapter.parse(page_for(adapter, body)))


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (BILLION_LAUGHS, "entity expansion"),
        (EXTERNAL_ENTITY, "external entity"),
        (b"<workzag-jobs><position>", "truncated"),
        (b"", "empty"),
        (b"<html><body>Maintenance</body></html>", "wrong root"),
    ],
)
def test_unsafe_or_broken_feeds_raise_parse_error(body: bytes, why: str) -> None:
    with pytest.raises(ParseError, match="workzag-jobs"):
        _parse(body)


def test_request_url_language_and_base_url() -> None:
    adapter = make("personio", boards=["Acme"], language="de")
    assert [r.url for r in adapter.requests()] == ["https://acme.jobs.personio.de/xml?language=de"]
    adapter = make("personio", boards=["acme"], base_url="http://127.0.0.1:9")
    assert [r.url for r in adapter.requests()] == ["http://127.0.0.1:9/xml?language=en"]


def test_title_is_the_positions_own_name_not_a_section_name() -> None:
    position = (
        "<position><id>9</id><jobDescriptions><jobDescription><name>Your mission</name>"
        "<value><![CDATA[ <p>Do things</p> ]]></value></jobDescription></jobDescriptions>"
        "<name>\n\t\tResearch Engineer\n\t</name></position>"
    )
    (listing,) = _parse(_feed(position))
    assert isinstance(listing, RawListing)
    assert listing.title == "Research Engineer"
    assert listing.description_html == "<h3>Your mission</h3>\n<p>Do things</p>"
    assert listing.url == "https://acme.jobs.personio.de/job/9"


@pytest.mark.parametrize(
    ("subcompany", "configured", "expected"),
    [
        ("<subcompany>Acme GmbH</subcompany>", None, "Acme GmbH"),
        ("<subcompany>Acme GmbH</subcompany>", "Acme", "Acme"),
        ("", None, "acme"),
    ],
)
def test_company(subcompany: str, configured: str | None, expected: str) -> None:
    options = {"company": configured} if configured else {}
    position = f"<position><id>1</id>{subcompany}<name>Analyst</name></position>"
    (listing,) = _parse(_feed(position), **options)
    assert isinstance(listing, RawListing) and listing.company == expected


def test_a_position_without_id_or_name_is_an_item_error() -> None:
    out = _parse(
        _feed(
            "<position><name>No id</name></position>",
            "<position><id>2</id></position>",
            "<position><id>3</id><name>Kept</name></position>",
        )
    )
    assert [type(x) for x in out] == [ItemError, ItemError, RawListing]
