"""Personio career sites ({company}.jobs.personio.de XML feed)."""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from typing import ClassVar
from urllib.parse import quote
from xml.etree.ElementTree import Element
from xml.etree.ElementTree import ParseError as XMLParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

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


class Personio(Adapter):
    """One XML feed per company; parsed with defusedxml (no entity expansion, no DTD fetch)."""

    name = "personio"
    description = "Personio career sites (public XML job feed)"
    endpoint = "https://{board}.jobs.personio.de/xml?language={language}"
    options: ClassVar[dict[str, Option]] = {
        "boards": Option(list, "company subdomains, e.g. ['acme']", required=True, item_kind=str),
        "language": Option(str, "feed language code (texts Personio has in it)", default="en"),
    }
    # Personio publishes no limit for the feed; one request a second is polite.
    min_delay = 1.0
    complete = True

    def requests(self) -> Iterable[Request]:
        """One request per configured company."""
        language = quote(str(self.config.get("language") or "en"), safe="")
        for board in self.config["boards"]:
            url = self.endpoint.format(board=quote(board.lower(), safe="-"), language=language)
            yield Request(self.url(url), meta={"board": board})

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """Every `<position>` of the feed."""
        try:
            root = fromstring(page.body, forbid_dtd=True)
        except (XMLParseError, DefusedXmlException) as exc:
            raise self.parse_error(page, "workzag-jobs", f"unreadable XML: {exc}") from exc
        if root.tag != "workzag-jobs":
            raise self.parse_error(page, "workzag-jobs", f"root element is <{root.tag}>")
        board = str(page.meta.get("board", ""))
        yield from self.items(page, root.findall("position"), lambda pos: self._listing(pos, board))

    def _listing(self, position: Element, board: str) -> RawListing:
        ident = _text(position, "id")
        if ident is None:
            raise ValueError("position without <id>")
        # A configured name wins: <subcompany> is a legal entity ("Parent Ltd."), not a brand.
        configured = self.config.get("company")
        if isinstance(configured, str) and configured.strip():
            company = configured.strip()
        else:
            company = _text(position, "subcompany") or board
        offices = [o.text.strip() for o in position.iter("office") if o.text and o.text.strip()]
        keywords = (_text(position, "keywords") or "").split(",")
        salary = position.find("salaryInformation")
        return RawListing(
            source_id=ident,
            url=f"https://{quote(board.lower(), safe='-')}.jobs.personio.de/job/{quote(ident)}",
            # The position's own <name>, not the <name> of each <jobDescription>.
            title=_text(position, "name") or "",
            company=company,
            location=offices[0] if offices else None,
            locations=tuple(dict.fromkeys(offices)),
            employment_type=join_parts(
                _text(position, "employmentType"), _text(position, "schedule")
            ),
            level=_text(position, "seniority"),
            department=_text(position, "department"),
            category=_text(position, "occupationCategory"),
            salary_min=as_number(_text(salary, "min")) if salary is not None else None,
            salary_max=as_number(_text(salary, "max")) if salary is not None else None,
            salary_currency=_text(salary, "currencyCode") if salary is not None else None,
            salary_period=_text(salary, "type") if salary is not None else None,
            posted_at=_text(position, "createdAt"),
            description_html=_description(position),
            tags=tuple(k.strip() for k in keywords if k.strip()),
            extra={
                "subcompany": _text(position, "subcompany"),
                "recruiting_category": _text(position, "recruitingCategory"),
                "years_of_experience": _text(position, "yearsOfExperience"),
                "occupation": _text(position, "occupation"),
            },
        )


def _text(element: Element, tag: str) -> str | None:
    """The stripped text of the direct child `tag` (CDATA comes wrapped in whitespace)."""
    child = element.find(tag)
    if child is None or child.text is None:
        return None
    return child.text.strip() or None


def _description(position: Element) -> str | None:
    """Every job description section, each under its heading."""
    parts: list[str] = []
    for section in position.findall("jobDescriptions/jobDescription"):
        value = _text(section, "value")
        if not value:
            continue
        heading = _text(section, "name")
        if heading:
            parts.append(f"<h3>{html.escape(heading)}</h3>")
        parts.append(value)
    return "\n".join(parts) or None
