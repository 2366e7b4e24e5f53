"""Print the candidate titles of market_at.tsv: the whole job market of New Zealand (every
classification of the country's largest job board, 2024 and 2025: retail, warehouses,
trades, care, councils and ministries, banks, farms, offices) and Australia's information
and communication technology postings of mid-2024 (support desks, infrastructure,
networks, security, software), as a Wellington job scraper saved them (reads CSV only;
executes nothing it reads)."""

from __future__ import annotations

import csv
import io
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
    Row,
    Screen,
    Source,
    employers_drawn,
    markets,
    posting_rows,
    read_csv,
    source_key,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships, trainee places, graduate programmes' intakes and student
# jobs are kept out (the slice is of regular jobs), in the words the board's ads write
# them: intern(ship), apprentice(ship), trainee, cadet(ship), student, work experience.
INTERN = re.compile(
    r"\b(intern|interns|internships?|apprentice\w*|trainee\w*|cadet\w*|students?"
    r"|work experience)\b",
    re.I,
)
# Headerless CSV files (the scraper's daily Australian saves): the title is the first
# column, the employer the second.
TITLE_COLUMN, EMPLOYER_COLUMN = 0, 1

SOURCES = (
    # The board's New Zealand postings of every classification, as the scraper's runs of
    # 2024-05-09/10 and 2024-07/08 saved them in one table (`title`, `company`, ...).
    Source(
        "nz-2024",
        "bonmaklad/seek-scraper",
        ("old/jobs.csv",),
        "0cff04db67f50b09f63fc7c123bedd473ca250fb",
        "csv",
        per_employer=3,
        limit=210,
    ),
    # Its run of 2025-03 over the New Zealand postings open to beginners (no experience
    # asked): shops, fast food, warehouses, cleaning, care, call centres, farms.
    Source(
        "nz-2025",
        "bonmaklad/seek-scraper",
        ("1.csv",),
        "0cff04db67f50b09f63fc7c123bedd473ca250fb",
        "csv",
        per_employer=3,
        limit=110,
    ),
    # Its daily saves of Australia's information and communication technology postings
    # (2024-08-01 to 2024-08-08), headerless rows: title, employer, teaser, link, ...
    Source(
        "au-ict",
        "bonmaklad/seek-scraper",
        tuple(f"dailies/jobsA_0{d}082024.csv" for d in (1, 4, 6, 7, 8)),
        "0cff04db67f50b09f63fc7c123bedd473ca250fb",
        "rows",
        per_employer=3,
        limit=100,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = set(ANONYMOUS) | {"privateadvertiser", "privategroup"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the session's held-out draws (market_aq and market_ar, the final measure,
# among them): none of their employers is drawn.
DRAWN_BEFORE = markets("u", "as")
# Strings of a title field that are no job title (a volunteer agency's posting named only
# by its country): dropped before the employer cap counts.
NON_TITLES = set(NO_JOB) | {"title", "expressions of interest", "papua new guinea"}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|co|nz|au|net|org)/?$", re.I)
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def read(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every row of one saved file of the source, in its
    order: a CSV file with a header (`read_csv`), or the daily saves' headerless rows."""
    if source.fmt == "csv":
        return read_csv(source, path, commit)
    key = source_key(source, path, commit)
    text = path.read_text(encoding="utf-8").lstrip("\ufeff")
    rows = [r for r in csv.reader(io.StringIO(text, newline="")) if len(r) > EMPLOYER_COLUMN]
    postings = [
        {source.title_field: r[TITLE_COLUMN], source.employer_field: r[EMPLOYER_COLUMN]}
        for r in rows
    ]
    return posting_rows(source, postings, key)


BUILDER = Builder(
    corpus="market_at",
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
