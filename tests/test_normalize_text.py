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
    gender_free,
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


# (raw title, the posting's own location, display title, workplace, place): a suffix
# leaves the display title only when it repeats the posting's location.
TITLE_CASES: list[tuple[str, str | None, str | None, str | None, str | None]] = [
    ("Senior Data Scientist (m/w/d)", None, "Senior Data Scientist", None, None),
    ("Data Engineer (w/m/d)", None, "Data Engineer", None, None),
    ("ML Engineer (f/m/x)", None, "ML Engineer", None, None),
    ("ML Engineer (m/f/d)", None, "ML Engineer", None, None),
    ("Backend Developer (m/w/div)", None, "Backend Developer", None, None),
    ("Werkstudent Data (m/w/d)", None, "Werkstudent Data", None, None),
    ("Produktmanager (all genders)", None, "Produktmanager", None, None),
    ("Analyst (d/m/w)", None, "Analyst", None, None),
    ("Engineer (H/F)", None, "Engineer", None, None),
    ("ML Engineer m/w/d", None, "ML Engineer", None, None),
    ("Machine Learning Engineer (f/m/x) - Berlin", None,
     "Machine Learning Engineer - Berlin", None, "Berlin"),
    ("Machine Learning Engineer (f/m/x) - Berlin", "Berlin, Germany",
     "Machine Learning Engineer", None, "Berlin"),
    ("ML Engineer - Remote", None, "ML Engineer - Remote", "remote", None),
    ("ML Engineer - Remote", "Remote", "ML Engineer", "remote", None),
    ("Data Engineer (Remote, US)", None, "Data Engineer (Remote, US)", "remote", "US"),
    ("Data Engineer (Remote, US)", "Remote, US", "Data Engineer", "remote", "US"),
    ("Data Engineer (Remote)", "Remote", "Data Engineer", "remote", None),
    ("Senior Backend Engineer [Remote]", "Remote", "Senior Backend Engineer", "remote", None),
    ("Software Engineer, Backend - Remote - US", "Remote - US", "Software Engineer, Backend",
     "remote", "US"),
    ("Senior AI Engineer | Hybrid", "Hybrid", "Senior AI Engineer", "hybrid", None),
    ("Platform Engineer - Hybrid, London", "London", "Platform Engineer - Hybrid, London",
     "hybrid", "London"),
    ("Site Engineer - Onsite", None, "Site Engineer - Onsite", "onsite", None),
    ("Data Scientist (Remote in Europe)", None, "Data Scientist (Remote in Europe)", "remote",
     "Europe"),
    ("Research Scientist - London", "London, UK", "Research Scientist", None, "London"),
    ("Research Scientist - London", "Paris", "Research Scientist - London", None, "London"),
    ("Research Scientist (Zurich, Switzerland)", "Zurich, Switzerland", "Research Scientist",
     None, "Zurich, Switzerland"),
    ("Lead Developer (AI)", "San Francisco", "Lead Developer (AI)", None, None),
    # LinkedIn's hidden badge text of a verified employer is no word of the title.
    ("Payroll Administrator with verification", None, "Payroll Administrator", None, None),
    ("Design Verification Engineer", None, "Design Verification Engineer", None, None),
    ("Software Engineer - ML", None, "Software Engineer - ML", None, None),
    ("Engineer (IT)", None, "Engineer (IT)", None, None),
    ("Account Executive (PR)", None, "Account Executive (PR)", None, None),
    ("Engineer - Puerto Rico", None, "Engineer - Puerto Rico", None, "Puerto Rico"),
    ("Engineer - Platform", None, "Engineer - Platform", None, None),
    ("Software Engineer - Payments", None, "Software Engineer - Payments", None, None),
    ("Staff Engineer -  ", None, "Staff Engineer", None, None),
    ("Product Manager ()", None, "Product Manager", None, None),
    ("Lead Engineer (", None, "Lead Engineer", None, None),
    ("Lead Engineer (Platform", None, "Lead Engineer (Platform", None, None),
    ("  Researcher:  ", None, "Researcher", None, None),
    ("— Designer —", None, "Designer", None, None),
    ("Remote Sensing Scientist", None, "Remote Sensing Scientist", None, None),
    ("Engineer, AI &amp; ML", None, "Engineer, AI & ML", None, None),
    ("Data Analyst [ ]", None, "Data Analyst", None, None),
    ("ML Engineer (Remote) - Berlin", None, "ML Engineer (Remote) - Berlin", "remote", "Berlin"),
    ("ML Engineer (Remote) - Berlin", "Berlin", "ML Engineer (Remote)", "remote", "Berlin"),
    ("ML Engineer (Remote) - Berlin", "Remote; Berlin", "ML Engineer", "remote", "Berlin"),
    ("Data Engineer (Hybrid) | Payments", None, "Data Engineer (Hybrid) | Payments", "hybrid",
     None),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "location", "title", "kind", "where"), TITLE_CASES)
def test_clean_title(
    raw: str, location: str | None, title: str | None, kind: str | None, where: str | None
) -> None:
    assert clean_title(raw, location) == (title, kind, where)


def test_clean_title_empty() -> None:
    assert clean_title(None) == (None, None, None)
    assert clean_title("   ") == (None, None, None)


@given(st.text(alphabet=" \t\n\r\u00a0\u200b\u2009\u202f\ufeffaé•", max_size=30))
def test_tidy_skips_the_blank_regex_only_when_it_cannot_match(text: str) -> None:
    flat = _SPACES.sub(" ", text.replace("\r", "\n"))
    expected = "\n".join(line for line in (x.strip() for x in flat.split("\n")) if line)
    assert tidy(text) == (expected or None)


def test_gender_free_keeps_every_other_word() -> None:
    assert gender_free("Senior Data Scientist (m/w/d) - Berlin") == "Senior Data Scientist - Berlin"
    assert gender_free("Lead Developer (AI)") == "Lead Developer (AI)"
