"""Config-defined HTML adapter: selectors, attributes, relative URLs, paging, config errors."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.errors import ConfigError, ParseError
from sources.html import Selector
from tests.helpers import make, page, split

# A "featured jobs" block in the style of the AI job boards: badges for place, type, level, pay.
FEATURED = """
<section class="featured">
  <div class="card" data-id="j-77">
    <a class="title" href="/job/77-founding-ai-engineer-agents">Founding AI Engineer, Agents</a>
    <div class="org">Occam AI</div>
    <span class="pill">New York</span><span class="pill">Full Time</span>
    <span class="pill">Senior-level / Expert</span><span class="pill">USD 100K - 180K</span>
    <div class="body"><p>Build <b>agents</b>.</p></div>
  </div>
  <div class="card" data-id="j-78">
    <a class="title" href="job/78-ml-ops">MLOps Engineer</a>
    <div class="org"></div>
    <span class="pill">Remote</span><span class="pill">Contract</span>
  </div>
</section>
<a class="next" href="/featured?page=2">Next</a>
"""

OPTIONS: dict[str, Any] = {
    "start_url": "https://board.example/featured",
    "card": "div.card",
    "fields": {
        "id": "@data-id",
        "title": "a.title",
        "url": "a.title@href",
        "company": ".org",
        "location": "span.pill:nth-of-type(1)",
        "employment_type": "span.pill:nth-of-type(2)",
        "level": "span.pill:nth-of-type(3)",
        "salary": "span.pill:nth-of-type(4)",
        "description": "div.body",
    },
    "next_page": "a.next",
}


def test_featured_cards() -> None:
    adapter = make("html", **OPTIONS, company="Board Fallback")
    (request,) = adapter.requests()
    listings, follow, errors = split(adapter.parse(page(request, FEATURED)))
    assert errors == []
    first, second = listings
    assert (first.source_id, first.url) == (
        "j-77",
        "https://board.example/job/77-founding-ai-engineer-agents",
    )
    assert (first.title, first.company, first.location) == (
        "Founding AI Engineer, Agents",
        "Occam AI",
        "New York",
    )
    assert (first.employment_type, first.level, first.salary_text) == (
        "Full Time",
        "Senior-level / Expert",
        "USD 100K - 180K",
    )
    assert first.description_html == '<div class="body"><p>Build <b>agents</b>.</p></div>'
    # Relative link resolved against the page; empty company falls back to the configured one.
    assert second.url == "https://board.example/job/78-ml-ops"
    assert second.company == "Board Fallback"
    assert (second.level, second.salary_text, second.description_html) == (None, None, None)
    assert [r.url for r in follow] == ["https://board.example/featured?page=2"]
    assert follow[0].meta["page"] == 2


def test_card_is_the_link_and_url_defaults_to_its_href() -> None:
    adapter = make(
        "html",
        urls=["https://b.example/jobs/"],
        card="a.job",
        fields={"title": "h3", "company": ".co"},
    )
    (request,) = adapter.requests()
    body = '<a class="job" href="/j/1"><h3>Data Scientist</h3><p class="co">Acme</p></a>'
    (listing,), _, _ = split(adapter.parse(page(request, body)))
    assert (listing.url, listing.source_id) == ("https://b.example/j/1", "https://b.example/j/1")


def test_tags_collect_every_match_and_attribute_values() -> None:
    adapter = make(
        "html",
        start_url="https://b.example/",
        card="li",
        fields={
            "title": "h3",
            "company": "@data-company",
            "tags": "span.tag",
            "posted": "time@datetime",
        },
    )
    (request,) = adapter.requests()
    body = (
        '<li data-company="Acme"><a href="/x"></a><h3>AI Engineer</h3>'
        '<span class="tag">LLM</span><span class="tag"> RAG </span>'
        '<time datetime="2026-10-01">1 month ago</time></li>'
    )
    (listing,), _, _ = split(adapter.parse(page(request, body)))
    assert listing.company == "Acme"
    assert listing.tags == ("LLM", "RAG")
    assert listing.posted_at == "2026-10-01"


def test_paging_stops_at_max_pages_and_on_self_links() -> None:
    adapter = make("html", **{**OPTIONS, "max_pages": 2})
    (request,) = adapter.requests()
    _, follow, _ = split(adapter.parse(page(request, FEATURED)))
    (second,) = follow
    _, more, _ = split(adapter.parse(page(second, FEATURED)))
    assert more == []  # page 2 of at most 2
    looping = FEATURED.replace("/featured?page=2", "/featured")
    _, again, _ = split(adapter.parse(page(request, looping)))
    assert again == []


def test_broken_cards_are_item_errors_and_the_rest_is_kept() -> None:
    adapter = make("html", **OPTIONS)
    (request,) = adapter.requests()
    # Card 1 loses its title; card 2 has no company and no configured fallback.
    body = FEATURED.replace("Founding AI Engineer, Agents", "") + FEATURED
    listings, _, errors = split(adapter.parse(page(request, body)))
    assert [x.title for x in listings] == ["Founding AI Engineer, Agents"]
    assert ["title" in e.message for e in errors] == [True, False, False]
    assert ["company" in e.message for e in errors] == [False, True, True]


def test_no_cards_is_a_page_error() -> None:
    adapter = make("html", **OPTIONS)
    (request,) = adapter.requests()
    with pytest.raises(ParseError):
        list(adapter.parse(page(request, "<html><body><p>We moved!</p></body></html>")))


@pytest.mark.parametrize(
    ("spec", "css", "attr"),
    [
        ("a.title@href", "a.title", "href"),
        ("@href", "", "href"),
        ("h3", "h3", None),
        ("time @datetime", "time", "datetime"),
        ("a[href^='/job']@data-x", "a[href^='/job']", "data-x"),
        ("span.pill:nth-of-type(2)", "span.pill:nth-of-type(2)", None),
    ],
)
def test_selector_parsing(spec: str, css: str, attr: str | None) -> None:
    assert Selector.parse(spec) == Selector(css, attr)


@pytest.mark.parametrize(
    "options",
    [
        {**OPTIONS, "fields": {"title": "h3", "colour": ".c"}},
        {**OPTIONS, "fields": {"company": ".c"}},
        {**OPTIONS, "card": "div[["},
        {**OPTIONS, "fields": {"title": "h3[["}},
        {**OPTIONS, "card": "@href"},
    ],
    ids=["unknown field", "no title", "bad card css", "bad field css", "card without css"],
)
def test_config_errors(options: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        make("html", **options)


def test_needs_a_start_url_or_urls() -> None:
    options = {k: v for k, v in OPTIONS.items() if k != "start_url"}
    with pytest.raises(ConfigError):
        list(make("html", **options).requests())
