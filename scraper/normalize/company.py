"""Company display names and the canonical key used to match the same company across sources."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cleanco import basename

from scraper.normalize.text import clean_line

_PUNCT = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACES = re.compile(r"\s+")
_THE = re.compile(r"^(?:the|die|der|das|le|la|les|el)\s+", re.I)
# Suffixes cleanco misses or keeps when they follow a comma-less name.
_EXTRA_SUFFIXES = re.compile(
    r"\s+(?:inc|incorporated|llc|ltd|limited|gmbh|ag|sa|sas|sarl|srl|spa|bv|nv|oy|ab|as|"
    r"aps|plc|corp|corporation|co|company|kg|ug|se|pty|pvt|private|kk|lp|llp|"
    r"group|holdings?)$",
    re.I,
)
_BOARD_NOISE = re.compile(r"\s*[-|–]\s*(?:careers|jobs|job board)$", re.I)


def company_display(value: str | None) -> str | None:
    """The name as shown to people: entities, mojibake and whitespace fixed, 'Careers' cut."""
    text = clean_line(value)
    if text is None:
        return None
    text = _BOARD_NOISE.sub("", text).strip()
    return text or None


@lru_cache(maxsize=16384)
def company_key(value: str | None) -> str | None:
    """A matching key: lower case, accents folded, no 'The', punctuation or legal suffixes
    ('The Acme Co., Inc.' and 'ACME' both give 'acme')."""
    text = company_display(value)
    if text is None:
        return None
    base = basename(text) or text
    folded = unicodedata.normalize("NFKD", base.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = _PUNCT.sub(" ", folded.replace("&", " and "))
    folded = _SPACES.sub(" ", _THE.sub("", folded.strip())).strip()
    while True:
        shorter = _EXTRA_SUFFIXES.sub("", folded).strip()
        if shorter == folded or not shorter:
            break
        folded = shorter
    return folded.replace(" ", "") or None
