"""Himalayas remote jobs (himalayas.app/jobs/api, paginated with limit/offset)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

from sources.base import Adapter, Option, Page, ParseResult, RawListing, Request

# Himalayas serves at most 20 jobs per request whatever `limit` asks for (cut from 100 in
# November 2026), so the offset advances by what a page really held, not by PAGE_SIZE.
PAGE_SIZE = 20


class Himalayas(Adapter):
    """Paginated with limit/offset; stops at totalCount, on an empty page, or at max_pages."""

    name = "himalayas"
    description = "Himalayas remote jobs (public JSON API, paginated by offset)"
    endpoint = "https://himalayas.app/jobs/api?limit={limit}&offset={offset}"
    options: ClassVar[dict[str, Option]] = {
        "max_pages": Option(
            int, "pages of 20 to read per run (the feed holds ~100k jobs)", default=10
        ),
    }
    # No numeric limit is published; Himalayas answers bursts with 429 and minutes of
    # back-off, so stay well below one request a second.
    min_delay = 2.0

    def _page_request(self, offset: int, page_number: int) -> Request:
        url = self.endpoint.format(limit=PAGE_SIZE, offset=offset)
        return Request(self.url(url), meta={"offset": offset, "page": page_number})

    def requests(self) -> Iterable[Request]:
        """The first page."""
        yield self._page_request(0, 1)

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """Every job on the page, then the next page while totalCount and max_pages allow."""
        data = page.json()
        if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
            raise self.parse_error(page, "jobs", "expected an object with a 'jobs' list")
        jobs: list[Any] = data["jobs"]
        yield from self.items(page, jobs, self._listing)
        offset = int(page.meta.get("offset", 0)) + len(jobs)
        number = int(page.meta.get("page", 1))
        total = data.get("totalCount")
        more = offset < total if isinstance(total, int) else len(jobs) >= PAGE_SIZE
        if jobs and more and number < int(self.config.get("max_pages", 10)):
            yield self._page_request(offset, number + 1)

    def _listing(self, job: dict[str, Any]) -> RawListing:
        # guid is the stable job URL; applicationLink is the same URL in every sample seen.
        guid = job.get("guid") or job.get("applicationLink")
        restrictions = [str(x) for x in job.get("locationRestrictions") or [] if x]
        seniority = [str(x) for x in job.get("seniority") or [] if x]
        categories = [str(x) for x in job.get("parentCategories") or [] if x]
        return RawListing(
            source_id=str(guid),
            url=job.get("applicationLink") or guid or "",
            title=job["title"],
            company=self.company_name(job.get("companyName"), job.get("companySlug") or ""),
            location=", ".join(restrictions) or None,
            locations=tuple(restrictions),
            # Every Himalayas job is remote; locationRestrictions say where from.
            remote=True,
            employment_type=job.get("employmentType"),
            level=", ".join(seniority) or None,
            category=categories[0] if categories else None,
            salary_min=job.get("minSalary"),
            salary_max=job.get("maxSalary"),
            salary_currency=job.get("currency"),
            # salaryPeriod says "annual" even when no salary is given: keep it only with one.
            salary_period=_period(job),
            posted_at=job.get("pubDate"),  # epoch seconds
            description_html=job.get("description") or job.get("excerpt"),
            tags=tuple(str(x) for x in job.get("categories") or [] if x),
            extra={
                "expiry_date": job.get("expiryDate"),
                "timezone_restrictions": list(job.get("timezoneRestrictions") or []),
                "company_slug": job.get("companySlug"),
            },
        )


def _period(job: dict[str, Any]) -> str | None:
    if job.get("minSalary") is None and job.get("maxSalary") is None:
        return None
    period = job.get("salaryPeriod")
    return period if isinstance(period, str) else None
