"""SmartRecruiters job boards (api.smartrecruiters.com posting API)."""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import quote

from sources.base import (
    Adapter,
    ItemError,
    Option,
    Page,
    ParseResult,
    RawListing,
    Request,
    as_number,
    join_parts,
)

PAGE_SIZE = 100  # the API's maximum `limit`
DETAIL_ENDPOINT = "https://api.smartrecruiters.com/v1/companies/{company}/postings/{id}"
# Detail sections in reading order; each has a `title` and an HTML `text`.
_SECTIONS = ("companyDescription", "jobDescription", "qualifications", "additionalInformation")


class SmartRecruiters(Adapter):
    """Paginated list (limit/offset); optionally one detail request per posting."""

    name = "smartrecruiters"
    description = "SmartRecruiters job boards (public posting API, paginated, optional details)"
    endpoint = "https://api.smartrecruiters.com/v1/companies/{company}/postings?limit={limit}&offset={offset}"
    options: ClassVar[dict[str, Option]] = {
        "boards": Option(
            list, "company identifiers, e.g. ['WesternDigital']", required=True, item_kind=str
        ),
        # Off by default: the list has title, place, level and function, which is enough to
        # classify; details cost one request per posting on every run (thousands on big boards).
        "details": Option(
            bool,
            "fetch each posting's detail for description and pay (1 request each)",
            default=False,
        ),
    }
    # No limit is published for the public posting API; one request a second is our
    # politeness default, and matters mostly when `details` multiplies the requests.
    min_delay = 1.0
    complete = True

    def _page_request(self, company: str, offset: int) -> Request:
        url = self.endpoint.format(
            company=quote(company, safe="%.-_~"), limit=PAGE_SIZE, offset=offset
        )
        return Request(self.url(url), meta={"board": company, "offset": offset})

    def requests(self) -> Iterable[Request]:
        """The first page of every configured company."""
        for company in self.config["boards"]:
            yield self._page_request(company, 0)

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """A list page (postings or detail requests, then the next page) or one detail page."""
        data = page.json()
        board = str(page.meta.get("board", ""))
        if page.meta.get("detail"):
            if not isinstance(data, dict):
                raise self.parse_error(page, "posting", "expected a JSON object")
            yield from self.items(page, [data], lambda posting: self._listing(posting, board))
            return
        if not isinstance(data, dict) or not isinstance(data.get("content"), list):
            raise self.parse_error(page, "content", "expected an object with a 'content' list")
        content = data["content"]
        if self.config.get("details"):
            yield from self._detail_requests(page, content, board)
        else:
            yield from self.items(page, content, lambda posting: self._listing(posting, board))
        offset = int(page.meta.get("offset", 0)) + len(content)
        total = data.get("totalFound")
        # An empty page ends the walk even if totalFound (a live count) grew meanwhile.
        if content and isinstance(total, int) and offset < total:
            yield self._page_request(board, offset)

    def _detail_requests(self, page: Page, content: list[Any], board: str) -> Iterator[ParseResult]:
        for index, posting in enumerate(content):
            ident = posting.get("id") if isinstance(posting, dict) else None
            if not isinstance(ident, str | int) or isinstance(ident, bool) or not str(ident):
                yield ItemError(f"{self.name}: {page.url}: item {index}: missing or invalid id")
                continue
            # Built from the documented pattern rather than trusting `ref`, so a detail request
            # never leaves the API host (and base_url redirects it like any other).
            url = DETAIL_ENDPOINT.format(
                company=quote(board, safe="%.-_~"), id=quote(str(ident), safe="")
            )
            yield Request(self.url(url), meta={"board": board, "detail": True})

    def _listing(self, posting: dict[str, Any], board: str) -> RawListing:
        location = posting.get("location") or {}
        company = posting.get("company") or {}
        identifier = company.get("identifier") or board
        pay = posting.get("compensation") or {}
        return RawListing(
            source_id=str(posting["id"]),
            url=posting.get("postingUrl")
            or f"https://jobs.smartrecruiters.com/{quote(identifier)}/{posting['id']}",
            title=(posting.get("name") or "").strip(),
            company=self.company_name(company.get("name"), board),
            location=location.get("fullLocation")
            or join_parts(location.get("city"), location.get("region"), location.get("country")),
            country=location.get("country") or None,  # lower-case ISO-2 ("us")
            remote=_workplace(location),
            employment_type=_label(posting.get("typeOfEmployment")),
            level=_label(posting.get("experienceLevel")),
            department=_label(posting.get("department")),
            category=_label(posting.get("function")),
            salary_min=as_number(pay.get("min")),
            salary_max=as_number(pay.get("max")),
            salary_currency=pay.get("currency"),
            salary_period=pay.get("period"),
            posted_at=posting.get("releasedDate"),
            description_html=_description(posting),
            extra={
                "ref_number": posting.get("refNumber"),
                "industry": _label(posting.get("industry")),
            },
        )


def _label(value: object) -> str | None:
    """The `label` of a {id, label} object (department is often `{}`)."""
    if isinstance(value, dict):
        label = value.get("label")
        if isinstance(label, str) and label.strip():
            return label.strip()
    return None


def _workplace(location: dict[str, Any]) -> str | None:
    # Postings choose one of remote / hybrid / on-site; both flags false means on-site.
    if location.get("remote") is True:
        return "remote"
    if location.get("hybrid") is True:
        return "hybrid"
    if location.get("remote") is False and location.get("hybrid") is False:
        return "onsite"
    return None


def _description(posting: dict[str, Any]) -> str | None:
    """The detail's job ad sections, each under its title; None on a list item."""
    sections = ((posting.get("jobAd") or {}).get("sections")) or {}
    parts: list[str] = []
    for key in _SECTIONS:
        section = sections.get(key) or {}
        text = section.get("text")
        if isinstance(text, str) and text.strip():
            if section.get("title"):
                parts.append(f"<h3>{html.escape(str(section['title']))}</h3>")
            parts.append(text)
    return "\n".join(parts) or None
