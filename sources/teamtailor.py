"""Teamtailor career sites (the public {company}.teamtailor.com/jobs.rss feed)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import ClassVar
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element
from xml.etree.ElementTree import ParseError as XMLParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from scraper.errors import ConfigError
from sources.base import Adapter, Option, Page, ParseResult, RawListing, Request, join_parts

# Where a Teamtailor board lives, for `jobs discover` (re.search, re.IGNORECASE): `board`
# is what `boards` takes.
# Most employers serve the same site on their own domain (careers.acme.com); only the
# page itself tells (its teamtailor-cdn assets), so no host pattern catches those.
BOARD_URL_PATTERNS = (
    r"https?://(?!(?:www|app|api|docs|support)\.)"
    r"(?P<board>[a-z0-9][a-z0-9-]*(?:\.na)?)\.teamtailor\.com(?:/|$)",
    r"https?://(?P<board>[a-z0-9.-]+)/(?:[a-z]{2}(?:-[A-Z]{2})?/)?jobs\.rss",
)
# The feed stops at its first 100 items unless asked for more (per_page is honoured);
# further items come with `offset`.
PAGE_SIZE = 100
# remoteStatus as the feed spells it. "none" is Teamtailor's default, not a statement that
# the job is on site; "temporary" (remote for now) says nothing lasting: both stay unknown.
_REMOTE_STATUS = {"fully": "remote", "hybrid": "hybrid", "onsite": "onsite"}
_JOB_ID = re.compile(r"/jobs/(\d+)(?:-|/|$)")
_HOST = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$")


class Teamtailor(Adapter):
    """One RSS feed per career site, paged by offset; a page of fewer than 100 ends it."""

    name = "teamtailor"
    description = "Teamtailor career sites (public RSS job feed, paged by offset)"
    endpoint = "https://{host}/jobs.rss?per_page={per_page}&offset={offset}"
    options: ClassVar[dict[str, Option]] = {
        "boards": Option(
            list,
            "subdomains of teamtailor.com or career-site hosts, e.g. ['acme', 'careers.acme.com']",
            required=True,
            item_kind=str,
        ),
    }
    # Teamtailor publishes no limit for career-site feeds; one request a second is polite.
    min_delay = 1.0
    complete = True

    def _page_request(self, host: str, offset: int, first: str | None = None) -> Request:
        url = self.endpoint.format(host=host, per_page=PAGE_SIZE, offset=offset)
        meta: dict[str, object] = {"board": host, "offset": offset}
        if first is not None:
            meta["previous_first"] = first
        return Request(self.url(url), meta=meta)

    def requests(self) -> Iterable[Request]:
        """The first page of every configured career site."""
        for board in self.config["boards"]:
            yield self._page_request(_host(self.source_id, board), 0)

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """Every item of the page, then the next page when this one was full."""
        try:
            root = fromstring(page.body, forbid_dtd=True)
        except (XMLParseError, DefusedXmlException) as exc:
            raise self.parse_error(page, "rss", f"unreadable XML: {exc}") from exc
        channel = root.find("channel")
        if _local(root.tag) != "rss" or channel is None:
            raise self.parse_error(page, "rss", f"expected <rss><channel>, got <{root.tag}>")
        host = str(page.meta.get("board", ""))
        items = channel.findall("item")
        first = _item_id(items[0]) if items else None
        previous = page.meta.get("previous_first")
        if previous is not None and first == previous:
            # A feed that ignores `offset` answers page 1 again: stop rather than loop, and
            # say so, since the items past the first page were not seen (nothing may close).
            raise self.parse_error(page, "offset", "the feed ignored offset and repeated page 1")
        company = self.company_name(_text(channel, "title"), host)
        yield from self.items(page, items, lambda item: self._listing(item, company))
        if len(items) >= PAGE_SIZE:
            offset = int(page.meta.get("offset", 0)) + len(items)
            yield self._page_request(host, offset, first)

    def _listing(self, item: Element, company: str) -> RawListing:
        link = _text(item, "link") or ""
        places = [_place(loc) for loc in _children(_child(item, "locations"), "location")]
        names = [p for p in places if p]
        first_location = next(iter(_children(_child(item, "locations"), "location")), None)
        status = (_text(item, "remoteStatus") or "").lower()
        return RawListing(
            source_id=_item_id(item) or "",
            url=link,
            title=_text(item, "title") or "",
            company=company,
            location=names[0] if names else None,
            locations=tuple(dict.fromkeys(names)),
            country=_text(first_location, "country") if first_location is not None else None,
            remote=_REMOTE_STATUS.get(status),
            department=_text(item, "department"),
            category=_text(item, "role"),
            posted_at=_text(item, "pubDate"),
            # The feed carries the HTML entity-escaped (or in CDATA): parsing gives the HTML.
            description_html=_text(item, "description"),
            extra={
                "guid": _text(item, "guid"),
                "remote_status": status or None,
                "division": _text(item, "division"),
            },
        )


def _host(source_id: str, board: str) -> str:
    """The career site's host: a bare token is a subdomain of teamtailor.com."""
    value = board.strip()
    if "://" in value:
        value = urlsplit(value).netloc
    value = value.strip("/").lower()
    # "acme" and the North American region's "acme.na" are teamtailor.com subdomains.
    if "." not in value or value.endswith(".na"):
        value = f"{value}.teamtailor.com"
    if not _HOST.match(value):
        raise ConfigError(
            f"source '{source_id}': key 'boards': {board!r} is neither a teamtailor.com "
            "subdomain nor a host name"
        )
    return value


def _item_id(item: Element) -> str | None:
    """Teamtailor's numeric job id from the link (stable across locales), else the guid."""
    match = _JOB_ID.search(urlsplit(_text(item, "link") or "").path)
    return match.group(1) if match else _text(item, "guid")


def _place(location: Element) -> str | None:
    # <tt:name> is the employer's label for an office ("London HQ", "Canada - REMOTE");
    # city and country are the place itself, so they win when present.
    return join_parts(_text(location, "city"), _text(location, "country")) or _text(
        location, "name"
    )


def _local(tag: str) -> str:
    """A tag without its namespace: `tt:` is bound to a URL that has changed before."""
    return tag.rsplit("}", 1)[-1]


def _child(element: Element | None, name: str) -> Element | None:
    if element is None:
        return None
    return next((c for c in element if _local(c.tag) == name), None)


def _children(element: Element | None, name: str) -> list[Element]:
    if element is None:
        return []
    return [c for c in element if _local(c.tag) == name]


def _text(element: Element | None, name: str) -> str | None:
    """The stripped text of the child `name` (any namespace), or None."""
    child = _child(element, name)
    if child is None or child.text is None:
        return None
    return child.text.strip() or None
