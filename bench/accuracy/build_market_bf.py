"""Print the candidate titles of market_bf.tsv: the answers of the job-board APIs this
project's own adapters read, as job-data pipelines saved them (Arbeitnow's German board of
2025-07, 2026-04 and 2026-06, Remotive's remote board of 2025-05 and 2026-04, Remote OK's of
2026-06; every function those boards carry) (reads CSV and JSON only; executes nothing it
reads)."""

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
# Internships, apprenticeships, student jobs and training places are kept out (the slice
# is of regular jobs), in the words the boards write them: English (intern, internship,
# apprentice, trainee, working student, thesis), German (Praktikum, Praktikant:in,
# Werkstudent:in, Studentenjob, Ausbildung, Azubi, the pre-apprenticeship placement
# "Einstiegsqualifizierung", duales Studium, Abschlussarbeit, Bachelor-/Masterarbeit, a
# pupils' job "Schülerjob"), Spanish (prácticas, becario),
# Portuguese (estágio, estagiário), French (stage, stagiaire, alternance) and Dutch
# (stagiair).
INTERN = re.compile(
    r"\b(intern|interns|internships?|apprentice\w*|trainee\w*|working student|thesis"
    r"|\w*praktik\w*|werk?s?student\w*|studentenjob|schülerjob|ausbildung\w*|azubi\w*"
    r"|einstiegsqualifizierung\w*"
    r"|dual\w* studium|abschlussarbeit|bachelorarbeit|masterarbeit"
    r"|prácticas|practicas|becari[oa]s?|estágio|estagi[aá]ri[oa]s?"
    r"|stage|stagiaire|alternan\w*|stagiair\w*)\b",
    re.I,
)

# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # Arbeitnow's job board API (the German board of start-ups, agencies and employers of
    # every size) as a data-analysis project saved three pages of it on 2025-07-17 (CSV of
    # the API's fields: slug, company_name, title, location, ...).
    Source(
        "de-arbeitnow-2507",
        "dragonka79/Data_Analysis_Remote_Job_Project",
        ("data/arbeitnow_jobs.csv",),
        "25649e7f80ddd8ba2624253bcd7c6d5717d2590e",
        "csv",
        employer_field="company_name",
    ),
    # Arbeitnow's first page of 2026-04-23 (the API's own JSON `{"data": [...]}`), as a
    # job seeker's pipeline in Tübingen saved it before filtering.
    Source(
        "de-arbeitnow-2604",
        "breixoperezalvarez/germany-job-search-pipeline",
        ("data/raw/arbeitnow_jobs.json",),
        "0ed857e5dbb912aae5f9c840b492825c0d918315",
        "data",
        employer_field="company_name",
    ),
    # Arbeitnow's first page of 2026-06-13, as an Airflow pipeline saved it.
    Source(
        "de-arbeitnow-2606",
        "satyarthrai/job-data-pipeline-airflow",
        ("data/raw/arbeitnow_jobs.json",),
        "292c6b6d02129038c8ac30d6e2f6995d756bb8b2",
        "data",
        employer_field="company_name",
    ),
    # Remote OK's API answer of 2026-06-13 (a JSON list whose first item is the API's
    # notice; then postings `{"company", "position", ...}`), saved by the same pipeline.
    Source(
        "remoteok-2606",
        "satyarthrai/job-data-pipeline-airflow",
        ("data/raw/remoteok_jobs.json",),
        "292c6b6d02129038c8ac30d6e2f6995d756bb8b2",
        "array",
        title_field="position",
    ),
    # Remotive's API answer of 2026-04-21 (`{"jobs": [...]}`, every category), saved by the
    # Tübingen pipeline before filtering.
    Source(
        "remotive-2604",
        "breixoperezalvarez/germany-job-search-pipeline",
        ("data/raw/remotive_jobs.json",),
        "0ed857e5dbb912aae5f9c840b492825c0d918315",
        "jobs",
        employer_field="company_name",
    ),
    # Remotive's whole board of 2025-05 (1,615 postings of every category: software,
    # DevOps, sales, support, design, marketing, finance and legal, data, project
    # management, product, QA, HR, writing, all others) as a trend analyser saved it (CSV:
    # title, company, location, salary, skills, link, source); drawn last and limited, so
    # that the German board is not outweighed.
    Source(
        "remotive-2505",
        "Rajeev-Cryptographer/JobTrendAnalyzer",
        ("remotive_jobs.csv",),
        "ac2e3649ba28a5c90d0d925fc3235f66ac74a868",
        "csv",
        per_employer=2,
        limit=80,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped.
NO_EMPLOYER = set(ANONYMOUS) | {"anonymous"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the held-out draws so far (market_u ... market_bd): none of their
# employers is drawn (`markets` names the one- and two-letter corpora up to market_az).
DRAWN_BEFORE = (
    *markets("u", "az"),
    "market_ba.tsv",
    "market_bb.tsv",
    "market_bc.tsv",
    "market_bd.tsv",
)
# Strings of a title field that are no job title: dropped before the employer cap counts
# (Remote OK posters' "Template", "Other Position" and "Confidential Search").
NON_TITLES = set(NO_JOB) | {
    "general interest",
    "talent community",
    "template",
    "other position",
    "confidential search",
}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|de)/?$", re.I)
LONGEST = 120
# No one job: talent pools and unsolicited applications ("Initiativbewerbung"), and a
# poster's test postings typed on the keyboard's home row ("sdf", "asdffd").
OTHERS = (
    re.compile(r"\b(talent (pool|network|community)|initiativ-?bewerb)", re.I),
    re.compile(r"^[asdf]{3,}$", re.I),
)


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def read(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every posting of one saved file of the source, in
    its order (a CSV file's rows or a JSON answer's postings)."""
    if source.fmt == "csv":
        return read_csv(source, path, commit)
    return read_json(source, path, commit)


BUILDER = Builder(
    corpus="market_bf",
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
