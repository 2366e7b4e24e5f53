"""Text clean-up: HTML to readable plain text, mojibake repair, whitespace, job titles."""

from __future__ import annotations

import re
from collections.abc import Iterable

import ftfy
from selectolax.lexbor import LexborHTMLParser

from scraper.escapes import CONTROL_CHARS, unescape_html
from scraper.vocab import GENDER_TAG, without_badge

# Runs of spaces, tabs and odd blanks. Written so a lone ordinary space is not a match:
# replacing every single space with itself costs twice the time on long descriptions.
_BLANKS = "[ \t\u00a0\u200b\u2009\u202f\ufeff]"
_SPACES = re.compile(rf" (?={_BLANKS}){_BLANKS}*|[\t\u00a0\u200b\u2009\u202f\ufeff]{_BLANKS}*")
# Block elements start and end a line; list items start a bulleted line. Marking them in
# the markup with one regex pass is about twice as fast as walking and editing the DOM.
_BLOCK_NAMES = "p|div|br|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|dt|dd"
_BLOCK = re.compile(rf"<(?:{_BLOCK_NAMES})\b[^>]*>|</(?:{_BLOCK_NAMES})\s*>", re.I)
_LIST_ITEM = re.compile(r"<li\b[^>]*>", re.I)
_LONE_BULLET = re.compile(r"•\n")
_DROP_TAGS = [
    "script", "style", "noscript", "img", "iframe", "svg", "template", "object", "embed", "head",
]  # fmt: skip
# Typical UTF-8-read-as-Latin-1/cp1252 sequences ("â€™", "Ã©", "Â "): only then is ftfy
# (slow on long text) worth calling.
# A Latin-1 lead byte followed by a continuation byte/C1 control ("Ã©", "Å\x84") or the
# cp1252 forms of "â€" never occur in clean text.
_MOJIBAKE = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf]|â€|Ã[\u0152\u0153\u0160\u0161\u017d]")
_ESCAPED_TAG = re.compile(r"&lt;/?[a-zA-Z]")
# Control characters never belong to a job's text (issue 18). Removed after mojibake
# repair, which reads C1 bytes.
_CONTROLS = re.compile(f"[{CONTROL_CHARS}]")
# Longest stored title, company and location: a 200,000-character title padded every
# `stats --by company` line; real ones stay far below (the longest in the samples: ~150).
MAX_TITLE, MAX_COMPANY, MAX_LOCATION = 300, 200, 300


def strip_controls(text: str) -> str:
    """The text without control characters (see `_CONTROLS`); cheap when there are none."""
    if text.isprintable():  # a C-speed scan; false for newlines, tabs and odd blanks too
        return text
    # Tidied text has no blanks but spaces and newlines: two C scans beat the regex.
    if "\n" in text and text.replace("\n", " ").isprintable():
        return text
    return _CONTROLS.sub("", text)


def _tidy_text(text: str) -> str | None:
    """`tidy`, then control characters removed (tidied again only when there were some)."""
    tidied = tidy(text)
    if tidied is None:
        return None
    clean = strip_controls(tidied)
    return tidied if clean is tidied else tidy(clean)


def cap(text: str | None, limit: int) -> str | None:
    """The text cut to at most `limit` characters, with an ellipsis when cut."""
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def tidy(text: str | None) -> str | None:
    """Collapse runs of spaces, trim each line, drop blank-line runs; empty becomes None."""
    if text is None:
        return None
    # One block, one line: blank lines (from nested blocks or source newlines) are dropped.
    # One substitution over the whole text is far cheaper than one per line, and none
    # (C-speed substring checks) cheaper still: most text has no run of blanks.
    flat = text.replace("\r", "\n")
    if _has_odd_blanks(flat):
        flat = _SPACES.sub(" ", flat)
    out = "\n".join(line for line in (x.strip() for x in flat.split("\n")) if line)
    return out or None


def _has_odd_blanks(text: str) -> bool:
    """Whether `_SPACES` can match: two spaces in a row, or a blank other than a space."""
    if "  " in text or "\t" in text:
        return True
    return not text.isascii() and any(ch in text for ch in "\u00a0\u200b\u2009\u202f\ufeff")


