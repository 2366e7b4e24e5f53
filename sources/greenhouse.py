"""Greenhouse job boards (boards-api.greenhouse.io)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import quote

from scraper.escapes import unescape_html
from sources.base import Adapter, Option, Page, ParseResult, RawListing, Request

# Greenhouse has no workplace field; some boards publish one as custom metadata.
_WORKPLACE_KEYS = ("remote", "workplace", "location type", "work type", "work arrangement")


class Greenhouse(Adapter):
    """One request per board; the whole board in one JSON document (no pagination)."""

    name = "greenhouse"
    description = "Greenhouse ATS job boards (public Job Board API)"
    endpoint = "https://boards-api.greenhouse.io/v1/boards/{board}/jobs?content=true"
    options: ClassVar[dict[str, Option]] = {
        "boards": Option(list, "board tokens, e.g. ['anthropic']", required=True, item_kind=str),
    }
    min_delay = 1.0
    complete = True

    def requests(self) -> Iterable[Request]:
        """One request per configured board."""
        for board in self.config["boards"]:
            url = self.endpoint.format(board=quote(board, safe="%.-_~"))
            yield Request(self.url(url), meta={"board": board})

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """Every job of the board."""
        data = page.json()
        if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
            raise self.parse_error(page, "jobs", "expected an object with a 'jobs' list")
        board = str(page.meta.get("board", ""))
        yield from self.items(page, data["jobs"], lambda job: self._listing(job, board))

    def _listing(self, job: dict[str, Any], board: str) -> RawListing:
        location = (job.get("location") or {}).get("name")
        offices = [o["name"] for o in job.get("offices") or [] if o.get("name")]
        departments = [d["name"] for d in job.get("departments") or [] if d.get("name")]
        metadata = job.get("metadata") or []
        pay = next(iter(job.get("pay_input_ranges") or []), None)
        content = job.get("content")
        return RawListing(
            source_id=str(job["id"]),
            url=job.get("absolute_url") or "",
            title=job.get("title") or "",
            company=self.company_name(job.get("company_name"), board),
            location=location,
            locations=tuple(offices),
            remote=_metadata_value(metadata, _WORKPLACE_KEYS),
            employment_type=_metadata_value(metadata, ("employment type", "job type")),
            department=departments[0] if departments else None,
            salary_min=pay["min_cents"] / 100 if pay and pay.get("min_cents") is not None else None,
            salary_max=pay["max_cents"] / 100 if pay and pay.get("max_cents") is not None else None,
            salary_currency=pay.get("currency_type") if pay else None,
            salary_text=pay.get("title") if pay else None,
            # first_published is when it went live; updated_at moves on every edit.
            posted_at=job.get("first_published") or job.get("updated_at"),
            # content is HTML that is itself entity-escaped: unescape once to get HTML.
            description_html=unescape_html(content) if isinstance(content, str) else None,
            extra={
                "requisition_id": job.get("requisition_id"),
                "updated_at": job.get("updated_at"),
            },
        )


def _metadata_value(metadata: list[dict[str, Any]], keys: tuple[str, ...]) -> str | None:
    for item in metadata:
        name = str(item.get("name") or "").lower()
        if any(key in name for key in keys):
            value = item.get("value")
            if isinstance(value, list):  # multi_select
                value = ", ".join(str(v) for v in value)
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None
