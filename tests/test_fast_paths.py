"""Fast paths checked against the general code they skip: same answers on any input."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper import classify, dedupe
from scraper.normalize import employment
from sources import base

# URL-ish text: schemes, hosts in both cases, ports, users, paths, queries, odd characters.
_URL_PARTS = st.sampled_from(
    ["https://", "http://", "HTTPS://", "ftp://", "", "jobs.example.com", "Jobs.Example.COM",
     "bücher.de", "[::1]", "127.0.0.1", ":443", ":8080", "user@", "/", "//", "/jobs/123",
     "/Jobs/ABC", "?", "gh_jid=5", "&utm_source=x", "#top", "%2F", "\t", "\n", " ", "\\",
     "a", "Ä", "ß", "\x01", ";", "@", ":"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_URL_PARTS, max_size=8).map("".join))
def test_canonical_url_fast_path_agrees_with_the_full_parse(
    url: str,
) -> None:
    """A URL the fast path returns unchanged is one the full parse returns unchanged."""
    if dedupe._is_canonical(url.strip()):
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(dedupe, "_is_canonical", lambda text: False)
            assert dedupe.canonical_url(url) == url.strip()


@pytest.mark.parametrize(
    "url",
    [
        "https://boards.greenhouse.io/acme/jobs/123",
        "http://jobs.lever.co/acme/abc-def",
        "https://x.io/",
    ],
)
def test_canonical_url_fast_path_is_taken_for_plain_urls(url: str) -> None:
    assert dedupe._is_canonical(url)
    assert dedupe.canonical_url(url) == url


_YEAR_WORDS = st.sampled_from(
    ["years", "year", "yrs", "yr", "jahren", "jahr", "jahre", "ans", "años", "anos", "plans",
     "yearly", "5", "3-5", "of", "experience", " ", "-", "x", "byears", "trans", "AÑOS", "\n"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_YEAR_WORDS, max_size=20).map("".join) | st.text(max_size=60))
def test_year_units_match_the_regex_scan(text: str) -> None:
    """The substring-led search finds exactly what the regex finds scanning every position."""
    plain = text.lower()
    expected = [m.span() for m in classify._YEAR_UNIT_RE.finditer(plain)]
    assert [m.span() for m in classify._year_units(plain)] == expected


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=40) | st.sampled_from(["Full-time", "Werkstudent", "Contract", ""]))
def test_employment_memo_matches_the_patterns(text: str) -> None:
    """The memoised kind is the first family whose pattern matches."""
    expected = next(
        (kind for kind, pattern in employment._PATTERNS if text.strip() and pattern.search(text)),
        None,
    )
    assert employment._kind(text) == expected


@pytest.mark.parametrize("blank", ["", "   ", None])
@pytest.mark.parametrize("field", base.MANDATORY_FIELDS)
def test_complete_listing_check_covers_every_mandatory_field(field: str, blank: object) -> None:
    """The spelled-out check fails whenever any MANDATORY_FIELDS value is missing."""
    good = base.RawListing(source_id="1", url="https://x.io/1", title="Engineer", company="X")
    assert base._complete(good)
    assert not base._complete(replace(good, **{field: blank}))
