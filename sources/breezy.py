"""Breezy HR career sites ({company}.breezy.hr/json positions feed)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import quote

from sources.base import Adapter, Option, Page, ParseResult, RawListing, Request, join_parts

# Where a Breezy board lives, for `jobs discover` (re.search, re.IGNORECASE): `board`
# is what `boards` takes.
BOARD_URL_PATTERNS = (
    r"https?://(?!(?:www|app|api|help|blog|assets-cdn|developer)\.)"
    r"(?P<board>[a-z0-9][a-z0-9-]*)\.breezy\.hr(?:/|$)",
)
# remote_details.value: "remote-location" is remote within the named place. Breezy sets
# is_remote for hybrid positions too, so this wins over the flag.
_REMOTE_DETAILS = {"remote": "remote", "remote-location": "remote", "hybrid": "hybrid"}


class Breezy(Adapter):
    """One request per company: every published position in one JSON array."""

    name = "breezy"
    description = "Breezy HR career sites (public positions JSON, with descriptions)"
    endpoint = "https://{board}.breezy.hr/json{query}"
    options: ClassVar[dict[str, Option]] = {
        "boards": Option(list, "company subdomains, e.g. ['acme']", required=True, item_kind=str),
        "details": Option(
            bool,
            "include descriptions (verbose=true: same single request, larger body)",
            default=True,
        ),
    }
    # Breezy publishes no limit for the public career-site JSON; one request a second is polite.
    min_delay = 1.0
    complete = True

    def requests(self) -> Iterable[Request]:
        """One request per configured company."""
        query = "?verbose=true" if self.config.get("details", True) else ""
        for board in self.config["boards"]:
            url = self.endpoint.format(board=_subdomain(board), query=query)
            yield Request(self.url(url), meta={"board": board})

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """Every published position of the company."""
        data = page.json()
        if not isinstance(data, list):
            raise self.parse_error(page, "positions", "expected a JSON array of positions")
        board = str(page.meta.get("board", ""))
        yield from self.items(page, data, lambda position: self._listing(position, board))

    def _listing(self, position: dict[str, Any], board: str) -> RawListing | None:
        state = position.get("state")
        if isinstance(state, str) and state not in ("", "published"):
            return None  # drafts, closed and archived positions are no openings
        location = position.get("location")
        primary: dict[str, Any] = location if isinstance(location, dict) else {}
        places = [p for p in position.get("locations") or () if isinstance(p, dict)] or [primary]
        names = [name for name in (_place(p) for p in places) if name]
        ident = str(position["id"])
        friendly = position.get("friendly_id") or ident
        salary = position.get("salary")
        return RawListing(
            source_id=ident,
            url=position.get("url")
            or f"https://{_subdomain(board)}.breezy.hr/p/{quote(str(friendly), safe='-')}",
            title=(position.get("name") or "").strip(),
            company=self.company_name(_named(position.get("company")), board),
            location=names[0] if names else None,
            locations=tuple(dict.fromkeys(names)),
            country=_named(primary.get("country"), "id"),  # ISO-2 ("US", "GB")
            remote=_workplace(primary),
            employment_type=_named(position.get("type")),
            level=_named(position.get("experience")),
            department=_named(position.get("department")),
            category=_named(position.get("category")),
            # Prose as the employer typed it ("$115,000 – $145,000 / year"), "" when none.
            salary_text=salary.strip() if isinstance(salary, str) and salary.strip() else None,
            posted_at=position.get("published_date") or position.get("creation_date"),
            description_html=position.get("description") or None,
            extra={
                "friendly_id": position.get("friendly_id"),
                "remote_details": _named(primary.get("remote_details"), "label"),
                "education": _named(position.get("education")),
            },
        )


def _named(value: object, key: str = "name") -> str | None:
    """The text of a {id, name} object (or a plain string); None when empty."""
    if isinstance(value, dict):
        value = value.get(key)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _place(location: dict[str, Any]) -> str | None:
    # `name` is Breezy's own short form ("Tampa, FL", "Lambeth, GB"); the parts are fuller.
    state = _named(location.get("state"))
    city = _named(location.get("city"))
    return join_parts(
        city, state if state and state != city else None, _named(location.get("country"))
    ) or _named(location.get("name"))


def _workplace(location: dict[str, Any]) -> str | None:
    found = _REMOTE_DETAILS.get(_named(location.get("remote_details"), "value") or "")
    if found:
        return found
    if location.get("is_remote") is True:
        return "remote"
    if location.get("is_remote") is False:
        return "onsite"
    return None


def _subdomain(board: str) -> str:
    return quote(board.strip().lower(), safe="-")
