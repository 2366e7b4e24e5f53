"""Print the candidate titles of market_am.tsv: a Trinidad and Tobago digest of its national
boards and employers' own career pages (every function), a Spanish-speaking job seeker's
save of remote and Spanish and Latin American postings (Spanish and English), a US
designer's tracker of UX, product-design and research postings and a New York tracker of
compliance and finance-operations postings (reads JSON only; executes nothing it reads).

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
    field_text,
    json_postings,
    markets,
    read_json,
    source_key,
)

DATA = Path(__file__).resolve().parent / "data"
PER_EMPLOYER = 6
# Internships, apprenticeships, trainee, fellowship and graduate schemes and co-ops are
# kept out (the slice is of regular jobs), in the words the boards write them: English
# (intern(ship), apprentice, trainee, fellow(ship), graduate program(me), co-op, summer
# associate), Spanish (práctica(s) and practicante, pasantía, beca and becario/a, a
# "semillero" or "talento joven" scheme of new graduates, a student's post "estudiante")
# and Portuguese (estágio, estagiário).
INTERN = re.compile(
    r"\b(intern|interns|internships?|apprentice\w*|trainee\w*|fellow(ship)?s?"
    r"|graduate program\w*|co-?op|summer associate"
    r"|pr[aá]cticas?|practicantes?|pasant[ií]as?|becas?|becari[oa]s?|semilleros?"
    r"|talento joven|estudiantes?|est[aá]gio|estagi[aá]ri[oa]s?)\b",
    re.I,
)
# Talent pools, calls for CVs, volunteering, and a country's name where a title should be
# (a board's heading of its Trinidad and Tobago listings): no posting of one job.
CALLS = re.compile(
    r"talent ?(pool|community|network)|general interest|volunt[ae]\w*|open application"
    r"|^(trinidad( (and|&) tobago)?|tobago)$",
    re.I,
)

_TT_REPO = "JustaSingular/Job-Digest"
# In the order they are drawn: a later source never displaces a title of an earlier one.
# "array" sources are JSON lists of postings; "jobs" ones JSON objects whose "jobs" list
# holds them (`corpus_tools.Source`).
SOURCES = (
    # A Trinidad and Tobago job digest (GitHub Actions) of 2026-08-22: the island's boards
    # (IslandJobHunt, CaribbeanJobs, EmployTT, JobsTT, EveCaribbean) and employers' own
    # pages (an insurer, a bank, the US embassy, the national petroleum marketer, a
    # telecom, the port authority), 286 postings of every function. JSON object
    # `{"updated", "count", "jobs": [{"title", "company", "location", "source", ...}]}`.
    Source(
        "tt-digest",
        _TT_REPO,
        ("docs/jobs.json",),
        "96020ba786aa7497f7fc2cf51536873e0ea839fd",
        "jobs",
        "title",
        "company",
    ),
    # A Spanish-speaking job seeker's save of 2026-07-17: LinkedIn's, RemoteJobs.org's,
    # Remotive's and Himalayas' junior and entry postings, remote or in Spain and Latin
    # America, 432 postings of 338 employers (consultancies, banks, start-ups, software
    # makers). JSON list `[{"title", "company", "location", "source", "category", ...}]`.
    Source(
        "es-remote",
        "Daniel040902/scrapertrabajoremotos",
        ("output/jobs.json",),
        "d26e6c5f0d2c56750618bd4ea538f02097467df9",
        "array",
        "title",
        "company",
        limit=170,
    ),
    # A US designer's tracker of 2026-06-11 ... 06-19: UX, product-design and research
    # postings of LinkedIn, Indeed, design boards, Y Combinator and the AI labs' own
    # boards, 1,138 postings of 526 employers. JSON list `[{"title", "company", "source",
    # ...}]`; its Hacker News rows are discussion threads, not postings, and are left out.
    Source(
        "us-design",
        "Shruthi423/OpenTabs",
        ("docs/jobs.json",),
        "3e59672ad68a8302b46766bdc8d78e2eba7be8f7",
        "array",
        "title",
        "company",
        limit=110,
    ),
    # A New York job seeker's tracker of compliance, risk and finance-operations postings
    # of 2026-03-26 (LinkedIn and funds' Greenhouse boards): JSON list `[{"title",
    # "company", "location", "function_family", ...}]`.
    Source(
        "us-compliance",
        "abscondata/job-terminal",
        ("docs/jobs.json",),
        "0eaf2fdfcb8a597a6b6b74af8e2f7f05e7acf179",
        "array",
        "title",
        "company",
    ),
)
BY_TAG = {s.tag: s for s in SOURCES}
# Sources whose rows of these "source" values are no postings (discussion threads).
NOT_POSTINGS = {"us-design": frozenset({"HackerNews"})}
# Employer fields that name no employer (an anonymous posting, or a job board or
# aggregator reposting others' jobs): skipped. The boards write "See posting", "Unknown",
# "Confidential Company", "Empresa Confidencial" and "Stealth"; "Jobs via Dice", "Jobs via
# eFinancialCareers", "ChatGPT Jobs", hackajob, Joinrs, RemoteHunter, TALENTMATE,
# Universia and "UXR Hunt" are boards and aggregators, not the employers.
NO_EMPLOYER = set(ANONYMOUS) | {
    "seeposting",
    "unknown",
    "confidentialcompany",
    "empresaconfidencial",
    "stealth",
    "stealthstartup",
    "jobsviadice",
    "jobsviaefinancialcareers",
    "chatgptjobs",
    "hackajob",
    "joinrs",
    "remotehunter",
    "talentmate",
    "universiaespaña",
    "uxrhunt",
}
# One employer under several names: the cap counts them together.
ALIASES: dict[str, str] = {}
# The corpora of the session's earlier held-out draws: none of their employers is drawn.
DRAWN_BEFORE = markets("u", "aj")
# Strings of a title field that are no job title: dropped before the employer cap counts.
NON_TITLES = set(NO_JOB)
# Broken letters: C1 control characters, a replacement character, UTF-8 read as
# Latin-1, an escape or an HTML entity left as text ("&amp;", "&#x2f;"), or a run of
# question marks.
BROKEN = re.compile(r"[\u0080-\u009f\ufffd]|[ÃØ][\u00a0-\u00bf]|â\u20ac|\\u00|&#?\w+;|\?\?")
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|co|net|org|tt|es|app|dev)/?$", re.I)
LONGEST = 120


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def read(source: Source, path: Path, commit: str = "") -> list[Row]:
    """(employer, title, source key) of every posting of one saved file, in its order
    (rows a source marks as no postings left out)."""
    skipped = NOT_POSTINGS.get(source.tag, frozenset())
    if not skipped:
        return read_json(source, path, commit)
    key = source_key(source, path, commit)
    out = []
    for job in json_postings(path, source.fmt):
        if field_text(job.get("source")) in skipped:
            continue
        employer = field_text(job.get(source.employer_field)).replace("\u200b", "")
        title = field_text(job.get(source.title_field)).replace("\u200b", "")
        out.append((" ".join(employer.split()), title, key))
    return out


BUILDER = Builder(
    corpus="market_am",
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
