"""Print the candidate titles of market_v.tsv from saved national job-board data (reads
JSON and CSV only; executes nothing it reads)."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

# The shared helpers of the corpus builders (bench scripts are no package, so their folder
# goes on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import ANONYMOUS, BROKEN, NO_JOB, Builder, Screen, check_file

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships and training places are kept out (the slice is of regular jobs), in the
# words the boards write them: English (intern, internship, co-op, apprentice, trainee,
# working student, industrial attachment), Indonesian (magang), Turkish (stajyer, staj),
# Russian (стажёр / стажер, стажировка, практикант, ученик) and Malay-English "OJT".
INTERN = re.compile(
    r"\b(intern|interns|internship|internships|co-?op|apprentice|apprenticeships?"
    r"|trainees?|traineeships?|working student|attachment|magang|stajyer\w*|staj|ojt)\b"
    r"|стаж[её]р|стажировк|практикант|ученик",
    re.I,
)


class Source(NamedTuple):
    """One saved input: its tag, repository, files, commit, format, fields and caps."""

    tag: str
    repo: str
    # The saved files (their paths in the repository) that `--file` may name.
    paths: tuple[str, ...]
    commit: str
    # "csv": a CSV file with a title and an employer column (the two fields below);
    # "kariyer": a semicolon-separated CSV whose "Pozisyon" cell holds the title, then,
    # on a later line, the employer; "json": a JSON list of objects with the two fields.
    fmt: str
    title_field: str
    employer_field: str
    # A lower cap per employer for this source (0: PER_EMPLOYER).
    per_employer: int = 0
    # At most this many titles from the source (0: no limit), in its salted order.
    limit: int = 0
    # The file's encoding (one source saved Windows-1252).
    encoding: str = "utf-8"

    @property
    def files(self) -> tuple[str, ...]:
        """The file names a `--file` of this source may have."""
        return tuple(Path(p).name for p in self.paths)


# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # JobStreet Indonesia: a saved search of every function, 2024-03 (Indonesian and
    # English titles as employers post them).
    Source(
        "id-jobstreet",
        "alterraacademy/job-market-trends",
        ("jobstreet/jobstreet_data.csv",),
        "68fb5143a5389f04f116a3cddafdb88cc02a5b37",
        "csv",
        "Job Title",
        "Company Name",
        per_employer=3,
        limit=130,
    ),
    # Bdjobs (Bangladesh): a saved listing of 2023, every function (English titles; the
    # file is Windows-1252, so its Bengali titles were saved as question marks and are
    # dropped as broken).
    Source(
        "bd-bdjobs",
        "saifulroni/job-analysis",
        ("bdjobs.csv",),
        "f1ffa92a51acc312b45128363ff73387e0e6aec8",
        "csv",
        "Job name",
        "Company Name",
        per_employer=3,
        limit=130,
        encoding="cp1252",
    ),
    # hh.ru (Russia): 200 vacancies of an API search of 2025-01, in Russian and English.
    Source(
        "ru-hh",
        "A1zhas/hh_API_parser",
        ("vacancies.csv",),
        "93a2747d1d03e8705d37c7a075e2135b9839dea1",
        "csv",
        "Name",
        "Employer",
        per_employer=3,
        limit=120,
    ),
    # Kariyer.net (Turkey): postings of 2025-12 found by twelve Turkish keywords (analysts,
    # ERP and sales consultants, developers, product and project managers).
    Source(
        "tr-kariyer",
        "Tunacodin/KariyerNetScrapper",
        ("kariyernet_ilanlar.csv",),
        "d3da91a00e18d4460d1a41aed64ecab030a812de",
        "kariyer",
        "Pozisyon",
        "",
        per_employer=3,
        limit=80,
    ),
    # Seek (Australia): the Human Resources & Recruitment classification, 2025-11-08.
    Source(
        "au-seek",
        "JixuanYU0/JobScraperSeek",
        ("data/jobs_2025-11-08.json",),
        "a50f9ca783aef34ef0fbc3b16e9171849e936acd",
        "json",
        "title",
        "company",
        per_employer=3,
        limit=60,
    ),
    # naukri.com (India): ML, data-science and data-analyst searches, 2024-03.
    Source(
        "in-naukri",
        "panditpooja/job-market-data-analysis-and-visualization",
        ("naukri_jobs.csv",),
        "9b5ce2ffdfea858fafc740dc27e5cde2f7dce30c",
        "csv",
        "Job Title",
        "Company",
        per_employer=3,
        limit=60,
    ),
    # Indeed (United States): software-engineer searches, 2025-05.
    Source(
        "us-indeed",
        "Nour2515/Indeed-job_analysis",
        ("indeed_jobs.csv",),
        "34a49dc27680d68faaaefc3f59f6d4aac2da5bfc",
        "csv",
        "Job Title",
        "Company",
        per_employer=3,
        limit=70,
    ),
    # Glints (Indonesia): a saved search of 2024-04, mostly IT and software jobs.
    Source(
        "id-glints",
        "alterraacademy/job-market-trends",
        ("glints/glints.csv",),
        "066541fc6f0bfa194a6f2ca61b114c58d25ca730",
        "csv",
        "job_title",
        "company_name",
        per_employer=3,
        limit=75,
    ),
    # TimesJobs (India): a "data analyst" search of 2024-02.
    Source(
        "in-timesjobs",
        "alterraacademy/job-market-trends",
        ("list_of_data+analyst_timesjobs.csv",),
        "903803c34b2418152e8c6b784020bbc17f0faa0a",
        "csv",
        "Role",
        "Company Name",
        per_employer=3,
        limit=30,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = set(ANONYMOUS) | {
    "anonymous",
    "companyconfidential",
    "gizlifirma",
    # hh.ru rows whose employer field holds the work format ("Hybrid").
    "гибрид",
}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB) | {
    "job name",
    # A test employer's postings on Bdjobs.
    "apply one job",
    "matching job",
    "matching matching",
    "job classificatidsddddon",
    "stand out premium taking another white collar job",
}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|ru|in|id)/?$", re.I)
LONGEST = 120


def _text(value: Any) -> str:
    """A field as text (a missing or non-text field is empty)."""
    return value if isinstance(value, str) else ""


def _csv(source: Source, text: str, delimiter: str = ",") -> list[dict[str, Any]]:
    """The rows of a CSV file (a byte-order mark dropped), which must have the source's
    title field."""
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter))
    if rows and source.title_field not in rows[0]:
        raise ValueError(f"{source.tag}: no {source.title_field!r} column")
    return rows


def _kariyer(source: Source, text: str) -> list[tuple[str, str]]:
    """(employer, title) of a Kariyer.net file: the cell's first line is the title, its
    last line the employer (a cell of one line names no employer)."""
    out = []
    for row in _csv(source, text, delimiter=";"):
        lines = [ln.strip() for ln in _text(row.get(source.title_field)).splitlines()]
        lines = [ln for ln in lines if ln]
        if lines:
            out.append((lines[-1] if len(lines) > 1 else "", lines[0]))
    return out


def _pairs(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of every posting of one saved file of the source."""
    text = path.read_text(encoding=source.encoding)
    if source.fmt == "kariyer":
        return _kariyer(source, text)
    if source.fmt == "json":
        jobs = json.loads(text)
        if not isinstance(jobs, list):
            raise ValueError(f"{path.name}: no list of postings")
        rows: list[Any] = [job for job in jobs if isinstance(job, dict)]
    else:
        rows = _csv(source, text)
    return [
        (_text(job.get(source.employer_field)), _text(job.get(source.title_field))) for job in rows
    ]


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved file, in its order."""
    check_file(source, path, commit)
    rel = source.paths[source.files.index(path.name)]
    tag = f"{source.tag}:{rel}@{source.commit[:8]}"
    return [(emp.strip(), title, tag) for emp, title in _pairs(source, path)]


BUILDER = Builder(
    corpus="market_v",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(NO_EMPLOYER, NON_TITLES, LONGEST, URL, INTERN, BROKEN),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
    file_help="a saved file (one of the source's files, by name)",
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
