"""Small helpers shared by the per-adapter unit tests."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sources import registry
from sources.base import Adapter, ItemError, Page, RawListing, Request, validate_options

FETCHED_AT = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def make(name: str, **options: Any) -> Adapter:
    """An adapter instance with validated options, as the engine builds it."""
    cls = registry.get(name)
    return cls(f"test-{name}", validate_options("test", cls, {"adapter": name, **options}))


def page(request: Request, body: str | bytes | object, url: str | None = None) -> Page:
    """A 200 response to `request`; non-bytes/str bodies are JSON-encoded."""
    if isinstance(body, str):
        raw = body.encode()
    elif isinstance(body, bytes):
        raw = body
    else:
        raw = json.dumps(body).encode()
    return Page(request, url or request.url, 200, {}, raw, FETCHED_AT)


def split(results: Any) -> tuple[list[RawListing], list[Request], list[ItemError]]:
    """Parse results sorted into listings, follow-up requests and item errors."""
    items = list(results)
    return (
        [r for r in items if isinstance(r, RawListing)],
        [r for r in items if isinstance(r, Request)],
        [r for r in items if isinstance(r, ItemError)],
    )
