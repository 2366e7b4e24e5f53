"""Print the candidate titles of market_bg.tsv: the job markets of Pakistan and the Gulf as
their boards show them (Rozee.pk's results for forty keyword searches in four Pakistani
cities of 2026-04, every function of office work; LinkedIn's postings of the UAE's
digital-economy employers of 2024-12 to 2025-01, banks, airlines, telecoms, retail groups
and technology firms; a skills tracker's Rozee.pk and CareerJet Pakistan results of
2026-01) (reads CSV, JSON and a JavaScript data module only; executes nothing it reads)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

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
    VersionedSource,
    csv_dicts,
    employers_drawn,
    field_text,
    json_postings,
    markets,
    source_key,
    versioned_key,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, trainee places (a management trainee officer, "MTO", among them),
# apprenticeships and graduate schemes are kept out (the slice is of regular jobs), in the
# words these English-language boards write them.
INTERN = re.compile(
    r"\b(intern|interns|internships?|trainee\w*|mto|apprentice\w*|graduate"
    r"|graduates|students?|fresh graduates?)\b",
    re.I,
)

SOURCES: tuple[Source | VersionedSource, ...] = (
    # Rozee.pk (Pakistan's national board) as a labour-market analyser's scraper saved it on
    # 2026-04-05: the first two result pages of forty keyword searches (software, data,
    # marketing, sales, HR, finance, accounting, manager, content, ...) in Lahore, Karachi,
    # Islamabad and Rawalpindi; a CSV `title, company, location, experience, skills`.
    Source(
        "pk-rozee",
        "shakeel4451/pakistan-jobs-analyzer",
        ("data/jobs_raw.csv",),
        "3d6c116190f8f0cbd7ca4118272e219878d9a19b",
        "csv",
        "title",
        "company",
        limit=250,
    ),
    # LinkedIn's postings of the UAE's digital-economy employers (Dubai and Abu Dhabi;
    # banks, airlines, telecoms, retail and property groups, technology firms) as a
    # job-board front end saved them on 2025-01-27, inserted 2024-12 to 2025-01: a
    # JavaScript module `export const jobsListing = {count, jobs: [{company, job_title,
    # ...}]}`.
    Source(
        "ae-digital",
        "pgs-frontend/DEJ-React",
        ("src/store/jobs.js",),
        "6e128e081aad589734065968f1b5d759cbe617d5",
        "js-module",
        "job_title",
        "company",
        limit=150,
    ),
    # A skills tracker's saved Rozee.pk and CareerJet Pakistan results (JSON lists
    # `{title, company, ...}`) of 2026-01: the Rozee file at two commits, the CareerJet file
    # at one.
    VersionedSource(
        "pk-skillscout",
        "thezn0x/SkillScout",
        ("data/raw/rozee.json", "data/raw/rozee.json", "data/raw/careerjet.json"),
        (
            "27391e6a31cc2ac1c053603e8126c3be3813df94",
            "85568cb15faf91831bd3c7149dea1c91a51ace4c",
            "85568cb15faf91831bd3c7149dea1c91a51ace4c",
        ),
        "array",
        "title",
        "company",
        per_employer=4,
        name_parts=2,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting, or the board's own demo of
# its posting tool, "RozeeGPT Demo"): skipped.
NO_EMPLOYER = set(ANONYMOUS) | {"confidentialcompany", "rozeegptdemo"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {"amazonwebservicesaws": "amazon"}
# The corpora of the held-out draws so far (market_u ... market_be): none of their
# employers is drawn.
DRAWN_BEFORE = (*markets("u", "az"), *(f"market_b{c}.tsv" for c in "abcde"))
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB) | {"multiple positions", "various positions"}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|pk|ae)/?$", re.I)
LONGEST = 120
# A board's page title where a posting's should be ("Web Developer Jobs in Lahore,
# Pakistan"): a search, no one job.
OTHERS = (re.compile(r"\bjobs in [\w ]+, pakistan$", re.I),)
# The JavaScript module's head and tail around its one object literal, and an unquoted key.
JS_HEAD = re.compile(r"^\s*export\s+const\s+\w+\s*=\s*")
JS_KEY = re.compile(r"^(\s*)([A-Za-z_]\w*):", re.M)


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def js_module_postings(path: Path) -> list[dict[str, Any]]:
    """The postings of a saved `export const x = {..., jobs: [...]}` module: its one object
    literal read as JSON once its keys are quoted and its trailing commas dropped."""
    text = path.read_text(encoding="utf-8")
    head = JS_HEAD.match(text)
    if not head:
        raise ValueError(f"{path.name}: no exported object")
    body = JS_KEY.sub(r'\1"\2":', text[head.end() :].strip().rstrip(";"))
    doc = json.loads(re.sub(r",(\s*[}\]])", r"\1", body))
    jobs = doc.get("jobs") if isinstance(doc, dict) else None
    if not isinstance(jobs, list):
        raise ValueError(f"{path.name}: no list of postings")
    return [job for job in jobs if isinstance(job, dict)]


def _rows(
    postings: list[dict[str, Any]], title_field: str, employer_field: str, key: str
) -> list[Row]:
    """(employer, title, key) of each posting; the employer's whitespace collapsed and the
    trailing comma Rozee.pk's card puts after it dropped."""
    out = []
    for job in postings:
        employer = " ".join(field_text(job.get(employer_field)).split()).rstrip(", ")
        out.append((employer, field_text(job.get(title_field)), key))
    return out


def read(source: Source | VersionedSource, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every posting of one saved file of the source, in
    its order: the Rozee.pk CSV, the UAE module or a skills tracker's JSON list."""
    if isinstance(source, VersionedSource):
        key = versioned_key(source, path, commit)
        postings = json_postings(path, source.fmt)
    else:
        key = source_key(source, path, commit)
        if source.fmt == "csv":
            postings = list(csv_dicts(path, (source.title_field, source.employer_field)))
        else:
            postings = js_module_postings(path)
    return _rows(postings, source.title_field, source.employer_field, key)


BUILDER = Builder(
    corpus="market_bg",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(
        NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN, others=OTHERS
    ),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
