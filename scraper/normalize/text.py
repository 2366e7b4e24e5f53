"""Text clean-up: HTML to readable plain text, whitespace."""

from __future__ import annotations

import html
import re

from selectolax.lexbor import LexborHTMLParser

_SPACES = re.compile(r"[ \t\u00a0\u200b]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*\n+")
# Elements whose end starts a new line in the text rendering.
_BLOCK_TAGS = (
    "p, div, br, li, ul, ol, h1, h2, h3, h4, h5, h6, tr, table, section, article, "
    "header, footer, blockquote, pre"
)


def tidy(text: str | None) -> str | None:
    """Collapse runs of spaces, trim each line, drop blank-line runs; empty becomes None."""
    if text is None:
        return None
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n"))
    out = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    return out or None


def html_to_text(markup: str | None) -> str | None:
    """Readable plain text from an HTML fragment: block elements become lines, scripts dropped."""
    if not markup or not markup.strip():
        return None
    if "<" not in markup:
        return tidy(html.unescape(markup))
    tree = LexborHTMLParser(markup)
    for node in tree.css("script, style, noscript, img, iframe"):
        node.decompose()
    for node in tree.css("li"):
        node.insert_before("\n• ")
    for node in tree.css(_BLOCK_TAGS):
        node.insert_after("\n")
    root = tree.body or tree.root
    text = root.text(separator="", strip=False) if root is not None else ""
    return tidy(text)


def clean_line(value: str | None) -> str | None:
    """One-line text: entities unescaped, whitespace collapsed; empty becomes None."""
    if value is None:
        return None
    text = _SPACES.sub(" ", html.unescape(str(value)).replace("\n", " ")).strip()
    return text or None
