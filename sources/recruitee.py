"""Recruitee careers sites ({company}.recruitee.com offers API)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import quote

from sources.base import (
    Adapter,
    Option,
    Page,
    ParseResult,
    RawListing,
    Request,
    as_number,
    join_parts,
)


class Recruitee(Adapter):
    """One request per company; every published offer in one JSON document."""

    name = "recruitee"
    description = "Recruitee careers sites (public offers API)"
    endpoint = "https://{board}.recruitee.com/api/offers/"
    options: ClassVar[dict[str, Option]] = {
        "boards": Option(
            list, "company subdomains, e.g. ['aikidosecurity']", required=True, item_kind=str
        ),
    }
    # Recruitee publishes no limit for the careers-site API; one request a second is polite.
    min_delay = 1.0
    complete = True

    def requests(self) -> Iterable[Request]:
        """One request per configured company."""
        for board in self.config["boards"]:
            url = self.endpoint.format(board=quote(board.lower(), safe="-"))
            yield Request(self.url(url), meta={"board": board})

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """Every published offer of the company."""
        data = page.json()
        if not isinstance(data, dict) or not isinstance(data.get("offers"), list):
            raise self.parse_error(page, "offers", "expected an object with an 'offers' list")
        board = str(page.meta.get("board", ""))
        yield from self.items(page, data["offers"], lambda offer: self._listing(offer, board))

    def _listing(self, offer: dict[str, Any], board: str) -> RawListing | None:
        if offer.get("status") not in (None, "published"):  # drafts/closed never belong
            return None
        salary = offer.get("salary") or {}
        places = [
            join_parts(p.get("city"), p.get("state"), p.get("country"))
            for p in offer.get("locations") or []
        ]
        slug = offer.get("slug")
        fallback_url = f"https://{board}.recruitee.com/o/{slug}" if slug else ""
        return RawListing(
            source_id=str(offer["id"]),
            url=offer.get("careers_url") or fallback_url,
            title=(offer.get("title") or "").strip(),
            company=self.company_name(offer.get("company_name"), board),
            # `location` can be a label such as "Remote job"; the city/country fields are real.
            location=offer.get("location")
            or join_parts(offer.get("city"), offer.get("state_name"), offer.get("country")),
            locations=tuple(dict.fromkeys(p for p in places if p)),
            country=offer.get("country_code") or offer.get("country") or None,
            remote=_workplace(offer),
            employment_type=offer.get("employment_type_code") or None,
            level=offer.get("experience_code") or None,
            department=offer.get("department") or None,
            category=offer.get("category_code") or None,
            # Amounts are numeric strings ("75000", "95.00") or null.
            salary_min=as_number(salary.get("min")),
            salary_max=as_number(salary.get("max")),
            salary_currency=salary.get("currency") or None,
            salary_period=salary.get("period") or None,
            # "2026-08-11 20:45:29 UTC": not ISO, left for the date normaliser.
            posted_at=offer.get("published_at") or offer.get("created_at"),
            description_html=_description(offer),
            tags=tuple(
                t.strip() for t in offer.get("tags") or () if isinstance(t, str) and t.strip()
            ),
            extra={
                "slug": slug,
                "education": offer.get("education_code"),
                "min_hours": offer.get("min_hours"),
                "max_hours": offer.get("max_hours"),
            },
        )


def _workplace(offer: dict[str, Any]) -> str | None:
    # Three booleans; a hybrid offer may also say remote, so hybrid wins over remote.
    if offer.get("hybrid") is True:
        return "hybrid"
    if offer.get("remote") is True:
        return "remote"
    if offer.get("on_site") is True:
        return "onsite"
    return None


def _description(offer: dict[str, Any]) -> str | None:
    parts = [str(offer[key]) for key in ("description", "requirements") if offer.get(key)]
    return "\n".join(parts) or None
