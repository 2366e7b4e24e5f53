"""Print the candidate titles of market_ai.tsv: a London job finder's listing of employers'
Greenhouse and Lever boards and UK boards (Reed, Adzuna; English), a Japanese scraper's
daily listing of Kyujinbox's new postings of sixteen front-line trades (Japanese), a
dashboard of agricultural posts on academic and government boards (English), an Indian
student project's Naukri listing of software posts (English), a Paris job seeker's Adzuna
France listing (French) and an AI-engineering job seeker's finds on AI and software firms'
Greenhouse, Ashby, Lever and Workday boards (English) (reads JSON, CSV and SQLite only;
executes nothing it reads)."""

from __future__ import annotations

import re
import sqlite3
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
    markets,
    posting_rows,
    read_csv,
    read_json,
    source_key,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, placements, apprenticeships, trainee places, student and doctoral posts are
# kept out (the slice is of regular jobs), in the words the sources write them: English
# (intern, internship, placement, trainee, apprentice, student, PhD, summer analyst),
# French (stage, stagiaire, alternance, alternant, apprenti, apprentissage, étudiant) and
# Japanese インターン (intern) and 研修生 (trainee).
INTERN = re.compile(
    r"\b(intern|interns|internships?|placements?|trainee\w*|apprentice\w*|students?"
    r"|ph\.?d|doctoral|summer analysts?|stages?|stagiaires?|alternan\w*|apprenti\w*"
    r"|[ée]tudiant\w*)\b"
    r"|インターン|研修生",
    re.I,
)


