"""Koala Board (an invented JSON job board API): a complete `jobs` plugin adapter."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import quote

from sources.base import Adapter, Option, Page, ParseResult, RawListing, Request


class KoalaBoard(Adapter):
    """One board per request, paginated by the API's `next_page`; pay comes as numbers."""

    name = "koalaboard"  # the entry point's name must be the same
    description = "Koala Board job boards (public JSON API, paginated)"
    endpoint = "https://api.koalaboard.example/v1/boards/{board}/jobs"
    options: ClassVar[dict[str, Option]] = {
        "boards": Option(
            list, "board slugs, as in koalaboard.example/<slug>", required=True, item_kind=str
        ),
        "max_pages": Option(int, "at most this many pages per board (default 10)", default=10),
    }
    # Koala Board's docs allow one request a second per client.
    min_delay = 1.0

    def requests(self) -> Iterable[Request]:
        """The first page of every configured board."""
        for board in self.config["boards"]:
            url = self.endpoint.format(board=quote(board, safe=""))
            yield Request(self.url(url + "?page=1"), meta={"board": board, "page": 1})

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """The page's jobs, then the next page while the API announces one."""
        data = page.json()
        if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
            raise self.parse_error(page, "jobs", "expected an object with a 'jobs' list")
        board = page.meta["board"]
        yield from self.items(page, data["jobs"], lambda job: self._listing(job, board))
        number = page.meta["page"]
        if data.get("next_page") and number < self.config["max_pages"]:
            url = self.endpoint.format(board=quote(board, safe=""))
            yield Request(
                self.url(f"{url}?page={number + 1}"), meta={"board": board, "page": number + 1}
            )

    def _listing(self, job: dict[str, Any], board: str) -> RawListing:
        pay = job.get("pay") or {}
        return RawListing(
            source_id=str(job["id"]),
            url=job.get("url") or "",
            title=(job.get("title") or "").strip(),
            company=self.company_name(job.get("company"), board),
            location=job.get("location") or None,
            remote=job.get("workplace"),  # "remote" | "hybrid" | "onsite"
            salary_min=pay.get("min"),
            salary_max=pay.get("max"),
            salary_currency=pay.get("currency"),
            salary_period=pay.get("per"),
            posted_at=job.get("published"),  # ISO 8601 with offset
            description_html=job.get("body") or None,
            tags=tuple(job.get("skills") or ()),
        )
