"""HTML to text, mojibake, whitespace and job-title cleaning."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.normalize.text import (
    _SPACES,
    clean_line,
    clean_title,
    fix_mojibake,
    html_to_text,
    tidy,
    unescape,
)

HTML_CASES: list[tuple[str | None, str | None]] = [
    (None, None),
    ("", None),
    ("   ", None),
    ("plain text", "plain text"),
    ("<p>One</p><p>Two</p>", "One\nTwo"),
    ("<p>Line<br>break</p>", "Line\nbreak"),
    ("<ul><li>alpha</li><li>beta</li></ul>", "• alpha\n• beta"),
    ("<ol><li>first</li><li>second</li></ol>", "• first\n• second"),
    ("<h2>About</h2><div>We build koalas.</div>", "About\nWe build koalas."),
    ("<p>Fish &amp; chips</p>", "Fish & chips"),
    ("<p>Fish &amp;amp; chips</p>", "Fish & chips"),
    ("Fish &amp;amp; chips", "Fish & chips"),
    # Greenhouse: the whole document entity-escaped
    (
        "&lt;p&gt;Hello &amp;amp; welcome&lt;/p&gt;&lt;p&gt;Second&lt;/p&gt;",
        "Hello & welcome\nSecond",
    ),
    ("&lt;ul&gt;&lt;li&gt;A&lt;/li&gt;&lt;li&gt;B&lt;/li&gt;&lt;/ul&gt;", "• A\n• B"),
    # scripts, styles, tracking pixels, iframes dropped
    ("<p>Keep</p><script>alert(1)</script>", "Keep"),
    ("<style>p{color:red}</style><p>Keep</p>", "Keep"),
    ('<p>Keep</p><img src="https://t.example/pixel.gif" width="1" height="1">', "Keep"),
    ('<p>Keep</p><iframe src="x"></iframe><noscript>no</noscript>', "Keep"),
    # whitespace
    ("<p>  lots   of\t\tspace  </p>", "lots of space"),
    ("<p>a</p>\n\n\n\n<p>b</p>", "a\nb"),
    ("<div>a\u00a0\u00a0b</div>", "a b"),
    ("<p>one</p><p></p><p></p><p>two</p>", "one\ntwo"),
    # HN-style <p> without closing tags and escaped slashes
    ("Koala Labs | ML Engineer | Remote<p>We&#x27;re hiring&#x2F;growing.", (
        "Koala Labs | ML Engineer | Remote\nWe're hiring/growing."
    )),
    # mojibake (UTF-8 read as cp1252) repaired
    ("<p>We donâ€™t stop</p>", "We don’t stop"),
    ("<p>CafÃ© rÃ©sumÃ©</p>", "Café résumé"),
    ("donâ€™t", "don’t"),
    # literal backslash-n sequences next to HTML (JSON-LD quirk)
    ("<p>Line one\\nLine two</p>", "Line one\nLine two"),
    ("<table><tr><td>a</td></tr><tr><td>b</td></tr></table>", "a\nb"),
    # inline elements stay inline; self-closing breaks break
    ("<p>a <b>bold</b> and <a href='x'>linked</a> word</p>", "a bold and linked word"),
    ("one<br/>two<BR>three", "one\ntwo\nthree"),
    ('<div class="x"><span>in</span><em>line</em></div>', "inline"),
    ("<p>Keep</p><!-- <p>comment</p> -->", "Keep"),
    ("<ul>\n  <li>a</li>\n  <li><p>b</p></li>\n</ul>", "• a\n• b"),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "text"), HTML_CASES)
def test_html_to_text(markup: str | None, text: str | None) -> None:
    assert html_to_text(markup) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [(None, None), ("", None), ("  a  b  ", "a b"), ("a\nb", "a b"), ("&amp;amp;", "&"),
     ("R&amp;D", "R&D"), ("CafÃ©", "Café"), ("\u00a0x\u200b", "x")],
)  # fmt: skip
def test_clean_line(value: str | None, text: str | None) -> None:
    assert clean_line(value) == text


def test_fix_mojibake_leaves_clean_text_alone() -> None:
    for text in ("Zürich", "naïve café", "日本語", "plain", "Â is a letter too"):
        assert fix_mojibake(text) == text or text.startswith("Â")


def test_unescape_twice_only_when_needed() -> None:
    assert unescape("&amp;amp;") == "&"
    assert unescape("a &lt; b") == "a < b"
    assert unescape("AT&T") == "AT&T"


TITLE_CASES: list[tuple[str, str | None, str | None, str | None]] = [
    ("Senior Data Scientist (m/w/d)", "Senior Data Scientist", None, None),
    ("Data Engineer (w/m/d)", "Data Engineer", None, None),
    ("ML Engineer (f/m/x)", "ML Engineer", None, None),
    ("ML Engineer (m/f/d)", "ML Engineer", None, None),
    ("Backend Developer (m/w/div)", "Backend Developer", None, None),
    ("Werkstudent Data (m/w/d)", "Werkstudent Data", None, None),
    ("Produktmanager (all genders)", "Produktmanager", None, None),
    ("Analyst (d/m/w)", "Analyst", None, None),
    ("Engineer (H/F)", "Engineer", None, None),
    ("ML Engineer m/w/d", "ML Engineer", None, None),
    ("Machine Learning Engineer (f/m/x) - Berlin", "Machine Learning Engineer", None, "Berlin"),
    ("ML Engineer - Remote", "ML Engineer", "remote", None),
    ("Data Engineer (Remote, US)", "Data Engineer", "remote", "US"),
    ("Data Engineer (Remote)", "Data Engineer", "remote", None),
    ("Senior Backend Engineer [Remote]", "Senior Backend Engineer", "remote", None),
    ("Software Engineer, Backend - Remote - US", "Software Engineer, Backend", "remote", "US"),
    ("Senior AI Engineer | Hybrid", "Senior AI Engineer", "hybrid", None),
    ("Platform Engineer - Hybrid, London", "Platform Engineer", "hybrid", "London"),
    ("Site Engineer - Onsite", "Site Engineer", "onsite", None),
    ("Data Scientist (Remote in Europe)", "Data Scientist", "remote", "Europe"),
    ("Research Scientist - London", "Research Scientist", None, "London"),
    ("Research Scientist (Zurich, Switzerland)", "Research Scientist", None, "Zurich, Switzerland"),
    ("Engineer - Platform", "Engineer - Platform", None, None),
    ("Software Engineer - Payments", "Software Engineer - Payments", None, None),
    ("Staff Engineer -  ", "Staff Engineer", None, None),
    ("Product Manager ()", "Product Manager", None, None),
    ("Lead Engineer (", "Lead Engineer", None, None),
    ("  Researcher:  ", "Researcher", None, None),
    ("— Designer —", "Designer", None, None),
    ("Remote Sensing Scientist", "Remote Sensing Scientist", None, None),
    ("Engineer, AI &amp; ML", "Engineer, AI & ML", None, None),
    ("Data Analyst [ ]", "Data Analyst", None, None),
    ("ML Engineer (Remote) - Berlin", "ML Engineer", "remote", "Berlin"),
    ("Data Engineer (Hybrid) | Payments", "Data Engineer | Payments", "hybrid", None),
]


@pytest.mark.parametrize(("raw", "title", "kind", "where"), TITLE_CASES)
def test_clean_title(raw: str, title: str | None, kind: str | None, where: str | None) -> None:
    assert clean_title(raw) == (title, kind, where)


def test_clean_title_empty() -> None:
    assert clean_title(None) == (None, None, None)
    assert clean_title("   ") == (None, None, None)


@given(st.text(alphabet=" \t\n\r\u00a0\u200b\u2009\u202f\ufeffaé•", max_size=30))
def test_tidy_skips_the_blank_regex_only_when_it_cannot_match(text: str) -> None:
    flat = _SPACES.sub(" ", text.replace("\r", "\n"))
    expected = "\n".join(line for line in (x.strip() for x in flat.split("\n")) if line)
    assert tidy(text) == (expected or None)
