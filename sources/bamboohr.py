"""BambooHR career sites ({company}.bamboohr.com/careers list and detail JSON)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import quote

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

# Where a BambooHR board lives, for `jobs discover` (re.search, re.IGNORECASE): `board`
# is what `boards` takes.
# (www., app. and api. are BambooHR's own hosts, not boards.)
BOARD_URL_PATTERNS = (
    r"https?://(?!(?:www|app|api|documentation)\.)(?P<board>[a-z0-9][a-z0-9-]*)\.bamboohr\.com"
    r"/(?:careers|jobs)\b",
)
DETAIL_ENDPOINT = "https://{board}.bamboohr.com/careers/{id}/detail"
JOB_URL = "https://{board}.bamboohr.com/careers/{id}"
# locationType as the careers site sends it: "1" remote, "2" hybrid. "0" is shown with no
# workplace word by BambooHR's own board, so it stays unknown rather than "onsite".
_LOCATION_TYPES = {"1": "remote", "2": "hybrid"}


class BambooHR(Adapter):
    """One list per company (the whole board, no paging); one detail request per opening."""

    name = "bamboohr"
    description = "BambooHR career sites (public careers list, with each opening's detail)"
    endpoint = "https://{board}.bamboohr.com/careers/list"
    options: ClassVar[dict[str, Option]] = {
        "boards": Option(list, "company subdomains, e.g. ['acme']", required=True, item_kind=str),
        # On by default, unlike SmartRecruiters: the list has no date, no description and
        # no pay at all, and BambooHR boards are small (tens of openings, one host each).
        "details": Option(
            bool,
            "fetch each opening's detail for description, date and pay (1 request each)",
            default=True,
        ),
    }
    # BambooHR publishes no limit for the careers site; one request a second is polite,
    # and matters mostly because `details` multiplies the requests to one host.
    min_delay = 1.0
    complete = True

    def requests(self) -> Iterable[Request]:
        """The careers list of every configured company."""
        for board in self.config["boards"]:
            url = self.endpoint.format(board=_subdomain(board))
            yield Request(self.url(url), meta={"board": board})

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """A list page (openings, or their detail requests) or one opening's detail."""
        data = page.json()
        board = str(page.meta.get("board", ""))
        if page.meta.get("detail"):
            result = data.get("result") if isinstance(data, dict) else None
            opening = result.get("jobOpening") if isinstance(result, dict) else None
            if not isinstance(opening, dict):
                raise self.parse_error(page, "jobOpening", "expected result.jobOpening object")
            ident = str(page.meta.get("job_id", ""))
            yield from self.items(page, [opening], lambda job: self._listing(job, ident, board))
            return
        if not isinstance(data, dict) or not isinstance(data.get("result"), list):
            raise self.parse_error(page, "result", "expected an object with a 'result' list")
        openings = data["result"]
        if self.config.get("details", True):
            yield from self._detail_requests(page, openings, board)
        else:
            yield from self.items(
                page, openings, lambda job: self._listing(job, _ident(job), board)
            )
        total = (data.get("meta") or {}).get("totalCount")
        if isinstance(total, int) and not isinstance(total, bool) and total > len(openings):
            # There is no paging to ask for the rest: say so, so that nothing is closed.
            raise self.parse_error(page, "result", f"{len(openings)} of {total} openings listed")

    def _detail_requests(
        self, page: Page, openings: list[Any], board: str
    ) -> Iterator[ParseResult]:
        for index, job in enumerate(openings):
            try:
                ident = _ident(job)
            except ValueError:
                yield ItemError(f"{self.name}: {page.url}: item {index}: missing or invalid id")
                continue
            url = DETAIL_ENDPOINT.format(board=_subdomain(board), id=quote(ident, safe=""))
            yield Request(self.url(url), meta={"board": board, "detail": True, "job_id": ident})

    def _listing(self, job: dict[str, Any], ident: str, board: str) -> RawListing | None:
        status = job.get("jobOpeningStatus")
        if isinstance(status, str) and status.strip().lower() not in ("", "open"):
            return None  # a detail still served for a closed or filled opening
        office = job.get("location") or {}
        free = job.get("atsLocation") or {}
        # Two location objects, one of them all null: `location` is a company office (the
        # list's copy lacks the country), `atsLocation` a place typed in for the opening.
        place = join_parts(office.get("city"), office.get("state"), office.get("addressCountry"))
        if place is None:
            place = join_parts(
                free.get("city"), free.get("state") or free.get("province"), free.get("country")
            )
        location_type = str(job.get("locationType") or "")
        remote = _LOCATION_TYPES.get(location_type)
        if remote is None and job.get("isRemote") is True:
            remote = "remote"
        compensation = job.get("compensation")
        return RawListing(
            source_id=ident,
            url=job.get("jobOpeningShareUrl") or JOB_URL.format(board=_subdomain(board), id=ident),
            # Titles come with trailing spaces ("Machine Learning Engineer ").
            title=(job.get("jobOpeningName") or "").strip(),
            company=self.company_name(None, board),
            location=place,
            country=office.get("addressCountry") or free.get("country") or None,
            remote=remote,
            employment_type=job.get("employmentStatusLabel") or None,
            level=job.get("minimumExperience") or None,
            department=job.get("departmentLabel") or None,
            # Free text ("$120,000 - $150,000 per year") or null.
            salary_text=compensation.strip()
            if isinstance(compensation, str) and compensation.strip()
            else None,
            posted_at=job.get("datePosted") or None,  # a date only: 2026-07-21
            description_html=job.get("description") or None,
            extra={
                "location_type": location_type or None,
                "department_id": job.get("departmentId"),
            },
        )


def _ident(job: object) -> str:
    """An opening's id: a string ("36") on most boards, a number on some."""
    ident = job.get("id") if isinstance(job, dict) else None
    if isinstance(ident, bool) or not isinstance(ident, str | int) or not str(ident).strip():
        raise ValueError("missing or invalid id")
    return str(ident).strip()


def _subdomain(board: str) -> str:
    return quote(board.strip().lower(), safe="-")
