"""Print the candidate titles of market_ae.tsv: the whole Greenhouse and Lever boards of
San Francisco Bay Area biotech and pharma employers (drug developers, gene-therapy,
synthetic-biology and medical-device firms) as a regional job board's scraper saved them
in June and August 2026 (reads JSON only; executes nothing it reads)."""

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
    read_json,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, co-ops, apprenticeships and fellowships for students are kept out (the slice
# is of regular jobs), in the words these boards write them.
INTERN = re.compile(
    r"\b(intern|interns|internships?|co-?op|apprentice\w*|trainee\w*|summer associate"
    r"|working student|thesis)\b",
    re.I,
)


# In the order they are drawn: a later source never displaces a title of an earlier one.
# Each file is a JSON object whose "jobs" list holds the postings (`corpus_tools.Source`).
SOURCES = (
    # The Bay Area biopharma board's saved file of 2026-08-08: every posting of the 19
    # employers with a Bay Area or remote-US opening on their Greenhouse or Lever boards
    # (JSON object `{"scraped_at", "jobs": [{"company", "title", "location", "url", ...}]}`).
    Source(
        "us-biopharma-aug",
        "Ryohash1231/biopharma-job-board",
        ("jobs.json",),
        "62320cf9b0a8a67dd1757fb0632ad62476102f5b",
        "jobs",
        "title",
        "company",
    ),
    # The same board's file of 2026-06-13, before its employer list was changed: it holds
    # three employers the August file no longer reads (and earlier postings of the others,
    # drawn only while an employer is under its cap).
    Source(
        "us-biopharma-jun",
        "Ryohash1231/biopharma-job-board",
        ("jobs.json",),
        "d9fc6aef9cf686eafca70c770ec14843040e0184",
        "jobs",
        "title",
        "company",
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = ANONYMOUS | {"anonymous"}
# Boards the file files under an employer whose titles are no job titles of it: the token
# "protagonist" the aggregator gave Protagonist Therapeutics is a namesake's board (a
# strategic-communications analytics firm, protagonist.io), and Inceptive names every
# opening by its project ("Foundation and generative models for biomolecules"), not by a
# job. Their postings are skipped.
SKIPPED = {"protagonisttherapeutics", "inceptive"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the session's earlier held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "ab")
# Strings of a title field that are no job title (an open call for CVs, a board's
# heading): dropped before the employer cap counts.
NON_TITLES = NO_JOB | {
    "open apply",
    "general interest",
    "talent community",
}
# Calls for CVs worded as a posting: a talent pool, "future opportunities", an open
# application, "Don't see your role below?".
CALLS = re.compile(r"talent pool|future (career )?opportunit|open appl|don't see", re.I)
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|bio)/?$", re.I)
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


# (employer, title, source key) of one saved file, in its order.
read = read_json

BUILDER = Builder(
    corpus="market_ae",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(
        NO_EMPLOYER | SKIPPED | drawn_before(),
        NON_TITLES,
        LONGEST,
        URL,
        INTERN,
        BROKEN,
        others=(CALLS,),
    ),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
