"""JSON-LD adapter: leniency cases, JobPosting discovery, sitemaps."""

from __future__ import annotations

import json

import pytest

from scraper.errors import ConfigError, ParseError
from sources.base import Request
from sources.jsonld import job_postings, ld_json_blocks, load_lenient
from tests.helpers import make, page, split

POSTING = '{"@type": "JobPosting", "title": "Data Engineer", "hiringOrganization": "Acme"}'


@pytest.mark.parametrize(
    ("block", "titles"),
    [
        pytest.param(POSTING, ["Data Engineer"], id="plain object"),
        pytest.param(f"[{POSTING}, {POSTING}]", ["Data Engineer"] * 2, id="array"),
        pytest.param(
            f'{{"@graph": [{{"@type": "WebSite"}}, {POSTING}]}}', ["Data Engineer"], id="graph"
        ),
        pytest.param('{"@type": ["JobPosting", "Thing"], "title": "T1"}', ["T1"], id="type list"),
        pytest.param(
            '{"@type": "http://schema.org/JobPosting", "title": "T2"}', ["T2"], id="type iri"
        ),
        pytest.param('{"@type": "JobPosting", "title": "T3",}', ["T3"], id="trailing comma"),
        pytest.param(
            '{"a": [1, 2,], "@type": "JobPosting", "title": "T4" ,\n}', ["T4"], id="commas"
        ),
        pytest.param(
            '{"@type": "JobPosting", "title": "Line\nbreak"}', ["Line\nbreak"], id="raw newline"
        ),
        pytest.param(
            "{&quot;@type&quot;: &quot;JobPosting&quot;, &quot;title&quot;: &quot;T5&quot;}",
            ["T5"],
            id="entity-escaped block",
        ),
        pytest.param(f"//<![CDATA[\n{POSTING}\n//]]>", ["Data Engineer"], id="cdata"),
        pytest.param(f"<!--\n{POSTING}\n-->", ["Data Engineer"], id="html comment"),
        pytest.param(f"{POSTING}\n{POSTING};", ["Data Engineer"] * 2, id="two objects"),
        pytest.param(
            '{"@type": "WebPage", "mainEntity": {"@type": "JobPosting", "title": "T6"}}',
            ["T6"],
            id="nested mainEntity",
        ),
        pytest.param('{"@type": "Organization", "name": "Acme"}', [], id="no posting"),
        pytest.param(
            '{"@type": "JobPosting", "title": "R&amp;D Lead"}', ["R&amp;D Lead"], id="raw"
        ),
    ],
)
def test_lenient_blocks(block: str, titles: list[str]) -> None:
    found = job_postings(load_lenient(block))
    assert [p.get("title") for p in found] == titles


@pytest.mark.parametrize("block", ["", "   ", '{"title": "never closed"', "not json at all"])
def test_unreadable_blocks_raise_value_error(block: str) -> None:
    with pytest.raises(ValueError):
        load_lenient(block)


def test_blocks_found_whatever_the_type_attribute_case() -> None:
    markup = (
        '<script type="application/ld+json">{"a": 1}</script>'
        '<script type="APPLICATION/LD+JSON; charset=utf-8">{"b": 2}</script>'
        '<script type="text/javascript">var x = 1;</script>'
    )
    assert ld_json_blocks(markup) == ['{"a": 1}', '{"b": 2}']


def test_one_bad_block_never_sinks_the_page() -> None:
    adapter = make("jsonld", urls=["https://acme.example/jobs/1"])
    (request,) = adapter.requests()
    body = (
        f'<script type="application/ld+json">{{"broken": </script>'
        f'<script type="application/ld+json">{POSTING}</script>'
    )
    listings, follow, errors = split(adapter.parse(page(request, body)))
    assert [x.title for x in listings] == ["Data Engineer"]
    assert listings[0].url == listings[0].source_id == "https://acme.example/jobs/1"
    assert listings[0].company == "Acme"
    assert len(errors) == 1 and "block 0" in errors[0].message
    assert follow == []


def test_postings_sharing_a_page_url_get_distinct_ids() -> None:
    adapter = make("jsonld", urls=["https://acme.example/jobs"])
    (request,) = adapter.requests()
    body = f'<script type="application/ld+json">[{POSTING}, {POSTING}]</script>'
    listings, _, _ = split(adapter.parse(page(request, body)))
    assert [x.source_id for x in listings] == [
        "https://acme.example/jobs#0",
        "https://acme.example/jobs#1",
    ]


