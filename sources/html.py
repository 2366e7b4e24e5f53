"""Config-defined HTML job boards: CSS selectors for the listing card and each field."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from scraper.errors import ConfigError
from sources.base import Adapter, Option, Page, ParseResult, RawListing, Request

# Field name in the `fields` option -> RawListing attribute.
FIELDS: dict[str, str] = {
    "id": "source_id",
    "title": "title",
    "company": "company",
    "location": "location",
    "remote": "remote",
    "employment_type": "employment_type",
    "level": "level",
    "department": "department",
    "category": "category",
    "salary": "salary_text",
    "url": "url",
    "posted": "posted_at",
    "description": "description_html",
    "tags": "tags",
}
_SPACES = re.compile(r"\s+")
# "a.title@href": the part after the last "@" names an attribute (CSS itself never uses "@").
_ATTRIBUTE = re.compile(r"^(?P<css>.*?)\s*@(?P<attr>[A-Za-z_:][-\w:.]*)$")
_PROBE = LexborHTMLParser("<html><body></body></html>")


@dataclass(frozen=True, slots=True)
class Selector:
    """A CSS selector with an optional attribute: 'a.title@href', '@href' (the card itself)."""

    css: str
    attr: str | None = None

    @classmethod
    def parse(cls, spec: str) -> Selector:
        """Read 'css@attr', 'css' or '@attr'; raise ConfigError on CSS lexbor cannot parse."""
        match = _ATTRIBUTE.match(spec.strip())
        css, attr = (match.group("css"), match.group("attr")) if match else (spec.strip(), None)
        if css:
            try:
                _PROBE.css(css)
            except SelectolaxError as exc:
                raise ConfigError(f"bad CSS selector '{css}': {exc}") from exc
        return cls(css.strip(), attr)

    def nodes(self, node: LexborNode) -> list[LexborNode]:
        """Every matching node under `node` (the node itself when the CSS part is empty)."""
        return node.css(self.css) if self.css else [node]

    def value(self, node: LexborNode) -> str | None:
        """The first match's attribute or its whitespace-collapsed text; None when absent."""
        for match in self.nodes(node):
            found = _read(match, self.attr)
            if found:
                return found
        return None

    def values(self, node: LexborNode) -> list[str]:
        """Every match's value (for tags)."""
        return [v for v in (_read(m, self.attr) for m in self.nodes(node)) if v]

    def html(self, node: LexborNode) -> str | None:
        """The first match's outer HTML (for descriptions)."""
        matches = self.nodes(node)
        return matches[0].html if matches else None


def _href(selector: Selector, root: LexborNode) -> str | None:
    """The href of the first matching link."""
    for node in selector.nodes(root):
        href = node.attributes.get("href")
        if isinstance(href, str) and href.strip():
            return href.strip()
    return None


def _read(node: LexborNode, attr: str | None) -> str | None:
    if attr:
        value = node.attributes.get(attr)
        return value.strip() or None if isinstance(value, str) else None
    text = _SPACES.sub(" ", node.text(deep=True, separator=" ")).strip()
    return text or None


class HtmlBoard(Adapter):
    """Cards on listing pages, read with the source's own selectors; follows a next-page link."""

    name = "html"
    description = "Any HTML job board, read with CSS selectors from the config (selectolax)"
    endpoint = "(configured start_url/urls)"
    options: ClassVar[dict[str, Option]] = {
        "start_url": Option(str, "first listing page"),
        "urls": Option(list, "listing pages to read (in addition to start_url)", item_kind=str),
        "card": Option(str, "CSS selector of one job card, e.g. 'div.job-card'", required=True),
        "fields": Option(
            dict,
            "field -> selector ('h3', 'a.title@href', '@href' for the card itself); fields: "
            + ", ".join(FIELDS),
            required=True,
        ),
        "next_page": Option(str, "selector of the next-page link, e.g. 'a[rel=next]@href'"),
        "max_pages": Option(int, "stop following next-page links after this many pages", default=5),
    }
    # Scraping pages of a site without an API: stay slower than a human paging through it.
    min_delay = 3.0

    def __init__(self, source_id: str, config: Mapping[str, Any]):
        super().__init__(source_id, config)
        # Selectors are parsed once here, so a typo fails at config load, not mid-run.
        self.card = Selector.parse(str(self.config.get("card") or ""))
        if not self.card.css:
            raise ConfigError(f"source '{source_id}': 'card' must be a CSS selector")
        fields = self.config.get("fields") or {}
        unknown = sorted(set(fields) - set(FIELDS))
        if unknown:
            raise ConfigError(
                f"source '{source_id}': unknown field(s) {', '.join(unknown)}"
                f" (known: {', '.join(FIELDS)})"
            )
        if "title" not in fields:
            raise ConfigError(f"source '{source_id}': 'fields' needs a 'title' selector")
        try:
            self.fields = {k: Selector.parse(str(v)) for k, v in fields.items()}
            nxt = self.config.get("next_page")
            self.next_page = Selector.parse(str(nxt)) if nxt else None
        except ConfigError as exc:
            raise ConfigError(f"source '{source_id}': {exc}") from exc

    def requests(self) -> Iterable[Request]:
        """The start page and every configured page."""
        pages = [self.config["start_url"]] if self.config.get("start_url") else []
        pages += [u for u in self.config.get("urls") or [] if u not in pages]
        if not pages:
            raise ConfigError(f"source '{self.source_id}': html needs 'start_url' or 'urls'")
        for url in pages:
            yield Request(self.url(url), meta={"page": 1})

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """Every card on the page, then the next page while max_pages allows."""
        tree = LexborHTMLParser(page.text)
        root = tree.root
        if root is None:
            raise self.parse_error(page, "card", "empty document")
        cards = self.card.nodes(root)
        if not cards:
            # Zero cards almost always means the site changed its markup: say so loudly.
            raise self.parse_error(page, "card", f"no element matches '{self.card.css}'")
        yield from self.items(page, cards, lambda card: self._listing(card, page))
        number = int(page.meta.get("page", 1))
        if self.next_page and number < int(self.config.get("max_pages", 5)):
            # Without "@attr" the selector names the link element: its href, not its text.
            if self.next_page.attr:
                link = self.next_page.value(root)
            else:
                link = _href(self.next_page, root)
            if link:
                url = urljoin(page.url, link)
                if url != page.url:
                    yield Request(url, meta={"page": number + 1})

    def _listing(self, card: LexborNode, page: Page) -> RawListing:
        values: dict[str, Any] = {}
        for field, selector in self.fields.items():
            if field == "description":
                values["description_html"] = selector.html(card)
            elif field == "tags":
                values["tags"] = tuple(selector.values(card))
            else:
                values[FIELDS[field]] = selector.value(card)
        link = values.get("url")
        if link is None and "url" not in self.fields:
            # No url selector: the card's own link, or the first link inside it.
            inner = card.css_first("a[href]")
            link = card.attributes.get("href") or (inner.attributes.get("href") if inner else None)
        url = urljoin(page.url, link) if link else ""
        values["url"] = url
        values["source_id"] = values.get("source_id") or url
        values["title"] = values.get("title") or ""
        values["company"] = self.company_name(values.get("company"), "")
        return RawListing(**values)
