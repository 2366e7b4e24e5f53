"""The adapter contract: values that flow between adapters and the engine, and the base class.

An adapter turns a source's options into first `Request`s (pure, no I/O) and each
fetched `Page` into `RawListing`s plus follow-up `Request`s (pure, no I/O). Only
`scraper.fetch` touches the network.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

from scraper.errors import ConfigError, ParseError


@dataclass(frozen=True, slots=True)
class Request:
    """One HTTP request an adapter wants made; `meta` travels to the resulting `Page`."""

    url: str
    method: str = "GET"
    headers: Mapping[str, str] = field(default_factory=dict)
    meta: Mapping[str, Any] = field(default_factory=dict)
    body: bytes | None = None
    # Whether a failed attempt may be sent again: None means by method (GET yes, POST no);
    # True for a POST that only reads (a search), so a 429 or 503 is retried politely.
    idempotent: bool | None = None

    @classmethod
    def post_json(
        cls,
        url: str,
        data: object,
        meta: Mapping[str, Any] | None = None,
        *,
        idempotent: bool | None = None,
    ) -> Request:
        """A POST of `data` as JSON (compact, keys sorted: one body per request, always)."""
        body = json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        return cls(url, "POST", headers, dict(meta or {}), body, idempotent)

    @property
    def key(self) -> str:
        """What makes this request itself: the URL for a plain GET, else method and body too.

        Fetch-once-per-run and the page cache are keyed by it, so the pages of an API that
        pages by POST body (one URL, the offset in the body) are each fetched and cached.
        """
        method = self.method.upper()
        if method == "GET" and not self.body:
            return self.url  # as before: existing cache rows keep matching
        digest = hashlib.blake2b(self.body or b"", digest_size=12).hexdigest()
        return f"{self.url}#{method}:{digest}"


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched response: what `parse` receives."""

    request: Request
    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes
    fetched_at: datetime

    @property
    def meta(self) -> Mapping[str, Any]:
        """The `meta` of the request that produced this page."""
        return self.request.meta

    @property
    def text(self) -> str:
        """The body decoded as UTF-8 (bad bytes replaced, never raising)."""
        return self.body.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


@dataclass(frozen=True, slots=True)
class RawListing:
    """One posting as the site states it; normalisation happens later."""

    source_id: str
    url: str
    title: str
    company: str
    location: str | None = None
    locations: tuple[str, ...] = ()
    country: str | None = None
    # A source's own workplace statement ("remote", "hybrid", "onsite", True/False), if any.
    remote: str | bool | None = None
    employment_type: str | None = None
    level: str | None = None
    department: str | None = None
    category: str | None = None
    # Structured pay where the API gives numbers; `salary_text` where it gives prose.
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str | None = None
    salary_period: str | None = None
    salary_text: str | None = None
    # Raw date as given: ISO string, epoch seconds/milliseconds, or datetime.
    posted_at: str | int | float | datetime | None = None
    description_html: str | None = None
    tags: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ItemError:
    """One listing on a page that could not be read; the rest of the page is kept."""

    message: str


ParseResult = RawListing | Request | ItemError


@dataclass(frozen=True, slots=True)
class Option:
    """An adapter option: its type, whether it is required, its default and help."""

    kind: type
    help: str
    required: bool = False
    default: Any = None
    item_kind: type | None = None  # element type when kind is list


# Options every source accepts, whatever its adapter.
COMMON_OPTIONS: dict[str, Option] = {
    "adapter": Option(str, "adapter name from the registry", required=True),
    "enabled": Option(bool, "run this source (default true)", default=True),
    "company": Option(str, "display name where the API has none"),
    "base_url": Option(str, "replaces scheme and host of the documented endpoint"),
    "delay": Option(float, "minimum seconds between requests to one host"),
    "schedule": Option(str, "cron expression for `jobs schedule` (5 fields, UTC)"),
    "every": Option(str, "interval for `jobs schedule` such as '30m' or '6h'"),
    "respect_robots": Option(
        bool,
        "obey robots.txt (default true); false only for documented public APIs that allow it",
        default=True,
    ),
}

