"""Jobicy remote jobs (jobicy.com/api/v2/remote-jobs)."""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import urlencode

from sources.base import Adapter, Option, Page, ParseResult, RawListing, Request, as_number


class Jobicy(Adapter):
    """One request per run: the latest `count` jobs, optionally filtered by tag, geo, industry."""

    name = "jobicy"
    description = "Jobicy remote jobs (public JSON API, latest jobs, no pagination)"
    endpoint = "https://jobicy.com/api/v2/remote-jobs?count=50"
    options: ClassVar[dict[str, Option]] = {
        "count": Option(
            int, "how many of the latest jobs to ask for (API maximum 100)", default=50
        ),
        "tag": Option(str, "search by keyword in title/description, e.g. 'python'"),
        "geo": Option(str, "region slug, e.g. 'usa', 'emea', 'europe'"),
        "industry": Option(str, "industry slug, e.g. 'data-science'"),
    }
    # Jobicy's API docs ask clients to poll at most once an hour; the feed changes no faster.
    # That limits runs (one request each), so it is the schedule, not the request spacing.
    every = "1h"
    min_delay = 5.0

    def requests(self) -> Iterable[Request]:
        """One request with the configured filters."""
        count = max(1, min(int(self.config.get("count", 50)), 100))
        query: dict[str, str | int] = {"count": count}
        for key in ("tag", "geo", "industry"):
            value = self.config.get(key)
            if isinstance(value, str) and value.strip():
                query[key] = value.strip()
        url = self.endpoint.split("?", 1)[0] + "?" + urlencode(query)
        yield Request(self.url(url))

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """Every job in the response."""
        data = page.json()
        if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
            raise self.parse_error(page, "jobs", "expected an object with a 'jobs' list")
        yield from self.items(page, data["jobs"], self._listing)

    def _listing(self, job: dict[str, Any]) -> RawListing:
        # jobIndustry labels arrive HTML-escaped ("Data Science &amp; Analytics").
        industries = [html.unescape(str(x)) for x in job.get("jobIndustry") or [] if x]
        types = [str(x) for x in job.get("jobType") or [] if x]
        # Annual fields are the documented ones; older responses use salaryMin/salaryMax.
        low = job.get("annualSalaryMin", job.get("salaryMin"))
        high = job.get("annualSalaryMax", job.get("salaryMax"))
        annual = "annualSalaryMin" in job or "annualSalaryMax" in job
        return RawListing(
            source_id=str(job["id"]),
            url=job.get("url") or "",
            title=job["jobTitle"],
            company=self.company_name(job.get("companyName"), ""),
            location=job.get("jobGeo") or None,
            remote=True,  # Jobicy lists remote jobs only; jobGeo is where from
            employment_type=", ".join(types) or None,
            level=job.get("jobLevel"),
            category=industries[0] if industries else None,
            salary_min=as_number(low),
            salary_max=as_number(high),
            salary_currency=job.get("salaryCurrency"),
            salary_period=job.get("salaryPeriod") or ("yearly" if annual else None),
            posted_at=job.get("pubDate"),
            description_html=job.get("jobDescription") or job.get("jobExcerpt"),
            tags=tuple(industries),
            extra={"slug": job.get("jobSlug")},
        )
