"""HN 'Who is hiring?' adapter: first-line parsing variations, thread lookup, comment handling."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from scraper.errors import ParseError
from sources.base import ItemError, Page, RawListing, Request, validate_options
from sources.hn import HackerNews, first_line, parse_header, split_parts

# (comment HTML, company, titles, location, remote, employment type, salary, url)
HEADERS: list[
    tuple[str, str, tuple[str, ...], str | None, str | None, str | None, str | None, str | None]
] = [
    (
        "Acme | Senior ML Engineer | San Francisco, CA | ONSITE | Full-time | $180k-$220k<p>x",
        "Acme",
        ("Senior ML Engineer",),
        "San Francisco, CA",
        "ONSITE",
        "Full-time",
        "$180k-$220k",
        None,
    ),
    (
        "Qlip | Developer Advocate | Support Engineer | REMOTE | Full-time<p>We build.",
        "Qlip",
        ("Developer Advocate", "Support Engineer"),
        None,
        "REMOTE",
        "Full-time",
        None,
        None,
    ),
    (
        "Wavelet | On-Premises SRE | Remote (EMEA) | Permanent (Full-time)"
        " | Salary up to $185,500 + equity",
        "Wavelet",
        ("On-Premises SRE",),
        "Remote (EMEA)",
        "Remote (EMEA)",
        "Permanent (Full-time)",
        "Salary up to $185,500 + equity",
        None,
    ),
    (
        "Zephyr | Senior Frontend Engineer | Remote (UTC+3) | Full time or Full time contract",
        "Zephyr",
        ("Senior Frontend Engineer",),
        "Remote (UTC+3)",
        "Remote (UTC+3)",
        "Full time or Full time contract",
        None,
        None,
    ),
    (
        "Pinecrest | Senior Software Engineer, Frontend | New York, NY | Onsite | Full-time"
        " | $160k–$180k + Equity | Visa possible",
        "Pinecrest",
        ("Senior Software Engineer, Frontend",),
        "New York, NY",
        "Onsite",
        "Full-time",
        "$160k–$180k + Equity",
        None,
    ),
    (
        "Flywheel Co | AI-Native Engineers &amp; Operators | REMOTE (worldwide)"
        " | Contract &#x2F; Part-time",
        "Flywheel Co",
        ("AI-Native Engineers & Operators",),
        "REMOTE (worldwide)",
        "REMOTE (worldwide)",
        "Contract / Part-time",
        None,
        None,
    ),
    (
        "Medly | 150-250k+ + equity | Remote (US only) | Multiple roles | "
        '<a href="https:&#x2F;&#x2F;medly.example&#x2F;careers" rel="nofollow">'
        "https:&#x2F;&#x2F;medly.example&#x2F;careers</a>",
        "Medly",
        ("Multiple roles",),
        "Remote (US only)",
        "Remote (US only)",
        None,
        "150-250k+ + equity",
        "https://medly.example/careers",
    ),
    (
        "LearnLoop (Remote US) — Full-Stack Software Engineer"
        " — TypeScript &#x2F; Postgres &#x2F; React",
        "LearnLoop",
        ("Full-Stack Software Engineer",),
        "Remote US",
        "Remote US",
        None,
        None,
        None,
    ),
    (
        "Gearbox Robotics (YC W24) | ML Engineer, Data Scientist | Austin, TX | Onsite",
        "Gearbox Robotics",
        ("ML Engineer", "Data Scientist"),
        "Austin, TX",
        "Onsite",
        None,
        None,
        None,
    ),
    (
        "Fernleaf Ltd. | Founding Engineer / Head of AI | London, UK | Hybrid | £90k–£120k",
        "Fernleaf Ltd.",
        ("Founding Engineer", "Head of AI"),
        "London, UK",
        "Hybrid",
        None,
        "£90k–£120k",
        None,
    ),
    (
        "Brotli | Backend Engineer (Go, Postgres) | Berlin | ONSITE | €85,000 - €105,000 | VISA",
        "Brotli",
        ("Backend Engineer (Go, Postgres)",),
        "Berlin",
        "ONSITE",
        None,
        "€85,000 - €105,000",
        None,
    ),
    (
        "Initrode - Staff Data Engineer - Austin, TX - Remote OK",
        "Initrode",
        ("Staff Data Engineer",),
        "Austin, TX",
        "Remote OK",
        None,
        None,
        None,
    ),
    (
        "Globule | Remote | Senior Rust Developer | 120-160k EUR",
        "Globule",
        ("Senior Rust Developer",),
        None,
        "Remote",
        None,
        "120-160k EUR",
        None,
    ),
    (
        "Tallyho | Toronto, Canada | Data Analyst | Hybrid | CAD 95,000",
        "Tallyho",
        ("Data Analyst",),
        "Toronto, Canada",
        "Hybrid",
        None,
        "CAD 95,000",
        None,
    ),
    (
        "Mossgrove | Research Scientist, Computer Vision | Zurich | Onsite | https://mossgrove.example",
        "Mossgrove",
        ("Research Scientist, Computer Vision",),
        "Zurich",
        "Onsite",
        None,
        None,
        "https://mossgrove.example",
    ),
    (
        "Quanta Loom | Machine Learning Intern | Boston, MA | ONSITE | Internship | $45/hr",
        "Quanta Loom",
        ("Machine Learning Intern",),
        "Boston, MA",
        "ONSITE",
        "Internship",
        "$45/hr",
        None,
    ),
    (
        "Ostrich Labs|Product Designer|Remote|Full Time",
        "Ostrich Labs",
        ("Product Designer",),
        None,
        "Remote",
        "Full Time",
        None,
        None,
    ),
    (
        "Hexaplex | Senior Engineer; Staff Engineer | Seattle, WA or Remote (US) | $200k–$260k",
        "Hexaplex",
        ("Senior Engineer", "Staff Engineer"),
        "Seattle, WA or Remote (US)",
        "Seattle, WA or Remote (US)",
        None,
        "$200k–$260k",
        None,
    ),
    (
        "Cobalt Health is hiring | Clinical Data Engineer | Remote (Canada)",
        "Cobalt Health",
        ("Clinical Data Engineer",),
        "Remote (Canada)",
        "Remote (Canada)",
        None,
        None,
        None,
    ),
    (
        "Lantern AI | LLM Evaluation Engineer | Paris, France | Hybrid | 70-90k€"
        " | lantern.example&#x2F;jobs",
        "Lantern AI",
        ("LLM Evaluation Engineer",),
        "Paris, France",
        "Hybrid",
        None,
        "70-90k€",
        "lantern.example/jobs",
    ),
    (
        "Driftwood | Head of Data | NYC | In-office | Full-time\nMore text on the next line",
        "Driftwood",
        ("Head of Data",),
        "NYC",
        "In-office",
        "Full-time",
        None,
        None,
    ),
    (
        "Nimbus Inc | Software Engineers (all levels) | Remote | Competitive salary + equity",
        "Nimbus Inc",
        ("Software Engineers (all levels)",),
        None,
        "Remote",
        None,
        "Competitive salary + equity",
        None,
    ),
    (
        "Verdant Grid is hiring a Senior Platform Engineer to scale our dispatch platform.<p>x",
        "Verdant Grid",
        ("Senior Platform Engineer",),
        None,
        None,
        None,
        None,
        None,
    ),
    (
        "Okapi &amp; Sons | Data Engineer | Remote | Contract",
        "Okapi & Sons",
        ("Data Engineer",),
        None,
        "Remote",
        "Contract",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("comment", "company", "titles", "location", "remote", "employment", "salary", "url"),
    HEADERS,
    ids=[h[1] for h in HEADERS],
)
def test_header_variations(
    comment: str,
    company: str,
    titles: tuple[str, ...],
    location: str | None,
    remote: str | None,
    employment: str | None,
    salary: str | None,
    url: str | None,
) -> None:
    header = parse_header(comment)
    assert header is not None
    assert (header.company, header.titles) == (company, titles)
    assert header.location == location
    assert header.remote == remote
    assert header.employment_type == employment
    assert header.salary == salary
    assert header.url == url


@pytest.mark.parametrize(
    "comment",
    [
        "@someone do you support remote work from Turkey please?",
        "Great thread as always. Anyone know companies hiring in Lisbon?",
        "Open Tidewave Labs\nOpen roles: • Engineering Leads • Senior Engineers",
        "",
        "x" * 500 + " | Engineer",
    ],
)
def test_non_headers_are_skipped(comment: str) -> None:
    assert parse_header(comment) is None


def test_first_line_prefers_full_href_and_unescapes() -> None:
    comment = (
        'Acme | Engineer | <a href="https:&#x2F;&#x2F;acme.example'
        '&#x2F;a&#x2F;very&#x2F;long&#x2F;path" '
        'rel="nofollow">https:&#x2F;&#x2F;acme.example&#x2F;a&#x2F;ve...</a><p>rest'
    )
    assert first_line(comment) == "Acme | Engineer | https://acme.example/a/very/long/path"


def test_split_parts_does_not_split_on_a_single_hyphen() -> None:
    assert split_parts("Acme | Senior Platform Engineer - LATAM") == [
        "Acme",
        "Senior Platform Engineer - LATAM",
    ]
    assert split_parts("Just one - two") == ["Just one - two"]


def _adapter(**options: Any) -> HackerNews:
    return HackerNews("hn", validate_options("hn", HackerNews, {"adapter": "hn", **options}))


def _page(request: Request, body: object) -> Page:
    return Page(
        request, request.url, 200, {}, json.dumps(body).encode(), datetime(2026, 11, 5, tzinfo=UTC)
    )


def test_lookup_picks_latest_who_is_hiring_story() -> None:
    adapter = _adapter()
    (first,) = adapter.requests()
    assert first.url.startswith("https://hn.algolia.com/api/v1/search_by_date?tags=story")
    hits = [
        {
            "objectID": "49100002",
            "title": "Ask HN: Who wants to be hired? (November 2026)",
            "created_at_i": 1793631622,
        },
        {
            "objectID": "49100001",
            "title": "Ask HN: Freelancer? Seeking freelancer? (November 2026)",
            "created_at_i": 1793631621,
        },
        {
            "objectID": "49100000",
            "title": "Ask HN: Who is hiring? (November 2026)",
            "created_at_i": 1793631620,
        },
        {
            "objectID": "48900000",
            "title": "Ask HN: Who is hiring? (October 2026)",
            "created_at_i": 1790953200,
        },
    ]
    (follow,) = adapter.parse(_page(first, {"hits": hits, "nbHits": 4, "page": 0}))
    assert isinstance(follow, Request)
    assert follow.url == "https://hn.algolia.com/api/v1/items/49100000"
    assert follow.meta["kind"] == "thread"


def test_base_url_redirects_both_requests() -> None:
    adapter = _adapter(base_url="http://127.0.0.1:8081")
    (first,) = adapter.requests()
    assert first.url.startswith("http://127.0.0.1:8081/api/v1/search_by_date?")
    hit = {"objectID": "7", "title": "Ask HN: Who is hiring? (May 2027)", "created_at_i": 1}
    (follow,) = adapter.parse(_page(first, {"hits": [hit]}))
    assert isinstance(follow, Request)
    assert follow.url == "http://127.0.0.1:8081/api/v1/items/7"


def test_no_hiring_story_is_a_page_error() -> None:
    adapter = _adapter()
    (first,) = adapter.requests()
    with pytest.raises(ParseError):
        list(
            adapter.parse(_page(first, {"hits": [{"objectID": "1", "title": "Show HN: a thing"}]}))
        )


def test_story_id_option_skips_the_lookup() -> None:
    (request,) = _adapter(story_id=123).requests()
    assert request.url == "https://hn.algolia.com/api/v1/items/123"


def test_replies_are_ignored_and_bad_comments_become_item_errors() -> None:
    adapter = _adapter(story_id=5)
    (request,) = adapter.requests()
    reply = {"id": 11, "author": "b", "text": "Acme | Reply Engineer | Remote", "children": []}
    thread = {
        "id": 5,
        "children": [
            {
                "id": 10,
                "author": "a",
                "created_at_i": 100,
                "text": "Acme | Data Engineer | Remote",
                "children": [reply],
            },
            {"author": "c", "text": "Nobody | Missing Id Engineer | Remote"},
            "not a comment",
        ],
    }
    results = list(adapter.parse(_page(request, thread)))
    listings = [r for r in results if isinstance(r, RawListing)]
    assert [(x.source_id, x.title) for x in listings] == [("10", "Data Engineer")]
    assert sum(isinstance(r, ItemError) for r in results) == 2
