"""Print the candidate titles of market_al.tsv: Korea's public job board Work24 (고용24) and
the boards it gathers (Saramin, JobKorea, Incruit), France's public employment service
(France Travail) in Haute-Savoie, employers' boards of Tenerife and a Brazilian board of
occupational-safety jobs (reads CSV and JSON only; executes nothing it reads)."""

from __future__ import annotations

import csv
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
    NO_JOB,
    Builder,
    Row,
    Screen,
    Source,
    employers_drawn,
    field_text,
    markets,
    read_json,
    source_key,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships, trainee places and student jobs are kept out (the slice is
# of regular jobs), in the words the boards write them: English (intern(ship), trainee,
# apprentice), Korean 인턴 (intern, internship) and 체험형 ("try-out", a short internship),
# French (stage, stagiaire, alternance, apprenti(e), contrat de professionnalisation),
# Spanish (prácticas, becario/a) and Portuguese (estágio, estagiário/a, jovem aprendiz).
INTERN = re.compile(
    r"\b(intern|interns|internships?|trainee\w*|apprentice\w*|stage|stagiaire\w*"
    r"|alternan\w*|apprenti\w*|contrat de professionnalisation|pr[aá]cticas|becari[oa]s?"
    r"|est[aá]gio|estagi[aá]ri[oa]\w*|jovem aprendiz)\b|인턴|체험형",
    re.I,
)
# A training course's intake (Korean 국비 "state-funded course", 교육생 and 훈련생
# "trainee"), a talent pool (Portuguese "banco de talentos") or a title a list cut short
# with "[...]" where a title should be: no job.
NOT_A_JOB = re.compile(r"국비|교육생|훈련생|banco de talentos|talent ?pool|\[\.\.\.\]$", re.I)


# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # A Korean data-engineering course's pipeline over Work24 (고용24, the Ministry of
    # Employment's board), which lists its own postings and those of Saramin, JobKorea,
    # Incruit and Career: the Seoul Gangnam-area postings of 2026-07-22 ... 2026-08-07, every
    # function (clinics, restaurants, tax offices, logistics, marketing, IT). CSV
    # `position_title`, `company_name`, `recruit_provider`, ...
    Source(
        "kr-work24",
        "skkuls-bestengineers-team1/work24-recruit-pipeline",
        ("data/raw/job_information.csv",),
        "52b7d760585778692c7e2712a55a7de3b48db775",
        "csv",
        "position_title",
        "company_name",
    ),
    # France Travail's offers API for Haute-Savoie (department 74) as a job seeker's
    # scraper saved its pages of 2025-08-05 and 2025-08-06: every posting of the
    # department, every function. JSON `{"resultats": [{"intitule", "entreprise":
    # {"nom"}, ...}]}`.
    Source(
        "fr-francetravail",
        "chuck-gcc/FranceTravailDb",
        (
            "data/74/2025-08-05T00:55:02.975Z/2025-08-05T00:55:02.975Z-0",
            "data/74/2025-08-05T00:55:02.975Z/2025-08-05T00:55:02.975Z-1",
            *(f"data/74/2025-08-06T00:55:02.975Z/2025-08-06T00:55:02.975Z-{n}" for n in range(5)),
        ),
        "6c2576024b9341b596f6988c5977bd363c672028",
        "resultats",
        "intitule",
        "entreprise",
        limit=190,
    ),
    # A Tenerife job seeker's tracker of employers' boards (Mango's and Inditex's
    # Workday, the Canary Islands' public television, producers) and aggregators, saved
    # 2026-08-22. JSON list `[{"title", "company", ...}]`.
    Source(
        "es-tenerife",
        "Tostyfis360/IronchiApp",
        ("docs/data/jobs.json",),
        "39a9995d3836e1792d2108bd3d944b7b3a03c61f",
        "array",
    ),
    # A Brazilian board of occupational-safety jobs (Minas Gerais: Gupy boards of
    # employers, Indeed, InfoJobs, BNE) saved 2026-08-22. JSON `{"vagas": [{"titulo",
    # "empresa", ...}]}`.
    Source(
        "br-sst",
        "vinnicyus10/vagas-sst",
        ("data/vagas.json",),
        "d978f055236d09f0bd37278c0626887c24fb773b",
        "vagas",
        "titulo",
        "empresa",
        per_employer=3,
        limit=40,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer: skipped (the Brazilian board's hidden employers:
# "Empresa confidencial", "Confidencial (via Agrobase)", "Sigilosa").
NO_EMPLOYER = set(ANONYMOUS) | {
    "anonymous",
    "empresaconfidencial",
    "confidencial",
    "confidencialviaagrobase",
    "sigilosa",
}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the session's earlier held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "aj")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB)
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|co|net|org|fr|kr|es|br)/?$", re.I)
# Broken letters: C1 control characters, a replacement character, UTF-8 read as
# Latin-1, an escape left as text, an HTML entity left as text, or a run of question marks.
BROKEN = re.compile(r"[\u0080-\u009f\ufffd]|[ÃØ][\u00a0-\u00bf]|â\u20ac|\\u00|&\w+;|\?\?")
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def _csv_rows(source: Source, path: Path, commit: str) -> list[Row]:
    """(employer, title, source key) of every row of a saved CSV file, in its order (the
    file opens with a byte-order mark)."""
    key = source_key(source, path, commit)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        if not {source.title_field, source.employer_field} <= set(reader.fieldnames or ()):
            raise ValueError(f"{path.name}: no {source.title_field!r} column")
        return [
            (
                " ".join((row[source.employer_field] or "").split()),
                (row[source.title_field] or "").replace("\u200b", "").replace("\ufeff", ""),
                key,
            )
            for row in reader
        ]


def _nested_rows(source: Source, path: Path, commit: str) -> list[Row]:
    """(employer, title, source key) of a saved API page whose employer is an object's
    "nom" (France Travail's `entreprise`), in its order."""
    key = source_key(source, path, commit)
    doc = json.loads(path.read_text(encoding="utf-8"))
    items = doc.get(source.fmt) if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise ValueError(f"{path.name}: no list of postings")
    out = []
    for job in items:
        if not isinstance(job, dict):
            continue
        firm: Any = job.get(source.employer_field)
        name = field_text(firm.get("nom")) if isinstance(firm, dict) else ""
        out.append((" ".join(name.split()), field_text(job.get(source.title_field)), key))
    return out


def read(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of one saved file, in its order."""
    if source.fmt == "csv":
        return _csv_rows(source, path, commit)
    if source.employer_field == "entreprise":
        return _nested_rows(source, path, commit)
    return read_json(source, path, commit)


BUILDER = Builder(
    corpus="market_al",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(
        NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN, others=(NOT_A_JOB,)
    ),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
    file_help="a saved file (one of the source's files, by name)",
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