@pytest.mark.parametrize(
    ("salary", "expected"),
    [
        (
            {"currency": "USD", "value": {"minValue": 1, "maxValue": 2, "unitText": "HOUR"}},
            (1.0, 2.0, "USD", "HOUR", None),
        ),
        (
            {"currency": "EUR", "value": {"value": "5,000"}, "unitText": "MONTH"},
            (5000.0, 5000.0, "EUR", "MONTH", None),
        ),
        ({"currency": "GBP", "value": 70000}, (70000.0, 70000.0, "GBP", None, None)),
        ({"value": "Competitive"}, (None, None, None, None, "Competitive")),
        ("90k-120k", (None, None, None, None, "90k-120k")),
    ],
)
def test_salary_shapes(salary: object, expected: tuple[object, ...]) -> None:
    adapter = make("jsonld", urls=["https://acme.example/jobs/2"])
    (request,) = adapter.requests()
    posting = {
        "@type": "JobPosting",
        "title": "T",
        "hiringOrganization": {"name": "Acme"},
        "baseSalary": salary,
    }
    body = f'<script type="application/ld+json">{json.dumps(posting)}</script>'
    (listing,), _, _ = split(adapter.parse(page(request, body)))
    got = (
        listing.salary_min,
        listing.salary_max,
        listing.salary_currency,
        listing.salary_period,
        listing.salary_text,
    )
    assert got == expected


SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://acme.example/about</loc></url>
  <url><loc> https://acme.example/jobs/101-ml-engineer </loc><lastmod>2026-10-01</lastmod></url>
  <url><loc>https://acme.example/jobs/102-data-scientist</loc></url>
</urlset>"""


def test_sitemap_yields_filtered_page_requests() -> None:
    adapter = make("jsonld", sitemap="https://acme.example/sitemap.xml", url_pattern="/jobs/")
    (request,) = adapter.requests()
    assert request.meta["kind"] == "sitemap"
    _, follow, _ = split(adapter.parse(page(request, SITEMAP)))
    assert [r.url for r in follow] == [
        "https://acme.example/jobs/101-ml-engineer",
        "https://acme.example/jobs/102-data-scientist",
    ]
    assert all(r.meta["kind"] == "page" for r in follow)


def test_sitemap_index_and_max_urls_and_base_url() -> None:
    adapter = make(
        "jsonld",
        sitemap=["https://acme.example/sitemap.xml"],
        max_urls=1,
        base_url="http://127.0.0.1:9",
    )
    (request,) = adapter.requests()
    assert request.url == "http://127.0.0.1:9/sitemap.xml"
    index = (
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>https://acme.example/sitemap-jobs.xml</loc></sitemap></sitemapindex>"
    )
    _, (child,), _ = split(adapter.parse(page(request, index)))
    assert (child.url, child.meta["kind"]) == ("http://127.0.0.1:9/sitemap-jobs.xml", "sitemap")
    _, follow, _ = split(adapter.parse(page(child, SITEMAP)))
    assert [r.url for r in follow] == ["http://127.0.0.1:9/about"]


def test_sitemap_with_entity_bomb_is_refused() -> None:
    adapter = make("jsonld", sitemap="https://acme.example/sitemap.xml")
    (request,) = adapter.requests()
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
        "<urlset>&b;</urlset>"
    )
    with pytest.raises(ParseError):
        list(adapter.parse(page(request, bomb)))


def test_needs_urls_or_sitemap() -> None:
    with pytest.raises(ConfigError):
        list(make("jsonld").requests())


def test_request_kind_is_page_for_urls() -> None:
    requests = list(make("jsonld", urls=["https://a.example/1", "https://a.example/2"]).requests())
    assert [(r.url, r.meta["kind"]) for r in requests] == [
        ("https://a.example/1", "page"),
        ("https://a.example/2", "page"),
    ]
    assert all(isinstance(r, Request) for r in requests)


def test_entities_in_title_and_company_are_unescaped() -> None:
    adapter = make("jsonld", urls=["https://acme.example/jobs/3"])
    (request,) = adapter.requests()
    posting = '{"@type": "JobPosting", "title": "R&amp;D Lead", "hiringOrganization": "A &amp; B"}'
    body = f'<script type="application/ld+json">{posting}</script>'
    (listing,), _, _ = split(adapter.parse(page(request, body)))
    assert (listing.title, listing.company) == ("R&D Lead", "A & B")
