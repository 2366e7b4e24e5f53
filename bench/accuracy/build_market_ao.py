"""Print the candidate titles of market_ao.tsv: Egypt's largest job board (Wuzzuf) as two
job seekers' scrapers saved it, the analyst postings of June 2024 (every function's
analysts: finance, HR, workforce, data, business, quality) and the engineering, data and
AI postings of 2026 (reads CSV only; executes nothing it reads)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import (
    ANONYMOUS,
    BROKEN,
    NO_JOB,
    Builder,
    Screen,
    Source,
    employers_drawn,
    markets,
    read_csv,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, trainee and graduate programmes are kept out (the slice is of regular
# jobs), in the words the board writes them: intern, internship, trainee, "Graduate
# Training Program", summer training.
INTERN = re.compile(
    r"\b(intern|interns|internships?|trainee\w*|training program\w*|graduate program\w*"
    r"|summer training)\b",
    re.I,
)


# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # Wuzzuf (wuzzuf.net), Egypt: a job seeker's scraper saved the postings its "data
    # analyst" search found on 2024-06-27, 459 postings of 285 employers; the board's
    # search matches every posting with "analyst" or "data" in it, so it holds the
    # analysts of finance, HR, call-centre workforce management, quality, sales and
    # supply chain beside the data and business analysts.
    Source(
        "eg-wuzzuf-2024",
        "KARIM-EGY/wuzzuf-wep-scraping",
        ("wuzzuf_jobs.csv",),
        "35a7baf60aec34d0e5c4726e5e9b92840b9868aa",
        "csv",
        title_field="Job Title",
        employer_field="Company Name",
    ),
    # Wuzzuf, Egypt, 2026: another job seeker's scraper saved its searches for
    # engineering, data and AI postings (plants, construction, telecoms, software and AI
    # firms, training centres), 100 rows (read with the search tools' `read_file`, the
    # repository has no snapshot to fetch).
    Source(
        "eg-wuzzuf-2026",
        "Habibakhaled216/WUZZUF_Project",
        ("wuzzuf_jobs.csv",),
        "c23ce25a82bdc500d69cf97d7d21ed6efcd592f7",
        "csv",
        title_field="Job_Title",
        employer_field="Company",
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = set(ANONYMOUS) | {"anonymous"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the same session's held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "an")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB)
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|eg)/?$", re.I)
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


# (employer, title, source key) of one saved file, in its order.
read = read_csv

BUILDER = Builder(
    corpus="market_ao",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
