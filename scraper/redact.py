"""Secrets out of URLs: one place decides what is masked in messages and dropped from storage.

Pure and cheap to import (the worker processes that normalise use it too).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters (and headers) whose values may be credentials, matched on the name's
# words ("api_key", "X-Amz-Signature") or its ending ("apikey", "access_token", "jsessionid"),
# so "keywords", "design" or "author" stay. "code" is OAuth's; "sig"/"signature" signed links'.
_SECRET_WORDS = frozenset((
    "key", "apikey", "token", "secret", "password", "passwd", "pwd", "pass", "auth",
    "authorization", "sig", "signature", "credential", "credentials", "jwt", "session",
    "sessionid", "sessid", "sid", "code",
))  # fmt: skip
_SECRET_ENDINGS = (
    "key", "token", "secret", "password", "passwd", "pwd", "signature", "sessionid", "sessid",
    "session", "jwt", "auth",
)  # fmt: skip
_WORDS = re.compile(r"[^a-z0-9]+")
# A URL inside free text: up to the first blank, quote or angle bracket.
_URL = re.compile(r"https?://[^\s'\"<>]+")
MASK = "***"


def is_secret(name: str) -> bool:
    """Whether a query parameter or header of this name may carry a credential."""
    lowered = name.lower()
    if lowered.endswith(_SECRET_ENDINGS):
        return True
    return any(word in _SECRET_WORDS for word in _WORDS.split(lowered))


def _without_userinfo(netloc: str) -> str:
    return netloc.rsplit("@", 1)[-1] if "@" in netloc else netloc


def redact(url: str) -> str:
    """The URL with credentials (userinfo, secret-looking query values) masked, for messages."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<invalid URL>"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, MASK if is_secret(k) else v) for k, v in pairs], safe="*")
    return urlunsplit((parts.scheme, _without_userinfo(parts.netloc), parts.path, query, ""))


def redact_text(text: str) -> str:
    """Every URL in a message or log line redacted (see `redact`)."""
    if "://" not in text:
        return text
    return _URL.sub(_redact_match, text)


def _redact_match(match: re.Match[str]) -> str:
    # Punctuation that ends the sentence ("from https://x/y: HTTP 500") is not the URL's.
    url = match.group(0)
    core = url.rstrip(".,:;)]")
    return redact(core) + url[len(core) :]


def strip_credentials(url: str) -> str:
    """A URL fit to store and show: no userinfo, no secret-looking query parameters."""
    if "@" not in url and "?" not in url:
        return url  # the common case: nothing to strip, no parsing
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.scheme not in ("http", "https"):
        return url
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not is_secret(k)]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    netloc = _without_userinfo(parts.netloc)
    if netloc == parts.netloc and query == parts.query:
        return url
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
