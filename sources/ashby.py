"""Ashby job boards (api.ashbyhq.com posting API)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import quote

from sources.base import Adapter, Option, Page, ParseResult, RawListing, Request


class Ashby(Adapter):
    """One request per board, with compensation; unlisted jobs are skipped."""

    name = "ashby"
    description = "Ashby ATS job boards (public posting API, with compensation)"
    endpoint = "https://api.ashbyhq.com/posting-api/job-board/{board}?includeCompensation=true"
    options: ClassVar[dict[str, Option]] = {
        "boards": Option(list, "board names, e.g. ['openai']", required=True, item_kind=str),
    }
    min_delay = 1.0
    complete = True

    def requests(self) -> Iterable[Request]:
        """One request per configured board."""
        for board in self.config["boards"]:
            url = self.endpoint.format(board=quote(board, safe="%.-_~"))
            yield Request(self.url(url), meta={"board": board})

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """Every listed job of the board."""
        data = page.json()
        if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
            raise self.parse_error(page, "jobs", "expected an object with a 'jobs' list")
        board = str(page.meta.get("board", ""))
        yield from self.items(page, data["jobs"], lambda job: self._listing(job, board))

    def _listing(self, job: dict[str, Any], board: str) -> RawListing | None:
        if job.get("isListed") is False:
            return None
        address = ((job.get("address") or {}).get("postalAddress")) or {}
        secondary = [s.get("location") for s in job.get("secondaryLocations") or []]
        location = job.get("location")
        low, high, currency, period = _salary(job.get("compensation") or {})
        return RawListing(
            source_id=str(job["id"]),
            url=job.get("jobUrl") or job.get("applyUrl") or "",
            title=(job.get("title") or "").strip(),
            company=self.company_name(None, board),
            location=location,
            locations=tuple(x for x in [location, *secondary] if isinstance(x, str) and x),
            country=address.get("addressCountry") or None,
            remote=_workplace(job),
            employment_type=job.get("employmentType"),
            department=job.get("department"),
            category=job.get("team"),
            salary_min=low,
            salary_max=high,
            salary_currency=currency,
            salary_period=period,
            salary_text=(job.get("compensation") or {}).get("compensationTierSummary"),
            posted_at=job.get("publishedAt"),
            description_html=job.get("descriptionHtml"),
        )


def _workplace(job: dict[str, Any]) -> str | None:
    # workplaceType (2026 responses) is precise; isRemote is also true on hybrid jobs.
    workplace = job.get("workplaceType")
    if isinstance(workplace, str) and workplace:
        return workplace
    if job.get("isRemote") is True:
        return "remote"
    return None


def _salary(
    compensation: dict[str, Any],
) -> tuple[float | None, float | None, str | None, str | None]:
    """The salary band: the widest range over the Salary components of one currency."""
    parts = [
        c
        for c in compensation.get("summaryComponents") or []
        if c.get("compensationType") == "Salary" and c.get("currencyCode")
    ]
    if not parts:
        return None, None, None, None
    currency = parts[0]["currencyCode"]
    same = [c for c in parts if c.get("currencyCode") == currency]
    lows = [float(c["minValue"]) for c in same if c.get("minValue") is not None]
    highs = [float(c["maxValue"]) for c in same if c.get("maxValue") is not None]
    return (
        min(lows) if lows else None,
        max(highs) if highs else None,
        currency,
        same[0].get("interval"),
    )
