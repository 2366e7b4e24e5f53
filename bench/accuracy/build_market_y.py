"""Print the candidate titles of market_y.tsv from saved employer boards (Greenhouse, Ashby,
Lever, Recruitee, SmartRecruiters and Workable boards of European employers; hh.ru
employer boards) and national and aggregator boards (Adzuna UK, Czech boards, Brazil's
SINE). Reads JSON and CSV only; executes nothing it reads."""

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
# Internships, apprenticeships and training places are kept out (the slice is of regular
# jobs), in the words the boards write them: English, German (Praktikum, Praktikant,
# Werkstudent, Ausbildung, Lehrausbildung, Azubi), French (stage, stagiaire, alternance),
# Portuguese (estágio, estagiário, aprendiz), Czech (stáž, stážista) and Russian (стажёр,
# стажировка, практикант, ученик).
INTERN = re.compile(
    r"\b(intern|interns|internship|internships|co-?op|apprentice|apprenticeships?"
    r"|trainees?|traineeships?|working student|werkstudent\w*|praktikum|praktikant\w*"
    r"|ausbildung|lehrausbildung|azubi|stage|stagiaire|alternance|alternant\w*"
    r"|est[aá]gi\w*|aprendiz|st[aá][zž]\w*)\b"
    r"|стаж[её]р|стажировк|практикант|ученик",
    re.I,
)


# The boards of the European board collector, each read at the commit the index served
# (the collector's files were not all committed together).
EU_BOARDS = (
    ("smartrecruiters/BoschGroup.json", "bd30083d1910959c61ddf58f23877e6c980ec23a"),
    ("greenhouse/hellofresh.json", "0a4f1fb1c8ed2bf8a0c5151ac44a60a27b20284a"),
    ("greenhouse/onrunning.json", "b3a035318200b6d9e1ec4d3ee2560c38b8c9a881"),
    ("recruitee/swisscom.json", "0a4f1fb1c8ed2bf8a0c5151ac44a60a27b20284a"),
    ("smartrecruiters/deliveryhero.json", "b3a035318200b6d9e1ec4d3ee2560c38b8c9a881"),
    ("workable/amazingcarecareers.json", "b3a035318200b6d9e1ec4d3ee2560c38b8c9a881"),
    ("smartrecruiters/wise.json", "0a4f1fb1c8ed2bf8a0c5151ac44a60a27b20284a"),
    ("greenhouse/adyen.json", "0a4f1fb1c8ed2bf8a0c5151ac44a60a27b20284a"),
    ("greenhouse/celonis.json", "b3a035318200b6d9e1ec4d3ee2560c38b8c9a881"),
    ("smartrecruiters/SmartRecruiters.json", "b3a035318200b6d9e1ec4d3ee2560c38b8c9a881"),
    ("smartrecruiters/nexthink.json", "0a4f1fb1c8ed2bf8a0c5151ac44a60a27b20284a"),
    ("lever/blablacar.json", "0a4f1fb1c8ed2bf8a0c5151ac44a60a27b20284a"),
    ("greenhouse/n26.json", "b3a035318200b6d9e1ec4d3ee2560c38b8c9a881"),
    ("greenhouse/getyourguide.json", "b3a035318200b6d9e1ec4d3ee2560c38b8c9a881"),
    ("ashby/alan.json", "0a4f1fb1c8ed2bf8a0c5151ac44a60a27b20284a"),
)

