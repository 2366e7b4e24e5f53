"""Remotive (remotive.com remote-jobs API)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import urlencode

from sources.base import Adapter, Option, Page, ParseResult, RawListing, Request


class Remotive(Adapter):
    """One request returns every matching job; salary is free text for the normaliser."""

    name = "remotive"
    description = "Remotive remote jobs (public API; data delayed 24 h, link back required)"
    endpoint = "https://remotive.com/api/remote-jobs"
    options: ClassVar[dict[str, Option]] = {
        "category": Option(str, "category slug, e.g. 'software-dev' or 'data'"),
        "search": Option(str, "search words matched against title and description"),
        "limit": Option(int, "at most this many jobs (the API's own cap applies)"),
    }
    # Published: more than 2 calls a minute gets blocked, and they advise at most 4 a day.
    min_delay = 35.0
    # Remotive asks for a few calls a day at most.
    every = "12h"

    def requests(self) -> Iterable[Request]:
        """The feed with the configured filters."""
        params = {k: self.config[k] for k in ("category", "search", "limit") if self.config.get(k)}
        url = self.endpoint + ("?" + urlencode(params) if params else "")
        yield Request(self.url(url))

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """Every job in the response."""
        data = page.json()
        if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
            raise self.parse_error(page, "jobs", "expected an object with a 'jobs' list")
        yield from self.items(page, data["jobs"], self._listing)

    def _listing(self, job: dict[str, Any]) -> RawListing:
        salary = job.get("salary")
        where = job.get("candidate_required_location")
        return RawListing(
            source_id=str(job["id"]),
            url=job.get("url") or "",
            title=(job.get("title") or "").strip(),
            company=(job.get("company_name") or "").strip(),
            # Where candidates may live ("USA", "Worldwide", "Americas, Europe"), not an office.
            location=where.strip() if isinstance(where, str) and where.strip() else None,
            remote=True,  # every Remotive job is remote
            employment_type=job.get("job_type") or None,  # "full_time", "freelance", ...
            category=job.get("category") or None,
            # Free text ("$18 - $22/hr", "$150k - $230k", ""): parsed by the salary normaliser.
            salary_text=salary.strip() if isinstance(salary, str) and salary.strip() else None,
            posted_at=job.get("publication_date"),  # ISO without offset (UTC)
            # Ends with a tracking-pixel <img>; the HTML-to-text step drops images.
            description_html=job.get("description") or None,
            tags=tuple(
                t.strip() for t in job.get("tags") or () if isinstance(t, str) and t.strip()
            ),
        )