def fix_mojibake(text: str) -> str:
    """Repair text decoded with the wrong charset ('donâ€™t' -> 'don’t'); cheap when clean."""
    # ASCII text cannot hold mojibake; the check is a fast C scan.
    if not text.isascii() and _MOJIBAKE.search(text):
        return ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    return text


def unescape(text: str) -> str:
    """Entities unescaped, twice when the source escaped them twice ('&amp;amp;' -> '&')."""
    if "&" not in text:
        return text
    once = unescape_html(text)
    if "&" in once and once != text:
        return unescape_html(once)
    return once


def html_to_text(markup: str | None) -> str | None:
    """Readable text from HTML: blocks and <br> become lines, list items bullets; scripts,
    styles and tracking pixels dropped; entities unescaped even when escaped twice."""
    if not markup or not isinstance(markup, str) or not markup.strip():
        return None
    text = markup
    # Greenhouse and RSS feeds send HTML that is itself entity-escaped ("&lt;p&gt;").
    if _ESCAPED_TAG.search(text[:2000]) and "<" not in text[:200]:
        text = unescape_html(text)
    text = fix_mojibake(text)
    if "<" not in text:
        return _tidy_text(unescape(text).replace("\\n", "\n"))
    # Newlines at both ends of blocks: HN-style "<p>" without a closing tag still breaks.
    tree = LexborHTMLParser(_LIST_ITEM.sub("\n• ", _BLOCK.sub("\n", text)))
    tree.strip_tags(_DROP_TAGS)  # scripts, styles, tracking pixels: with their content
    root = tree.body or tree.root
    out = root.text(separator="", strip=False) if root is not None else ""
    # Text nodes come back unescaped once; a second level ("&amp;amp;") needs another pass.
    if "&" in out:
        out = unescape_html(out)
    result = _tidy_text(out.replace("\\n", "\n"))
    # "<li><p>text</p></li>" leaves the bullet alone on its line; join it to its text.
    return _LONE_BULLET.sub("• ", result) if result and "•\n" in result else result


def clean_line(value: str | None) -> str | None:
    """One-line text: entities unescaped, mojibake repaired, whitespace collapsed."""
    if value is None or not isinstance(value, str):
        return None
    text = strip_controls(fix_mojibake(unescape(value)).replace("\n", " ").replace("\r", " "))
    if _has_odd_blanks(text):  # most values have none: skip the regex pass
        text = _SPACES.sub(" ", text)
    text = text.strip()
    return text or None


# -- titles ------------------------------------------------------------------------------

_REMOTE_SUFFIX = re.compile(
    r"\s*(?:[-–—|,:/]\s*|\(\s*|\[\s*)"
    r"(?P<what>(?:100%\s*|fully\s+)?remote|hybrid|on-?site|anywhere|work from home)"
    r"(?:\s*(?:[-–—,:]|\bin\b|\bfrom\b)?\s*(?P<where>[^()\[\]|]{0,60}?))?\s*[)\]]?\s*$",
    re.I,
)
_REMOTE_INNER = re.compile(
    r"\s*[(\[]\s*(?P<what>(?:100%\s*|fully\s+)?remote|hybrid|on-?site)\s*[)\]]", re.I
)
_TRAILING = re.compile(r"[\s\-–—|,:;/·•]+$")
_LEADING = re.compile(r"^[\s\-–—|,:;/·•*]+")
_EMPTY_BRACKETS = re.compile(r"\(\s*[-–—,/]*\s*\)|\[\s*[-–—,/]*\s*\]")
_LOCATION_SUFFIX = re.compile(r"\s*(?:[-–—|]\s+|\(\s*)(?P<where>[^()\-–—|]{2,60}?)\s*\)?\s*$")