# In the order they are drawn: a later source never displaces a title of an earlier one.
# Their formats: "json", a JSON list of objects with the two fields; "csv", a CSV file with
# the two columns; "hh", hh.ru vacancies (`name`, `company_id`) whose employers are named
# in the `companies.json` beside them; "transcribed", a JSON list of `{"company", "title"}`
# transcribed from a board file (market_y_transcribed/), named by its folder and file.
SOURCES = (
    # Whole boards of fifteen European employers as their ATS serve them, 2026-09
    # (transcribed: the collector's repository could not be fetched whole).
    Source(
        "eu-ats",
        "lilliban/eu-job-feeds",
        tuple(f"data/{p}" for p, _ in EU_BOARDS),
        tuple(c for _, c in EU_BOARDS),
        "transcribed",
        "title",
        "company",
        name_parts=2,
    ),
    # hh.ru (Russia): every vacancy of fifteen employers' hh.ru pages, 2025-09.
    Source(
        "ru-hh",
        "AlexShcherb1173/HH_data",
        ("data/vacancies.json", "data/companies.json"),
        ("bcef63aea10777c9b0afe93fae23e2721519e85e",) * 2,
        "hh",
        "name",
        "company_id",
        limit=70,
    ),
    # Adzuna (United Kingdom): six data and ML searches, mostly 2026-07.
    Source(
        "uk-adzuna",
        "MeghKashilkar/uk_job_market_tracker",
        ("data/raw/adzuna_jobs.csv",),
        ("3e6a99a8c65b2c98538ab0e10c2abcbdb835ffeb",),
        "csv",
        "title",
        "company",
        per_employer=3,
        limit=110,
    ),
    # Czech boards (Jobs.cz, Prace.cz, StartupJobs, Fajn-brigády, JenPráce, Easy-práce,
    # INwork, Profesia): postings of 2026-07 open to self-employed workers.
    Source(
        "cz-boards",
        "Agenda24-Online/a24-osvc-radar",
        ("data/jobs.json",),
        ("1bdd07610db3d6e1bc9a71ff306bb6fb394ab35b",),
        "json",
        "title",
        "company",
        per_employer=3,
        limit=50,
    ),
    # SINE (Brazil's public employment service): one office's openings, 2026-02.
    Source(
        "br-sine",
        "Rafalink0xff/Vagas-Sine",
        ("vagas.json",),
        ("403f0d42f5052e554388725bdd517fb71724e26c",),
        "json",
        "cargo",
        "empresa",
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
    # Course advertisements that Adzuna's searches caught.
    "foundations of data science",
    "learn sql",
}
# A link or a bare domain where a title should be.
URL = re.compile(r"^https?://|^[\w.-]+\.(com|io|ai|app|co|net|org|dev|ru|cz|br)/?$", re.I)
LONGEST = 120
# The corpora built just before this one: none of their employers is drawn again.
DRAWN_BEFORE = markets("u", "x")


def drawn_before(data: Path = DATA) -> set[str]:
    """Employer keys of the corpora in DRAWN_BEFORE (those present in `data`)."""
    return employers_drawn(data, DRAWN_BEFORE, ALIASES)


def _hh(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of hh.ru vacancies, the employers named by the companies file
    beside them; the companies file alone holds no posting."""
    if path.name == "companies.json":
        return []
    names = {
        field_value(c.get("id")): field_value(c.get("name"))
        for c in json_postings(path.with_name("companies.json"), "array")
    }
    return [
        (
            names.get(field_value(v.get(source.employer_field)), ""),
            field_value(v.get(source.title_field)),
        )
        for v in json_postings(path, "array")
    ]


def _pairs(source: Source, path: Path) -> list[tuple[str, str]]:
    """(employer, title) of every posting of one saved file of the source."""
    if source.fmt == "hh":
        return _hh(source, path)
    if source.fmt == "csv":
        rows = csv_dicts(path, (source.title_field,))
    else:
        rows = json_postings(path, "array")
    return [
        (field_value(row.get(source.employer_field)), field_value(row.get(source.title_field)))
        for row in rows
    ]


def read(source: Source, path: Path, commit: str = "") -> list[tuple[str, str, str]]:
    """(employer, title, source key) of one saved file, in its order."""
    key = versioned_key(source, path, commit)
    return [(emp.strip(), title, key) for emp, title in _pairs(source, path)]


BUILDER = Builder(
    corpus="market_y",
    doc=__doc__,
    data=DATA,
    sources=SOURCES,
    read=read,
    screen=Screen(NO_EMPLOYER | drawn_before(), NON_TITLES, LONGEST, URL, INTERN, BROKEN),
    per_employer=PER_EMPLOYER,
    aliases=ALIASES,
    file_help="a saved file (one of the source's files: its last two path parts)",
)
SCREEN = BUILDER.screen
employer, corpora, known = BUILDER.employer, BUILDER.corpora, BUILDER.known
candidates, main = BUILDER.candidates, BUILDER.main


if __name__ == "__main__":
    raise SystemExit(main())
