"""Print the candidate titles of market_aq.tsv: a US study's save of Indeed's postings of every
function (2024), an Indian dashboard's save of Indeed India's data and software postings
(2025), a US new-graduate radar's day of LinkedIn and ATS postings (2026), a Dutch mental
health-care employer's whole vacancy feed (2025, titles in Dutch) and a tech-pay radar's
first day of ~240 AI, software and hardware firms' Greenhouse, Lever and Ashby boards (2026,
their engineering, data and product postings) (reads CSV, JSON and Parquet only; executes
nothing it reads).

Held out: the session's final blind measure, labelled and committed unscored; the lead
scores it once with the session's final code."""

from __future__ import annotations

import importlib
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
    csv_dicts,
    employers_drawn,
    field_text,
    markets,
    posting_rows,
    read_csv,
    read_json,
    source_key,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships, trainee and fellowship places and co-ops are kept out (the
# slice is of regular jobs), in the words the boards write them: English (intern(ship),
# apprentice, trainee, fellow(ship), co-op) and Dutch (stage, stagiair(e), a "BBL" or
# "leerling" place learnt on the job, "opleidingsplaats", "in opleiding").
INTERN = re.compile(
    r"\b(intern|interns|internships?|apprentice\w*|trainee\w*|fellow(ship)?s?|co-?op"
    r"|stage|stagiair\w*|bbl|leerling\w*|opleidingsplaats\w*|in opleiding)\b",
    re.I,
)
# Talent pools (English, Portuguese "banco de talentos"), open applications and
# volunteering: no posting of one job.
CALLS = re.compile(
    r"talent ?(pool|community|network)|banco de talentos|general interest|volunt[ae]\w*"
    r"|open application|open sollicitatie",
    re.I,
)

# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # A US data-science class project's save of Indeed's US search results of 2024-02 ...
    # 06 (searches of many fields: engineering, sustainability, agriculture, health,
    # trades, finance): CSV `Title,Company,Location,Skills,Salary,Description,Apply Link`,
    # 2,994 rows.
    Source(
        "us-indeed",
        "SadeenAlsabbagh/DataClinic",
        ("indeed_jobs.csv",),
        "8c400e6e18e1c9d234b652f83490ef360d22406b",
        "csv",
        "Title",
        "Company",
        limit=150,
    ),
    # An Indian dashboard's save of Indeed India's data, analytics and software postings of
    # 2025-03: CSV `Job Title,Job Link,Company,Location,Salary,Rating`, 1,127 rows.
    Source(
        "in-indeed",
        "Y-DAHIYA/Indeed-Scraping-Dashboard",
        ("indeed_jobs.csv",),
        "c64d6fb2cb8b0ecbf7195e64f433e04379b7ebd9",
        "csv",
        "Job Title",
        "Company",
        limit=50,
    ),
    # A US new-graduate job radar's day of 2026-04-05: LinkedIn's and employers' ATS
    # postings of software work, JSON list `[{"title", "company", "location", "level",
    # "site", ...}]`, 188 postings.
    Source(
        "us-newgrad",
        "atriveo-airflow/atriveo-airflow.github.io",
        ("docs/yesterday_jobs.json",),
        "b3ed12ee3be54699c91f145e163cff908b551a5e",
        "array",
        "title",
        "company",
    ),
    # A Dutch mental health-care employer's (GGZ inGeest) whole vacancy feed of 2025-11,
    # written for an ads platform: CSV `Job ID,Location ID,Title,Final URL,...,Category,...`,
    # 136 rows; the feed names no employer (every row links to werkenbij.ggzingeest.nl).
    Source(
        "nl-ggz",
        "digitalrebelz/ggz-vacature-feed",
        ("jobs_feed.csv",),
        "e4907d983176f370578d210d6a19f921f7eb662f",
        "csv",
        "Title",
        "",
    ),
    # A tech-pay radar's first day (2026-07-18) of the Greenhouse, Lever and Ashby boards of
    # ~240 AI, software, fintech, games, robotics and chip firms (US, Europe, Canada, Brazil,
    # India): their engineering, data and product postings, 6,546 rows of a Parquet table
    # `(job_uid, source, company, title, location_raw, ...)`, the employer its board's slug
    # ("exadelinc", "gatikaiinc").
    Source(
        "ats-radar",
        "midat-fx/tech-salary-radar",
        ("data/jobs/dt=2026-07-18/part.parquet",),
        "7ce076a2f066de96959679b4d2647e043d3d468e",
        "parquet",
        "title",
        "company",
        limit=220,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# The employer of a single employer's feed that does not name it.
FEED_EMPLOYER = {"nl-ggz": "GGZ inGeest"}
# Employer fields that name no employer (an anonymous posting, or a job board, aggregator or
# training institute reposting others' jobs): skipped. The boards write "Confidential Jobs",
# "Jobs via Dice", "Haystack", "RemoteHunter", "myinternship.in", hackajob, "myGwork - LGBTQ+
# Business Community", "RippleMatch Opportunities" and "Career Renew".
NO_EMPLOYER = set(ANONYMOUS) | {
    "confidentialjobs",
    "jobsviadice",
    "haystack",
    "remotehunter",
    "myinternshipin",
    "hackajob",
    "mygworklgbtqbusinesscommunity",
    "ripplematchopportunities",
    "careerrenew",
}
# The employers of market_as, a scored corpus built at the same time on its own branch (its
# titles train the role model once merged): none of them is drawn here either.
BUILT_ALONGSIDE = frozenset({"cohere", "gusto", "hyliion", "planetscale", "voltify", "watershed"})
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the session's earlier held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "ap")
# Strings of a title field that are no job title: dropped before the employer cap counts
# (a university office's name where the title should be).
NON_TITLES = set(NO_JOB) | {"center for disability resources-university of south carolina"}
# Broken letters: C1 control characters, a replacement character, UTF-8 read as
# Latin-1, an escape or an HTML entity left as text, or a run of question marks.
BROKEN = re.compile(r"[\u0080-\u009f\ufffd]|[ÃØ][\u00a0-\u00bf]|â\u20ac|\\u00|&#?\w+;|\?\?")
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|co|net|org|in|nl)/?$", re.I)
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def parquet_rows(path: Path) -> list[dict[str, object]]:
    """The rows of a saved Parquet table as dicts (pyarrow, no dependency of the project:
    installed only to rebuild the candidates)."""
    parquet = importlib.import_module("pyarrow.parquet")
    rows: list[dict[str, object]] = parquet.read_table(path).to_pylist()
    return rows


def read(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every posting of one saved file, in its order (a
    single employer's feed under the employer it does not name)."""
    if source.fmt == "parquet":
        return posting_rows(source, parquet_rows(path), source_key(source, path, commit))
    if source.fmt != "csv":
        return read_json(source, path, commit)
    own = FEED_EMPLOYER.get(source.tag)
    if not own:
        return read_csv(source, path, commit)
    key = source_key(source, path, commit)
    rows = csv_dicts(path, (source.title_field,))
    return [(own, field_text(r.get(source.title_field)), key) for r in rows]


BUILDER = Builder(
    corpus="market_aq",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(
        NO_EMPLOYER | BUILT_ALONGSIDE | drawn_before(),
        NON_TITLES,
        LONGEST,
        URL,
        INTERN,
        BROKEN,
        others=(CALLS,),
    ),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
