"""Lever job sites (api.lever.co postings API)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import quote

from sources.base import Adapter, Option, Page, ParseResult, RawListing, Request

PAGE_SIZE = 100


class Lever(Adapter):
    """Paginated with skip/limit; a short page is the last one."""

    name = "lever"
    description = "Lever ATS job sites (public postings API, paginated)"
    endpoint = "https://api.lever.co/v0/postings/{site}?mode=json&skip={skip}&limit={limit}"
    options: ClassVar[dict[str, Option]] = {
        "boards": Option(list, "Lever site names, e.g. ['mistral']", required=True, item_kind=str),
        "eu": Option(bool, "the sites are on Lever's EU instance (api.eu.lever.co)", default=False),
    }
    min_delay = 1.0
    complete = True

    def _page_request(self, site: str, skip: int) -> Request:
        url = self.endpoint.format(site=quote(site, safe="%.-_~"), skip=skip, limit=PAGE_SIZE)
        if self.config.get("eu"):
            url = url.replace("//api.lever.co/", "//api.eu.lever.co/", 1)
        return Request(self.url(url), meta={"board": site, "skip": skip})

    def requests(self) -> Iterable[Request]:
        """The first page of every configured site."""
        for site in self.config["boards"]:
            yield self._page_request(site, 0)

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """Every posting on the page, then the next page when this one was full."""
        data = page.json()
        if not isinstance(data, list):
            raise self.parse_error(page, "postings", "expected a JSON array")
        site = str(page.meta.get("board", ""))
        yield from self.items(page, data, lambda posting: self._listing(posting, site))
        if len(data) >= PAGE_SIZE:
            yield self._page_request(site, int(page.meta.get("skip", 0)) + len(data))

    def _listing(self, posting: dict[str, Any], site: str) -> RawListing:
        categories = posting.get("categories") or {}
        salary = posting.get("salaryRange") or {}
        workplace = posting.get("workplaceType")
        return RawListing(
            source_id=str(posting["id"]),
            url=posting.get("hostedUrl") or posting.get("applyUrl") or "",
            title=posting.get("text") or "",
            company=self.company_name(None, site),
            location=categories.get("location"),
            locations=tuple(categories.get("allLocations") or ()),
            country=posting.get("country"),
            remote=None if workplace in (None, "unspecified") else workplace,
            employment_type=categories.get("commitment"),
            department=categories.get("department") or categories.get("team"),
            category=categories.get("team"),
            salary_min=salary.get("min"),
            salary_max=salary.get("max"),
            salary_currency=salary.get("currency"),
            salary_period=salary.get("interval"),
            posted_at=posting.get("createdAt"),  # epoch milliseconds
            description_html=_description(posting),
        )


def _description(posting: dict[str, Any]) -> str | None:
    """The full text: opening/description, each list with its heading, then `additional`."""
    parts: list[str] = []
    if posting.get("description"):
        parts.append(str(posting["description"]))
    for item in posting.get("lists") or []:
        if item.get("text"):
            parts.append(f"<h3>{item['text']}</h3>")
        if item.get("content"):
            parts.append(f"<ul>{item['content']}</ul>")
    if posting.get("additional"):
        parts.append(str(posting["additional"]))
    return "\n".join(parts) or None
