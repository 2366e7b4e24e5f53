"""Workday career sites (the public candidate-experience JSON behind *.myworkdayjobs.com)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, ClassVar
from urllib.parse import quote, urlsplit

from scraper.errors import ConfigError
from sources.base import (
    Adapter,
    ItemError,
    Option,
    Page,
    ParseResult,
    RawListing,
    Request,
    join_parts,
)

PAGE_SIZE = 20  # the career site's own page size; larger limits are refused by some tenants
# A locale segment before the site name: https://acme.wd5.myworkdayjobs.com/en-US/External
_LOCALE = re.compile(r"^[a-z]{2}(-[A-Z]{2})?$")
_HOST = re.compile(r"^(?P<tenant>[a-z0-9][a-z0-9-]*)\.(?:wd\d+\.)?myworkdayjobs\.com$")
# "3 Locations": a count, not a place (the detail names them).
_LOCATION_COUNT = re.compile(r"^\d+\s+locations?$", re.IGNORECASE)
_DAYS_AGO = re.compile(r"^posted\s+(\d+)\s+days?\s+ago$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Site:
    """One career site: where it is and what its API calls it."""

    origin: str  # https://acme.wd5.myworkdayjobs.com
    tenant: str
    site: str
    board: str  # as configured

    @property
    def api(self) -> str:
        """The documented API prefix of this site."""
        return f"{self.origin}/wday/cxs/{quote(self.tenant)}/{quote(self.site)}"


def parse_board(board: str) -> Site:
    """A career site URL (https://TENANT.wdN.myworkdayjobs.com[/LOCALE]/SITE) as a `Site`."""
    try:
        parts = urlsplit(board.strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        host, parts = "", urlsplit("")
    match = _HOST.match(host)
    segments = [s for s in parts.path.split("/") if s]
    if segments and _LOCALE.match(segments[0]):
        segments = segments[1:]
    if parts.scheme != "https" or match is None or not segments:
        raise ConfigError(
            f"workday: board {board!r} is not a career site URL such as "
            "https://acme.wd5.myworkdayjobs.com/External"
        )
    return Site(f"https://{host}", match["tenant"], segments[0], board)


class Workday(Adapter):
    """Offset paging by POST (20 a page, up to `total`); optionally one detail GET each."""

    name = "workday"
    description = "Workday career sites (public career-site JSON, paged by POST, optional details)"
    endpoint = "https://{tenant}.wd5.myworkdayjobs.com/wday/cxs/{tenant}/{site}/jobs"
    options: ClassVar[dict[str, Option]] = {
        "boards": Option(
            list,
            "career site URLs, e.g. ['https://acme.wd5.myworkdayjobs.com/External']",
            required=True,
            item_kind=str,
        ),
        # Off by default: the list has title, place and requisition; a detail (description,
        # all places, start date) costs one more request per posting, on every run.
        "details": Option(
            bool,
            "fetch each posting's detail for description and places (1 request each)",
            default=False,
        ),
    }
    # Career sites sit behind bot protection that answers bursts with 429s and challenges:
    # one request at a time per host, and a real pause between them.
    min_delay = 3.0
    max_per_host = 1
    complete = True

    @classmethod
    def check_options(cls, source_id: str, options: Mapping[str, Any]) -> None:
        """Every board must be a career site URL: caught when the config loads."""
        for board in options.get("boards") or ():
            try:
                parse_board(board)
            except ConfigError as exc:
                raise ConfigError(f"source '{source_id}': key 'boards': {exc}") from None

    def requests(self) -> Iterable[Request]:
        """The first page of every configured career site."""
        for board in self.config["boards"]:
            yield self._page_request(parse_board(board), 0, None)

    def _page_request(self, site: Site, offset: int, total: int | None) -> Request:
        body = {"appliedFacets": {}, "limit": PAGE_SIZE, "offset": offset, "searchText": ""}
        meta: dict[str, Any] = {"board": site.board, "offset": offset}
        if total is not None:
            meta["total"] = total
        # A search that only reads: a 429 or 503 from the bot protection is retried
        # (with backoff and Retry-After) like a GET, instead of failing the board.
        return Request.post_json(self.url(f"{site.api}/jobs"), body, meta, idempotent=True)

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """A list page (postings or detail requests, then the next page) or one detail page."""
        site = parse_board(str(page.meta.get("board", "")))
        data = page.json()
        if page.meta.get("detail"):
            info = data.get("jobPostingInfo") if isinstance(data, dict) else None
            if not isinstance(info, dict):
                raise self.parse_error(page, "jobPostingInfo", "expected a jobPostingInfo object")
            org = data.get("hiringOrganization")
            yield from self.items(page, [info], lambda item: self._detail(item, org, site, page))
            return
        if not isinstance(data, dict) or not isinstance(data.get("jobPostings"), list):
            raise self.parse_error(
                page, "jobPostings", "expected an object with a 'jobPostings' list"
            )
        postings = data["jobPostings"]
        if self.config.get("details"):
            yield from self._detail_requests(page, postings, site)
        else:
            yield from self.items(page, postings, lambda item: self._listing(item, site, page))
        offset = int(page.meta.get("offset", 0)) + len(postings)
        # Only the first page's `total` is trustworthy: later pages often say 0.
        total = page.meta.get("total")
        if not isinstance(total, int):
            given = data.get("total")
            total = given if isinstance(given, int) and not isinstance(given, bool) else 0
        # An empty page ends the walk whatever `total` says (a live count may grow).
        if postings and offset < total:
            yield self._page_request(site, offset, total)

    def _detail_requests(
        self, page: Page, postings: list[Any], site: Site
    ) -> Iterator[ParseResult]:
        for index, posting in enumerate(postings):
            path = _job_path(posting.get("externalPath") if isinstance(posting, dict) else None)
            if path is None:
                yield ItemError(
                    f"{self.name}: {page.url}: item {index}: missing or odd externalPath"
                )
                continue
            # Built under the documented API prefix, so a detail request never leaves it.
            yield Request(
                self.url(f"{site.api}{path}"),
                headers={"Accept": "application/json"},
                meta={"board": site.board, "detail": True, "path": path},
            )

    def _company(self, site: Site) -> str:
        """The configured `company`, else the tenant: never the detail's hiringOrganization,
        which names one legal entity per posting ("Acme Canada ULC") and would split one
        employer's jobs in two, depending on whether details were fetched."""
        return self.company_name(None, site.tenant)

    def _listing(self, posting: dict[str, Any], site: Site, page: Page) -> RawListing:
        path = _job_path(posting.get("externalPath"))
        if path is None:
            raise ValueError("missing or odd externalPath")
        bullets = [b.strip() for b in posting.get("bulletFields") or [] if isinstance(b, str)]
        place = (posting.get("locationsText") or "").strip()
        posted = posting.get("postedOn")
        return RawListing(
            source_id=_identity(site, path, bullets),
            url=f"{site.origin}/{site.site}{path}",
            title=(posting.get("title") or "").strip(),
            company=self._company(site),
            location=None if not place or _LOCATION_COUNT.match(place) else place,
            employment_type=posting.get("timeType") or None,
            remote=posting.get("remoteType") or None,
            posted_at=_posted(posted, page),
            extra={"posted_on": posted, "bullet_fields": bullets, "site": site.site},
        )

    def _detail(self, info: dict[str, Any], org: object, site: Site, page: Page) -> RawListing:
        path = str(page.meta.get("path", ""))
        req = info.get("jobReqId")
        bullets = [req.strip()] if isinstance(req, str) and req.strip() else []
        country = info.get("country")
        country = country if isinstance(country, dict) else {}
        extra_places = [p for p in info.get("additionalLocations") or [] if isinstance(p, str)]
        external = info.get("externalUrl")
        return RawListing(
            source_id=_identity(site, path, bullets),
            url=external if isinstance(external, str) and external.startswith("https://") else "",
            title=(info.get("title") or "").strip(),
            company=self._company(site),
            location=join_parts(info.get("location")),
            locations=tuple(extra_places),
            country=country.get("descriptor") or None,
            remote=info.get("remoteType") or None,
            employment_type=info.get("timeType") or None,
            # startDate is the posting's own date; postedOn is only "Posted 3 Days Ago".
            posted_at=info.get("startDate") or _posted(info.get("postedOn"), page),
            description_html=info.get("jobDescription") or None,
            extra={
                "posted_on": info.get("postedOn"),
                "site": site.site,
                "hiring_organization": org.get("name") if isinstance(org, dict) else None,
            },
        )


def _job_path(value: object) -> str | None:
    """A posting's externalPath ("/job/Place/Title_R123") if it stays a plain job path."""
    if not isinstance(value, str) or not value.startswith("/job/"):
        return None
    if any(c in value for c in "?#\\") or "//" in value or any(c < " " for c in value):
        return None
    if any(seg in (".", "..") for seg in value.split("/")):
        return None
    return quote(value, safe="/%-._~()!$&'*+,;=:@")


def _identity(site: Site, path: str, bullets: list[str]) -> str:
    """One id per requisition across a tenant's sites: tenant and requisition id.

    The path ends in "_<req id>" (a re-post may add "-2"); the bullet field that the tail
    starts with is the requisition itself. Without either, the path names the posting.
    """
    tail = path.rsplit("_", 1)[1] if "_" in path else ""
    req = next((b for b in bullets if tail and tail.startswith(b)), None)
    if req is None and bullets and not tail:
        req = bullets[0]
    ident = req or tail or path
    return f"{site.tenant}:{ident}" if ident else ""


def _posted(value: object, page: Page) -> str | None:
    """ "Posted Today" / "Posted Yesterday" / "Posted 5 Days Ago" as a date; "30+" is unknown."""
    if not isinstance(value, str):
        return None
    text = " ".join(value.split()).lower()
    day = page.fetched_at
    if text == "posted today":
        return day.date().isoformat()
    if text == "posted yesterday":
        return (day - timedelta(days=1)).date().isoformat()
    match = _DAYS_AGO.match(text)
    if match is not None:
        return (day - timedelta(days=int(match[1]))).date().isoformat()
    return None  # "Posted 30+ Days Ago": older than a month, no more is said
