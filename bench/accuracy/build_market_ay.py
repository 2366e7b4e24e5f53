"""Print the candidate titles of market_ay.tsv: what an AI/ML/data job seeker's searches of
national job boards return, on-target and off (LinkedIn's Italian results for "data
analyst" of 2024-04; Computrabajo Colombia's results for data science searches of 2025-03;
Naukri's Indian results for "data scientist" of 2025-06; TopCV's and JobsGO's Vietnamese
results for data, analyst and engineer searches of 2025-11; Tecnoempleo Spain's results
for big data, AI, data and development searches of 2024-2025; Wanted Korea's development
listings of 2024-11; Boss直聘's Nanjing results for a Java development search of 2024-05)
(reads CSV only; executes nothing it reads)."""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Container
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
    employer_group,
    employers_drawn,
    markets,
    posting_rows,
    read_csv,
    source_key,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships, trainee and student posts are kept out (the slice is of
# regular jobs), in the words the boards write them: English (intern, internship,
# apprentice, trainee, student), Spanish (prácticas, practicante, becario, beca), Italian
# (stage, stagista, tirocinio, tirocinante), Vietnamese (thực tập, thực tập sinh:
# "practice", an intern) and Korean (인턴, 체험형 인턴: intern).
INTERN = re.compile(
    r"\b(intern|interns|internships?|apprentice\w*|trainee\w*|\w*student\w*"
    r"|pr[aá]cticas|practicantes?|becari[oa]s?|becas?"
    r"|stages?|stagist[ae]|tirocin\w*"
    r"|th[uự]c t[aậ]p|인턴)\b",
    re.I,
)

# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # LinkedIn Italy's results for "data analyst" (Italian and English titles) as a
    # scraping exercise saved them in 2024-04: CSV `company,job-title,level`.
    Source(
        "it-linkedin",
        "valentina-rg/linkedin_scraping",
        ("linkedinjobs.csv",),
        "1bdedb2df187df113883e6e80dc33473472fc4f4",
        "csv",
        title_field="job-title",
        employer_field="company",
    ),
    # Computrabajo Colombia's results for data science searches as a course project saved
    # them in 2025-03: CSV `titulo,empresa,ubicacion,link,salario,...` (some requirements
    # fields span lines).
    Source(
        "co-computrabajo",
        "emayad04/data-jobs-barcelona",
        ("data-jobs-colombia/src/dataset/ofertas_ciencia_datos_colombia.csv",),
        "5e253734c3a72fb0bd64f373d49157067db96015",
        "csv",
        title_field="titulo",
        employer_field="empresa",
    ),
    # Naukri's results for "data scientist" across India as an analysis project saved them
    # in 2025-06 (the board's search returns data engineers, analysts, ML engineers and
    # the postings that only mention its words): CSV `,roles,companies,locations,...`.
    Source(
        "in-naukri",
        "Olawale-Ayoade/data_science_job_analysis_in_india",
        ("DataScience_jobs.csv",),
        "5c38f120d958c00dba910c4c3c23b59062fd234c",
        "csv",
        title_field="roles",
        employer_field="companies",
        per_employer=3,
        limit=70,
    ),
    # TopCV's and JobsGO's Vietnamese results for business analyst, data analyst, data
    # engineer and data scientist searches as a job-market scraper saved them in 2025-11
    # (Vietnamese and English titles): CSV `source,job_type,...,job_title,...,company_name`.
    Source(
        "vn-boards",
        "hoan110102/job-scraping",
        ("data/final_crawl_data.csv",),
        "911c9b982a0219c4bb641ce2a4954c59491fe824",
        "csv",
        title_field="job_title",
        employer_field="company_name",
        per_employer=3,
        limit=120,
    ),
    # Tecnoempleo's (Spain's IT board) results for its big data, AI, data, development and
    # systems categories as a course project saved them in 2025-11 (postings of 2024-09 to
    # 2025-11): a tab-separated Windows-1252 table `Categoría, Título, Empresa, ...`.
    Source(
        "es-tecnoempleo",
        "rcoro7/Practica-1-Tipologia-y-ciclo-de-vida-datos",
        ("dataset/tecnoempleo_ofertas_nov.csv",),
        "5cd6383fc668315a9ea66578909cdacf447b32a9",
        "table",
        title_field="Título",
        employer_field="Empresa",
        per_employer=4,
        limit=135,
    ),
    # Wanted's (Korea's tech board) listings of its development categories (data, ML,
    # back-end, front-end, embedded, systems, QA, security, hardware) as a university data
    # mining team's crawler saved them on 2024-11-18 (Korean and English titles): CSV
    # `title,intro,category,comp_name,...`.
    Source(
        "kr-wanted",
        "2024F-DM-TEAM1/scraping_crawling",
        ("wanted_350.csv",),
        "54fc2a7682f7646926e001ea2e2a6e5bbdda2cdd",
        "csv",
        title_field="title",
        employer_field="comp_name",
        per_employer=3,
        limit=80,
    ),
    # Boss直聘's (China's chat-first board) results for "java开发工程" (Java development
    # engineer) in Nanjing as a course crawler saved them on 2024-05-19 (Chinese titles):
    # CSV `address,company,company_info,job_name,job_time,need,salary`.
    Source(
        "cn-boss",
        "sunqingg/boss",
        ("boss.csv",),
        "4bf3d37da2f097b733ae865ce2afb2e1062a3cbb",
        "csv",
        title_field="job_name",
        employer_field="company",
        per_employer=3,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting): skipped. Tecnoempleo
# writes "N/D" (no disponible) where a posting hides its employer; Naukri's recruiters
# describe the client instead of naming it ("Leading Client", "German MNC").
_DESCRIBED = (
    "A leading technology services and consulting company",
    "A Leading Analytics Firm",
    "A leading NBFC Client",
    "Among the Top ten IT Company in India",
    "CMM Level 5",
    "Foreign MNC",
    "Fortune Global 500 MNC in Aviation",
    "German MNC",
    "Hiring for Client and industry is IT Industry",
    "Investment Banking MNC",
    "IT Industry",
    "IT Services & Consulting",
    "Leading Analytics Consulting Firm",
    "Leading Client",
    "leading mnc",
    "MNC Group",
    "Software Company",
    "Top MNC Client",
    "US FinTech Company",
)
NO_EMPLOYER = set(ANONYMOUS) | {"nd", "confidencial"} | {employer_group(n, {}) for n in _DESCRIBED}
# One employer under several names: none needed in these boards' names.
ALIASES: dict[str, str] = {}
# The corpora of the held-out draws so far (market_u ... market_aw): none of their
# employers is drawn.
DRAWN_BEFORE = markets("u", "aw")
# Strings of a title field that are no job title: dropped before the employer cap counts
# (Boss直聘's crawler wrote its header row again into the file: "job_name").
NON_TITLES = set(NO_JOB) | {"n/d", "job_name"}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|co|net|org|vn|es|it|in)/?$", re.I)
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def table_postings(text: str) -> list[dict[str, str]]:
    """The rows of Tecnoempleo's saved table: tab-separated, a header row first."""
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter="\t"))


