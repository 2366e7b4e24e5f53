"""Print the candidate titles of market_z.tsv from saved employer boards and ATS job lists
(Workday and Oracle Cloud lists of US employers, a Comeet board, a Recruitee board), a
national board (Chile's Empleos Públicos) and a public-health site's aggregator answers.
Reads JSON and CSV only (one Comeet answer was saved as text before its JSON); executes
nothing it reads."""

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
    Screen,
    csv_dicts,
    employers_drawn,
    field_value,
    json_postings,
    markets,
    versioned_key,
)
from corpus_tools import VersionedSource as Source

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, student posts, doctoral places, apprenticeships and training places are kept
# out (the slice is of regular jobs), in the words the boards write them: English, Spanish
# (práctica, practicante, pasantía), Portuguese (estágio, estagiário, aprendiz) and Chinese
# (实习).
INTERN = re.compile(
    r"\b(intern|interns|internship|internships|co-?op|apprentice|apprenticeships?"
    r"|trainees?|traineeships?|student|students|working student"
    r"|pr[aá]cticas?|practicantes?|pasant[ií]as?|est[aá]gi\w*|aprendiz|ph\.?d)\b"
    r"|实习",
    re.I,
)
# Titles with AI, ML or data words are market_aa's (built at the same time): none is drawn
# here. English, Spanish, Portuguese, French and German words, and the Chinese ones.
AI_DATA_WORDS = re.compile(
    r"\b(ai|a\.i\.|ia|ml|llms?|genai|gen ai|nlp|data|datos|dados|donn[ée]es|daten)\b"
    r"|artificial intelligence|inteligencia artificial|machine learning|deep learning"
    r"|generative|computer vision|数据|人工智能|算法|机器学习|大模型",
    re.I,
)


