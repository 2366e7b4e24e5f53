"""Remote OK (remoteok.com JSON API)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import urlencode

from sources.base import Adapter, Option, Page, ParseResult, RawListing, Request


class RemoteOK(Adapter):
    """One request returns the whole feed; element 0 is a legal notice, not a job."""

    name = "remoteok"
    description = "Remote OK remote jobs (public JSON API; terms ask for a link back)"
    endpoint = "https://remoteok.com/api"
    options: ClassVar[dict[str, Option]] = {
        "tag": Option(str, "only jobs with this tag, e.g. 'machine learning'"),
    }
    # No number is published; the feed changes slowly and one request fetches all of it, so a
    # long spacing costs nothing and keeps us far from their abuse filters.
    min_delay = 60.0

    def requests(self) -> Iterable[Request]:
        """The feed, filtered by `tag` when configured."""
        url = self.endpoint
        tag = self.config.get("tag")
        if tag:
            url += "?" + urlencode({"tag": tag})
        yield Request(self.url(url))

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """Every job in the feed, the legal notice skipped."""
        data = page.json()
        if not isinstance(data, list):
            raise self.parse_error(page, "jobs", "expected a JSON array")
        yield from self.items(page, data, self._listing)

    def _listing(self, job: dict[str, Any]) -> RawListing | None:
        if "legal" in job and "id" not in job:  # the terms-of-service element
            return None
        location = _demojibake(job.get("location"))
        low, high = _salary(job.get("salary_min")), _salary(job.get("salary_max"))
        return RawListing(
            source_id=str(job["id"]),
            url=job.get("url") or job.get("apply_url") or "",
            title=(_demojibake(job.get("position")) or "").strip(),
            company=(_demojibake(job.get("company")) or "").strip(),
            location=location.strip() if isinstance(location, str) and location.strip() else None,
            remote=True,  # every Remote OK job is remote; `location` says where from
            # Documented as USD; 0 means the employer gave none.
            salary_min=low,
            salary_max=high,
            salary_currency="USD" if low or high else None,
            # The post form asks for yearly pay, yet hourly figures (45-45) occur: the period is
            # left for the normaliser to infer from the magnitude.
            salary_period=None,
            # `epoch` is seconds; `date` is the same instant as ISO text.
            posted_at=job.get("epoch") or job.get("date"),
            description_html=_demojibake(job.get("description")) or None,
            tags=tuple(
                t.strip() for t in job.get("tags") or () if isinstance(t, str) and t.strip()
            ),
            extra={"slug": job.get("slug"), "apply_url": job.get("apply_url")},
        )


def _demojibake(value: object) -> str | None:
    """Undo Remote OK's double encoding (UTF-8 bytes read as Latin-1: "Weâ\x80\x99re").

    Only a string that round-trips exactly is changed: real Latin-1 text such as "Kraków"
    is not valid UTF-8 once encoded, so it stays as it is.
    """
    if not isinstance(value, str):
        return None
    if value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def _salary(value: object) -> float | None:
    """A positive number as float; 0, null or text as None (0 means unknown here)."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    return None