MANDATORY_FIELDS = ("source_id", "url", "title", "company")
# The longest `delay` a source may ask for: beyond it a run never ends (inf, 1e308 hung it).
MAX_DELAY = 600.0


class Adapter:
    """Base class of every adapter: metadata as class attributes, two pure methods."""

    name: ClassVar[str]
    description: ClassVar[str]
    options: ClassVar[dict[str, Option]] = {}
    # Politeness hint: minimum seconds between two requests to one host.
    min_delay: ClassVar[float] = 1.0
    # Politeness hint: at most this many requests in flight to one host (None: the fetch
    # settings' `per_host`); for sites whose bot protection punishes parallel requests.
    max_per_host: ClassVar[int | None] = None
    # How often the scheduler runs the source unless configured ("30m", "6h"): a source's
    # published limit on polling is about runs, not about the spacing of requests.
    every: ClassVar[str] = "6h"
    # True when one healthy run sees every open listing of the source (an ATS board), so a
    # listing it no longer shows is closed. Windowed feeds ("the latest 50") are not: their
    # listings close only after going unseen for a while.
    complete: ClassVar[bool] = False
    # Documented endpoint, for `jobs sources` and docs.
    endpoint: ClassVar[str] = ""

    def __init__(self, source_id: str, config: Mapping[str, Any]):
        self.source_id = source_id
        self.config = dict(config)

    # -- the contract -------------------------------------------------------
    def requests(self) -> Iterable[Request]:
        """The first requests, built from the options."""
        raise NotImplementedError

    def parse(self, page: Page) -> Iterable[ParseResult]:
        """Listings on the page, follow-up requests, and per-item errors."""
        raise NotImplementedError

    @classmethod
    def check_options(cls, source_id: str, options: Mapping[str, Any]) -> None:
        """Check what option types cannot say (a URL's shape); raise `ConfigError`."""

    def board_missing(self, page: Page) -> bool:
        """Whether a board's first page, though a 200, says the board does not exist.

        Some APIs answer an unknown board with 200 and an empty body or a "not found"
        message instead of a 404; override for a site with its own way of saying so.
        """
        return says_not_found(page.body)

    # -- helpers for subclasses ---------------------------------------------
    @property
    def base_url(self) -> str | None:
        """The configured base_url override, if any."""
        value = self.config.get("base_url")
        return str(value) if value else None

    def url(self, documented: str) -> str:
        """The documented URL with scheme and host replaced by `base_url` when configured."""
        base = self.base_url
        if not base:
            return documented
        doc = urlsplit(documented)
        new = urlsplit(base)
        # A path on base_url is a prefix (handy behind a proxy); the documented path follows it.
        path = new.path.rstrip("/") + doc.path
        return urlunsplit((new.scheme, new.netloc, path, doc.query, doc.fragment))

    def company_name(self, from_api: object, fallback: str) -> str:
        """Company from the API, else the configured `company`, else `fallback` (board token)."""
        if isinstance(from_api, str) and from_api.strip():
            return from_api.strip()
        configured = self.config.get("company")
        if isinstance(configured, str) and configured.strip():
            return configured.strip()
        return fallback

    def items(
        self, page: Page, items: Iterable[Any], read: Callable[[Any], RawListing | None]
    ) -> Iterator[RawListing | ItemError]:
        """Apply `read` to each item; a broken item becomes an `ItemError`, never an abort."""
        for index, item in enumerate(items):
            try:
                listing = read(item)
                if listing is None:
                    continue
                if not _complete(listing):
                    missing = [f for f in MANDATORY_FIELDS if not _present(getattr(listing, f))]
                    raise ParseError(self.name, page.url, missing[0], f"item {index}")
            except ParseError as exc:
                yield ItemError(str(exc))
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                yield ItemError(
                    f"{self.name}: {page.url}: item {index}: {type(exc).__name__}: {exc}"
                )
            else:
                yield listing

    def json_list(self, page: Page, key: str) -> list[Any]:
        """The list under `key` in the page's JSON object; a `ParseError` for any other shape."""
        data = page.json()
        items = data.get(key) if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise self.parse_error(page, key, f"expected an object with a '{key}' list")
        return items

    def parse_error(self, page: Page, field_name: str, detail: str = "") -> ParseError:
        """A `ParseError` for the whole page."""
        return ParseError(self.name, page.url, field_name, detail)


