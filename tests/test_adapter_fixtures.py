"""Every adapter against its fixtures: tests/fixtures/<adapter>/<case>.<ext> + <case>.expected.json.

Dropping in a new case pair adds a test. `<case>.request.json` (optional) gives the source
options and which of the adapter's requests the body answers. Each case also snapshots
what the pipeline makes of its listings, `<case>.posting.json`: the normalised, classified
postings with their identity, so a change to any rule shows up as a reviewable diff.
`pytest --update-expected` rewrites both kinds of file for review.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from scraper.classify import load_taxonomy
from scraper.prepare import prepare
from sources import registry
from sources.base import Adapter, ItemError, Page, RawListing, Request, validate_options

FIXTURES = Path(__file__).parent / "fixtures"
BODY_SUFFIXES = {".json", ".xml", ".html", ".rss", ".txt"}
FETCHED_AT = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def _cases() -> list[Any]:
    cases = []
    for folder in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        for body in sorted(folder.iterdir()):
            name = body.name
            if body.suffix not in BODY_SUFFIXES or name.endswith(
                (".expected.json", ".request.json", ".posting.json")
            ):
                continue
            cases.append(pytest.param(folder.name, body, id=f"{folder.name}/{body.stem}"))
    return cases


def as_jsonable(item: RawListing | Request | ItemError) -> dict[str, Any]:
    """A parse result as the JSON stored in expected files."""
    if isinstance(item, RawListing):
        data = dataclasses.asdict(item)
        data["locations"] = list(item.locations)
        data["tags"] = list(item.tags)
        data["extra"] = dict(item.extra)
        if isinstance(item.posted_at, datetime):
            data["posted_at"] = item.posted_at.isoformat()
        return {"listing": data}
    if isinstance(item, Request):
        return {"request": {"url": item.url, "method": item.method, "meta": dict(item.meta)}}
    return {"error": item.message}


def posting_jsonable(item: RawListing, source: str) -> dict[str, Any]:
    """A raw listing as the pipeline stores it: normalised, classified, identified."""
    posting = prepare(item, source, FETCHED_AT, load_taxonomy())
    data = dataclasses.asdict(posting)
    if posting.posted_at is not None:
        data["posted_at"] = posting.posted_at.isoformat()
    # Long, and tested on its own: its digest says whether it changed.
    text = data.pop("description") or ""
    data["description_digest"] = hashlib.blake2b(text.encode(), digest_size=6).hexdigest()
    return data


def run_case(adapter_name: str, body: Path) -> list[dict[str, Any]]:
    """Parse one fixture body the way the engine would, as JSON-able results."""
    return [as_jsonable(item) for item in parse_case(adapter_name, body)]


def parse_case(adapter_name: str, body: Path) -> list[RawListing | Request | ItemError]:
    """Parse one fixture body the way the engine would."""
    spec_path = body.with_name(body.stem + ".request.json")
    spec = json.loads(spec_path.read_text()) if spec_path.exists() else {}
    cls = registry.get(adapter_name)
    options = {"adapter": adapter_name, **spec.get("options", {"boards": [body.stem]})}
    adapter = cls(f"test-{adapter_name}", validate_options("test", cls, options))
    first = list(adapter.requests())[spec.get("request_index", 0)]
    request = Request(spec.get("url", first.url), meta={**dict(first.meta), **spec.get("meta", {})})
    page = Page(request, request.url, 200, {}, body.read_bytes(), FETCHED_AT)
    return list(adapter.parse(page))


@pytest.mark.parametrize(("adapter_name", "body"), _cases())
def test_fixture(adapter_name: str, body: Path, update_expected: bool) -> None:
    result = run_case(adapter_name, body)
    expected_path = body.with_name(body.stem + ".expected.json")
    if update_expected or not expected_path.exists():
        expected_path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        if not update_expected:
            pytest.fail(f"wrote missing {expected_path.name}: review it and run again")
    assert result == json.loads(expected_path.read_text())
    listings = [r["listing"] for r in result if "listing" in r]
    assert listings, "every fixture case should yield at least one listing"
    for listing in listings:
        for field in ("source_id", "url", "title", "company"):
            assert isinstance(listing[field], str) and listing[field].strip()


def _snapshot(path: Path, result: Any, update: bool) -> None:
    """Compare with a snapshot file; write it when asked to (or when missing, then fail)."""
    if update or not path.exists():
        path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        if not update:
            pytest.fail(f"wrote missing {path.name}: review it and run again")
    assert result == json.loads(path.read_text())


@pytest.mark.parametrize(("adapter_name", "body"), _cases())
def test_fixture_postings(adapter_name: str, body: Path, update_expected: bool) -> None:
    """The normalised postings of a real-format case: a rule change is a reviewed diff."""
    items = parse_case(adapter_name, body)
    result = [
        posting_jsonable(item, f"test-{adapter_name}")
        for item in items
        if isinstance(item, RawListing)
    ]
    _snapshot(body.with_name(body.stem + ".posting.json"), result, update_expected)
    assert all(p["key"]["company"] and p["key"]["title"] for p in result)


def test_every_adapter_has_fixtures_and_every_folder_an_adapter() -> None:
    folders = {p.name for p in FIXTURES.iterdir() if p.is_dir()}
    names = set(registry.BUILTIN)
    assert names - folders == set(), "adapters without fixtures"
    assert folders - names == set(), "fixture folders naming no adapter"


@pytest.mark.parametrize("name", registry.names())
def test_every_adapter_keeps_the_contract(name: str) -> None:
    """Built-ins and any installed plugin: name, one-line description, docstring, options."""
    cls = registry.get(name)
    assert registry.contract_problems(name, cls) == []
    for option in cls.options.values():
        assert option.help and "\n" not in option.help
    assert callable(cls.requests) and cls.requests is not Adapter.requests
    assert callable(cls.parse) and cls.parse is not Adapter.parse
