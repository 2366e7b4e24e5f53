"""schema.org JobPosting in JSON-LD, from any careers page or a sitemap of them."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import urljoin
from xml.etree.ElementTree import ParseError as XMLParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from selectolax.lexbor import LexborHTMLParser

from scraper.errors import ConfigError
from sources.base import (
    Adapter,
    ItemError,
    Option,
    Page,
    ParseResult,
    RawListing,
    Request,
    as_number,
)

_DECODER = json.JSONDecoder(strict=False)  # strict=False admits raw newlines inside strings
_TRAILING_COMMA = re.compile(r",\s*(?=[}\]])")
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_HTML_COMMENT = re.compile(r"^\s*<!--|-->\s*$")
_ESCAPED_HTML = re.compile(r"&lt;/?[a-z]", re.I)
_REAL_TAG = re.compile(r"<[a-z/]", re.I)


class JsonLd(Adapter):
    """Job pages (listed, or found in a sitemap) -> every JobPosting in their JSON-LD blocks."""

    name = "jsonld"
    description = "Any careers page with schema.org JobPosting JSON-LD (page URLs or a sitemap)"
    endpoint = "(configured page URLs or sitemap)"
    options: ClassVar[dict[str, Option]] = {
        "urls": Option(list, "job page URLs to read", item_kind=str),
        "sitemap": Option(list, "sitemap URL(s) listing the job pages", item_kind=str),
        "url_pattern": Option(str, "regex a sitemap URL must match to be fetched, e.g. '/jobs/'"),
        "max_urls": Option(int, "at most this many job pages per sitemap", default=500),
    }
    # Careers sites publish no API limits; one request every two seconds is a polite crawl.
    min_delay = 2.0
    complete = True

    def requests(self) -> Iterable[Request]:
        """One request per configured page and per sitemap."""
        urls = self.config.get("urls") or []
        sitemaps = self.config.get("sitemap") or []
        if not urls and not sitemaps:
            raise ConfigError(f"source '{self.source_id}': jsonld needs 'urls' or 'sitemap'")
        for url in sitemaps:
            yield Request(self.url(url), meta={"kind": "sitemap"})
        for url in urls:
            yield Request(self.url(url), meta={"kind": "page"})

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """A sitemap yields page requests; a page yields its JobPostings."""
        if page.meta.get("kind") == "sitemap":
            yield from self._sitemap(page)
            return
        postings: list[Any] = []
        for index, block in enumerate(ld_json_blocks(page.text)):
            try:
                postings.extend(job_postings(load_lenient(block)))
            except ValueError as exc:
                # One malformed block never sinks the page: the others are still read.
                yield ItemError(f"{self.name}: {page.url}: JSON-LD block {index}: {exc}")
        several = len(postings) > 1
        yield from self.items(
            page,
            list(enumerate(postings)),
            lambda pair: self._listing(pair[1], page, pair[0] if several else None),
        )

    def _sitemap(self, page: Page) -> Iterator[Request]:
        try:
            root = fromstring(page.body)
        except (XMLParseError, DefusedXmlException) as exc:
            raise self.parse_error(page, "sitemap", f"not a well-formed sitemap: {exc}") from exc
        tag = root.tag.rsplit("}", 1)[-1]
        locs = [
            (el.text or "").strip()
            for el in root.iter()
            if el.tag.rsplit("}", 1)[-1] == "loc" and (el.text or "").strip()
        ]
        if tag == "sitemapindex":
            for loc in locs:
                yield Request(self.url(loc), meta={"kind": "sitemap"})
            return
        if tag != "urlset":
            raise self.parse_error(
                page, "urlset", f"expected <urlset> or <sitemapindex>, not <{tag}>"
            )
        pattern = self.config.get("url_pattern")
        try:
            wanted = re.compile(pattern) if pattern else None
        except re.error as exc:
            raise ConfigError(
                f"source '{self.source_id}': invalid url_pattern {pattern!r} ({exc}): "
                "it is a regular expression; escape ( [ . ? with a backslash"
            ) from None
        limit = int(self.config.get("max_urls", 500))
        picked = [loc for loc in locs if wanted is None or wanted.search(loc)]
        for loc in picked[:limit]:
            yield Request(self.url(loc), meta={"kind": "page"})

    def _listing(self, posting: dict[str, Any], page: Page, index: int | None) -> RawListing:
        url = _text(posting.get("url"))
        url = urljoin(page.url, url) if url else page.url
        identifier = _identifier(posting.get("identifier"))
        # Several postings on one page without their own URLs need distinct ids.
        source_id = url if index is None or _text(posting.get("url")) else f"{url}#{index}"
        places = [_place(p) for p in _as_list(posting.get("jobLocation"))]
        places_text = [p for p, _ in places if p]
        applicants = [
            n
            for n in (_name(a) for a in _as_list(posting.get("applicantLocationRequirements")))
            if n
        ]
        low, high, currency, unit, text = _salary(posting.get("baseSalary"))
        description = _text(posting.get("description"))
        if description and _ESCAPED_HTML.search(description) and not _REAL_TAG.search(description):
            description = html.unescape(description)  # entity-escaped HTML: unescape once
        return RawListing(
            source_id=source_id,
            url=url,
            # Titles often carry entities ("R&amp;D Engineer"); a title is plain text.
            title=html.unescape(_text(posting["title"]) or ""),
            company=self.company_name(_name(posting.get("hiringOrganization")), ""),
            location=places_text[0] if places_text else (", ".join(applicants) or None),
            locations=tuple(places_text),
            country=next((c for _, c in places if c), None),
            remote=_text(posting.get("jobLocationType")),
            employment_type=_joined(posting.get("employmentType")),
            category=_joined(posting.get("occupationalCategory")),
            salary_min=low,
            salary_max=high,
            salary_currency=currency,
            salary_period=unit,
            salary_text=text,
            posted_at=_text(posting.get("datePosted")),
            description_html=description,
            extra={
                k: v
                for k, v in {
                    "identifier": identifier,
                    "valid_through": _text(posting.get("validThrough")),
                    "applicant_locations": applicants or None,
                    "experience": posting.get("experienceRequirements"),
                    "industry": _joined(posting.get("industry")),
                }.items()
                if v is not None
            },
        )


def ld_json_blocks(markup: str) -> list[str]:
    """The text of every <script type="application/ld+json"> on the page."""
    tree = LexborHTMLParser(markup)
    blocks = []
    for node in tree.css("script"):
        kind = (node.attributes.get("type") or "").strip().lower()
        if kind.startswith("application/ld+json"):
            blocks.append(node.text(deep=True) or "")
    return blocks


def load_lenient(text: str) -> list[Any]:
    """JSON values in one block, tolerating the usual breakage; ValueError when none is readable."""
    text = _HTML_COMMENT.sub("", _CDATA.sub("", text)).strip()
    if not text:
        raise ValueError("empty block")
    attempts = [text, _TRAILING_COMMA.sub("", text)]
    if "&quot;" in text or "&#34;" in text:
        unescaped = html.unescape(text)  # the whole block was entity-escaped by a template
        attempts += [unescaped, _TRAILING_COMMA.sub("", unescaped)]
    error: ValueError | None = None
    for attempt in attempts:
        try:
            return _decode_all(attempt)
        except ValueError as exc:
            error = error or exc
    raise ValueError(f"unreadable JSON ({error})")


def _decode_all(text: str) -> list[Any]:
    """Every JSON value in `text` (some pages put two objects in one block)."""
    values: list[Any] = []
    position = 0
    while position < len(text):
        value, end = _DECODER.raw_decode(text, position)
        values.append(value)
        position = end
        while position < len(text) and text[position] in " \t\r\n;,":
            position += 1
    return values


def job_postings(value: Any) -> list[dict[str, Any]]:
    """Every JobPosting object in a JSON-LD value: top level, arrays, @graph, nested entities."""
    found: list[dict[str, Any]] = []
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if _is_job_posting(item):
                found.append(item)
            else:
                stack.extend(reversed(list(item.values())))
    return found


def _is_job_posting(item: dict[str, Any]) -> bool:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1] == "JobPosting" for k in kinds)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _name(value: Any) -> str | None:
    """A name from a string, an object's `name`, or a list of either (first non-empty)."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list):
        return next((n for n in (_name(v) for v in value) if n), None)
    text = _text(value)
    return html.unescape(text) if text else None


