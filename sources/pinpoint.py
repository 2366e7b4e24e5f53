"""Pinpoint career sites ({company}.pinpointhq.com/postings.json)."""

from __future__ import annotations

import html
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

# Where a Pinpoint board lives, for `jobs discover` (re.search, re.IGNORECASE): `board`
# is what `boards` takes.
BOARD_URL_PATTERNS = (
    r"https?://(?!(?:www|app|api|help|developers)\.)"
    r"(?P<board>[a-z0-9][a-z0-9-]*)\.pinpointhq\.com(?:/|$)",
)
# The advert comes in sections, each but the first under a heading the employer chose.
_SECTIONS = (
    ("description", None),
    ("key_responsibilities", "key_responsibilities_header"),
    ("skills_knowledge_expertise", "skills_knowledge_expertise_header"),
    ("benefits", "benefits_header"),
)


class Pinpoint(Adapter):
    """One request per company: every open posting, with its advert, in one JSON document."""

    name = "pinpoint"
    description = "Pinpoint career sites (public postings JSON, with pay when shown)"
    endpoint = "https://{board}.pinpointhq.com/postings.json"
    options: ClassVar[dict[str, Option]] = {
        "boards": Option(list, "company subdomains, e.g. ['acme']", required=True, item_kind=str),
    }
    # Pinpoint publishes no limit for the careers-site JSON; one request a second is polite.
    min_delay = 1.0
    complete = True

    def requests(self) -> Iterable[Request]:
        """One request per configured company."""
        for board in self.config["boards"]:
            url = self.endpoint.format(board=quote(board.strip().lower(), safe="-"))
            yield Request(self.url(url), meta={"board": board})

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """Every posting of the company."""
        postings = self.json_list(page, "data")
        board = str(page.meta.get("board", ""))
        yield from self.items(page, postings, lambda posting: self._listing(posting, board))

    def _listing(self, posting: dict[str, Any], board: str) -> RawListing:
        place = posting.get("location") or {}
        job = posting.get("job") or {}
        department = job.get("department") or {}
        path = posting.get("path")
        fallback = f"https://{board.lower()}.pinpointhq.com{path}" if path else ""
        # Pay only when the employer shows it: hidden rows may still carry stale figures.
        shown = posting.get("compensation_visible") is True
        display = posting.get("compensation")
        return RawListing(
            source_id=str(posting["id"]),
            url=posting.get("url") or fallback,
            title=(posting.get("title") or "").strip(),
            # The feed never names the employer.
            company=self.company_name(None, board),
            # City and province only: the feed has no country ("name" is a label, often
            # with stray spaces, used when the parts are empty).
            location=join_parts(place.get("city"), place.get("province"))
            or (place.get("name") or "").strip()
            or None,
            remote=posting.get("workplace_type") or None,  # onsite | hybrid | remote
            employment_type=posting.get("employment_type_text")
            or posting.get("employment_type")
            or None,
            department=department.get("name") or None,
            salary_min=as_number(posting.get("compensation_minimum")) if shown else None,
            salary_max=as_number(posting.get("compensation_maximum")) if shown else None,
            salary_currency=(posting.get("compensation_currency") or None) if shown else None,
            salary_period=(posting.get("compensation_frequency") or None) if shown else None,
            salary_text=display.strip()
            if shown and isinstance(display, str) and display.strip()
            else None,
            # No posting date anywhere in the feed: first_seen stands in for it.
            description_html=_description(posting),
            extra={
                "requisition_id": job.get("requisition_id"),
                "deadline_at": posting.get("deadline_at"),
                "division": (job.get("division") or {}).get("name")
                if isinstance(job.get("division"), dict)
                else job.get("division"),
            },
        )


def _description(posting: dict[str, Any]) -> str | None:
    """Every section of the advert in reading order, each under its heading."""
    parts: list[str] = []
    for field, header in _SECTIONS:
        body = posting.get(field)
        if not isinstance(body, str) or not body.strip():
            continue
        title = posting.get(header) if header else None
        if isinstance(title, str) and title.strip():
            parts.append(f"<h3>{html.escape(title.strip(), quote=False)}</h3>")
        parts.append(body)
    return "\n".join(parts) or None