# In the order they are drawn: a later source never displaces a title of an earlier one.
SOURCES = (
    # A London graduate-job finder's listing of 2026-08-22 (1,023 London postings of 303
    # employers): employers' own Greenhouse, Lever, Ashby and Workday boards and the UK
    # boards it reads (Reed, Adzuna, Find a Job, The Muse), kept to finance, banking,
    # data, consulting and analyst work. JSON object `{"last_updated", "meta", "jobs":
    # [{"title", "company", "location", "source_system", ...}]}`.
    Source(
        "uk-london",
        "9ninee/london-job-finder",
        ("docs/data/jobs.json",),
        "46647c972c2c23787663ad5e090a72d323921336",
        "jobs",
        limit=130,
    ),
    # Kyujinbox (求人ボックス), Japan's job search engine: the new postings of one day
    # (2026-02-15) in sixteen trades (dental hygienists, care, medical office, nursery,
    # beauty, construction, office, accounting, nursing, judo therapists, drivers,
    # guards, factories, cleaning, agency staff, restaurants) across prefectures, as a
    # scraper saved them. JSON list `[{"title", "company", "location", "salary",
    # "industry", "source", ...}]`; every title ends with the site's "新着" (new) badge.
    Source(
        "jp-kyujinbox",
        "KenjiTsukahara/job-scraper",
        ("data/jobs_20260215.json",),
        "e1086ee18c01a7df25e0e68263d4845219b085cf",
        "array",
        limit=140,
    ),
    # A dashboard of agricultural posts on academic and government boards (HigherEdJobs,
    # the Chronicle of Higher Education, Inside Higher Ed, Times Higher Education,
    # jobs.ac.uk, Nature Careers, universities' own sites) as it saved them on
    # 2026-08-22: faculty, extension, research, farm and campus posts. JSON object
    # `{"generated_at", "stats", "jobs": [{"title", "org", "location", "source", ...}]}`.
    Source(
        "intl-agri-academic",
        "agtech223/Job-Dashboard",
        ("docs/data/jobs.json",),
        "d51f4ddc55c6058a5c281643f01452c52e24fce7",
        "jobs",
        employer_field="org",
        limit=80,
    ),
    # Naukri (India): a student project's saved search for software engineers of
    # 2025-11-13/14 (4,446 postings of 1,247 employers: IT services, banks' and retailers'
    # Indian centres, product firms). CSV `job_id,title,company,role,industry,department,
    # ...`.
    Source(
        "in-naukri",
        "kommuripranay/skillsync-website-v2",
        ("job_scraping/jobs.csv",),
        "fcd72e63acc33ed10123fe9cc3c173901530ac35",
        "csv",
        limit=50,
    ),
    # Adzuna France: a Paris job seeker's saved search of 2026-06-14 (1,024 postings of
    # Paris and its suburbs: shops, childcare, hotels, restaurants, warehouses, tutoring,
    # offices). JSON list `[{"id", "source", "title", "company", "location", "contract",
    # "date", ...}]`. Added after the first four sources were labelled; drawn last, so it
    # displaces none of their titles.
    Source(
        "fr-adzuna-idf",
        "eliasnt/mon-espace-emploi",
        ("data/offres.json",),
        "45d19eac123be71ccdc4d4002dd9d74570ab0aea",
        "array",
        # A children's-party agency posts one title per town: three of them are enough.
        per_employer=3,
        limit=60,
    ),
    # An AI-engineering job seeker's daily discovery of 2026-08-06 to 2026-08-22: the
    # postings it kept (197, as relevant to AI engineering) from the Greenhouse, Ashby,
    # Lever, Workday and Oracle boards of about 270 AI and software firms and a few public
    # boards. SQLite database, table `jobs` (`company_name`, `title`, `location`, `source`,
    # `ats_platform`, ...). Added after the first five sources were labelled; drawn last.
    Source(
        "ai-ats-discovery",
        "yashika641/ai-job-discovery",
        ("data/jobscraper.db",),
        "52dd75359d4ea68da47b07a6ae1ee8e1a3547943",
        "sqlite",
        employer_field="company_name",
        limit=60,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# A badge a site glues to the end of every new posting's title (no word of it).
BADGES = {"jp-kyujinbox": "新着"}
# Employer fields that name no employer: skipped. Naukri hides employers as "Leading
# Client" (and "Confidential"); Kyujinbox's scraper sometimes took the posting's trade
# (歯科 dental, 看護 nursing, ... the sixteen it searched) or a word of the posting
# (作業 "work") for the company.
NO_EMPLOYER = set(ANONYMOUS) | {
    "leadingclient",
    "歯科",
    "介護",
    "医療事務",
    "保育",
    "美容",
    "建設",
    "事務",
    "経理",
    "看護",
    "治療家",
    "ドライバー",
    "警備",
    "製造",
    "清掃",
    "派遣",
    "飲食",
    "作業",
}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {
    "株式会社igf就職サポート": "株式会社igf",
    "人材コーディネーター株式会社igf": "株式会社igf",
    "株式会社アイジーエフ": "株式会社igf",
    "株式会社アイジーエフサポート": "株式会社igf",
    "harnhamdataanalyticsrecruitment": "harnham",
    "thirdbridgegroup": "thirdbridge",
    "mangroupplc": "mangroup",
    "amazonta": "amazon",
    "jpmorganchasebank": "jpmorganchase",
}
# The corpora of the session's earlier held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "ag")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB) | {"untitled"}
# Calls for CVs, talent pools and evergreen openings, not a job.
CALLS = re.compile(
    r"talent ?(pool|community)|expression of interest|speculative|evergreen"
    r"|\bjoin (us|our)\b",
    re.I,
)
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|co|net|org|uk|jp|in)/?$", re.I)
# Broken letters: C1 control characters, a replacement character, UTF-8 read as
# Latin-1, an escape left as text, an HTML entity left as text, or a run of question marks.
BROKEN = re.compile(r"[\u0080-\u009f\ufffd]|[ÃØ][\u00a0-\u00bf]|â\u20ac|\\u00|&\w+;|\?\?")
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def _employer(name: str) -> str:
    """An employer field with whitespace collapsed; a fragment of the posting's text that
    the scraper took for the company (it starts with "...") names no employer, and a name
    it cut short loses its "..."."""
    name = " ".join(name.split())
    if name.startswith(("...", "…")):
        return ""
    return name.removesuffix("...").removesuffix("…").strip()


def _table(source: Source, path: Path) -> list[dict[str, Any]]:
    """The title and employer of every row of an SQLite file's `jobs` table, in its order;
    the file is opened read-only and only queried."""
    if not path.is_file():
        raise OSError(f"{path}: no such file")
    columns = (source.title_field, source.employer_field)
    if not all(re.fullmatch(r"[a-z_]+", c) for c in columns):
        raise ValueError(f"{source.tag}: no column names")
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found = db.execute(f"SELECT {columns[0]}, {columns[1]} FROM jobs ORDER BY id")
        return [dict(zip(columns, row, strict=True)) for row in found]
    except sqlite3.Error as exc:
        raise ValueError(f"{path.name}: {exc}") from exc
    finally:
        db.close()


def read(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of one saved file, in its order; a title's surrounding
    whitespace and its source's badge taken off."""
    if source.fmt == "sqlite":
        key = source_key(source, path, commit)
        rows = posting_rows(source, _table(source, path), key)
    elif source.fmt == "csv":
        rows = read_csv(source, path, commit)
    else:
        rows = read_json(source, path, commit)
    badge = BADGES.get(source.tag, "")
    return [(_employer(emp), title.strip().removesuffix(badge), key) for emp, title, key in rows]


BUILDER = Builder(
    corpus="market_ai",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(
        NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN, others=(CALLS,)
    ),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