def _joined(value: Any) -> str | None:
    parts = [t for t in (_text(v) for v in _as_list(value)) if t]
    return ", ".join(dict.fromkeys(parts)) or None


def _identifier(value: Any) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("value")) or _text(value.get("@id"))
    return _text(value)


def _place(place: Any) -> tuple[str | None, str | None]:
    """A jobLocation as ("Locality, Region, Country", country)."""
    if isinstance(place, str):
        return _text(place), None
    if not isinstance(place, dict):
        return None, None
    address = place.get("address")
    if isinstance(address, str):  # some sites give the address as one string
        return _text(address) or _text(place.get("name")), None
    if not isinstance(address, dict):
        return _text(place.get("name")), None
    country = _name(address.get("addressCountry"))
    parts = [
        _text(address.get("addressLocality")),
        _text(address.get("addressRegion")),
        country,
    ]
    text = ", ".join(p for p in parts if p) or _text(place.get("name"))
    return text, country


def _salary(
    value: Any,
) -> tuple[float | None, float | None, str | None, str | None, str | None]:
    """(min, max, currency, unitText, free text) from baseSalary as sites really write it."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        number = as_number(value)
        return number, number, None, None, _text(value) if number is None else None
    if not isinstance(value, dict):
        return None, None, None, None, None
    currency = _text(value.get("currency"))
    unit = _text(value.get("unitText"))
    inner = value.get("value")
    if isinstance(inner, dict):
        unit = _text(inner.get("unitText")) or unit
        low = as_number(inner.get("minValue"))
        high = as_number(inner.get("maxValue"))
        single = as_number(inner.get("value"))
        if low is None and high is None and single is not None:
            low = high = single
        return low, high, currency, unit, None
    number = as_number(inner)
    if number is not None:
        return number, number, currency, unit, None
    return None, None, currency, unit, _text(inner)
