"""Print the candidate titles of market_av.tsv: what an AI/ML/data job seeker's searches of
job boards and aggregators return, on-target and off (StepStone Germany's results for
data, analytics, BI and Python searches of 2025-11; Adzuna's and Welcome to the Jungle's
French results for "data engineer" of 2024-01/02; LinkedIn's Madrid results for data
analyst, engineer and science searches of 2025; LinkedIn's US results for "data analyst"
of 2025-03; Indeed's US results for AI, ML and data searches of 2026) (reads JSON, CSV
and Markdown only; executes nothing it reads)."""

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
    json_postings,
    markets,
    posting_rows,
    read_csv,
    source_key,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships, working students, dual-study places, trainee posts and
# theses are kept out (the slice is of regular jobs), in the words the boards write them:
# English (intern, internship, apprentice, trainee, working student, student, thesis),
# German (Praktikum, Praktikant, Werkstudent, duales Studium, Ausbildung, Azubi,
# Auszubildende, Abschluss-/Bachelor-/Masterarbeit, Trainee), French (stage, stagiaire,
# alternance, apprenti) and Spanish (prácticas, beca, becario).
INTERN = re.compile(
    r"\b(intern|interns|internships?|apprentice\w*|trainee\w*|\w*student\w*"
    r"|praktik\w*|pflichtpraktik\w*|werkstudent\w*|studium|ausbildung\w*|azubi\w*"
    r"|auszubildend\w*|abschlussarbeit|bachelorarbeit|masterarbeit|thesis"
    r"|stages?|stagiaires?|alternan\w*|apprenti\w*"
    r"|pr[aá]cticas|becas?|becari[oa]s?)\b",
    re.I,
)

_DE_REPO = "sabers13/job-agent"
_DE_COMMIT = "9ea20130a82228cd0b9b230674c5e081c6d25184"
# The run folders are named by their time with a private-use colon (U+F03A) the saving
# system wrote for ":".
_DE_RUN = "scripts/2025-11-{}Z/analysis_summary.json"
_FR_REPO = "benten2408/Data_Engineer"
_FR_COMMIT = "2ab6352e6201bb5f61d81a996f669f0e6f546a92"
_ES_REPO = "elenacano/empleatech"
_ES_COMMIT = "3570bb0aa74f168b43e20dafcc7d0d374240ba12"
_IN_DAYS = (
    "2026-02-20",
    "2026-03-06",
    "2026-05-08",
    "2026-06-01",
    "2026-06-11",
    "2026-07-01",
    "2026-08-20",
    "2026-08-22",
)

# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # StepStone Germany's results for eight searches (analytics, business analyst, business
    # intelligence, data analyst, data engineer, data scientist, junior developer, python)
    # as a job agent's run of 2025-11-04 saved them after reading each posting: a JSON list
    # of `{"seed_slug", "status", "title", "company", "url", ...}`.
    Source(
        "de-stepstone-1104",
        _DE_REPO,
        (_DE_RUN.format("04T04\uf03a20\uf03a41"),),
        _DE_COMMIT,
        "array",
        per_employer=2,
        limit=80,
    ),
    # The same agent's run of 2025-11-14 over the same eight searches.
    Source(
        "de-stepstone-1114",
        _DE_REPO,
        (_DE_RUN.format("14T06\uf03a13\uf03a36"),),
        _DE_COMMIT,
        "array",
        per_employer=2,
        limit=70,
    ),
    # Adzuna France's results for "data engineer" (2024-01/02), as a data-engineering
    # bootcamp's pipeline saved them: CSV with a header (`title`, `company`, ...), the
    # company a printed dictionary whose `name` names the employer.
    Source(
        "fr-adzuna",
        _FR_REPO,
        ("postgresql/data_to_ingest/job_offers_adzuna.csv",),
        _FR_COMMIT,
        "fr-csv",
        per_employer=2,
        limit=40,
    ),
    # Welcome to the Jungle's results for the same search, saved the same way.
    Source(
        "fr-wttj",
        _FR_REPO,
        ("postgresql/data_to_ingest/job_offers_wttj.csv",),
        _FR_COMMIT,
        "fr-csv",
        per_employer=2,
        limit=30,
    ),
    # LinkedIn's Madrid results for "data analyst", "data engineer" and "data science"
    # (early 2025), a Spanish student project's saves: CSV (`job_title`, `company_name`,
    # ...).
    Source(
        "es-linkedin",
        _ES_REPO,
        tuple(
            f"scraping_linkedin/linkedin/data/linkedin_madrid_data_{q}.csv"
            for q in ("analyst", "engineer", "science")
        ),
        _ES_COMMIT,
        "csv",
        "job_title",
        "company_name",
        per_employer=2,
        limit=70,
    ),
    # LinkedIn's US results for "data analyst" (2025-03): CSV (`Title`, `Company`, ...).
    Source(
        "us-linkedin",
        "Subhraneel2003/WebScrapingLinkedin",
        ("linkedin_data_analyst_jobs.csv",),
        "ae67d9865ada87cc4cc76abb9616b86abf10f5cd",
        "csv",
        "Title",
        "Company",
        per_employer=2,
        limit=30,
    ),
    # Indeed US's results for AI, ML and data searches (posted in the last 24 hours) as a
    # job-alert bot's daily Markdown reports of 2026 list them: "## N. Title @ Company".
    Source(
        "us-indeed",
        "ssriramteja/Indeed_job_scrapper_ai",
        tuple(f"daily_matches/job_matches_{d}.md" for d in _IN_DAYS),
        "99d883dd75fb2f00e2c4538f63a399fb29c3d063",
        "md",
        per_employer=2,
        limit=90,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting, or LinkedIn's card whose
# employer the scraper could not read): skipped.
NO_EMPLOYER = set(ANONYMOUS) | {"notfound"}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the held-out draws of the sessions before (market_u ... market_at): none
# of their employers is drawn.
DRAWN_BEFORE = markets("u", "at")
# Strings of a title field that are no job title (an employer's call to join it, naming no
# job): dropped before the employer cap counts.
NON_TITLES = set(NO_JOB) | {"¡únete a nuestra revolución tecnológica y digital!"}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|de|fr|es|net|org)/?$", re.I)
LONGEST = 120
# A Markdown report's heading of one posting: its number, the title, " @ ", the employer.
HEADING = re.compile(r"^## \d+\. (?P<title>.+) @ (?P<company>[^@]+)$")
# The employer's name in the French saves' printed dictionary, in either quote.
FR_NAME = re.compile(r"""['"]name['"]:\s*(?:'(?P<a>[^']*)'|"(?P<b>[^"]*)")""")


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def french_postings(text: str) -> list[dict[str, str]]:
    """Rows of a French save (leading blank lines dropped), the employer's name taken out
    of the printed dictionary of its `company` field."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff\r\n"), newline=""))
    if "title" not in (reader.fieldnames or ()) or "company" not in (reader.fieldnames or ()):
        raise ValueError("no 'title' and 'company' columns")
    out = []
    for row in reader:
        m = FR_NAME.search(row.get("company") or "")
        name = (m.group("a") if m and m.group("a") is not None else m.group("b")) if m else ""
        out.append({"title": row.get("title") or "", "company": name or ""})
    return out


def report_postings(text: str) -> list[dict[str, str]]:
    """(title, company) of each posting heading of a daily Markdown report."""
    out = []
    for line in text.splitlines():
        m = HEADING.match(line.strip())
        if m:
            out.append({"title": m["title"], "company": m["company"].strip()})
    return out


def read(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every posting of one saved file of the source, in
    its order: a JSON list, a CSV file with a header, a French save or a Markdown report."""
    if source.fmt == "csv":
        return read_csv(source, path, commit)
    key = source_key(source, path, commit)
    if source.fmt == "array":
        return posting_rows(source, json_postings(path, "array"), key)
    text = path.read_text(encoding="utf-8")
    postings = french_postings(text) if source.fmt == "fr-csv" else report_postings(text)
    return posting_rows(source, postings, key)


BUILDER = Builder(
    corpus="market_av",
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
