"""Print the candidate titles of market_ag.tsv: a Saudi job-data pipeline's saved postings
of three boards of Saudi Arabia (Sabbar, Tanqeeb and Wuzzuf's Saudi board; Arabic and
English as posted), read through pages of its file and transcribed beside the corpus
(reads JSON only; executes nothing it reads)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import NamedTuple

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import (
    ANONYMOUS,
    BROKEN,
    Builder,
    Screen,
    check_file,
    employers_drawn,
    field_text,
    json_postings,
    markets,
)

DATA = Path(__file__).resolve().parent / "data"
TRANSCRIBED = DATA / "market_ag_transcribed"
PER_EMPLOYER = 6
# Internships, graduate training and trainee schemes are kept out (the slice is of regular
# jobs): English words, Saudi "Tamheer" (the state's on-the-job training of new
# graduates) and Arabic "متدرب" / "تدريب تعاوني" (trainee, co-op training).
INTERN = re.compile(
    r"\b(intern|interns|internships?|trainee\w*|apprentice\w*|graduate program\w*"
    r"|tamheer|co-?op)\b|متدرب|تدريب تعاوني",
    re.I,
)


class Source(NamedTuple):
    """One saved input: its tag, repository, file, commit and caps."""

    tag: str
    repo: str
    # The saved file of the repository that the transcribed pages were read from.
    path: str
    commit: str
    # A lower cap per employer for this source (0: PER_EMPLOYER).
    per_employer: int = 0
    # At most this many titles from the source (0: no limit), in its salted order.
    limit: int = 0

    @property
    def paths(self) -> tuple[str, ...]:
        """The repository paths the source's rows name."""
        return (self.path,)

    @property
    def files(self) -> tuple[str, ...]:
        """The transcribed pages a `--file` of this source may name."""
        return tuple(p.name for p in sorted(TRANSCRIBED.glob("jobs-*.json")))


SOURCES = (
    # A Saudi job-data pipeline's export of 2026-09-28 (`jobs.json`: a JSON list of
    # `{"job_url", "job_title", "company_name", "city", "source_name", ...}` postings of
    # Sabbar, Tanqeeb and Wuzzuf's Saudi board, newest first), 7.3 MB: nine pages of 16,000
    # characters each, at offsets 0, 900,000, ... 7,200,000, were read and the postings
    # whole on each page transcribed as `market_ag_transcribed/jobs-<offset>.json`.
    Source(
        "sa-boards",
        "Abdallah-Sami/Job_Data_pipeline",
        "jobs.json",
        "fe52108a1121e4f24258c6a26ac084ef11466839",
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer: skipped. The boards write "Not Specified",
# "Private" and "اسم الشركة محجوب من قبل صاحب العمل" ("the employer withheld the name").
NO_EMPLOYER = ANONYMOUS | {
    "notspecified",
    "private",
    "اسمالشركةمحجوبمنقبلصاحبالعمل",
}
# The corpora of the session's earlier held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "af")
NON_TITLES = {"n/a", "test", "general application", "open application", "multiple positions"}
# Calls for CVs and announcements of many vacancies ("وظائف شاغرة": vacancies), not a job.
CALLS = re.compile(r"talent ?pool|volunt[ae]\w*|وظائف شاغرة", re.I)
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|sa|net|org)/?$", re.I)
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, {})


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one transcribed page, in its order."""
    check_file(source, path, commit)
    postings = json_postings(path, "array")
    tag = f"{source.tag}:{source.path}@{source.commit[:8]}"
    return [
        (" ".join(field_text(job.get("company")).split()), field_text(job.get("title")), tag)
        for job in postings
    ]


BUILDER = Builder(
    corpus="market_ag",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(
        NO_EMPLOYER | drawn_before(),
        NON_TITLES,
        LONGEST,
        URL,
        INTERN,
        BROKEN,
        others=(CALLS,),
    ),
    per_employer=PER_EMPLOYER,
    file_help="a transcribed page (one of market_ag_transcribed's files, by name)",
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
