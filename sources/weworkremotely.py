"""We Work Remotely (RSS 2.0 feeds, all jobs or per category)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import quote
from xml.etree.ElementTree import Element
from xml.etree.ElementTree import ParseError as XMLParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from sources.base import Adapter, Option, Page, ParseResult, RawListing, Request


class WeWorkRemotely(Adapter):
    """One RSS feed per category (or the all-jobs feed); item titles read 'Company: Title'."""

    name = "weworkremotely"
    description = "We Work Remotely remote jobs (RSS feeds, all jobs or per category)"
    endpoint = "https://weworkremotely.com/remote-jobs.rss"
    category_endpoint = "https://weworkremotely.com/categories/{category}.rss"
    options: ClassVar[dict[str, Option]] = {
        "categories": Option(
            list,
            "category feed slugs, e.g. ['remote-programming-jobs']; default: the all-jobs feed",
            item_kind=str,
        ),
    }
    # No published limit; the feeds declare <ttl>60</ttl> (minutes), so a run per hour is
    # plenty and a few seconds between category feeds is polite.
    min_delay = 5.0

    def requests(self) -> Iterable[Request]:
        """The all-jobs feed, or one feed per configured category."""
        categories = self.config.get("categories") or []
        if not categories:
            yield Request(self.url(self.endpoint))
        for category in categories:
            url = self.category_endpoint.format(category=quote(category, safe="%.-_~"))
            yield Request(self.url(url), meta={"category": category})

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """Every item of the feed."""
        try:
            # defusedxml refuses DTDs with entity declarations (billion laughs, XXE).
            root = fromstring(page.body)
        except (XMLParseError, DefusedXmlException) as exc:
            raise self.parse_error(page, "rss", f"not well-formed RSS: {exc}") from exc
        channel = root.find("channel")
        if root.tag != "rss" or channel is None:
            raise self.parse_error(page, "channel", "expected <rss><channel>")
        yield from self.items(page, channel.iterfind("item"), self._listing)

    def _listing(self, item: Element) -> RawListing:
        company, title = split_title(_text(item, "title") or "")
        link = _text(item, "link") or _text(item, "guid")
        skills = _text(item, "skills")
        return RawListing(
            source_id=_text(item, "guid") or link or "",
            url=link or "",
            title=title,
            company=self.company_name(company, ""),
            location=_text(item, "region"),
            country=_text(item, "country"),
            remote=True,  # every WWR job is remote; region says from where
            employment_type=_text(item, "type"),
            category=_text(item, "category"),
            posted_at=_text(item, "pubDate"),  # RFC 822
            # The XML parser undoes the one level of escaping; what is left is HTML.
            description_html=_text(item, "description"),
            tags=tuple(s.strip() for s in (skills or "").split(",") if s.strip()),
            extra=_extra(item),
        )


def split_title(text: str) -> tuple[str, str]:
    """'Company: Job title' -> (company, title); without a colon the company is ''."""
    # The first colon separates: titles may hold more ("Data Engineer: Streaming").
    company, sep, title = text.partition(":")
    if not sep:
        return "", text.strip()
    return company.strip(), title.strip()


def _text(item: Element, tag: str) -> str | None:
    value = item.findtext(tag)
    if value is None:
        return None
    value = value.strip()
    return value or None


def _extra(item: Element) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    for key, tag in (("state", "state"), ("expires_at", "expires_at")):
        value = _text(item, tag)
        if value:
            extra[key] = value
    return extra
