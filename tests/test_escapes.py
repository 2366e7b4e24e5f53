"""The fast unescape gives exactly what html.unescape gives, whatever the text."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from scraper.escapes import unescape_html

# Pieces that make entities, broken entities and entity-like text likely.
PIECES = st.sampled_from(
    ["&", "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&nbsp;", "&#x27;", "&lt", "amp;",
     "lt;", ";", "#", "39", "p", "<", ">", " ", "é", "&eacute;", "&AMP;", "&#60;", "x"]
)  # fmt: skip


@given(st.lists(PIECES | st.text(max_size=3), max_size=40).map("".join))
def test_same_as_html_unescape(text: str) -> None:
    assert unescape_html(text) == html.unescape(text)


def test_escaped_markup_and_double_escapes() -> None:
    text = "&lt;p&gt;Tom &amp;amp; Jerry&#39;s &quot;lab&quot;&lt;/p&gt;"
    assert unescape_html(text) == '<p>Tom &amp; Jerry\'s "lab"</p>' == html.unescape(text)
    assert unescape_html("&lt;p&gt;caf&eacute;") == "<p>café"  # the slow path
