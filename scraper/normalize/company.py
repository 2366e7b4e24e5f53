"""Company display names (the matching key is identity's: `scraper.dedupe.company_key`)."""

from __future__ import annotations

import re

from scraper.normalize.text import clean_line

_BOARD_NOISE = re.compile(r"\s*[-|–]\s*(?:careers|jobs|job board)$", re.I)


def company_display(value: str | None) -> str | None:
    """The name as shown to people: entities, mojibake and whitespace fixed, 'Careers' cut."""
    text = clean_line(value)
    if text is None:
        return None
    text = _BOARD_NOISE.sub("", text).strip()
    return text or None
