"""Print the candidate titles of market_an.tsv: a Newfoundland and Labrador crawler's feed of
its technology companies' whole job boards (Greenhouse, Workday, BambooHR, Rippling, Ashby
and the companies' own pages: software, robotics, ocean technology, consultancies, banks,
colleges, every function), a US job list's daily preview of employers' own ATS boards (tech,
chip, finance, industrial and consumer firms) at four dates, and a US dashboard of data
and AI postings of staffing firms (reads JSON and Markdown tables only; executes nothing it
reads).

Held out: the session's final blind measure, labelled and committed unscored; the lead
scores it once with the session's final code."""

from __future__ import annotations

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
    employers_drawn,
    markets,
    read_json,
    source_key,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships, trainee, fellowship and graduate schemes, co-ops and
# students' posts are kept out (the slice is of regular jobs), in the words the boards write
# them: English (intern(ship), apprentice, trainee, fellow(ship), graduate program(me),
# co-op, work term, summer associate or analyst, student) and French (stage, stagiaire,
# alternance, alternant).
INTERN = re.compile(
    r"\b(intern|interns|internships?|apprentice\w*|trainee\w*|fellow(ship)?s?"
    r"|graduate program\w*|co-?op|work terms?\d*|summer (associate|analyst)s?|students?"
    r"|stages?|stagiaires?|alternance|alternant\w*)\b",
    re.I,
)
# Talent pools and future openings, calls for CVs, career events, a board's heading or
# invitation, a page's own words ("Salary Tools", "Here's a preview of your destination"),
# and the machine identifiers (UUIDs, base64 keys, bare requisition codes) some career
# pages show where a title should be: no posting of one job.
CALLS = re.compile(
    r"talent ?(pool|community|network)|general (interest|application)|open application"
    r"|future opportunit|career (event|fair)|hiring event|job search$|volunt[ae]\w*"
    r"|^join our team|want to join our team|^salary tools$|preview of your destination"
    r"|^[0-9a-f]{8}([ -][0-9a-f]{4}){3}[ -][0-9a-f]{12}$|^[A-Za-z0-9+/]{16,}={1,2}$"
    r"|^[A-Z]{0,3}[-\d]{4,}$",
    re.I,
)

_HUNT_REPO = "YashwanthVeesarapu/HuntTechJobs"
# In the order they are drawn: a later source never displaces a title of an earlier one.
# "array" sources are JSON lists of postings (`corpus_tools.Source`); "table" ones the
# Markdown table of a README (`read_table`).
SOURCES = (
    # A crawler of Newfoundland and Labrador's technology companies (techNL's member
    # directory) of 2026-08-21: each company's own board, 526 open postings of 75 employers.
    # JSON list `[{"company", "title", "url", "location", "source_board", ...}]`.
    Source(
        "nl-boards",
        "danielterwilliger/techNL-crawler",
        ("docs/open_jobs.json",),
        "e8e291c0812199ef7abbae76774f552fc65a0662",
        "array",
        "title",
        "company",
    ),
    # A US tech job list's README, a daily preview of the 100 newest postings of employers'
    # own boards (Greenhouse, Lever, Workday, Oracle, Eightfold ...), at four dates:
    # Markdown table `| **Title** | Company | Location | Date | Apply |`.
    Source(
        "us-ats-2024-09",
        _HUNT_REPO,
        ("README.md",),
        "b916033e1e6c8d1a9ac5ef4b4b70fa21f88375b5",
        "table",
        limit=55,
    ),
    Source(
        "us-ats-2024-12",
        _HUNT_REPO,
        ("README.md",),
        "00ec86814e826248b5fa578c5059ea4214f93fc8",
        "table",
        limit=55,
    ),
    Source(
        "us-ats-2025-01",
        _HUNT_REPO,
        ("README.md",),
        "552218c68006bb1cdb17c59132d648b906d31b05",
        "table",
        limit=55,
    ),
    Source(
        "us-ats-2025-05",
        _HUNT_REPO,
        ("README.md",),
        "df67983cf559ebaa7b0d6dd879e877ff1d78b424",
        "table",
        limit=55,
    ),
    # A US dashboard of data and AI postings of 2026-08 (staffing and consulting firms'
    # boards): JSON list `[{"company", "job_title", "location", "employment_type", ...}]`.
    Source(
        "us-data-staffing",
        "HarshithaRedd/data-ai-job-dashboard",
        ("data/current_jobs.json",),
        "66a9e2907f485763a41bd690650c34a84976cb7c",
        "array",
        "job_title",
        "company",
        limit=60,
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Employer fields that name no employer (an anonymous posting), or a board standing for the
# employers whose postings it relays: skipped. The crawler reads three such pages as
# companies: Digital Nova Scotia's job board (other firms' postings, titles rewritten from
# their links), a private college's list of its partners' openings and its own programmes
# for graduates (Academy Canada) and an industry association's board (econext, whose
# titles are postings' codes).
NO_EMPLOYER = set(ANONYMOUS) | {
    "confidentialcompany",
    "stealthstartup",
    "digitalnovascotia",
    "academycanada",
    "econext",
}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the session's earlier held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "am")
# Strings of a title field that are no job title: dropped before the employer cap counts.
# Some companies' career pages list the fields they hire in, with no job noun, where the
# crawler reads titles ("Social work", "Human resources", "3D Modelling", "Software
# Development"); plural job nouns ("Lawyers", "Child and youth care workers") are kept.
NON_TITLES = set(NO_JOB) | {
    "social work",
    "accounting",
    "human resources",
    "therapy",
    "office administration",
    "3d modelling",
    "software development",
    "marine engineering",
}
# Broken letters: C1 control characters, a replacement character, UTF-8 read as
# Latin-1, an escape or an HTML entity left as text ("&amp;", "&#x2f;"), or a run of
# question marks.
BROKEN = re.compile(r"[\u0080-\u009f\ufffd]|[ÃØ][\u00a0-\u00bf]|â\u20ac|\\u00|&#?\w+;|\?\?")
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|co|net|org|ca)/?$", re.I)
LONGEST = 120
# A row of the README's job table: `| **Title** | Company | ...`.
TABLE_ROW = re.compile(r"^\| \*\*(.+?)\*\* \| ([^|]*) \|")


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def read_table(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every row of a README's job table, in its order."""
    key = source_key(source, path, commit)
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = TABLE_ROW.match(line)
        if m:
            out.append((" ".join(m.group(2).split()), m.group(1), key))
    return out


def read(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every posting of one saved file, in its order."""
    if source.fmt == "table":
        return read_table(source, path, commit)
    return read_json(source, path, commit)


BUILDER = Builder(
    corpus="market_an",
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
