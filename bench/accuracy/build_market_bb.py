"""Print the candidate titles of market_bb.tsv: what a job seeker's AI, ML, data and software
searches of aggregators and job boards return, on-target and off (LinkedIn's and Indeed's
UK results for data engineering searches of 2026-01/02; Hacker News's "Who is hiring?"
thread of 2026-02; Adzuna France's results for AI and data searches of 2026-06; a
visa-sponsored jobs list gathering boards' postings of 2024-2026; LinkedIn Brazil's
results for a junior search of 2024; France Travail's offers for a job watcher's searches
around Marseille of 2025-12 to 2026-08) (reads CSV and JSON data only; executes nothing it
reads)."""

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
    posting_rows,
    source_key,
    versioned_key,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships, trainee places, student jobs and volunteers are kept out
# (the slice is of regular jobs), in the words the boards write them: English (intern,
# internship, apprentice, trainee, co-op, student, volunteer), German (Praktikum,
# Praktikant, Werkstudent, Ausbildung), French (stage, stagiaire, alternance, alternant,
# apprentissage) and Portuguese (estágio, estagiário).
INTERN = re.compile(
    r"\b(intern|interns|internships?|apprentice\w*|trainee\w*|co-?op|students?|volunteers?"
    r"|\w*praktik\w*|werk?s?student\w*|ausbildung\w*|stage|stagiaire|alternan\w*"
    r"|apprentissage|est[aá]gi\w*|estagi[aá]ri\w*)\b",
    re.I,
)
# LinkedIn Brazil's search also returned postings of 2023: the slice is of 2024-2026.
EARLIEST = "2024-01-01"

# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES: tuple[Source | VersionedSource, ...] = (
    # LinkedIn's and Indeed's UK results (JobSpy's export, `site,title,company,...`) for
    # junior and regular data engineering searches ("data engineer", "analytics engineer",
    # "graduate data engineer", ...) of 2026-01/02, as a daily UK job-list site
    # saved them: two versions of `data/jobs_raw.csv`.
    VersionedSource(
        "uk-search",
        "yashwanth-M-V/UK-Job-portal",
        ("data/jobs_raw.csv",) * 2,
        (
            "471fdd0a662ee58360ff669891024ca0a7981107",
            "b85c8b95d9cda258f9487e8055da9c4d6bf19134",
        ),
        "csv",
        "title",
        "company",
        per_employer=3,
        limit=125,
    ),
    # Hacker News "Who is hiring?" of 2026-02 as a scanner's structured file holds it: one
    # object a comment (`company_name`, `job_titles`: the roles the comment names).
    Source(
        "hn-hiring",
        "TheCodeArtist/hn-hiring-scanner",
        ("front-end/public/jobs.json",),
        "fbb26e0d20f0fd0b098482b0adf34aca33b22993",
        "hn",
        "job_titles",
        "company_name",
        per_employer=2,
        limit=130,
    ),
    # Adzuna France's API answers for AI and data searches ("Data Scientist", "Data
    # Analyst", "Data Engineer", "Machine Learning Engineer", "AI Engineer") of 2026-05/06,
    # as a student pipeline saved them (`{"results": [{title, company: {display_name}}]}`):
    # four versions.
    VersionedSource(
        "fr-adzuna",
        "Emma-Coco/ai-job-market-pipeline",
        ("data/raw_jobs.json",) * 4,
        (
            "5a68756c5c63c9910fbe00afe9b8ee76321eaea4",
            "d4283ba660d05477121dec185a2ceec01f78f2ed",
            "1057acfbe80def065f37693be8302b19d1b1b557",
            "28f3d36487ee68532c4780e938579076eada30ca",
        ),
        "adzuna",
        "title",
        "company",
        per_employer=3,
        limit=90,
    ),
    # A daily visa-sponsored jobs list gathering boards' postings (European tech firms and
    # AI labs; US, Australian and UK hospitals, kitchens, trades and schools) of 2024-03 to
    # 2026-08, a JSON list of `{company, position, location, ...}`.
    Source(
        "visa-eu",
        "Lamiiine/Awesome-daily-list-of-visa-sponsored-jobs",
        ("jobList.json",),
        "f48e8a3fba7f2b7b45c833959d106bb2d2e8cd57",
        "array",
        "position",
        "company",
        per_employer=3,
        limit=130,
    ),
    # LinkedIn Brazil's results for a junior search of 2023-09 to 2024-03 (Portuguese
    # titles), a JSON list of `{vaga, empresa, data_publicacao, ...}`: 2024's only.
    Source(
        "br-linkedin",
        "JoiltonMacedo2023/crawler_linkedin_vagas",
        ("vagas.json",),
        "36cb61cdd40c771bbc96f00f1ccc38323024fc46",
        "array",
        "vaga",
        "empresa",
        per_employer=2,
        limit=30,
    ),
    # France Travail's offers (`{"offres": [{intitule, entreprise: {nom}, ...}]}`) for a job
    # watcher's searches of permanent posts around Marseille, Aix and Toulon (business
    # development, project, training and management occupations), 2025-12 to 2026-08, as
    # the watcher's daily collection saved them: six versions. French titles.
    VersionedSource(
        "fr-francetravail",
        "theodetoc/FineCDI",
        ("data/offres.json",) * 6,
        (
            "c19f587e03f46cd335f7db6a485990d875dc7d98",
            "7c4e40f862c8d617c21bc901e99a365827ebe2ef",
            "2f3466e4d253b7734991ad32f9f216b74176aaec",
            "b434f7a63d214fea33353267da75d1c3c46d5833",
            "a7bd6f75c4946b3a0dba176c5cd31ab77603180a",
            "4f80dfa52992101aabc375c18cc0b2f31f722cdc",
        ),
        "offres",
        "intitule",
        "entreprise",
        per_employer=3,
        limit=80,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped; France Travail
# writes "Entreprise non nommée" (employer not named).
NO_EMPLOYER = set(ANONYMOUS) | {"entreprisenonnommée", "entreprisenonnommee"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the held-out draws so far (market_u ... market_az): none of their
# employers is drawn.
DRAWN_BEFORE = markets("u", "az")
# Strings of a title field that are no job title: dropped before the employer cap counts.
# ("Former Founders": a Hacker News comment's call to former founders, no job named.)
NON_TITLES = set(NO_JOB) | {
    "general interest",
    "talent community",
    "talent pool",
    "former founders",
}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|gov|eu|in)/?$", re.I)
LONGEST = 120
# Talent pools and unsolicited applications (no one job): "Banco de talentos", "Talentos
# em tecnologia", "Initiativbewerbung", "candidature spontanée"; and a jobs list's own
# advertisement among the visa list's postings ("1000+ Curated ... Jobs").
OTHERS = (
    re.compile(r"\b(banco de talentos|talentos em|initiativbewerbung|spontan)", re.I),
    re.compile(r"\bcurated\b.*\bjobs\b", re.I),
)


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def hn_items(text: str) -> list[dict[str, Any]]:
    """One posting per role a "Who is hiring?" comment names: `{job_titles, company_name}`
    with the role as the title."""
    doc = json.loads(text)
    if not isinstance(doc, list):
        raise ValueError("no JSON list of comments")
    out = []
    for comment in doc:
        if not isinstance(comment, dict):
            continue
        titles = comment.get("job_titles")
        for title in titles if isinstance(titles, list) else ():
            out.append(
                {"job_titles": field_text(title), "company_name": comment.get("company_name")}
            )
    return out


def adzuna_items(text: str) -> list[dict[str, Any]]:
    """The postings of an Adzuna API answer, each `{title, company}` (the company object's
    display name)."""
    doc = json.loads(text)
    results = doc.get("results") if isinstance(doc, dict) else None
    if not isinstance(results, list):
        raise ValueError("no results list in the Adzuna answer")
    out = []
    for job in results:
        if isinstance(job, dict):
            company = job.get("company")
            name = company.get("display_name") if isinstance(company, dict) else company
            out.append({"title": job.get("title"), "company": name})
    return out


def offres_items(text: str) -> list[dict[str, Any]]:
    """The offers of a France Travail collection, each `{intitule, entreprise}` (the
    company object's name)."""
    doc = json.loads(text)
    offres = doc.get("offres") if isinstance(doc, dict) else None
    if not isinstance(offres, list):
        raise ValueError("no offres list in the France Travail collection")
    out = []
    for offre in offres:
        if isinstance(offre, dict):
            company = offre.get("entreprise")
            name = company.get("nom") if isinstance(company, dict) else company
            out.append({"intitule": offre.get("intitule"), "entreprise": name})
    return out


def versioned_rows(source: VersionedSource, items: list[dict[str, Any]], key: str) -> list[Row]:
    """(employer, title, `key`) of every posting of one version of a versioned source, in
    its order; the employer's whitespace collapsed."""
    return [
        (
            " ".join(field_text(i.get(source.employer_field)).split()),
            field_text(i.get(source.title_field)),
            key,
        )
        for i in items
    ]


def read(source: Source | VersionedSource, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every posting of one saved file of the source, in
    its order: the UK export's CSV, the Adzuna answers, the France Travail collections, the
    Hacker News comments, the visa list or the Brazilian results (2024's)."""
    if isinstance(source, VersionedSource):
        key = versioned_key(source, path, commit)
        text = path.read_text(encoding="utf-8")
        if source.fmt == "csv":
            items = csv_dicts(path, (source.title_field, source.employer_field))
        elif source.fmt == "offres":
            items = offres_items(text)
        else:
            items = adzuna_items(text)
        return versioned_rows(source, items, key)
    key = source_key(source, path, commit)
    if source.fmt == "hn":
        return posting_rows(source, hn_items(path.read_text(encoding="utf-8")), key)
    postings = json_postings(path, source.fmt)
    if source.tag == "br-linkedin":
        postings = [p for p in postings if field_text(p.get("data_publicacao")) >= EARLIEST]
    return posting_rows(source, postings, key)


BUILDER = Builder(
    corpus="market_bb",
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