def board_employer(name: str, names: Container[str]) -> str:
    """Tecnoempleo's employer field without what its page glued ahead of the name: the
    posting's category before " En " ("Privacidad En  Gmv"), the work mode "Presencial",
    or a place, where the rest is an employer the same file names alone ("Logroño Michael
    Page": "Michael Page")."""
    name = " ".join(name.split())
    if " En " in name:
        name = name.rpartition(" En ")[2]
    words = name.split()
    if words[:1] == ["Presencial"]:
        words = words[1:]
    for start in range(1, len(words)):
        if " ".join(words[start:]) in names:
            return " ".join(words[start:])
    return " ".join(words)


def read(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every posting of one saved file of the source, in
    its order: a CSV file with a header, or Tecnoempleo's Windows-1252 table (its
    employers as `board_employer` reads them)."""
    if source.fmt == "csv":
        return read_csv(source, path, commit)
    key = source_key(source, path, commit)
    postings = table_postings(path.read_bytes().decode("cp1252"))
    if postings and source.title_field not in postings[0]:
        raise ValueError(f"{path.name}: no {source.title_field!r} column")
    names = {" ".join(p[source.employer_field].split()) for p in postings}
    for posting in postings:
        posting[source.employer_field] = board_employer(posting[source.employer_field], names)
    return posting_rows(source, postings, key)


BUILDER = Builder(
    corpus="market_ay",
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
