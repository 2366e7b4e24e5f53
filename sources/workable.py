"""Workable job boards (apply.workable.com widget API)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import quote

from sources.base import Adapter, Option, Page, ParseResult, RawListing, Request, join_parts


class Workable(Adapter):
    """One request per account; a job listed in several places repeats once per place."""

    name = "workable"
    description = "Workable ATS job boards (public widget API)"
    endpoint = "https://apply.workable.com/api/v1/widget/accounts/{account}?details={details}"
    options: ClassVar[dict[str, Option]] = {
        "boards": Option(list, "account names, e.g. ['huggingface']", required=True, item_kind=str),
        "details": Option(
            bool, "include descriptions (same single request, larger body)", default=True
        ),
    }
    # Workable publishes no limit for the public widget; its API docs allow 10 requests per
    # 10 s per token, so one a second stays well inside what they expect.
    min_delay = 1.0
    complete = True

    def requests(self) -> Iterable[Request]:
        """One request per configured account."""
        details = "true" if self.config.get("details", True) else "false"
        for account in self.config["boards"]:
            url = self.endpoint.format(account=quote(account, safe="%.-_~"), details=details)
            yield Request(self.url(url), meta={"board": account})

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """Every job of the account, one listing per shortcode with all its places."""
        data = page.json()
        if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
            raise self.parse_error(page, "jobs", "expected an object with a 'jobs' list")
        board = str(page.meta.get("board", ""))
        company = self.company_name(data.get("name"), board)
        yield from self.items(
            page, _group(data["jobs"]), lambda group: self._listing(group, company)
        )

    def _listing(self, group: list[Any], company: str) -> RawListing:
        job = group[0]
        places: list[str] = []
        for copy in group:
            for place in copy.get("locations") or []:
                text = join_parts(place.get("city"), place.get("region"), place.get("country"))
                if text and text not in places:
                    places.append(text)
        first_place = next(iter(job.get("locations") or []), None) or {}
        return RawListing(
            source_id=str(job["shortcode"]),
            url=job.get("url") or job.get("shortlink") or job.get("application_url") or "",
            title=(job.get("title") or "").strip(),
            company=company,
            location=join_parts(job.get("city"), job.get("state"), job.get("country")),
            locations=tuple(places),
            country=first_place.get("countryCode") or job.get("country") or None,
            # telecommuting is Workable's only workplace statement: True means remote.
            remote=job.get("telecommuting"),
            employment_type=job.get("employment_type") or None,
            level=job.get("experience") or None,
            department=job.get("department") or None,
            category=job.get("function") or None,
            # published_on is the date it went live; created_at is when the draft was made.
            posted_at=job.get("published_on") or job.get("created_at"),
            description_html=job.get("description") or None,
            extra={
                "created_at": job.get("created_at"),
                "industry": job.get("industry") or None,
                "education": job.get("education") or None,
            },
        )


def _group(jobs: list[Any]) -> list[list[Any]]:
    """Jobs grouped by shortcode in first-seen order; an item without one stands alone."""
    groups: dict[str, list[Any]] = {}
    for index, job in enumerate(jobs):
        code = job.get("shortcode") if isinstance(job, dict) else None
        key = code if isinstance(code, str) and code else f"#{index}"
        groups.setdefault(key, []).append(job)
    return list(groups.values())
