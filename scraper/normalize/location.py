"""Workplace type (remote / hybrid / onsite) and country from what a source says."""

from __future__ import annotations

import re

_REMOTE_WORDS = re.compile(
    r"\b(remote|anywhere|work from home|wfh|telecommute|distributed)\b", re.I
)
_HYBRID_WORDS = re.compile(r"\bhybrid\b", re.I)
_ONSITE_WORDS = re.compile(r"\b(on-?site|in[- ]office|in person)\b", re.I)


def workplace(hint: str | bool | None, *texts: str | None) -> str | None:
    """remote|hybrid|onsite from the source's own field, else from location text; else None."""
    if isinstance(hint, bool):
        return "remote" if hint else None
    if isinstance(hint, str) and hint.strip():
        found = _from_text(hint)
        if found:
            return found
    for text in texts:
        if text:
            found = _from_text(text)
            if found:
                return found
    return None


def _from_text(text: str) -> str | None:
    lowered = text.strip().lower()
    if lowered in ("onsite", "on-site", "on site", "office", "in office"):
        return "onsite"
    if _HYBRID_WORDS.search(text):
        return "hybrid"
    if _REMOTE_WORDS.search(text):
        return "remote"
    if _ONSITE_WORDS.search(text):
        return "onsite"
    return None


def country_code(value: str | None) -> str | None:
    """An ISO 3166-1 alpha-2 code when the value already is one; fuller parsing comes later."""
    if value and re.fullmatch(r"[A-Za-z]{2}", value.strip()):
        code = value.strip().upper()
        return "GB" if code == "UK" else code
    return None