_NOT_FOUND_KEYS = ("error", "message", "detail", "status")


def says_not_found(body: bytes) -> bool:
    """An empty body, or a small JSON object whose error/message says "not found"."""
    text = body.strip()
    if not text:
        return True
    if len(text) > 2048 or not text.startswith(b"{"):
        return False  # a real page: never parsed twice just to ask
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return False
    if not isinstance(data, dict):
        return False
    return any(
        isinstance(data.get(key), str) and "not found" in data[key].lower()
        for key in _NOT_FOUND_KEYS
    )


def as_number(value: object) -> float | None:
    """A figure as given (int, float or numeric string, commas allowed); else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", "").strip())
        except ValueError:
            return None
    return None


def join_parts(*parts: object) -> str | None:
    """Non-empty text parts joined with commas; None when nothing is left."""
    text = ", ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
    return text or None


def _present(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _complete(listing: RawListing) -> bool:
    """Whether every MANDATORY_FIELDS value is present (spelled out: run for every item)."""
    return (
        _present(listing.source_id)
        and _present(listing.url)
        and _present(listing.title)
        and _present(listing.company)
    )


def validate_options(
    source_id: str, adapter: type[Adapter], config: Mapping[str, Any]
) -> dict[str, Any]:
    """Check a source's table against the common and the adapter's options; fill defaults."""
    specs = {**COMMON_OPTIONS, **adapter.options}
    out: dict[str, Any] = {}
    for key, value in config.items():
        spec = specs.get(key)
        if spec is None:
            known = ", ".join(sorted(specs))
            raise ConfigError(f"source '{source_id}': unknown key '{key}' (known: {known})")
        out[key] = _check_type(source_id, key, spec, value)
    for key, spec in specs.items():
        if key in out:
            continue
        if spec.required:
            raise ConfigError(f"source '{source_id}': missing required key '{key}' ({spec.help})")
        if spec.default is not None:
            out[key] = spec.default
    adapter.check_options(source_id, out)
    return out


def _check_type(source_id: str, key: str, spec: Option, value: Any) -> Any:
    where = f"source '{source_id}': key '{key}'"
    if spec.kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if spec.kind is list:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise ConfigError(f"{where} must be a list, not {type(value).__name__}")
        item_kind = spec.item_kind or str
        for item in value:
            if not isinstance(item, item_kind) or (isinstance(item, str) and not item.strip()):
                raise ConfigError(f"{where} must hold non-empty {item_kind.__name__} values")
        if spec.required and not value:
            raise ConfigError(f"{where} must not be empty")
        return value
    if not isinstance(value, spec.kind) or (spec.kind is not bool and isinstance(value, bool)):
        raise ConfigError(f"{where} must be {spec.kind.__name__}, not {type(value).__name__}")
    if key == "base_url":
        try:
            parts = urlsplit(str(value))
            parts.port  # noqa: B018 - parsing the port is the check ("http://h:x" raises)
        except ValueError as exc:
            raise ConfigError(f"{where} is not a valid URL ({exc}): {value!r}") from None
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigError(f"{where} must be an http(s) URL such as https://example.com")
    if key == "delay" and not 0 <= value <= MAX_DELAY:  # type: ignore[operator]  # NaN fails both
        raise ConfigError(f"{where} must be between 0 and {MAX_DELAY:.0f} seconds, not {value}")
    return value
