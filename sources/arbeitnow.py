"""Arbeitnow (arbeitnow.com job board API, mostly Germany and remote)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

from sources.base import Adapter, Option, Page, ParseResult, RawListing, Request

DEFAULT_MAX_PAGES = 5  # ~1,600 newest jobs: the board adds a few hundred a day

# An escaped tag: "&lt;p&gt;", "&lt;/div&gt;", "&lt;a href=...".
_ESCAPED_TAG = re.compile(r"&lt;/?[a-zA-Z][a-zA-Z0-9]*[\s&/]")
_REAL_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*[\s>/]")


class Arbeitnow(Adapter):
    """Paginated through `links.next` (325 jobs a page, no total); stops after `max_pages`."""

    name = "arbeitnow"
    description = "Arbeitnow job board (public API, paginated; Germany-centred, many remote)"
    endpoint = "https://www.arbeitnow.com/api/job-board-api"
    options: ClassVar[dict[str, Option]] = {
        "max_pages": Option(
            int, "stop after this many pages (325 jobs each)", default=DEFAULT_MAX_PAGES
        ),
    }
    # No limit is published; pages are large (325 jobs), so a few seconds between them is cheap.
    min_delay = 3.0

    def requests(self) -> Iterable[Request]:
        """The first page."""
        yield Request(self.url(self.endpoint), meta={"page": 1})

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """Every job on the page, then the next page while `max_pages` allows."""
        data = page.json()
        if not isinstance(data, dict) or not isinstance(data.get("data"), list):
            raise self.parse_error(page, "data", "expected an object with a 'data' list")
        yield from self.items(page, data["data"], self._listing)
        number = int(page.meta.get("page", 1))
        max_pages = self.config.get("max_pages")
        # 0 or less still means the first page: it is already fetched when we get here.
        limit = DEFAULT_MAX_PAGES if max_pages is None else int(max_pages)
        following = (data.get("links") or {}).get("next")
        if (
            data["data"]
            and isinstance(following, str)
            and following.startswith("http")
            and number < limit
            and _page_number(following) != _page_number(page.url)  # a loop is not a next page
        ):
            yield Request(self.url(following), meta={"page": number + 1})

    def _listing(self, job: dict[str, Any]) -> RawListing:
        job_types = [t.strip() for t in job.get("job_types") or () if isinstance(t, str)]
        return RawListing(
            source_id=str(job["slug"]),
            url=job.get("url") or "",
            title=(job.get("title") or "").strip(),
            company=(job.get("company_name") or "").strip(),
            location=(job.get("location") or "").strip() or None,
            remote=job.get("remote") if isinstance(job.get("remote"), bool) else None,
            # [] or labels, some German ("berufserfahren" = experienced, "Side" = side job).
            employment_type=", ".join(t for t in job_types if t) or None,
            posted_at=job.get("created_at"),  # epoch seconds
            description_html=_description(job.get("description")),
            tags=tuple(
                t.strip() for t in job.get("tags") or () if isinstance(t, str) and t.strip()
            ),
        )


def _description(markup: object) -> str | None:
    """The HTML; a wholly entity-escaped body (jobs relayed from Greenhouse) unescaped once.

    Such bodies read "&lt;div&gt;...&amp;nbsp;..." followed by Arbeitnow's real "<p>Find
    jobs ...</p>" backlink, so the test is "the first tag on the page is an escaped one".
    """
    if not isinstance(markup, str) or not markup.strip():
        return None
    escaped = _ESCAPED_TAG.search(markup)
    if escaped is None:
        return markup
    real = _REAL_TAG.search(markup)
    if real is None or escaped.start() < real.start():
        return html.unescape(markup)
    return markup


def _page_number(url: str) -> str | None:
    values = parse_qs(urlsplit(url).query).get("page")
    return values[0] if values else None