# In the order they are drawn: a later source never displaces a title of an earlier one.
# Their formats: "csv", a CSV file with a title and an employer column (the two fields);
# "json", a JSON list of objects with the two fields; "comeet", a Comeet positions answer
# (`{"data": [...]}`) saved as text after a line of prose, its postings' titles in `name`.
SOURCES = (
    # A Comeet board of a container-shipping line, 2026-01: every function (sales,
    # customer service, finance, HR, operations) in its offices of every continent.
    Source(
        "il-comeet",
        "DJ1505/job-ats-scrapers",
        ("Comeet/New Text Document.txt",),
        ("1679a1c5a7cd05680014893299416287425249f7",),
        "comeet",
        "name",
        "",
        employer="ZIM Integrated Shipping Services",
    ),
    # A Recruitee board of a US curriculum publisher, 2025-12 (its whole board: sales,
    # customer success, professional development, legal, product, engineering).
    Source(
        "us-recruitee",
        "DJ1505/job-ats-scrapers",
        ("recruitee/greatminds_ats_jobs.json",),
        ("d542e61eabd8542a3d511a47b4ccfce1b37cea6b",),
        "json",
        "job_title",
        "",
        employer="Great Minds",
    ),
    # Workday job lists of 785 US employers in two batches (defence, banks, insurers,
    # hospitals, retail, energy, manufacturers, a state government), 2026-05/06, as a job
    # hunter's Workday fetcher saved them.
    Source(
        "us-workday",
        "OzSpidey/Job_Automation",
        ("csv/workday_jobs_all_1.csv", "csv/workday_jobs_all_2.csv"),
        ("935f707a092656fcb2dd0abc16aa0e2531f3eea6", "90de11ea0ff082b4cf63dfff6d38dcc42e049d64"),
        "csv",
        "title",
        "company",
        per_employer=3,
        limit=130,
    ),
    # Oracle Cloud (Oracle Recruiting) job lists of 121 US employers, 2026-05/06.
    Source(
        "us-oracle",
        "OzSpidey/Job_Automation",
        ("csv/oracle_jobs_all_b1.csv",),
        ("f3e83926993974cc8a46d6eb3e25bb1d1a496f65",),
        "csv",
        "title",
        "company",
        per_employer=3,
        limit=50,
    ),
    # Chile's public-service board (Empleos Públicos): every posting a community radar
    # captured on 2026-06-02, 06-05 and 06-11 (hospitals, ministries, services, schools),
    # one file read at three commits.
    Source(
        "cl-empleospublicos",
        "jeannorambuena/bot_empleos_publicos",
        ("public/data/opportunities.json",) * 3,
        (
            "ab02295273e805ddee7a4f132628dc7fae297602",
            "086c8ad5420d15463bd8e4ed69060754e1b6c703",
            "8c517328a9e69821a4505de01a68881c8c8d32a1",
        ),
        "json",
        "title",
        "institution",
        per_employer=4,
        limit=120,
    ),
    # A public-health job site's aggregator answers of 2025 (second draw): Indeed (India
    # and US), LinkedIn (India), Glassdoor, WhatJobs, DevNet (India's development-sector
    # board) and ICMR postings found by public-health searches: NGOs, hospitals, county
    # health departments, consultancies, a bank, research institutes.
    Source(
        "in-healthjobs",
        "cecvic/onepublichealth",
        tuple(
            f"data/{name}.json"
            for name in (
                "devnet_public_health_jobs_october_2025",
                "linkedin",
                "indeed",
                "glassdoor_public_health_jobs_october_2025",
                "indeed_public_health_jobs_september_2025",
                "indeed_public_health_jobs_2025-01-30",
                "whatjobs_public_health_jobs_october_2025",
                "icmr_public_health_jobs_october_2025",
            )
        ),
        ("79715312b9eb3c0fec2cdd43342c7b7aac0eae15",) * 8,
        "json",
        "job_title",
        "company_name",
        per_employer=3,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = set(ANONYMOUS) | {"anonymous"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB) | {
    # A Comeet board's open applications and job-fair entries.
    "*general application form",
    "general application - job fairs israel",
    "job fairs - usa",
    "job fairs hong kong",
    # An aggregator's entries that name a school, a project or a council, not a job.
    "bagchi school of public health",
    "gf tb project",
    "statewide health coordinating council (shcc)",
}
# Calls for tenders (requests for proposals, expressions of interest) that the public-health
# aggregator lists with its jobs: no job title.
TENDERS = re.compile(r"^(RFP|EoI)(\s*-|\s+for\b)", re.I)
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|cl|cn)/?$", re.I)
LONGEST = 120
# The corpora built just before this one: none of their employers is drawn again.
DRAWN_BEFORE = markets("u", "y")


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def _objects(data: Any, name: str) -> list[dict[str, Any]]:
    """The objects of a JSON list."""
    if not isinstance(data, list):
        raise ValueError(f"{name}: no list of postings")
    return [item for item in data if isinstance(item, dict)]


def _comeet(path: Path) -> list[dict[str, Any]]:
    """The positions of a Comeet answer saved as text: the JSON object from the first
    brace on, its `data` list."""
    text = path.read_text(encoding="utf-8")
    start = text.find("{")
    if start < 0:
        raise ValueError(f"{path.name}: no JSON in the file")
    data = json.loads(text[start:])
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: no Comeet answer")
    return _objects(data.get("data"), path.name)


def _pairs(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of every posting of one saved file of the source."""
    if source.fmt == "csv":
        rows = csv_dicts(path, (source.title_field,))
    elif source.fmt == "comeet":
        rows = _comeet(path)
    else:
        rows = json_postings(path, "array")
    return [
        (
            source.employer or field_value(row.get(source.employer_field)),
            field_value(row.get(source.title_field)),
        )
        for row in rows
    ]


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved file, in its order."""
    key = versioned_key(source, path, commit)
    return [(emp.strip(), title, key) for emp, title in _pairs(source, path)]


BUILDER = Builder(
    corpus="market_z",
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
        others=(AI_DATA_WORDS, TENDERS),
    ),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
    file_help="a saved file (one of the source's files, by name; @ its commit if read at several)",
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