def clean_title(
    value: str | None, location: str | Iterable[str | None] | None = None
) -> tuple[str | None, str | None, str | None]:
    """(title, workplace, location) from a raw title: the display title is the source's
    title tidied (entities, mojibake, whitespace, gender tags, bracket and dash debris),
    never shortened by a word it does not repeat.

    A 'Remote'/'Hybrid' or place suffix is read out as the workplace and location; it
    leaves the display title only when it repeats the posting's own `location` text
    ("Staff Engineer - London" at "London, UK" shows "Staff Engineer"), so "Lead
    Developer (AI)" and "Account Executive - Enterprise, Expansion" keep every word. The
    location is returned only when `is_place` recognises it, so 'Engineer - Platform'
    keeps its suffix.
    """
    text = clean_line(value)
    if text is None:
        return None, None, None
    text = _without_gender(text)
    text = _EMPTY_BRACKETS.sub("", text)
    own = _own_location(location)
    kind: str | None = None
    where: str | None = None
    match = _REMOTE_SUFFIX.search(text)
    inner = None if match else _REMOTE_INNER.search(text)
    if inner and inner.start() > 0:
        # "ML Engineer (Remote) - Berlin": the bracket is read, the rest is read on.
        word = inner.group("what").lower()
        kind = "hybrid" if word == "hybrid" else "onsite" if "site" in word else "remote"
        rest = _SPACES.sub(" ", f"{text[: inner.start()]} {text[inner.end() :]}").strip()
        if _repeats(inner.group(0), own):
            text = rest
        loc = _LOCATION_SUFFIX.search(rest)
        if loc and loc.start() > 0 and _looks_like_place(loc.group("where")):
            where = loc.group("where").strip()
            tail = _LOCATION_SUFFIX.search(text)
            if tail and tail.start() > 0 and _repeats(tail.group(0), own):
                text = text[: tail.start()]
    elif match and match.start() > 0:
        word = match.group("what").lower()
        kind = "hybrid" if word == "hybrid" else "onsite" if "site" in word else "remote"
        place = (match.group("where") or "").strip(" -–—,()")
        where = place or None
        if _repeats(match.group(0), own):
            text = text[: match.start()]
    else:
        loc = _LOCATION_SUFFIX.search(text)
        if loc and loc.start() > 0 and _looks_like_place(loc.group("where")):
            where = loc.group("where").strip()
            if _repeats(loc.group(0), own):
                text = text[: loc.start()]
    text = _LEADING.sub("", _TRAILING.sub("", _EMPTY_BRACKETS.sub("", text))).strip()
    if text.endswith("("):
        # A bracket opened and never filled ("Lead Engineer ("): debris, no word lost.
        text = _TRAILING.sub("", text[:-1]).strip()
    return (text or clean_line(value)), kind, where


_WORDS = re.compile(r"[^\W_]+")


def gender_free(value: str) -> str:
    """A title without its gender tags ("(m/w/d)", "(H/F)"): the words a display keeps."""
    return _without_gender(clean_line(value) or "")


def _without_gender(text: str) -> str:
    """`text` without gender tags (`vocab.GENDER_TAG`) or a scrape's badge text
    (`vocab.BADGE_SUFFIX`), its spaces closed up."""
    text = without_badge(text)
    if "/" not in text and "(" not in text and "[" not in text:
        return text  # most titles: no tag can be there
    return _SPACES.sub(" ", GENDER_TAG.sub(" ", text)).strip()


def _own_location(location: str | Iterable[str | None] | None) -> frozenset[str]:
    """The folded words of the posting's own location text(s)."""
    if location is None:
        return frozenset()
    texts = [location] if isinstance(location, str) else [t for t in location if t]
    return frozenset(w for t in texts for w in _WORDS.findall(t.casefold()))


def _repeats(suffix: str, own: frozenset[str]) -> bool:
    """Whether every word of a title suffix is in the posting's own location."""
    words = _WORDS.findall(suffix.casefold())
    return bool(own) and bool(words) and all(w in own for w in words)


# Discipline abbreviations that are also country codes: in a title suffix they name the
# team, not a place ("Lead Developer (AI)" is not Anguilla, "Engineer - ML" not Mali).
_DISCIPLINE_CODES = frozenset(
    {"ai", "ml", "it", "bi", "cv", "pr", "qa", "ux", "ui", "hr", "ar", "vr", "cx", "rl"}
)


def _looks_like_place(text: str) -> bool:
    if text.strip().casefold() in _DISCIPLINE_CODES:
        return False
    # Imported lazily: location builds its gazetteer indexes on first use.
    from scraper.normalize.location import country_code, parse_location, script_country

    found = parse_location(text)
    if (
        found.country is not None
        and found.country == script_country(text)
        and not any(p.city or p.region for p in found.places)
        and not country_code(text.strip())
    ):
        # A Hebrew or Korean phrase is read as Israel or Korea for its script alone
        # ("קבוצת AVIS", the employer): in a title suffix that names no place.
        return False
    return bool(found.places) and all(p.country or p.area for p in found.places)
