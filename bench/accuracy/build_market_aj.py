"""Print the candidate titles of market_aj.tsv: a JobStreet Indonesia dataset of 2024 (every
function; Indonesian and English titles) and a Korean job seeker's daily collection of
Saramin's and InThisWork's data, analytics and AI postings of 2026 (Korean and English
titles) (reads CSV and JSON only; executes nothing it reads)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import (
    ANONYMOUS,
    NO_JOB,
    Builder,
    Row,
    Screen,
    Source,
    employers_drawn,
    markets,
    read_csv,
    read_json,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, trainee places, apprenticeships and field-work placements are kept out (the
# slice is of regular jobs), in the words the boards write them: English (intern(ship),
# trainee, apprentice), Indonesian (magang "internship", PKL "field-work placement") and
# Korean 인턴 (intern, internship, 인턴십) and 체험형 ("try-out", a short internship).
INTERN = re.compile(
    r"\b(intern|interns|internships?|trainee\w*|apprentice\w*|magang|pkl)\b|인턴|체험형",
    re.I,
)
# A training course's or a bootcamp's intake (Korean 부트캠프 "bootcamp", 국비 "state-funded
# course", 교육생 and 훈련생 "trainee") or a talent pool where a title should be: no job.
COURSES = re.compile(r"부트캠프|국비|교육생|훈련생|\bbootcamp\b|talent ?pool", re.I)


# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # JobStreet Indonesia's postings of 2024 (32,976 rows of every function and region:
    # shops, factories, offices, banks, sales, IT), as a Kaggle dataset that an analyst
    # saved in her repository. CSV `Judul Pekerjaan` (job title), `Perusahaan`
    # (employer), `Lokasi`, `Gaji_Rata2`.
    Source(
        "id-jobstreet",
        "DilaEka/JobStreet-Indonesia-Job-Postings-2024-Scraping-Dataset",
        ("job_salary_mean.csv",),
        "77be6d69c808649a2e8788646ba9fddf44c4f845",
        "csv",
        "Judul Pekerjaan",
        "Perusahaan",
        limit=270,
    ),
    # A Korean job seeker's GitHub Actions collection of 2026-03-16: Saramin's search
    # results for data analysis and InThisWork's data, analytics and AI postings (192 of
    # 143 employers: banks, games, platforms, hospitals, AI start-ups, agencies). JSON
    # object `{"updated_at", "stats", "jobs": [{"title", "company_name", "source", ...}]}`.
    Source(
        "kr-data-jobs",
        "1916571-alt/Recruitment_Auto",
        ("data/jobs.json",),
        "2f2ab57e6cbd4bd72be5bcc59cef277f20675166",
        "jobs",
        "title",
        "company_name",
        limit=150,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer: skipped. JobStreet writes "Pengiklan Anonim"
# ("anonymous advertiser") for a hidden employer.
NO_EMPLOYER = set(ANONYMOUS) | {"anonymous", "pengiklananonim", "perusahaanrahasia", "rahasia"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the session's earlier held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "ai")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB)
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|co|net|org|id|kr)/?$", re.I)
# Broken letters: C1 control characters, a replacement character, UTF-8 read as
# Latin-1, an escape left as text, an HTML entity left as text, or a run of question marks.
BROKEN = re.compile(r"[\u0080-\u009f\ufffd]|[ÃØ][\u00a0-\u00bf]|â\u20ac|\\u00|&\w+;|\?\?")
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def read(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of one saved file, in its order."""
    rows = (read_csv if source.fmt == "csv" else read_json)(source, path, commit)
    # A byte-order mark a file left in a title is no letter of it.
    return [(emp, title.replace("\ufeff", ""), key) for emp, title, key in rows]


BUILDER = Builder(
    corpus="market_aj",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(
        NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN, others=(COURSES,)
    ),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
